import type { AllianceErrorCode } from '#domain';
import type { DomainErrorStatus } from '../common/domain-error-status';

export const ALLIANCE_ERROR_STATUS = {} as const satisfies Record<AllianceErrorCode, DomainErrorStatus>;
