import type { FinancialYearErrorCode } from '#domain';
import type { DomainErrorStatus } from './error-status';

/**
 * CA 2006 ss.390–392: a day that does not end one of the company's financial years, where the
 * dividends (CI-3) or the CIC34 totals (CI-5) need one, is 422; so is a day within 7 days of a
 * period's end whose year the company recorded as ending on another day (s.390(3)).
 */
export const FINANCIAL_YEAR_ERROR_STATUS = {
  NOT_A_FINANCIAL_YEAR_END: 422,
  FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY: 422,
} as const satisfies Record<FinancialYearErrorCode, DomainErrorStatus>;
