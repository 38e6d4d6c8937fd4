import { addDays, addMonths, compareDates, type CalendarDate } from '../calendar/calendar-date';
import { accountingReferenceDateIn, DEFAULT_GOVERNANCE_SETTINGS, type AccountingReferenceDate, type GovernanceSettings } from './governance-settings';

/** A period of the company's life, from `startsOn` to `endsOn`, both included. */
export interface FilingPeriod {
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
}

/** Days after the end of a review period within which the confirmation statement is delivered (s.853A(1)). */
export const CONFIRMATION_STATEMENT_DAYS = 14;

/**
 * The first day a period may end on and be confirmed by a confirmation statement: before it, the
 * company delivered an annual return (form AR01, CA 2006 s.854, since repealed by the Small Business,
 * Enterprise and Employment Act 2015 s.92, in force 30 June 2016 by SI 2016/321).
 */
export const CONFIRMATION_STATEMENTS_FROM = '2016-06-30' as CalendarDate;

/** Days after the date an annual return was made up to within which it was delivered (s.854(3), before 30 June 2016). */
export const ANNUAL_RETURN_DAYS = 28;

/** Whether the review period ending `endsOn` was closed by an annual return (AR01, s.854) rather than a confirmation statement: it ended before 30 June 2016. */
export function closedByAnnualReturn(endsOn: CalendarDate): boolean {
  return compareDates(endsOn, CONFIRMATION_STATEMENTS_FROM) < 0;
}

/**
 * s.443: `months` after `date` for the accounts filing periods: the same day of the month; the
 * month's last day when the month is shorter; and from a month's last day, the last day (30 June + 6
 * months = 31 December, not 30 December as `addMonths` gives).
 */
export function accountsMonthsAfter(date: CalendarDate, months: number): CalendarDate {
  const result = addMonths(date, months);
  return isLastDayOfMonth(date) ? lastDayOfMonth(result) : result;
}

/**
 * The last day of a period of `months` beginning with `startsOn`: the day before the corresponding
 * day, or the month's last day when it has none (1 January 2017 → 31 December 2017; 29 February
 * 2016 → 28 February 2017).
 */
export function endOfMonthsBeginningWith(startsOn: CalendarDate, months: number): CalendarDate {
  const corresponding = addMonths(startsOn, months);
  return corresponding.slice(8) === startsOn.slice(8) ? addDays(corresponding, -1) : corresponding;
}

/**
 * FC-2, s.853A: the date a confirmation statement for the review period ending `endsOn` is made up
 * to: the day it was delivered (`filedOn`) when that is before the period's end (delivered early),
 * else the period's end. Not delivered (`filedOn` undefined or null): the period's end.
 */
export function confirmationDateOf(endsOn: CalendarDate, filedOn: CalendarDate | null | undefined): CalendarDate {
  return filedOn != null && compareDates(filedOn, endsOn) < 0 ? filedOn : endsOn;
}

/**
 * The end of the company's first review period. s.854(2) (before 30 June 2016): an annual return was
 * made up to the return date, the anniversary of incorporation (1 September 2014 → 1 September 2015).
 * s.853A(3)(a) (after): the last day of the 12 months beginning with the day of incorporation (1
 * September 2016 → 31 August 2017). The anniversary applies when it fell before 30 June 2016.
 */
export function firstReviewPeriodEnd(incorporatedOn: CalendarDate): CalendarDate {
  const anniversary = addMonths(incorporatedOn, 12);
  return closedByAnnualReturn(anniversary) ? anniversary : endOfMonthsBeginningWith(incorporatedOn, 12);
}

/**
 * The reference under which a statement for the review period ending `endsOn` may already be recorded,
 * other than `endsOn` itself: for a company whose first return date fell before 30 June 2016, the day
 * before `endsOn`. Such a company's periods were once counted as 12 months from incorporation (31 August
 * for 1 September), one day early; a filing recorded then still answers its period. Null for any other
 * company, whose periods did not move. Only the periods up to the first statement delivered early moved
 * (from it on both counts agree): {@link filedReviewPeriods} applies it to those alone.
 */
export function earlierStatementReference(incorporatedOn: CalendarDate, endsOn: CalendarDate): CalendarDate | null {
  return firstReviewPeriodEnd(incorporatedOn) === endOfMonthsBeginningWith(incorporatedOn, 12) ? null : addDays(endsOn, -1);
}

/** A review period with the statement that answers it, if one is recorded. */
export interface FiledReviewPeriod extends FilingPeriod {
  readonly dueOn: CalendarDate;
  /** The day its statement was delivered; null when none is recorded. */
  readonly filedOn: CalendarDate | null;
  /** The reference its statement is recorded under: `endsOn`, or its earlier reference; null when none is recorded. */
  readonly filedAs: CalendarDate | null;
}

/**
 * The confirmation statement's review periods (s.853A) with the statement recorded for each, found by
 * `filedOn` (the filing date recorded under a reference): the first period ends on
 * {@link firstReviewPeriodEnd}; each after it is the 12 months beginning the day after the last one's
 * confirmation date (s.853A(3)(b)), so a company that delivered annual returns keeps its return date (1
 * September). Each statement is due within 14 days after its period ends (a period that ended before 30
 * June 2016 closed with an annual return instead, due within 28 days: see {@link closedByAnnualReturn}).
 * A statement delivered early (before `endsOn`) makes its filing date the confirmation date, and the next
 * period begins the day after it (FC-2: filed 15 June 2024 → next made up to 15 June 2025, due 29 June
 * 2025); one filed on or after the period's end leaves the next period where it was. Until the first
 * statement delivered early, one recorded under a period's earlier reference ({@link earlierStatementReference})
 * answers it. A statement dated before its period began (only an old record can be) counts as delivered
 * on the period's first day, so the periods always move on. An endless sequence.
 */
export function* filedReviewPeriods(
  incorporatedOn: CalendarDate,
  filedOn: (reference: CalendarDate) => CalendarDate | undefined = () => undefined,
): Generator<FiledReviewPeriod> {
  let startsOn = incorporatedOn;
  let moved = false;
  for (let first = true; ; first = false) {
    const endsOn = first ? firstReviewPeriodEnd(incorporatedOn) : endOfMonthsBeginningWith(startsOn, 12);
    const earlier = moved ? null : earlierStatementReference(incorporatedOn, endsOn);
    const filedAs = filedOn(endsOn) !== undefined ? endsOn : earlier !== null && filedOn(earlier) !== undefined ? earlier : null;
    const filed = filedAs === null ? null : filedOn(filedAs)!;
    // Before 30 June 2016 an annual return (AR01), delivered within 28 days (s.854(3)); then a confirmation statement, within 14.
    yield { startsOn, endsOn, dueOn: addDays(endsOn, closedByAnnualReturn(endsOn) ? ANNUAL_RETURN_DAYS : CONFIRMATION_STATEMENT_DAYS), filedOn: filed, filedAs };
    const confirmedOn = confirmationDateOf(endsOn, filed === null ? null : compareDates(filed, startsOn) < 0 ? startsOn : filed);
    if (confirmedOn !== endsOn) moved = true;
    startsOn = addDays(confirmedOn, 1);
  }
}

/** The review periods of {@link filedReviewPeriods}, without their statements: `startsOn`, `endsOn`, `dueOn`. */
export function* reviewPeriods(
  incorporatedOn: CalendarDate,
  filedOn: (reference: CalendarDate) => CalendarDate | undefined = () => undefined,
): Generator<FilingPeriod & { dueOn: CalendarDate }> {
  for (const { startsOn, endsOn, dueOn } of filedReviewPeriods(incorporatedOn, filedOn)) yield { startsOn, endsOn, dueOn };
}

/**
 * The reference under which the statement for the review period ending `reference` is already recorded,
 * when it is recorded under its earlier reference ({@link filedReviewPeriods}); null otherwise, and for
 * a reference that ends no period. `filedOn`: the filing date recorded under a reference.
 */
export function statementRecordedAs(
  incorporatedOn: CalendarDate,
  filedOn: (reference: CalendarDate) => CalendarDate | undefined,
  reference: CalendarDate,
): CalendarDate | null {
  for (const period of filedReviewPeriods(incorporatedOn, filedOn)) {
    if (period.endsOn === reference) return period.filedAs !== null && period.filedAs !== reference ? period.filedAs : null;
    if (compareDates(period.startsOn, reference) > 0) return null;
  }
  throw new Error('unreachable: review periods never end');
}

/**
 * The company's first confirmation statement whose confirmation date is on or after `day` (EC-3: the
 * statement with which directors already in office confirm their identity is verified, `day` 18 November
 * 2025): the confirmation date is the period's end, or the filing date of a statement delivered early
 * (FC-2). `dueOn` is the day that statement is due: 14 days after its period ends, or, delivered early,
 * the day it was delivered. A statement delivered early before `day` was made up to a date before it,
 * so it is not the one.
 */
export function firstConfirmationOnOrAfter(
  incorporatedOn: CalendarDate,
  filedOn: (reference: CalendarDate) => CalendarDate | undefined,
  day: CalendarDate,
): { confirmationDate: CalendarDate; dueOn: CalendarDate } {
  for (const period of filedReviewPeriods(incorporatedOn, filedOn)) {
    const confirmationDate = confirmationDateOf(period.endsOn, period.filedOn);
    const early = confirmationDate !== period.endsOn;
    if (compareDates(confirmationDate, day) >= 0) return { confirmationDate, dueOn: early ? confirmationDate : period.dueOn };
  }
  throw new Error('unreachable: review periods never end');
}

/**
 * The accounting reference date of a company incorporated on `incorporatedOn` with none set: the
 * last day of the month in which the anniversary of incorporation falls (s.391(4)).
 */
export function defaultAccountingReferenceDate(incorporatedOn: CalendarDate): AccountingReferenceDate {
  return { month: Number(incorporatedOn.slice(5, 7)), day: 31 };
}

/**
 * The end of the first accounting reference period (s.391(5)): the first accounting reference date
 * that makes it more than 6 months long, beginning with the day of incorporation (so at most 18).
 */
export function firstAccountsPeriodEnd(incorporatedOn: CalendarDate, ard: AccountingReferenceDate): CalendarDate {
  const sixMonths = endOfMonthsBeginningWith(incorporatedOn, 6);
  let year = Number(incorporatedOn.slice(0, 4));
  while (compareDates(accountingReferenceDateIn(ard, year), sixMonths) <= 0) year += 1;
  return accountingReferenceDateIn(ard, year);
}

/** FC-5, s.392: a new accounting reference date, notified to Companies House (AA01) on `effectiveOn`. */
export interface AccountingReferenceDateChange {
  readonly effectiveOn: CalendarDate;
  readonly ard: AccountingReferenceDate;
}

/**
 * Accounting reference periods and the day each period's accounts (and CIC34 report) are due,
 * s.442 for a private company: 9 months after the period ends; for a first period of more than 12
 * months, the later of 9 months from the first anniversary of incorporation and 3 months after the
 * period ends. Months count by s.443 ({@link accountsMonthsAfter}). After the first, each period is
 * the 12 months to the next accounting reference date (s.391(6)). An endless sequence.
 *
 * FC-5, s.392: a change (AA01) notified during a period applies to that period and those after: the
 * period ends on the first new accounting reference date on or after its first day (the period is
 * shortened, or lengthened up to that date), and its accounts are due 9 months after its end or 3
 * months after the notice, whichever is later (s.442(4)). Lengthening a period past the next such
 * date is not modelled.
 */
export function* accountingPeriods(
  incorporatedOn: CalendarDate,
  ard: AccountingReferenceDate,
  firstEndsOn: CalendarDate = firstAccountsPeriodEnd(incorporatedOn, ard),
  changes: readonly AccountingReferenceDateChange[] = [],
): Generator<FilingPeriod & { dueOn: CalendarDate }> {
  let reference = ard;
  let startsOn = incorporatedOn;
  let endsOn = firstEndsOn;
  const applied = new Set<AccountingReferenceDateChange>();
  for (let first = true; ; first = false) {
    const change = changes.find((c) => !applied.has(c) && compareDates(c.effectiveOn, startsOn) >= 0 && compareDates(c.effectiveOn, endsOn) <= 0);
    if (change) {
      applied.add(change);
      reference = change.ard;
      endsOn = nextReferenceDate(reference, addDays(startsOn, -1));
    }
    const longerThanAYear = first && compareDates(endsOn, endOfMonthsBeginningWith(incorporatedOn, 12)) > 0;
    let dueOn = longerThanAYear
      ? later(accountsMonthsAfter(addMonths(incorporatedOn, 12), 9), accountsMonthsAfter(endsOn, 3))
      : accountsMonthsAfter(endsOn, 9);
    if (change) dueOn = later(dueOn, accountsMonthsAfter(change.effectiveOn, 3));
    yield { startsOn, endsOn, dueOn };
    startsOn = addDays(endsOn, 1);
    endsOn = nextReferenceDate(reference, endsOn);
  }
}

/** The first accounting reference date after `after`. */
function nextReferenceDate(ard: AccountingReferenceDate, after: CalendarDate): CalendarDate {
  let year = Number(after.slice(0, 4));
  while (compareDates(accountingReferenceDateIn(ard, year), after) <= 0) year += 1;
  return accountingReferenceDateIn(ard, year);
}

function later(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) >= 0 ? a : b;
}

function isLastDayOfMonth(date: CalendarDate): boolean {
  return addDays(date, 1).slice(8) === '01';
}

function lastDayOfMonth(date: CalendarDate): CalendarDate {
  return addDays(addMonths(`${date.slice(0, 8)}01` as CalendarDate, 1), -1);
}

/**
 * The accounting reference date the calendar counts from before any AA01: the articles' settings
 * (`accountingReferenceDate`, else the day and month of `firstAccountsPeriodEndsOn`), else the last day
 * of the month of incorporation's anniversary (s.391(4)).
 */
export function accountingReferenceDateInUse(
  incorporatedOn: CalendarDate,
  settings: Pick<GovernanceSettings, 'accountingReferenceDate' | 'firstAccountsPeriodEndsOn'> = DEFAULT_GOVERNANCE_SETTINGS,
): { month: number; day: number } {
  const firstEnd = settings.firstAccountsPeriodEndsOn;
  const ard =
    settings.accountingReferenceDate ??
    (firstEnd !== null ? { month: Number(firstEnd.slice(5, 7)), day: Number(firstEnd.slice(8)) } : defaultAccountingReferenceDate(incorporatedOn));
  // A day past the month's end is its last day, as `accountingReferenceDateIn` reads it (31 September is 30 September; February ends on the 29th in a leap year).
  return { month: ard.month, day: Math.min(ard.day, Number(accountingReferenceDateIn(ard, 2000).slice(8))) };
}

/**
 * The company's accounting reference periods (s.390–s.392) as {@link accountingPeriods} gives them from
 * the articles' settings ({@link accountingReferenceDateInUse}, `firstAccountsPeriodEndsOn`) and the AA01
 * `changes` recorded: read afresh each time it is iterated, endless.
 */
export function companyAccountingPeriods(
  incorporatedOn: CalendarDate,
  settings: Pick<GovernanceSettings, 'accountingReferenceDate' | 'firstAccountsPeriodEndsOn'>,
  changes: readonly AccountingReferenceDateChange[] = [],
): Iterable<FilingPeriod & { dueOn: CalendarDate }> {
  const ard = accountingReferenceDateInUse(incorporatedOn, settings);
  const firstEnd = settings.firstAccountsPeriodEndsOn ?? undefined;
  return { [Symbol.iterator]: () => accountingPeriods(incorporatedOn, ard, firstEnd, changes) };
}
