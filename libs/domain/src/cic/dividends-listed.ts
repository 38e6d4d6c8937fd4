import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import type { DividendDeclaration } from './dividends';
import { companyFinancialYearEnding, type AccountingReferencePeriods } from './financial-years';

/** What a list of the dividends declared asks for: as at a day, and one financial year's only. */
export interface DividendsView {
  /** Only those declared by the end of this day; every one without it. */
  readonly asAt?: CalendarDate;
  /** Only those paid out of the financial year ending this day. */
  readonly financialYearEnd?: CalendarDate;
}

/**
 * CI-3, CI-5: the dividends declared by the end of `view.asAt` (every one recorded, without it), of
 * the financial year ending `view.financialYearEnd` if given, in the order of the days they were
 * declared and, on one day, the order recorded (`declarations` are in the order recorded).
 * The year's last day must end one of the company's financial years, as a declaration's must
 * (s.390), unless a declaration recorded names it (a year recorded before a change of accounting
 * reference date moved the periods is still listed); the years the declarations name are the
 * company's year ends (s.390(3), {@link companyFinancialYearEnding}), as for the asset transfers'
 * yearly totals (CI-5).
 * @throws DomainError `NOT_A_FINANCIAL_YEAR_END` (422, field `financialYearEnd`) for a day that ends
 * no financial year; `FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY` (422) for one within 7 days of the end of a
 * period whose year a declaration names as ending on another day.
 */
export function dividendsListed(declarations: readonly DividendDeclaration[], periods: AccountingReferencePeriods, view: DividendsView): DividendDeclaration[] {
  const { asAt, financialYearEnd } = view;
  if (financialYearEnd !== undefined && !declarations.some((d) => d.financialYearEnd === financialYearEnd)) {
    companyFinancialYearEnding(periods, financialYearEnd, declarations.map((d) => d.financialYearEnd));
  }
  return declarations
    .map((d, recorded) => [d, recorded] as const)
    .filter(([d]) => (asAt === undefined || compareDates(d.declaredOn, asAt) <= 0) && (financialYearEnd === undefined || d.financialYearEnd === financialYearEnd))
    .sort(([a, i], [b, j]) => compareDates(a.declaredOn, b.declaredOn) || i - j)
    .map(([d]) => d);
}
