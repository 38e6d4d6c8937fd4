/**
 * Rules of the borough's list of practices and of members' particulars (RM-1, RM-3, SH-5).
 */
export type PracticeErrorCode =
  /** An admission with a practice id or ODS code already on the list. */
  | 'PRACTICE_ALREADY_LISTED'
  /** A change or closure of a practice the list does not hold. */
  | 'PRACTICE_UNKNOWN'
  /** A change or closure on or after the day the practice ceased. */
  | 'PRACTICE_CLOSED'
  /** A closure naming itself, or a practice not open that day, as its successor; a merger with none. */
  | 'PRACTICE_SUCCESSOR_INVALID'
  /** SH-5: a share for a practice not on the list that day, or one that has ceased. */
  | 'PRACTICE_NOT_ELIGIBLE'
  /** A change of particulars that changes nothing. */
  | 'PARTICULARS_UNCHANGED'
  /** A change of particulars for a member never entered on the register. */
  | 'MEMBER_NOT_ON_REGISTER'
  /** A change of particulars for a member who holds no share that day. */
  | 'MEMBER_NOT_CURRENT';
