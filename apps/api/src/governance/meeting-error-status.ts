import type { MeetingErrorCode } from '#domain';
import type { DomainErrorStatus } from '../common/error-status';

export const MEETING_ERROR_STATUS = {
  MEETING_NOT_FOUND: 404,
  ATTENDANCE_ALREADY_RECORDED: 409,
  RESOLUTION_NOT_FOR_MEETING: 422,
  ATTENDANCE_NOT_FOR_MEETING: 422,
  PROXY_NAME_REQUIRED: 422,
  VOTER_NOT_PRESENT: 422,
  VOTE_NOT_AS_ATTENDED: 422,
  ADJOURNED_TO_EARLIER_DAY: 422,
  DATED_TOO_FAR_AHEAD: 422,
  NOTICE_NOT_FOR_BOARD_MEETING: 422,
} as const satisfies Record<MeetingErrorCode, DomainErrorStatus>;
