import type { AssetLockErrorCode } from '#domain';
import type { DomainErrorStatus } from '../common/error-status';

/** The asset lock's refusals (CI-2, CI-6): a malformed transfer is 400; one the lock forbids, 422. */
export const ASSET_LOCK_ERROR_STATUS = {
  INVALID_ASSET_TRANSFER: 400,
  ASSET_LOCK_BREACH: 422,
  REGULATOR_CONSENT_REQUIRED: 422,
  CONSENT_AFTER_TRANSFER: 422,
} as const satisfies Record<AssetLockErrorCode, DomainErrorStatus>;
