import { addDays, type CalendarDate } from './calendar-date';

/**
 * Whether a calendar date is a working day: in England and Wales not a Saturday, a Sunday, Christmas
 * Day, Good Friday or a bank holiday (Companies Act 2006 s.1173). The domain is given it; the holiday
 * calendar lives outside.
 */
export type IsWorkingDay = (day: CalendarDate) => boolean;

/** The day `days` working days after `from`, counting only days `isWorkingDay` accepts; `from` itself is not counted. */
export function addWorkingDays(from: CalendarDate, days: number, isWorkingDay: IsWorkingDay): CalendarDate {
  let day = from;
  for (let counted = 0; counted < days; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}
