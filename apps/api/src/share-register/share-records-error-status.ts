import type { ShareRecordsErrorCode } from '#domain';
import type { DomainErrorStatus } from '../common/error-status';

/** The HTTP status of each rule of lodged transfers, certificates and corrections (SH-2, SH-3, SR-3, SR-4). */
export const SHARE_RECORDS_ERROR_STATUS = {
  TRANSFER_NOT_LODGED: 404,
  TRANSFER_ALREADY_DECIDED: 409,
  TRANSFER_DECIDED_BEFORE_LODGED: 422,
  TRANSFER_REFUSAL_WITHOUT_REASONS: 422,
  CERTIFICATE_NOT_FOUND: 404,
  CERTIFICATE_ALREADY_ISSUED: 409,
  CERTIFICATE_SHARE_NOT_HELD: 409,
  NO_CERTIFICATE_TO_REPLACE: 409,
  INDEMNITY_AFTER_REPLACEMENT: 422,
  CERTIFICATE_ISSUED_BEFORE_HOLDING: 422,
  CORRECTION_TARGET_UNKNOWN: 409,
  CORRECTION_REASON_MISSING: 422,
} as const satisfies Record<ShareRecordsErrorCode, DomainErrorStatus>;
