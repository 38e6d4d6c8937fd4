/** Rules of meeting records: calling, attendance, adjournment (CA 2006 ss.307–332, model articles). */
export type MeetingErrorCode =
  /** A request or item names a meeting the records do not hold. */
  | 'MEETING_NOT_FOUND'
  /** A resolution put to a meeting of the other kind (members' to a board meeting, say), or on another day. */
  | 'RESOLUTION_NOT_FOR_MEETING'
  /** A director at a general meeting, a member at a board meeting, a day the meeting does not sit, or interest in an item not on the agenda. */
  | 'ATTENDANCE_NOT_FOR_MEETING'
  /** A member attending or voting by proxy or corporate representative without that person's name. */
  | 'PROXY_NAME_REQUIRED'
  /** The same person is already recorded present at that sitting. */
  | 'ATTENDANCE_ALREADY_RECORDED'
  /** MT-3 / MA-2: a vote at a sitting whose attendance is recorded, from someone not recorded present at it. */
  | 'VOTER_NOT_PRESENT'
  /** MT-3: a member's vote cast otherwise than the member attends (another proxy, or in person for a member present by proxy or representative). */
  | 'VOTE_NOT_AS_ATTENDED'
  /** MA-3: an adjournment is to a later day than the sitting adjourned. */
  | 'ADJOURNED_TO_EARLIER_DAY'
  /** MA-3: an adjournment of a meeting whose every item has been voted on (decided): nothing is left to adjourn. */
  | 'MEETING_HAS_NO_BUSINESS_LEFT'
  /** A meeting called, or adjourned, to a day more than `MEETING_PLANNING_YEARS` after the day it is recorded (details: `field`, `latest`). */
  | 'DATED_TOO_FAR_AHEAD'
  /** A board meeting given a notice date: notice to members is for general meetings. */
  | 'NOTICE_NOT_FOR_BOARD_MEETING'
  /** MA-2: a declaration of interest at a sitting of a board meeting whose attendance is not recorded yet. */
  | 'ATTENDANCE_NOT_RECORDED'
  /** MA-2: a declaration of interest by a director not recorded present at the sitting. */
  | 'DIRECTOR_NOT_PRESENT'
  /** MA-2: an interest declared in an item the director has voted on, or decided at an earlier sitting: it changes nothing. */
  | 'INTEREST_DECLARED_AFTER_VOTE'
  /** MA-2: the director is already recorded as interested in the item. */
  | 'INTEREST_ALREADY_DECLARED';
