import type { DomainErrorCode, OfficerErrorCode } from '#domain';
import type { DomainErrorStatus } from '../common/error-status';

export const OFFICER_ERROR_STATUS = {
  INVALID_COMPANY_NUMBER: 400,
  INVALID_SIC_CODES: 400,
  INVALID_REFERENCE_DAY: 400,
  PARTICULARS_CHANGE_EMPTY: 400,
  OFFICER_PARTICULARS_UNCHANGED: 422,
  OFFICER_NOT_FOUND: 404,
  INSPECTION_REQUEST_NOT_FOUND: 404,
  OFFICER_ALREADY_IN_OFFICE: 409,
  OFFICER_ALREADY_APPOINTED: 409,
  COMPANY_NUMBER_ALREADY_SET: 409,
  INSPECTION_REQUEST_ALREADY_RECORDED: 409,
  INSPECTION_REQUEST_ALREADY_ANSWERED: 409,
  OFFICER_NOT_IN_OFFICE: 422,
  CHANGE_BEFORE_APPOINTMENT: 422,
  VERIFICATION_NOT_FOR_DIRECTOR: 422,
  IDENTITY_NOT_VERIFIED: 422,
  REGISTERED_EMAIL_MISSING: 422,
  LAWFUL_PURPOSE_STATEMENT_MISSING: 422,
  PERSONAL_DETAILS_MISSING: 422,
  DIRECTOR_UNDER_MINIMUM_AGE: 422,
  REGISTER_OF_OFFICERS_AFTER_ECCTA: 422,
  ANSWER_BEFORE_REQUEST: 422,
  INVALID_REQUEST_ANSWER: 422,
  INSPECTION_APPOINTMENT_INVALID: 422,
  INSPECTION_NOTICE_TOO_SHORT: 422,
  PSC_NO_POSITION: 422,
  PSC_STATEMENT_ALREADY_RECORDED: 409,
} as const satisfies Record<OfficerErrorCode, DomainErrorStatus>;

/**
 * The codes the directors' routes (`POST …/directors`, `…/directors/:id/resignation`) share with the
 * officers' routes, which record the same appointments and resignations: a resignation dated before a
 * later entry about the officer, and an appointment of someone already in that office.
 */
export const OFFICER_SHARED_ERROR_STATUS = {
  EVENT_PREDATES_DEPENDENCY: 409,
  OFFICER_ALREADY_APPOINTED: 409,
} as const satisfies Partial<Record<DomainErrorCode, DomainErrorStatus>>;
