import type { PracticeErrorCode } from '#domain';
import type { DomainErrorStatus } from '../common/error-status';

/** The HTTP status of each rule of the practice list and members' particulars (RM-1, RM-3, SH-5). */
export const PRACTICE_ERROR_STATUS = {
  PRACTICE_ALREADY_LISTED: 409,
  PRACTICE_UNKNOWN: 404,
  PRACTICE_CLOSED: 409,
  PRACTICE_SUCCESSOR_INVALID: 422,
  PRACTICE_NOT_ELIGIBLE: 422,
  PARTICULARS_UNCHANGED: 422,
  MEMBER_NOT_ON_REGISTER: 404,
  MEMBER_NOT_CURRENT: 409,
} as const satisfies Record<PracticeErrorCode, DomainErrorStatus>;
