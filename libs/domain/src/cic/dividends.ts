import { addDays, addMonths, checkDatedInCompanyLife, compareDates, type CalendarDate, type Instant } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { Resolution } from '../governance/resolution-outcome';
import { checkApproval } from './dividend-approval';
import { financialYearEnding, financialYearEndingOn, type AccountingReferencePeriods } from './financial-years';

export { mayApproveDividend } from './dividend-approval';

/*
 * CI-3: a community interest company's dividends (Community Interest Company Regulations 2005,
 * regs 17–19, as amended by SI 2014/2483). A dividend is declared only where the articles allow it and
 * a members' ordinary or special resolution approves it (reg 17); the dividends declared in respect of a
 * financial year total at most the aggregate dividend cap, 35% of the year's distributable profits, at
 * the cap in force on the year's first day (reg 19). The per-share cap and the carry-forward of unused
 * capacity were revoked for dividends declared from 1 October 2014, which is all this module takes.
 * Money is in whole pence; dates are calendar dates (`YYYY-MM-DD`).
 */

/**
 * One dividend declared by the company, as the secretary records it. Amounts are whole pence above 0.
 */
export interface DividendDeclaration {
  /** The declaration's id, e.g. `dividend-2024-03-31-1` (the year's last day and its number in that year). */
  readonly id: string;
  /** The calendar date the dividend was declared. */
  readonly declaredOn: CalendarDate;
  /**
   * The last day of the financial year the dividend is paid out of: one of the company's financial
   * years (s.390, its accounting reference periods; see `financialYearEndingOn`).
   */
  readonly financialYearEnd: CalendarDate;
  /** The distributable profits of that year, in pence: one figure for the year, whichever declaration states it. */
  readonly distributableProfitsPence: number;
  /** The total dividend declared, in pence, on all the shares together. */
  readonly totalPence: number;
  /** The id of the members' ordinary or special resolution that approved it (reg 17). */
  readonly resolutionId: string;
  /** The article (clause) of the company's articles of association that allows dividends, as typed, e.g. `Article 36`. */
  readonly articlesClause: string;
}

/** The ledger event of a dividend declared: dated the day it was declared. */
export interface DividendDeclared {
  readonly type: 'dividend-declared';
  readonly effectiveOn: CalendarDate;
  readonly declaration: DividendDeclaration;
}

/** Reg 19 (CI-3): the aggregate dividend cap in force from a day, as a percentage of a year's distributable profits. */
export interface AggregateDividendCap {
  readonly from: CalendarDate;
  readonly percent: number;
}

/** The aggregate dividend caps in force, oldest first: 35% from the Regulations' commencement, 1 July 2005 (reg 19). */
export const AGGREGATE_DIVIDEND_CAPS: readonly AggregateDividendCap[] = [{ from: '2005-07-01' as CalendarDate, percent: 35 }];

/** SI 2014/2483: dividends declared from this day have no per-share cap and no carry-forward; earlier ones are not taken here. */
export const DIVIDEND_RULES_FROM = '2014-10-01' as CalendarDate;

/**
 * The first day of the financial year ending on `financialYearEnd` (s.390): the first day of the
 * company's accounting reference period ending then (or within 7 days of it, s.390(3)), or the day
 * after another year end in `otherYearEnds` ended the year before. A day that is no longer a year end
 * (a dividend recorded before an AA01 moved the periods) counts the 12 months to it.
 */
export function financialYearStart(periods: AccountingReferencePeriods, financialYearEnd: CalendarDate, otherYearEnds: readonly CalendarDate[] = []): CalendarDate {
  return financialYearEndingOn(periods, financialYearEnd, otherYearEnds)?.from ?? addDays(addMonths(financialYearEnd, -12), 1);
}

/**
 * Reg 19 (CI-3): the aggregate dividend cap for the financial year from `first` to `financialYearEnd`,
 * in percent: the cap in force on the year's first day. Throws `DIVIDEND_RULES_NOT_SUPPORTED` (field
 * `financialYearEnd`) for a year begun before any cap was in force (before 1 July 2005).
 */
export function aggregateDividendCapPercent(first: CalendarDate, financialYearEnd: CalendarDate): number {
  const cap = AGGREGATE_DIVIDEND_CAPS.filter((c) => compareDates(c.from, first) <= 0).at(-1);
  if (cap === undefined) {
    throw new DomainError('DIVIDEND_RULES_NOT_SUPPORTED', `the financial year ending ${financialYearEnd} began on ${first}, before the CIC Regulations 2005 put an aggregate dividend cap in force (reg 19, from 2005-07-01)`, {
      field: 'financialYearEnd',
      financialYearEnd,
      yearStart: first,
    });
  }
  return cap.percent;
}

/** Reg 19 (CI-3): the cap on a year's dividends, in whole pence, rounded down: `percent`% of `distributableProfitsPence`. */
export function dividendCapPence(distributableProfitsPence: number, percent: number): number {
  return Number((BigInt(distributableProfitsPence) * BigInt(percent)) / 100n);
}

/**
 * One financial year's dividends, as the CIC34 report states them (CI-3, CI-5): all amounts in whole pence.
 */
export interface DividendYear {
  /** The year's last day; `yearStart` its first. */
  readonly financialYearEnd: CalendarDate;
  readonly yearStart: CalendarDate;
  readonly distributableProfitsPence: number;
  /** The aggregate cap in force on the year's first day, in percent (35). */
  readonly capPercent: number;
  /** `capPercent`% of the distributable profits, rounded down to whole pence. */
  readonly capPence: number;
  /** The total of the year's dividends declared. */
  readonly declaredPence: number;
  /** What may still be declared out of the year: `capPence - declaredPence` (never below 0 for a ledger the checks kept). */
  readonly headroomPence: number;
  /** True when the year's dividends are within the cap. */
  readonly withinCap: boolean;
  /** The ids of the year's declarations, in the order given (`dividendsListed`'s: by the day declared, then recorded). */
  readonly declarationIds: readonly string[];
}

/**
 * The figures of each financial year out of which dividends were declared, earliest year first (CI-3,
 * for the CIC34 report, CI-5); each year begins as {@link financialYearStart} gives it from the
 * company's accounting reference `periods`.
 */
export function dividendYears(declarations: readonly DividendDeclaration[], periods: AccountingReferencePeriods): DividendYear[] {
  const ends = declarations.map((d) => d.financialYearEnd);
  const byYear = new Map<CalendarDate, DividendDeclaration[]>();
  for (const d of declarations) byYear.set(d.financialYearEnd, [...(byYear.get(d.financialYearEnd) ?? []), d]);
  return [...byYear.entries()]
    .sort(([a], [b]) => compareDates(a, b))
    .map(([financialYearEnd, year]) => {
      const yearStart = financialYearStart(periods, financialYearEnd, ends);
      const capPercent = aggregateDividendCapPercent(yearStart, financialYearEnd);
      const distributableProfitsPence = year[0]!.distributableProfitsPence;
      const capPence = dividendCapPence(distributableProfitsPence, capPercent);
      const declaredPence = year.reduce((sum, d) => sum + d.totalPence, 0);
      return {
        financialYearEnd,
        yearStart,
        distributableProfitsPence,
        capPercent,
        capPence,
        declaredPence,
        headroomPence: capPence - declaredPence,
        withinCap: declaredPence <= capPence,
        declarationIds: year.map((d) => d.id),
      };
    });
}

/** The declarations recorded, in ledger order: the fold of the `dividend.` family. */
export function evolveDividends(declarations: readonly DividendDeclaration[], event: DividendDeclared): readonly DividendDeclaration[] {
  return [...declarations, event.declaration];
}

/** What a declaration is checked against: the company, the day it is recorded, the resolution it names and the declarations already recorded. */
export interface DividendContext {
  readonly incorporatedOn: CalendarDate;
  /** When the declaration is recorded: it may not be dated after that day (in the UK). */
  readonly recordedAt: Instant;
  /** The secretary's confirmation that the company's articles allow dividends, at `articlesClause` (reg 17(1)(a)). */
  readonly articlesAllowDividends: boolean;
  /** The resolution `resolutionId` names; undefined when the company has none with that id. */
  readonly resolution: Resolution | undefined;
  /** The resolution's human reference (`OR-2024-01`), for the refusal's words. */
  readonly resolutionReference?: string;
  /** Every declaration already recorded. */
  readonly declared: readonly DividendDeclaration[];
  /** The company's accounting reference periods (s.390–s.392, with the AA01 changes recorded): its financial years. */
  readonly accountingPeriods: AccountingReferencePeriods;
}

/**
 * CI-3: checks a dividend declaration against CIC Regulations 2005 regs 17–19 and returns it (its
 * clause trimmed). In this order, each refusal's details naming the request's `field`:
 * - `INVALID_DIVIDEND` (an amount not a whole number of pence above 0, an empty id or clause);
 * - `EVENT_BEFORE_INCORPORATION` / `DATED_AFTER_RECORDING` for the declaration date, and
 *   `DIVIDEND_RULES_NOT_SUPPORTED` for one before 1 October 2014 (SI 2014/2483);
 * - `EVENT_BEFORE_INCORPORATION` for a financial year ending before incorporation,
 *   `NOT_A_FINANCIAL_YEAR_END` for a day that does not end one of the company's financial years
 *   (s.390: an accounting reference period's end, or up to 7 days either side of it),
 *   `DIVIDEND_YEAR_NOT_BEGUN` for one that had not begun on the declaration date,
 *   `DIVIDEND_RULES_NOT_SUPPORTED` for one begun before reg 19 was in force;
 * - `ARTICLES_DO_NOT_ALLOW_DIVIDENDS` unless the articles are confirmed to allow dividends (reg 17(1)(a));
 * - `RESOLUTION_NOT_FOUND`, or `DIVIDEND_NOT_APPROVED` for a board resolution, one for another matter
 *   (a removal of a director or an auditor, an amendment of the articles: `reason: 'another-matter'`), one
 *   authorising changes to the shares (`reason: 'share-changes'`), or one not passed on or before the
 *   declaration date (reg 17(1)(b): an ordinary or special resolution of the members);
 * - `FINANCIAL_YEARS_OVERLAP`, `DISTRIBUTABLE_PROFITS_DIFFER` against the declarations already recorded;
 * - `DIVIDEND_CAP_EXCEEDED` when the year's dividends would total more than its aggregate cap (reg 19),
 *   details `capPence`, `alreadyDeclaredPence` and `headroomPence`.
 */
export function checkDividendDeclaration(declaration: DividendDeclaration, context: DividendContext): DividendDeclaration {
  const d = checkShape(declaration);
  checkDatedInCompanyLife('the dividend', d.declaredOn, context.recordedAt, context.incorporatedOn, 'declaredOn');
  if (compareDates(d.declaredOn, DIVIDEND_RULES_FROM) < 0) {
    throw new DomainError('DIVIDEND_RULES_NOT_SUPPORTED', `the dividend is declared on ${d.declaredOn}, before ${DIVIDEND_RULES_FROM}: the per-share dividend cap and carry-forward then in force (revoked by SI 2014/2483) are not applied here`, {
      field: 'declaredOn',
      declaredOn: d.declaredOn,
      from: DIVIDEND_RULES_FROM,
    });
  }
  const yearStart = checkYear(d, context);
  if (!context.articlesAllowDividends) {
    throw new DomainError('ARTICLES_DO_NOT_ALLOW_DIVIDENDS', `a CIC may declare a dividend only where its articles allow it (CIC Regulations 2005 reg 17(1)(a)); confirm the article that allows it, ${d.articlesClause}`, {
      field: 'articlesAllowDividends',
      articlesClause: d.articlesClause,
    });
  }
  checkApproval(d, context);
  checkAgainstDeclared(d, yearStart, context);
  return d;
}

function checkShape(d: DividendDeclaration): DividendDeclaration {
  for (const field of ['distributableProfitsPence', 'totalPence'] as const) {
    if (!Number.isSafeInteger(d[field]) || d[field] < 1) {
      throw new DomainError('INVALID_DIVIDEND', `${field} must be a whole number of pence above 0`, { field, value: d[field] });
    }
  }
  for (const field of ['id', 'resolutionId', 'articlesClause'] as const) {
    if (d[field].trim() === '') throw new DomainError('INVALID_DIVIDEND', `${field} must not be empty`, { field });
  }
  return { ...d, articlesClause: d.articlesClause.trim() };
}

/** The first day of the declaration's financial year, once the year is one of the company's and had begun by the declaration. */
function checkYear(d: DividendDeclaration, { incorporatedOn, accountingPeriods, declared }: DividendContext): CalendarDate {
  if (compareDates(d.financialYearEnd, incorporatedOn) < 0) {
    throw new DomainError('EVENT_BEFORE_INCORPORATION', { text: 'the financial year the dividend is paid out of ends on {effectiveOn}, before the company was incorporated on {incorporatedOn}' }, {
      field: 'financialYearEnd',
      effectiveOn: d.financialYearEnd,
      incorporatedOn,
    });
  }
  const yearStart = financialYearEnding(accountingPeriods, d.financialYearEnd, declared.map((o) => o.financialYearEnd)).from;
  if (compareDates(yearStart, d.declaredOn) > 0) {
    throw new DomainError('DIVIDEND_YEAR_NOT_BEGUN', `the financial year ending ${d.financialYearEnd} begins on ${yearStart}, after the dividend is declared on ${d.declaredOn}: a dividend is paid out of a year begun by then`, {
      field: 'financialYearEnd',
      yearStart,
      declaredOn: d.declaredOn,
    });
  }
  aggregateDividendCapPercent(yearStart, d.financialYearEnd);
  return yearStart;
}

function checkAgainstDeclared(d: DividendDeclaration, yearStart: CalendarDate, { declared, accountingPeriods }: DividendContext): void {
  const ends = [...declared.map((o) => o.financialYearEnd), d.financialYearEnd];
  const overlapping = declared.find(
    (o) =>
      o.financialYearEnd !== d.financialYearEnd &&
      compareDates(financialYearStart(accountingPeriods, o.financialYearEnd, ends), d.financialYearEnd) <= 0 &&
      compareDates(yearStart, o.financialYearEnd) <= 0,
  );
  if (overlapping) {
    throw new DomainError('FINANCIAL_YEARS_OVERLAP', `the financial year ending ${d.financialYearEnd} overlaps the year ending ${overlapping.financialYearEnd}, already declared out of: each year's dividends are capped once (reg 19)`, {
      field: 'financialYearEnd',
      otherYearEnd: overlapping.financialYearEnd,
    });
  }
  const year = declared.filter((o) => o.financialYearEnd === d.financialYearEnd);
  const stated = year[0]?.distributableProfitsPence;
  if (stated !== undefined && stated !== d.distributableProfitsPence) {
    throw new DomainError('DISTRIBUTABLE_PROFITS_DIFFER', `the distributable profits of the year ending ${d.financialYearEnd} are already stated as ${stated} pence, by ${year[0]!.id}; a year has one figure, not ${d.distributableProfitsPence} pence`, {
      field: 'distributableProfitsPence',
      financialYearEnd: d.financialYearEnd,
      statedPence: stated,
    });
  }
  const capPercent = aggregateDividendCapPercent(yearStart, d.financialYearEnd);
  const capPence = dividendCapPence(d.distributableProfitsPence, capPercent);
  const alreadyDeclaredPence = year.reduce((sum, o) => sum + o.totalPence, 0);
  const headroomPence = Math.max(0, capPence - alreadyDeclaredPence);
  if (d.totalPence > headroomPence) {
    throw new DomainError('DIVIDEND_CAP_EXCEEDED', `the dividends declared out of the year ending ${d.financialYearEnd} would total ${alreadyDeclaredPence + d.totalPence} pence, over the aggregate dividend cap of ${capPence} pence (${capPercent}% of distributable profits of ${d.distributableProfitsPence} pence, CIC Regulations 2005 reg 19); ${headroomPence} pence is left to declare`, {
      field: 'totalPence',
      financialYearEnd: d.financialYearEnd,
      capPercent,
      capPence,
      alreadyDeclaredPence,
      headroomPence,
      totalPence: d.totalPence,
    });
  }
}
