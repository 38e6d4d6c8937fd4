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
  const found = periodEndingNear(periods, financialYearEnd);
  if (found === undefined) return undefined;
  const { period, previous } = found;
  if (previous === undefined) return { from: period.startsOn, to: financialYearEnd };
  const ends = otherYearEnds.filter((e) => withinLeeway(previous.endsOn, e) && compareDates(e, financialYearEnd) < 0).sort(compareDates);
  return { from: addDays(ends.at(-1) ?? previous.endsOn, 1), to: financialYearEnd };
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

/**
 * s.390(3), CI-3, CI-5: the financial year ending on `financialYearEnd` as the company's years stand
 * with the year ends it has recorded (`recordedYearEnds`, `YYYY-MM-DD`: today the years its dividends
 * were declared out of). The directors end each year on one day: where a recorded year end lies within
 * 7 days of the same accounting reference period's end, the year for that period ended on that day, so
 * another day of that period's leeway ends none of the company's years. The year begins the day after
 * the recorded end of the year before ({@link financialYearEnding} with them as `otherYearEnds`), so
 * adjacent years never share a day. Without any recorded year end, as {@link financialYearEnding}.
 * @throws DomainError `NOT_A_FINANCIAL_YEAR_END` (422) as {@link financialYearEnding};
 * `FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY` (422, field `financialYearEnd`) for a day within the leeway of
 * a period whose year the company recorded as ending on another day: details `financialYearEnd`,
 * `recordedYearEnd` (the day it ended) and `periodEndsOn` (the accounting reference period's end).
 */
export function companyFinancialYearEnding(periods: AccountingReferencePeriods, financialYearEnd: CalendarDate, recordedYearEnds: readonly CalendarDate[]): FinancialYear {
  const year = financialYearEnding(periods, financialYearEnd, recordedYearEnds);
  if (recordedYearEnds.includes(financialYearEnd)) return year;
  const periodEndsOn = periodEndingNear(periods, financialYearEnd)!.period.endsOn;
  const recordedYearEnd = recordedYearEnds.filter((e) => periodEndingNear(periods, e)?.period.endsOn === periodEndsOn).sort(compareDates)[0];
  if (recordedYearEnd === undefined) return year;
  throw new DomainError(
    'FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY',
    {
      text: "the company's financial year for its accounting reference period ending {periodEndsOn} ended on {recordedYearEnd}, as the company has recorded it, not on {financialYearEnd}: the directors end a year on one day, up to 7 days either side of the period's end (CA 2006 s.390(3)); give {recordedYearEnd}",
    },
    { field: 'financialYearEnd', financialYearEnd, recordedYearEnd, periodEndsOn },
  );
}

/**
 * The accounting reference period whose end `day` is within 7 days of (s.390(3)), the first such, and
 * the period before it (undefined for the first); undefined when `day` ends none.
 */
function periodEndingNear(periods: AccountingReferencePeriods, day: CalendarDate): { period: FilingPeriod; previous: FilingPeriod | undefined } | undefined {
  let previous: FilingPeriod | undefined;
  for (const period of periods) {
    if (compareDates(addDays(period.endsOn, -FINANCIAL_YEAR_END_LEEWAY_DAYS), day) > 0) return undefined;
    if (withinLeeway(period.endsOn, day)) return { period, previous };
    previous = period;
  }
  return undefined;
}

function withinLeeway(periodEnd: CalendarDate, day: CalendarDate): boolean {
  return (
    compareDates(addDays(periodEnd, -FINANCIAL_YEAR_END_LEEWAY_DAYS), day) <= 0 && compareDates(day, addDays(periodEnd, FINANCIAL_YEAR_END_LEEWAY_DAYS)) <= 0
  );
}
