/*
 * Dated membership periods and the small checks the alliance records share. Only DatedMembership and
 * isMemberOn are part of the library's public surface.
 */
import { compareDates, isCalendarDate, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';

/**
 * A period of membership, read as at the end of a day like the register of members: the member
 * joined on `joinedOn` and left on `leftOn`, so it is a member as at the end of every day from
 * `joinedOn` up to, but not including, `leftOn`. Someone who leaves one body and joins another on the
 * same day is a member of the second as at that day.
 */
export interface DatedMembership {
  readonly joinedOn: CalendarDate;
  /** The day the member left; null while it remains a member. */
  readonly leftOn: CalendarDate | null;
}

/** True when the membership is in force as at the end of `date`. */
export function isMemberOn(period: DatedMembership, date: CalendarDate): boolean {
  return compareDates(period.joinedOn, date) <= 0 && (period.leftOn === null || compareDates(date, period.leftOn) < 0);
}

/**
 * True when a membership that starts on `from` and never ends would share a day with `period`:
 * it has not left by `from`.
 */
export function runsInto(period: DatedMembership, from: CalendarDate): boolean {
  return period.leftOn === null || compareDates(from, period.leftOn) < 0;
}

/** Throws `INVALID_DATE` for a date that is not `YYYY-MM-DD`. */
export function requireDate(value: string, field: string): CalendarDate {
  if (!isCalendarDate(value)) throw new DomainError('INVALID_DATE', `${field}: "${value}" is not a calendar date (YYYY-MM-DD)`, { field });
  return value;
}

/** The membership ended on `leftOn`; throws `MEMBERSHIP_ENDS_BEFORE_START` unless it is after `joinedOn`. */
export function endMembership<T extends DatedMembership>(period: T, leftOn: CalendarDate): T {
  requireDate(leftOn, 'leftOn');
  if (compareDates(leftOn, period.joinedOn) <= 0) {
    throw new DomainError('MEMBERSHIP_ENDS_BEFORE_START', `A membership that began on ${period.joinedOn} cannot end on ${leftOn}`, {
      joinedOn: period.joinedOn,
      leftOn,
    });
  }
  return { ...period, leftOn };
}

/** Throws `INVALID_ALLIANCE_RECORD` unless `value` has a non-blank character. Shared by the alliance records. */
export function requireText(value: string, field: string, record: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new DomainError('INVALID_ALLIANCE_RECORD', `A ${record} needs a ${field}`, { record, field });
  }
}
