import type { ResolutionErrorCode } from '#domain';
import type { DomainErrorStatus } from '../common/domain-error-status';

export const RESOLUTION_ERROR_STATUS = {} as const satisfies Record<ResolutionErrorCode, DomainErrorStatus>;
