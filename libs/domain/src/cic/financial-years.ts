import { addDays, compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { FilingPeriod } from '../governance/filing-periods';
import { referenceDayInWords } from '../officers/company-particulars';

/*
 * The company's financial years (CA 2006 ss.390–392), the years a CIC's dividends are capped by (CI-3,
 * reg 19) and its asset transfers totalled by for the CIC34 report (CI-5). A financial year is an
 * accounting reference period: the first from incorporation to the first accounting reference date
 * (s.391(5), up to 18 months), each later one the 12 months to the next (s.391(6)), shortened or
 * lengthened by a change of accounting reference date (AA01, s.392). The directors may end a year on
 * a day up to 7 days either side of the period's end (s.390(3)); the next year begins the day after.
 */

/** s.390(3): days either side of an accounting reference period's end on which the directors may end the financial year. */
export const FINANCIAL_YEAR_END_LEEWAY_DAYS = 7;

/** A financial year: its first day `from` and its last day `to`, both included (`YYYY-MM-DD`). */
export interface FinancialYear {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/**
 * The company's accounting reference periods, earliest first: `accountingPeriods` for the company,
 * with the AA01 changes recorded (an endless sequence is read only as far as needed). Each reading
 * iterates afresh, so a generator object does not do; wrap it (`{ [Symbol.iterator]: () => … }`).
 */
export type AccountingReferencePeriods = Iterable<FilingPeriod>;

/**
 * s.390: the financial year whose last day is `financialYearEnd`, or undefined when that day is not
 * one: the end of an accounting reference period or up to 7 days either side of it (s.390(3)).
 * The year begins with the period's first day (for the first period, the day of incorporation); where
 * the year before was ended within 7 days of its period's end on a day in `otherYearEnds` (the year
 * ends already recorded, say other dividends' years), the day after that.
 */
export function financialYearEndingOn(
  periods: AccountingReferencePeriods,
  financialYearEnd: CalendarDate,
  otherYearEnds: readonly CalendarDate[] = [],
): FinancialYear | undefined {
  let previous: FilingPeriod | undefined;
  for (const period of periods) {
    if (compareDates(addDays(period.endsOn, -FINANCIAL_YEAR_END_LEEWAY_DAYS), financialYearEnd) > 0) return undefined;
    if (withinLeeway(period.endsOn, financialYearEnd)) {
      if (previous === undefined) return { from: period.startsOn, to: financialYearEnd };
      const ends = otherYearEnds.filter((e) => withinLeeway(previous!.endsOn, e) && compareDates(e, financialYearEnd) < 0).sort(compareDates);
      return { from: addDays(ends.at(-1) ?? previous.endsOn, 1), to: financialYearEnd };
    }
    previous = period;
  }
  return undefined;
}

/**
 * s.390 as {@link financialYearEndingOn}, refusing a day that is not a financial year's last day.
 * @throws DomainError `NOT_A_FINANCIAL_YEAR_END` (422, field `financialYearEnd`): details
 * `referenceDate` (the accounting reference date in words, `30 September`, of the period ending next)
 * and the nearest period ends before and after the day, `nearestBefore` (null for a day in the first
 * period) and `nearestAfter`.
 */
export function financialYearEnding(
  periods: AccountingReferencePeriods,
  financialYearEnd: CalendarDate,
  otherYearEnds: readonly CalendarDate[] = [],
): FinancialYear {
  const year = financialYearEndingOn(periods, financialYearEnd, otherYearEnds);
  if (year !== undefined) return year;
  let nearestBefore: CalendarDate | null = null;
  let nearestAfter: CalendarDate = financialYearEnd;
  for (const period of periods) {
    nearestAfter = period.endsOn;
    if (compareDates(period.endsOn, financialYearEnd) > 0) break;
    nearestBefore = period.endsOn;
  }
  const referenceDate = referenceDayInWords({ month: Number(nearestAfter.slice(5, 7)), day: Number(nearestAfter.slice(8)) });
  const nearest = nearestBefore === null ? 'the first ends on {nearestAfter}' : 'the nearest are {nearestBefore} and {nearestAfter}';
  throw new DomainError(
    'NOT_A_FINANCIAL_YEAR_END',
    {
      text: `{financialYearEnd} is not the last day of one of the company's financial years: they end on its accounting reference date, {referenceDate} (CA 2006 ss.390–392), or on a day the directors choose up to 7 days either side of it (s.390(3)); ${nearest}`,
    },
    { field: 'financialYearEnd', financialYearEnd, referenceDate, nearestBefore, nearestAfter },
  );
}

function withinLeeway(periodEnd: CalendarDate, day: CalendarDate): boolean {
  return (
    compareDates(addDays(periodEnd, -FINANCIAL_YEAR_END_LEEWAY_DAYS), day) <= 0 && compareDates(day, addDays(periodEnd, FINANCIAL_YEAR_END_LEEWAY_DAYS)) <= 0
  );
}
