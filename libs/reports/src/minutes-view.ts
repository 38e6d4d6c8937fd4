import type { ItemNotQuorateWords } from './resolution-words';
import type { NoticeSentWords } from './notice-sent-view';
import type { AuthorisationView, CalendarDateString, MatterView, ReportBasis, VoteView, VotingMethod } from './view-models';

/** Someone present at a sitting, and in what capacity ("in person", "by proxy: Ms A", "director; interested in item 2"). */
export interface MinutesAttendeeView {
  readonly name: string;
  readonly capacity: string;
}

/** One day the meeting sat: who was present, the quorum, and whether it was adjourned from that day. */
export interface MinutesSittingView {
  readonly on: CalendarDateString;
  readonly attendance: readonly MinutesAttendeeView[];
  /** Qualifying persons present (general meetings, s.318) or directors present (board). */
  readonly present: number;
  readonly quorum: number;
  readonly quorate: boolean;
  /** MA-2: at a quorate sitting of a board meeting, the items whose quorum the interested directors' leaving out broke. */
  readonly notQuorateFor: readonly ItemNotQuorateWords[];
  readonly adjournedTo: CalendarDateString | null;
}

/** One item of business: the resolution put, how it was decided, and its outcome. */
export interface MinutesItemView {
  readonly number: number;
  readonly reference: string;
  /** e.g. "Special resolution of the members (s.283)". */
  readonly kind: string;
  readonly text: string;
  /**
   * The sitting that decided it; null while it is not yet decided (its sitting has not come, or
   * nothing of it is recorded yet): the minutes then give only `outcome`, where it stands.
   */
  readonly decidedOn: CalendarDateString | null;
  readonly method: VotingMethod;
  readonly votes: readonly VoteView[];
  readonly inFavour: number;
  readonly against: number;
  readonly abstaining: number;
  /** Votes for needed to pass without a casting vote: more than half of those cast for or against (null: no valid vote). */
  readonly needed: number | null;
  /**
   * MA-2 (model articles art. 13): present, and true, only for an item of a board meeting passed on
   * an equality of votes by the chair's casting vote; the minutes then say the votes were equal
   * rather than give the number needed, which the votes for fell short of.
   */
  readonly castingVote?: true;
  /** e.g. "Passed on 27 May 2023", "Not passed: quorum not met" or "Adjourned to 3 June 2023; not yet decided". */
  readonly outcome: string;
  /** The share changes the item authorises; empty for none. */
  readonly authorises: readonly AuthorisationView[];
  /** s.168(2), s.511, s.312: the day the company received special notice of an item removing a director or an auditor; absent for others. */
  readonly specialNoticeReceivedOn?: CalendarDateString;
  /** SH-4, s.696(2)(b): the first day the contract for a buy-back the item approves was available for inspection; absent for others. */
  readonly contractDisclosedOn?: CalendarDateString;
  /** What the item is for, where the law sets its procedure or a duty (s.168, s.510, s.21); absent for any other. */
  readonly matter?: MatterView;
  /** EC-3: a board meeting's item: one sentence for each director who took part while unverified. */
  readonly unverifiedDirectors: readonly string[];
}

/** The minutes of one meeting (FR-2: ss.248, 355; signed by the chair they are evidence, ss.249, 356). */
export interface MinutesView extends ReportBasis {
  readonly reference: string;
  /** e.g. "General meeting", "Annual general meeting", "Meeting of the board of directors". */
  readonly meetingTitle: string;
  readonly board: boolean;
  readonly noticeGivenOn: CalendarDateString | null;
  /** MT-2 (s.1147): the day the notice was sent and how, when recorded; absent or null otherwise. */
  readonly noticeSent?: NoticeSentWords | null;
  /** Members on the register on the notice day, to whom notice went (s.310, MA-1). */
  readonly noticeTo: number;
  /** MT-1, s.307(4)–(6): a general meeting held at short notice, with the members' agreement, in words; absent or null otherwise. */
  readonly shortNotice?: string | null;
  readonly heldOn: CalendarDateString;
  readonly chair: string | null;
  readonly sittings: readonly MinutesSittingView[];
  readonly items: readonly MinutesItemView[];
}
