import type { DividendErrorCode } from '#domain';
import type { DomainErrorStatus } from '../common/error-status';

/** CI-3: the HTTP status of each refusal of a dividend declaration (CIC Regulations 2005 regs 17–19). */
export const DIVIDEND_ERROR_STATUS = {
  INVALID_DIVIDEND: 400,
  // Clashes with declarations already recorded.
  DISTRIBUTABLE_PROFITS_DIFFER: 409,
  FINANCIAL_YEARS_OVERLAP: 409,
  // Rules broken outright.
  ARTICLES_DO_NOT_ALLOW_DIVIDENDS: 422,
  DIVIDEND_NOT_APPROVED: 422,
  DIVIDEND_CAP_EXCEEDED: 422,
  DIVIDEND_RULES_NOT_SUPPORTED: 422,
  DIVIDEND_YEAR_NOT_BEGUN: 422,
} as const satisfies Record<DividendErrorCode, DomainErrorStatus>;
