import { dateOfInstant, instant, type CalendarDate } from '#domain';

/** Today's date: the default "as at" of every read, and the effective date of undated records. */
export function today(): CalendarDate {
  return dateOfInstant(instant(new Date()));
}
