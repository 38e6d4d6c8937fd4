import { dateOfInstant, type CalendarDate } from '#domain';

/**
 * Today, as the company counts days: the date in the UK (Europe/London), not in UTC — between
 * midnight and 01:00 BST the UTC date is still yesterday's. The default "as at" of every read.
 */
export function today(now: Date = new Date()): CalendarDate {
  return dateOfInstant(now);
}
