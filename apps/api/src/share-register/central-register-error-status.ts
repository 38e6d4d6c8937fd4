import type { CentralRegisterErrorCode } from '#domain';
import type { DomainErrorStatus } from '../common/error-status';

/** The HTTP status of each rule of the option to keep the register of members' information at Companies House (RM-7, EC-6). */
export const CENTRAL_REGISTER_ERROR_STATUS = {
  CENTRAL_REGISTER_OPTION_REMOVED: 422,
  CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE: 422,
  CENTRAL_REGISTER_ASSENT_MISSING: 422,
  CENTRAL_REGISTER_ASSENT_NOT_MEMBER: 422,
  CENTRAL_REGISTER_ELECTION_IN_FORCE: 409,
  CENTRAL_REGISTER_NO_ELECTION: 409,
} as const satisfies Record<CentralRegisterErrorCode, DomainErrorStatus>;
