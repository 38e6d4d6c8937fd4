import type { DomainErrorCode, RecordingErrorCode, ValueErrorCode } from '#domain';
import { ALLIANCE_ERROR_STATUS } from '../alliance/alliance-error-status';
import { ASSET_LOCK_ERROR_STATUS, WINDING_UP_ERROR_STATUS } from '../asset-lock/asset-lock-error-status';
import { DIVIDEND_ERROR_STATUS } from '../dividends/dividend-error-status';
import { MEETING_ERROR_STATUS } from '../governance/meeting-error-status';
import { RESOLUTION_ERROR_STATUS } from '../governance/resolution-error-status';
import { OFFICER_ERROR_STATUS } from '../officers/officers-error-status';
import { SHARE_REGISTER_ERROR_STATUS } from '../share-register/share-register-error-status';
import { SHARE_RECORDS_ERROR_STATUS } from '../share-register/share-records-error-status';
import { CENTRAL_REGISTER_ERROR_STATUS } from '../share-register/central-register-error-status';
import { PRACTICE_ERROR_STATUS } from '../practices/practice-error-status';
import type { DomainErrorStatus } from './error-status';
import { FINANCIAL_YEAR_ERROR_STATUS } from './financial-year-error-status';

export type { DomainErrorStatus } from './error-status';

const VALUE_ERROR_STATUS = {
  INVALID_DATE: 400,
  INVALID_INSTANT: 400,
  INVALID_AMOUNT: 400,
  INVALID_SHARE_NUMBER: 400,
} as const satisfies Record<ValueErrorCode, DomainErrorStatus>;

const RECORDING_ERROR_STATUS = {
  DATED_AFTER_RECORDING: 422,
} as const satisfies Record<RecordingErrorCode, DomainErrorStatus>;

/** The HTTP status of every domain error code; the compiler refuses a code left out. */
export const DOMAIN_ERROR_STATUS: Record<DomainErrorCode, DomainErrorStatus> = {
  ...VALUE_ERROR_STATUS,
  ...RECORDING_ERROR_STATUS,
  ...SHARE_REGISTER_ERROR_STATUS,
  ...RESOLUTION_ERROR_STATUS,
  ...ALLIANCE_ERROR_STATUS,
  ...ASSET_LOCK_ERROR_STATUS,
  ...WINDING_UP_ERROR_STATUS,
  ...SHARE_RECORDS_ERROR_STATUS,
  ...CENTRAL_REGISTER_ERROR_STATUS,
  ...MEETING_ERROR_STATUS,
  ...PRACTICE_ERROR_STATUS,
  ...OFFICER_ERROR_STATUS,
  ...DIVIDEND_ERROR_STATUS,
  ...FINANCIAL_YEAR_ERROR_STATUS,
};
