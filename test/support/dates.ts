const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Today in UTC, the day the service stamps on what it records. */
export const todayUtc = () => isoDay(Date.now());

/** `YYYY-MM-DD` `n` days after `date` (UTC, as the service counts; `n` may be negative). */
export const addDays = (date: string, n: number) => isoDay(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS);

/**
 * Today and tomorrow in UTC, as the service dates what it records. Within the last half-minute of a
 * UTC day it first waits for the next, so that the requests a test then sends are recorded on the
 * `today` it was given (an entry dated `tomorrow` would otherwise be recorded on that day itself).
 */
export async function todayAndTomorrowUtc(): Promise<{ today: string; tomorrow: string }> {
  const untilMidnight = DAY_MS - (Date.now() % DAY_MS);
  if (untilMidnight < 30_000) await new Promise((resolve) => setTimeout(resolve, untilMidnight + 100));
  const now = Date.now();
  return { today: isoDay(now), tomorrow: isoDay(now + DAY_MS) };
}
