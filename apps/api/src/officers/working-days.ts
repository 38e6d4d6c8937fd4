import type { CalendarDate } from '#domain';
import Holidays from 'date-holidays';

/**
 * Working days in England and Wales: Monday to Friday, not a bank holiday (IN-3, IN-5). Bank
 * holidays, substitute days included, come from the maintained `date-holidays` data (GB, ENG),
 * its `public` holidays; observances such as Mother's Day are not holidays.
 */
export class EnglandAndWalesWorkingDays {
  private readonly holidays = new Holidays('GB', 'ENG');
  private readonly byYear = new Map<number, ReadonlySet<string>>();

  isWorkingDay = (day: CalendarDate): boolean => {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !this.bankHolidays(Number(day.slice(0, 4))).has(day);
  };

  /** The bank holidays of a year, `YYYY-MM-DD`. */
  bankHolidays(year: number): ReadonlySet<string> {
    let days = this.byYear.get(year);
    if (days === undefined) {
      days = new Set(this.holidays.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
      this.byYear.set(year, days);
    }
    return days;
  }
}
