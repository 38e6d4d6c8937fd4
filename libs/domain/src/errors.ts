/**
 * Every rule the domain enforces fails with one of these codes. The API maps each code to an HTTP
 * status in one place, so adding a code here forces a decision there.
 */
export type DomainErrorCode =
  | 'INVALID_DATE'
  | 'INVALID_INSTANT'
  | 'INVALID_AMOUNT'
  | 'INVALID_SHARE_NUMBER'
  | 'EVENT_BEFORE_INCORPORATION'
  | 'EVENT_PREDATES_DEPENDENCY'
  | 'SHARE_NUMBER_ALREADY_USED'
  | 'SHARE_NOT_ISSUED'
  | 'SHARE_ALREADY_CANCELLED'
  | 'SHARE_NOT_HELD_BY_MEMBER'
  | 'SHARE_CLASS_NOT_IN_ARTICLES'
  | 'NOMINAL_VALUE_NOT_IN_ARTICLES'
  | 'PAID_UP_EXCEEDS_NOMINAL'
  | 'MEMBER_ALREADY_HOLDS_A_SHARE'
  | 'PRACTICE_ALREADY_A_MEMBER'
  | 'HOLDER_NOT_ELIGIBLE'
  | 'TRANSFER_TO_SAME_MEMBER'
  | 'TRANSFER_REGISTERED_BEFORE_LODGED';

/** A broken rule of the company's registers, with a stable string code and optional details. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
