import type { DomainErrorCode, RecordingErrorCode, ShareRegisterErrorCode, ValueErrorCode } from '#domain';
import { ALLIANCE_ERROR_STATUS } from '../alliance/alliance-error-status';
import { RESOLUTION_ERROR_STATUS } from '../governance/resolution-error-status';

/**
 * 400: a value is malformed. 404: the request names a record that is not there. 409: the request
 * clashes with what the registers already hold. 422: the request breaks a rule outright, whatever
 * the registers hold.
 */
export type DomainErrorStatus = 400 | 404 | 409 | 422;

const VALUE_ERROR_STATUS = {
  INVALID_DATE: 400,
  INVALID_INSTANT: 400,
  INVALID_AMOUNT: 400,
  INVALID_SHARE_NUMBER: 400,
} as const satisfies Record<ValueErrorCode, DomainErrorStatus>;

const RECORDING_ERROR_STATUS = {
  DATED_AFTER_RECORDING: 422,
} as const satisfies Record<RecordingErrorCode, DomainErrorStatus>;

const SHARE_REGISTER_ERROR_STATUS = {
  SHARE_NUMBER_ALREADY_USED: 409,
  SHARE_ALREADY_CANCELLED: 409,
  SHARE_NOT_HELD_BY_MEMBER: 409,
  MEMBER_ALREADY_HOLDS_A_SHARE: 409,
  PRACTICE_ALREADY_A_MEMBER: 409,
  EVENT_PREDATES_DEPENDENCY: 409,
  EVENT_BEFORE_INCORPORATION: 422,
  SHARE_NOT_ISSUED: 422,
  SHARE_CLASS_NOT_IN_ARTICLES: 422,
  NOMINAL_VALUE_NOT_IN_ARTICLES: 422,
  PAID_UP_EXCEEDS_NOMINAL: 422,
  HOLDER_NOT_ELIGIBLE: 422,
  TRANSFER_TO_SAME_MEMBER: 422,
  TRANSFER_REGISTERED_BEFORE_LODGED: 422,
} as const satisfies Record<ShareRegisterErrorCode, DomainErrorStatus>;

/** The HTTP status of every domain error code; the compiler refuses a code left out. */
export const DOMAIN_ERROR_STATUS: Record<DomainErrorCode, DomainErrorStatus> = {
  ...VALUE_ERROR_STATUS,
  ...RECORDING_ERROR_STATUS,
  ...SHARE_REGISTER_ERROR_STATUS,
  ...RESOLUTION_ERROR_STATUS,
  ...ALLIANCE_ERROR_STATUS,
};
