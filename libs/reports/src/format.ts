/**
 * Formatting for printed reports. Written out by hand rather than through `Intl` so the output never
 * depends on the machine's locale data or time zone.
 */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Thrown when a view model holds a value the reports cannot print faithfully. */
export class ReportFormatError extends Error {
  readonly code = 'REPORT_BAD_VALUE';
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `'2016-04-01'` → `'1 April 2016'`. Throws {@link ReportFormatError} on anything but a real calendar date. */
export function formatDate(date: string): string {
  const match = DATE_PATTERN.exec(date);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new ReportFormatError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  }
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** A date or, when there is none, a dash. */
export function formatOptionalDate(date: string | null | undefined, none = '—'): string {
  return date == null ? none : formatDate(date);
}

/**
 * An ISO instant as a `Date`, for the PDF's info dictionary. Requires an explicit zone so the result
 * never depends on the machine's time zone.
 */
export function parseInstant(instant: string): Date {
  const parsed = INSTANT_PATTERN.test(instant) ? new Date(instant) : new Date(Number.NaN);
  if (Number.isNaN(parsed.getTime())) {
    throw new ReportFormatError(`not an ISO instant with a zone: ${JSON.stringify(instant)}`);
  }
  return parsed;
}

/** `1234567` → `'1,234,567'`. Integers only. */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) throw new ReportFormatError(`not an integer: ${n}`);
  const digits = String(Math.abs(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? `-${out}` : out;
}

/** Integer pence → `'£1.00'`, `'£1,234.05'`, `'-£0.50'`. */
export function formatMoney(pence: number): string {
  if (!Number.isSafeInteger(pence)) throw new ReportFormatError(`money must be whole pence: ${pence}`);
  const abs = Math.abs(pence);
  const pounds = formatCount(Math.floor(abs / 100));
  const pennies = String(abs % 100).padStart(2, '0');
  return `${pence < 0 ? '-' : ''}£${pounds}.${pennies}`;
}

/** Full-time equivalents to two decimal places, `12.6` → `'12.60'`. */
export function formatFte(fte: number): string {
  if (!Number.isFinite(fte) || fte < 0) throw new ReportFormatError(`not an FTE figure: ${fte}`);
  const hundredths = Math.round(fte * 100);
  return `${formatCount(Math.floor(hundredths / 100))}.${String(hundredths % 100).padStart(2, '0')}`;
}

/** `'share'` / `'shares'` and the like: the count with the right noun. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
