import type { CalendarDate } from '#domain';
import type Holidays from 'date-holidays';

/**
 * Working days in England and Wales: Monday to Friday, not a bank holiday (IN-3, IN-5). Bank
 * holidays, substitute days included, come from the maintained `date-holidays` data (GB, ENG),
 * its `public` holidays; observances such as Mother's Day are not holidays.
 */
export class EnglandAndWalesWorkingDays {
  private holidays: Holidays | undefined;
  private readonly byYear = new Map<number, ReadonlySet<string>>();

  isWorkingDay = (day: CalendarDate): boolean => {
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !this.bankHolidays(Number(day.slice(0, 4))).has(day);
  };

  /** The bank holidays of a year, `YYYY-MM-DD`. */
  bankHolidays(year: number): ReadonlySet<string> {
    let days = this.byYear.get(year);
    if (days === undefined) {
      days = new Set(this.calendar().getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
      this.byYear.set(year, days);
    }
    return days;
  }

  /** Loaded on first use rather than at start-up, where its data took a noticeable part of the service's start. */
  private calendar(): Holidays {
    this.holidays ??= new (require('date-holidays') as typeof Holidays)('GB', 'ENG');
    return this.holidays;
  }
}
