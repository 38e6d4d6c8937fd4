import { addDays as addCalendarDays, calendarDate, dateOfInstant } from '#domain';

/** Today in the UK, the day the service stamps on what it records. */
export const todayUk = (): string => dateOfInstant(new Date());

/** `YYYY-MM-DD` `n` days after `date` (`n` may be negative). */
export const addDays = (date: string, n: number): string => addCalendarDays(calendarDate(date), n);

/**
 * Today and tomorrow in the UK, as the service dates what it records. Within the last half-minute of
 * a UK day it first waits for the next, so that the requests a test then sends are recorded on the
 * `today` it was given (an entry dated `tomorrow` would otherwise be recorded on that day itself).
 */
export async function todayAndTomorrow(): Promise<{ today: string; tomorrow: string }> {
  while (dateOfInstant(new Date(Date.now() + 30_000)) !== dateOfInstant(new Date())) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  const today = dateOfInstant(new Date());
  return { today, tomorrow: addDays(today, 1) };
}
