import { DomainError } from '../errors';

/** A calendar date in ISO form, `YYYY-MM-DD`, with no time zone: the day a thing takes effect. */
export type CalendarDate = string & { readonly __brand: 'CalendarDate' };

/** An instant in UTC, ISO 8601 with milliseconds and `Z`: when a thing was recorded. */
export type Instant = string & { readonly __brand: 'Instant' };

/** True when `value` is a real calendar date written `YYYY-MM-DD` (so `2023-02-29` is not). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && value.length === 10 && isDateAt(value, 0);
}

/**
 * Whether `value` has a real calendar date `YYYY-MM-DD` at `start`, in the proleptic Gregorian
 * calendar, as JavaScript's Date counts it. Read character by character, with no pattern or Date:
 * every date of every ledger entry is checked when a ledger is folded or verified.
 */
function isDateAt(value: string, start: number): boolean {
  if (value.charCodeAt(start + 4) !== 45 /* - */ || value.charCodeAt(start + 7) !== 45) return false;
  const year = digits(value, start, start + 4);
  const month = digits(value, start + 5, start + 7);
  const day = digits(value, start + 8, start + 10);
  if (year < 0 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]);
}

/** The number the ASCII digits of `value` from `start` to `end` write, or -1 when one is not a digit. */
function digits(value: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Checks and brands a `YYYY-MM-DD` string; throws `INVALID_DATE` otherwise. */
export function calendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) {
    throw new DomainError('INVALID_DATE', `"${value}" is not a calendar date (YYYY-MM-DD)`);
  }
  return value;
}

/**
 * Whether `value` is an instant in the form {@link instant} returns, `YYYY-MM-DDTHH:MM:SS.mmmZ`, naming a
 * real moment (as `new Date(value).toISOString() === value` would say, without building a Date).
 */
function isCanonicalInstant(value: string): boolean {
  if (value.length !== 24 || value.charCodeAt(23) !== 90 /* Z */ || value.charCodeAt(10) !== 84 /* T */) return false;
  if (value.charCodeAt(13) !== 58 /* : */ || value.charCodeAt(16) !== 58 || value.charCodeAt(19) !== 46 /* . */ || !isDateAt(value, 0)) return false;
  const hours = digits(value, 11, 13);
  const minutes = digits(value, 14, 16);
  const seconds = digits(value, 17, 19);
  return hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60 && seconds >= 0 && seconds < 60 && digits(value, 20, 23) >= 0;
}

/**
 * Checks and normalises an ISO 8601 instant to UTC with milliseconds; throws `INVALID_INSTANT`.
 * A string must name its offset (`Z` or `±hh:mm`): without one it would be read in the server's time zone.
 */
export function instant(value: string | Date): Instant {
  // Already in the form returned (as every stored instant is): valid exactly when it reads back the same.
  if (typeof value === 'string' && isCanonicalInstant(value)) return value as Instant;
  const date = typeof value === 'string' ? new Date(value) : value;
  const looksLikeIso =
    typeof value !== 'string' ||
    (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$/i.test(value) && isCalendarDate(value.slice(0, 10)));
  if (!looksLikeIso || Number.isNaN(date.getTime())) {
    throw new DomainError('INVALID_INSTANT', `"${String(value)}" is not an ISO 8601 instant`);
  }
  return date.toISOString() as Instant;
}

/** Negative when `a` is before `b`, zero when equal, positive when after. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The calendar date `days` days after `date` (before it when negative); no time of day or zone is involved. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/**
 * Adds calendar months; when the target month is shorter the result is its last day
 * (31 January + 1 month = 28 or 29 February), as periods in the Companies Act are counted.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const d = toUtc(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return fromUtc(d);
}

/** The company's calendar: UK civil time, GMT in winter and BST (GMT+1) from late March to late October. */
export const UK_TIME_ZONE = 'Europe/London';

const ukDayParts = new Intl.DateTimeFormat('en-GB', { timeZone: UK_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar date in the UK on which an instant falls: "today" for the company, the day a record
 * entered then is counted on. 23:30 UTC on 30 June is 00:30 BST on 1 July, so 1 July; 23:30 UTC on
 * 31 December is 23:30 GMT, so 31 December.
 */
export function dateOfInstant(at: Instant | Date): CalendarDate {
  const parts = ukDayParts.formatToParts(typeof at === 'string' ? new Date(at) : at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}` as CalendarDate;
}

function toUtc(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

function fromUtc(d: Date): CalendarDate {
  return d.toISOString().slice(0, 10) as CalendarDate;
}

/**
 * Throws `DATED_AFTER_RECORDING` when `effectiveOn` is after the day (in the UK) of `recordedAt`: an
 * entry on a register records what has happened (a share registered, an agreement received, a form filed).
 * `what` names the act in the message ("the notice of the meeting"); `field` is the property of the
 * request that gave the date (`noticeGivenOn`), named in the error's details beside `effectiveOn` and
 * `recordedOn` (ISO dates), so a form shows the refusal beside that field.
 */
export function checkNotDatedAfterRecording(what: string, effectiveOn: CalendarDate, recordedAt: Instant, field: string): void {
  const recordedOn = dateOfInstant(recordedAt);
  if (compareDates(effectiveOn, recordedOn) > 0) {
    throw new DomainError('DATED_AFTER_RECORDING', { text: `${what} is dated {effectiveOn}, after today ({recordedOn}); record it on or after that day` }, {
      field,
      effectiveOn,
      recordedOn,
    });
  }
}

/**
 * A record of the company's own life (an officer appointed, a statement made, a request received):
 * dated on or after the company was incorporated on `incorporatedOn` (`EVENT_BEFORE_INCORPORATION`,
 * 422) and not after the day it is recorded (`DATED_AFTER_RECORDING`, see {@link checkNotDatedAfterRecording}).
 * Either refusal names `field`, the property of the request that gave the date.
 */
export function checkDatedInCompanyLife(what: string, effectiveOn: CalendarDate, recordedAt: Instant, incorporatedOn: CalendarDate, field: string): void {
  checkNotBeforeIncorporation(what, effectiveOn, incorporatedOn, field);
  checkNotDatedAfterRecording(what, effectiveOn, recordedAt, field);
}

/**
 * Something of the company's own (a meeting, which may be held later than it is recorded) is not dated
 * before the company was incorporated on `incorporatedOn`: throws `EVENT_BEFORE_INCORPORATION` (422),
 * its details naming `field` (the property of the request that gave the date), `effectiveOn` and
 * `incorporatedOn` (ISO dates).
 */
export function checkNotBeforeIncorporation(what: string, effectiveOn: CalendarDate, incorporatedOn: CalendarDate, field: string): void {
  if (compareDates(effectiveOn, incorporatedOn) < 0) {
    throw new DomainError('EVENT_BEFORE_INCORPORATION', { text: `${what} is dated {effectiveOn}, before the company was incorporated on {incorporatedOn}` }, {
      field,
      effectiveOn,
      incorporatedOn,
    });
  }
}
