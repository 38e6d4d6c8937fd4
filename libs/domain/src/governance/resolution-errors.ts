/** Rules of directors, resolutions, meetings and filings (CA 2006 Pt 13, ss.162–167, 29–30). */
export type ResolutionErrorCode =
  /** An articles' setting is not a whole number in range, or goes below what the Act allows. */
  | 'INVALID_GOVERNANCE_SETTINGS'
  /** A response names a resolution the records do not hold. */
  | 'RESOLUTION_NOT_FOUND'
  /** A resolution is proposed without its text (RS-3: the text fixes what is resolved). */
  | 'RESOLUTION_TEXT_REQUIRED'
  /** The register of members given is not the register as at the date the snapshot must be taken. */
  | 'REGISTER_NOT_AS_AT_DATE'
  /** A written resolution would have no eligible member, so no agreement could ever pass it. */
  | 'NO_ELIGIBLE_MEMBERS'
  /** WR-1: removing a director (s.168) or an auditor (s.510) cannot be done by written resolution (s.288). */
  | 'WRITTEN_RESOLUTION_NOT_ALLOWED'
  /** s.168(2), s.511(1), s.312: a resolution to remove a director or an auditor at a general meeting without the day special notice was received. */
  | 'SPECIAL_NOTICE_REQUIRED'
  /** s.312(1), (4): special notice received fewer than 28 clear days before the meeting, and after it was called. */
  | 'SPECIAL_NOTICE_TOO_LATE'
  /** Special notice given for a resolution that needs none (only removals of directors and auditors do). */
  | 'SPECIAL_NOTICE_NOT_NEEDED'
  /** SH-4, s.696(2): a members' resolution approving an off-market buy-back without the day its contract was disclosed to members. */
  | 'CONTRACT_DISCLOSURE_REQUIRED'
  /** SH-4, s.696(2): the buy-back contract disclosed after the written resolution was sent, or available for fewer than 15 days ending with the meeting. */
  | 'CONTRACT_DISCLOSURE_TOO_LATE'
  /** A day of disclosure given for a resolution approving no buy-back (s.696 applies only to an off-market purchase, s.694). */
  | 'CONTRACT_DISCLOSURE_NOT_NEEDED'
  /** s.21(1): an ordinary resolution to amend the articles, or to change the objects they state (s.31(1), CI-6), which only a special resolution does (details.matter says which). */
  | 'ARTICLES_NEED_SPECIAL_RESOLUTION'
  /** CI-6: a decision of the CIC Regulator on a resolution that is not a change of the objects, or not passed (details.reason). 422. */
  | 'NOT_AWAITING_REGULATOR'
  /** CI-6: the CIC Regulator's decision on that change of the objects is already recorded; it is recorded once. 422. */
  | 'REGULATOR_ALREADY_DECIDED'
  /** CI-6: the CIC Regulator's decision is dated before the special resolution changing the objects passed. 422. */
  | 'REGULATOR_DECISION_BEFORE_PASSING'
  /** An agreement dated before the resolution was circulated. */
  | 'AGREEMENT_BEFORE_CIRCULATION'
  /** WR-3: an agreement signified after the period for agreeing has ended is ineffective (s.297(2)). */
  | 'AGREEMENT_AFTER_LAPSE'
  /** WR-2 / MT: the member was not on the register on the snapshot date, or is excluded by law (s.695). */
  | 'MEMBER_NOT_ELIGIBLE'
  /** WR-3: the member or director has already agreed; agreement is irrevocable and given once (s.296(3)). */
  | 'AGREEMENT_ALREADY_GIVEN'
  /** The member or director has already voted on this resolution. */
  | 'VOTE_ALREADY_RECORDED'
  /** A general meeting dated on or before the day its notice was given. */
  | 'MEETING_BEFORE_NOTICE'
  /** The director was not on the board on the date that counts (meeting, circulation or resignation). */
  | 'DIRECTOR_NOT_ON_BOARD'
  /** The director already holds office over the dates of a new appointment. */
  | 'DIRECTOR_ALREADY_ON_BOARD'
  /** A resignation dated before the appointment it ends. */
  | 'RESIGNATION_BEFORE_APPOINTMENT'
  /** No director was on the board on the circulation date, so no written board resolution can pass. */
  | 'BOARD_HAS_NO_DIRECTORS'
  /** SR-2, s.694: a board resolution approving a buy-back; only the members approve an off-market purchase contract. */
  | 'BUY_BACK_NEEDS_MEMBERS_RESOLUTION'
  /** A share event without the resolution the articles require for it, passed on or before its effective date. */
  | 'SHARE_EVENT_NOT_AUTHORISED'
  /** The filing of that duty has already been recorded. */
  | 'FILING_ALREADY_RECORDED'
  /** An agreement, vote or consent to short notice that the resolution's procedure does not take (a vote on a written resolution, say). */
  | 'RESPONSE_NOT_FOR_PROCEDURE'
  /** MT-1: consent to short notice dated after the meeting it is for. */
  | 'SHORT_NOTICE_AGREED_AFTER_MEETING'
  /** A filing that answers no duty in the compliance calendar (unknown kind and reference). */
  | 'DUTY_UNKNOWN'
  /** A batch of past filings has rows that answer no duty, repeat one, or are dated after they are recorded; none is recorded. */
  | 'FILINGS_INVALID'
  /** A filing dated before what it files (accounts before the period ends, a return before its event). */
  | 'FILING_BEFORE_DUTY';
