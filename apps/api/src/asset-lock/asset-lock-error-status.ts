import type { AssetLockErrorCode, WindingUpErrorCode } from '#domain';
import type { DomainErrorStatus } from '../common/error-status';

/**
 * The asset lock's refusals (CI-2, CI-6): a malformed transfer or list of named bodies is 400; one the
 * lock or the articles forbid, 422; a back-dated change of the named bodies that a recorded transfer
 * relies on, 409.
 */
export const ASSET_LOCK_ERROR_STATUS = {
  INVALID_ASSET_TRANSFER: 400,
  ASSET_LOCK_BREACH: 422,
  REGULATOR_CONSENT_REQUIRED: 422,
  CONSENT_AFTER_TRANSFER: 422,
  ASSET_LOCKED_BODY_NOT_NAMED: 422,
  INVALID_ASSET_LOCKED_BODIES: 400,
  ASSET_LOCKED_BODIES_UNCHANGED: 422,
  SPECIAL_RESOLUTION_REQUIRED: 422,
  REGULATOR_APPROVAL_REQUIRED: 422,
  APPROVAL_AFTER_CHANGE: 422,
  ASSET_LOCKED_BODY_HAS_TRANSFERS: 409,
  ASSET_TRANSFER_TOTALS_TOO_LARGE: 422,
} as const satisfies Record<AssetLockErrorCode, DomainErrorStatus>;

/** A winding-up distribution's figures (CI-4, reg 23) that are not whole pence it can be worked out in: 400. */
export const WINDING_UP_ERROR_STATUS = {
  INVALID_RESIDUAL_ASSETS: 400,
  INVALID_PAID_UP_VALUE: 400,
} as const satisfies Record<WindingUpErrorCode, DomainErrorStatus>;
