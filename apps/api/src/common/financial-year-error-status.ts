import type { FinancialYearErrorCode } from '#domain';
import type { DomainErrorStatus } from './error-status';

/** CA 2006 ss.390–392: a day that does not end one of the company's financial years, where the dividends (CI-3) or the CIC34 totals (CI-5) need one, is 422. */
export const FINANCIAL_YEAR_ERROR_STATUS = {
  NOT_A_FINANCIAL_YEAR_END: 422,
} as const satisfies Record<FinancialYearErrorCode, DomainErrorStatus>;
