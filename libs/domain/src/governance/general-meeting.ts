import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { DEFAULT_GOVERNANCE_SETTINGS, type GovernanceSettings } from './governance-settings';
import { memberNamedWhy, resolutionInWords, type MemberNames } from './in-words';
import { qualifyingPersons, type MeetingChair, type MemberCapacity, type PresentMember } from './meeting';
import { clearDaysBetween, meetingBeforeNotice, type NoticeSent } from './notice-delivery';
import { holdersAsAt, votingMembersAsAt, type MembersSource, type VotingMember } from './member-snapshot';
import {
  buyBackShares,
  checkMatterKind,
  checkProposal,
  meetingThreshold,
  outcomeOf,
  type MeetingVote,
  type MembersProposal,
  type MembersResolutionKind,
  type ResolutionMatter,
  type ResolutionOutcome,
  type BuyBackSeller,
  type RegulatorDecision,
  type ShareAuthorisation,
  type Tally,
} from './resolution';

/** On a show of hands each member present has one vote (s.284(2)); on a poll, one per share (s.284(3)). */
export type VotingMethod = 'show-of-hands' | 'poll';

/**
 * A member's vote at the meeting, in person, by proxy or by a corporate representative. `member`:
 * the member's entry on the register on the day of the meeting (MA-1), given with votes recorded
 * since entitlement was taken at the meeting rather than when it was called.
 */
export interface MemberVote {
  readonly memberId: string;
  readonly vote: MeetingVote;
  readonly capacity?: MemberCapacity;
  /** The proxy's or corporate representative's name. */
  readonly actingName?: string;
  readonly member?: VotingMember;
}

/**
 * A members' resolution put to a general meeting (ss.301–335): the notice, the members entitled to
 * vote (the register as at the meeting date) and the votes. The quorum, notice period and
 * short-notice percentage are the articles' when the meeting was called.
 */
export interface GeneralMeetingResolution {
  readonly procedure: 'general-meeting';
  readonly id: string;
  readonly text: string;
  readonly kind: MembersResolutionKind;
  readonly matter: ResolutionMatter;
  readonly mustBeFiled: boolean;
  readonly authorises: readonly ShareAuthorisation[];
  /** The day notice was given: the day it is deemed delivered (MT-2, s.1147), which the caller works out (`deemedDeliveryOn`). */
  readonly noticeGivenOn: CalendarDate;
  /** The day the notice was sent and how, when recorded; absent otherwise. */
  readonly noticeSent?: NoticeSent;
  readonly meetingOn: CalendarDate;
  readonly voting: VotingMethod;
  readonly quorum: number;
  readonly noticeClearDays: number;
  readonly shortNoticePercent: number;
  readonly entitled: readonly VotingMember[];
  /** Members who agreed to the meeting being held at short notice (s.307(4)–(6)). */
  readonly shortNoticeAgreedBy: readonly string[];
  /** The day each agreement to short notice was given, where recorded (in `shortNoticeAgreedBy`'s order); absent when none was dated. */
  readonly shortNoticeAgreedOn?: readonly { readonly memberId: string; readonly agreedOn: CalendarDate }[];
  readonly votes: readonly MemberVote[];
  /** The meeting record this resolution is an item of, if any. */
  readonly meetingId?: string;
  /** The chair of a one-item meeting, as recorded with the resolution. */
  readonly chair?: MeetingChair;
  /** Those recorded present at the sitting that decides it (from the meeting record), besides those who voted. */
  readonly present?: readonly PresentMember[];
  /** Days the meeting sat before being adjourned to `meetingOn` (MA-3). */
  readonly adjournedFrom?: readonly CalendarDate[];
  /** SR-2, s.695(3): the selling members of the buy-backs it approves, whose votes do not count; absent when none (or recorded before they were kept). */
  readonly sellers?: readonly BuyBackSeller[];
  /** CI-6: the CIC Regulator's decision on a change of the objects, once recorded; absent while awaited and for other matters. */
  readonly regulatorDecision?: RegulatorDecision;
  /** s.168(2), s.511, s.312: the day the company received special notice of a removal resolution (`checkSpecialNotice`); absent for other matters and before it was kept. */
  readonly specialNoticeReceivedOn?: CalendarDate;
  /** SH-4, s.696(2)(b): the day the buy-back contract it approves was first available for inspection (`checkContractDisclosure`); absent when it approves none, and before it was kept. */
  readonly contractDisclosedOn?: CalendarDate;
}

/** A proposal put to a general meeting. */
export interface GeneralMeetingProposal extends MembersProposal {
  /** The day notice is deemed delivered (MT-2, s.1147). */
  readonly noticeGivenOn: CalendarDate;
  /** The day it was sent and how, when known: kept with the resolution. */
  readonly noticeSent?: NoticeSent;
  readonly meetingOn: CalendarDate;
  /** Defaults to a show of hands (model articles), which with one share each counts the same as a poll. */
  readonly voting?: VotingMethod;
  /** The register of members as at the meeting date, or its current entries. */
  readonly members: MembersSource;
  readonly meetingId?: string;
  readonly chair?: MeetingChair;
  /** s.312: the day the company received special notice of a removal resolution (checked by `checkSpecialNotice`, not here). */
  readonly specialNoticeReceivedOn?: CalendarDate;
  /** s.696(2)(b): the day the buy-back contract was first available for inspection (checked by `checkContractDisclosure`, not here). */
  readonly contractDisclosedOn?: CalendarDate;
}

/** How the notice of a meeting measures up (MT-1, MT-2). */
export interface NoticeCheck {
  readonly clearDays: number;
  readonly required: number;
  readonly short: boolean;
  readonly shortNoticeAgreed: boolean;
  readonly valid: boolean;
  /**
   * The members' agreement to short notice (s.307(5)–(6)), counted whether or not notice is short:
   * how many of those entitled to attend and vote agreed, and the nominal value of their shares and of
   * all the entitled members' shares, in pence.
   */
  readonly agreement: { readonly agreed: number; readonly entitled: number; readonly agreedNominalPence: number; readonly entitledNominalPence: number };
}

/**
 * Records the proposal and the members entitled to vote (the register as at the meeting date).
 * Throws `MEETING_BEFORE_NOTICE` when the meeting is not after the day notice was given.
 */
export function proposeAtGeneralMeeting(
  proposal: GeneralMeetingProposal,
  settings: GovernanceSettings = DEFAULT_GOVERNANCE_SETTINGS,
): GeneralMeetingResolution {
  const checked = checkProposal(proposal);
  checkMatterKind(proposal.matter ?? 'general', proposal.kind);
  if (compareDates(proposal.meetingOn, proposal.noticeGivenOn) <= 0) {
    throw meetingBeforeNotice(proposal.meetingOn, proposal.noticeGivenOn, proposal.noticeSent);
  }
  // SR-2, s.695(3): the holders, on the meeting day, of the shares whose buy-back it approves.
  const sellers = holdersAsAt(proposal.members, proposal.meetingOn, buyBackShares(checked.authorises));
  return {
    procedure: 'general-meeting',
    ...checked,
    kind: proposal.kind,
    matter: proposal.matter ?? 'general',
    mustBeFiled: proposal.mustBeFiled ?? proposal.kind === 'special',
    noticeGivenOn: proposal.noticeGivenOn,
    ...(proposal.noticeSent !== undefined ? { noticeSent: { on: proposal.noticeSent.on, by: proposal.noticeSent.by } } : {}),
    meetingOn: proposal.meetingOn,
    voting: proposal.voting ?? 'show-of-hands',
    quorum: settings.membersQuorum,
    noticeClearDays: settings.noticeClearDays,
    shortNoticePercent: settings.shortNoticePercent,
    entitled: votingMembersAsAt(proposal.members, proposal.meetingOn),
    shortNoticeAgreedBy: [],
    votes: [],
    ...(proposal.meetingId !== undefined ? { meetingId: proposal.meetingId } : {}),
    ...(proposal.chair !== undefined ? { chair: proposal.chair } : {}),
    ...(sellers.length > 0 ? { sellers } : {}),
    ...(proposal.specialNoticeReceivedOn !== undefined ? { specialNoticeReceivedOn: proposal.specialNoticeReceivedOn } : {}),
    ...(proposal.contractDisclosedOn !== undefined ? { contractDisclosedOn: proposal.contractDisclosedOn } : {}),
  };
}

/**
 * The resolution with a member's agreement to short notice (MT-1, s.307(4)–(6)). As with a vote (MA-1),
 * an agreement that carries the member's entry on the register on the meeting day (`entry`) is taken
 * on it, and the member is added to those entitled to attend and vote: a member admitted after the
 * notice may agree, and counts among those entitled. One without it is checked against those entitled
 * when the meeting was called. Throws `MEMBER_NOT_ELIGIBLE`, `AGREEMENT_ALREADY_GIVEN`, or
 * `SHORT_NOTICE_AGREED_AFTER_MEETING` when dated after the meeting.
 */
export function recordShortNoticeAgreement(
  resolution: GeneralMeetingResolution,
  memberId: string,
  agreedOn?: CalendarDate,
  names?: MemberNames,
  entry?: VotingMember,
): GeneralMeetingResolution {
  const cannot = `cannot agree to short notice of it for ${resolutionInWords(resolution)}`;
  const member = entitledMember(entry === undefined ? resolution : { ...resolution, entitled: [entry] }, memberId, names, cannot);
  if (agreedOn !== undefined && compareDates(agreedOn, resolution.meetingOn) > 0) {
    throw new DomainError(
      'SHORT_NOTICE_AGREED_AFTER_MEETING',
      { text: 'consent to short notice on {agreedOn} comes after the meeting on {meetingOn}; it must be given by then (s.307(4))' },
      { memberId, agreedOn, meetingOn: resolution.meetingOn },
    );
  }
  if (resolution.shortNoticeAgreedBy.includes(memberId)) {
    throw new DomainError(
      'AGREEMENT_ALREADY_GIVEN',
      { text: '{member} has already agreed to short notice of the meeting on {meetingOn} for {resolution}; consent is given once' },
      { memberId, member: member.name, meetingOn: resolution.meetingOn, resolution: resolutionInWords(resolution) },
    );
  }
  const entitled = entry ? [...resolution.entitled.filter((m) => m.memberId !== memberId), entry] : resolution.entitled;
  const dated = agreedOn === undefined ? {} : { shortNoticeAgreedOn: [...(resolution.shortNoticeAgreedOn ?? []), { memberId, agreedOn }] };
  return { ...resolution, entitled, shortNoticeAgreedBy: [...resolution.shortNoticeAgreedBy, memberId], ...dated };
}

/**
 * The resolution with a member's vote; voting counts the member as present. MA-1: a vote that carries
 * the member's entry on the register on the meeting day is taken on it (a member admitted after the
 * notice votes, and is added to those entitled); one without it is checked against those entitled
 * when the meeting was called. Throws `MEMBER_NOT_ELIGIBLE`, `VOTE_ALREADY_RECORDED`, or
 * `PROXY_NAME_REQUIRED` (by proxy or representative without a name).
 */
export function recordMemberVote(resolution: GeneralMeetingResolution, vote: MemberVote): GeneralMeetingResolution {
  // A vote with the member's entry on the register that day is taken on it; one whose entry names another member is nobody's.
  const voter = entitledMember(vote.member === undefined ? resolution : { ...resolution, entitled: [vote.member] }, vote.memberId);
  if (resolution.votes.some((v) => v.memberId === vote.memberId)) {
    throw new DomainError(
      'VOTE_ALREADY_RECORDED',
      { text: '{member} has already voted on {resolution}; a member votes once' },
      { memberId: vote.memberId, member: voter.name, resolution: resolutionInWords(resolution) },
    );
  }
  const capacity = vote.capacity ?? 'in-person';
  if (capacity !== 'in-person' && !vote.actingName?.trim()) {
    throw new DomainError('PROXY_NAME_REQUIRED', `a vote by ${capacity} needs the name of who cast it`, { memberId: vote.memberId });
  }
  const recorded: MemberVote = { memberId: vote.memberId, vote: vote.vote, ...(capacity !== 'in-person' ? { capacity, actingName: vote.actingName } : {}) };
  const entitled = vote.member ? [...resolution.entitled.filter((m) => m.memberId !== vote.memberId), vote.member] : resolution.entitled;
  return { ...resolution, entitled, votes: [...resolution.votes, recorded] };
}

/** MT-3: qualifying persons present, those recorded present and those who voted (s.318). */
export function personsPresent(resolution: GeneralMeetingResolution): number {
  const voters = resolution.votes.map((v): PresentMember => ({ memberId: v.memberId, capacity: v.capacity ?? 'in-person', ...(v.actingName ? { actingName: v.actingName } : {}) }));
  return qualifyingPersons([...(resolution.present ?? []), ...voters]);
}

/**
 * MT-1: notice is valid with at least the articles' clear days, or, when shorter, if agreed by a
 * majority in number of the members entitled to attend and vote who hold at least the short-notice
 * percentage of the nominal value of their shares (s.307(5)–(6)).
 */
export function checkNotice(resolution: GeneralMeetingResolution): NoticeCheck {
  const clearDays = clearDaysBetween(resolution.noticeGivenOn, resolution.meetingOn);
  const short = clearDays < resolution.noticeClearDays;
  const agreed = resolution.entitled.filter((m) => resolution.shortNoticeAgreedBy.includes(m.memberId));
  const nominal = (members: readonly VotingMember[]) => members.reduce((sum, m) => sum + m.nominalPence, 0);
  const agreement = { agreed: agreed.length, entitled: resolution.entitled.length, agreedNominalPence: nominal(agreed), entitledNominalPence: nominal(resolution.entitled) };
  const shortNoticeAgreed = agreement.agreed * 2 > agreement.entitled && agreement.agreedNominalPence * 100 >= agreement.entitledNominalPence * resolution.shortNoticePercent;
  return { clearDays, required: resolution.noticeClearDays, short, shortNoticeAgreed, valid: !short || shortNoticeAgreed, agreement };
}

/**
 * The outcome as at the end of `asAt`: open before the meeting date; failed when the notice was too
 * short (MT-1) or fewer qualifying persons than the quorum were present or voted (MT-3), with no tally since no
 * vote was valid; otherwise passed on the meeting date when the votes for reach the majority of votes
 * cast, abstentions not counted (RS-2: ordinary more than 50%, special at least 75%). SR-2, s.695(3):
 * on a resolution approving a buy-back, the selling members' votes do not count: it passes only if it
 * also would without them, and its tally is then the one without them.
 */
export function generalMeetingOutcome(resolution: GeneralMeetingResolution, asAt: CalendarDate): ResolutionOutcome {
  const fixed = { lapsesOn: null, passedOn: null };
  if (compareDates(asAt, resolution.meetingOn) < 0) {
    return outcomeOf({ ...fixed, status: 'open', failedBecause: null, tally: null }, resolution.mustBeFiled);
  }
  if (!checkNotice(resolution).valid) {
    return outcomeOf({ ...fixed, status: 'failed', failedBecause: 'notice-too-short', tally: null }, resolution.mustBeFiled);
  }
  if (personsPresent(resolution) < resolution.quorum) {
    return outcomeOf({ ...fixed, status: 'failed', failedBecause: 'quorum-not-met', tally: null }, resolution.mustBeFiled);
  }
  const all = tallyOf(resolution, resolution.votes);
  // SR-2, s.695(3): a buy-back's resolution passes only if it would without the selling members' votes, which are not counted.
  const sellers = new Set((resolution.sellers ?? []).map((m) => m.memberId));
  const counted = sellers.size === 0 || all.inFavour < all.needed ? all : tallyOf(resolution, resolution.votes.filter((v) => !sellers.has(v.memberId)));
  const passed = counted.inFavour >= counted.needed;
  return outcomeOf(
    {
      status: passed ? 'passed' : 'failed',
      passedOn: passed ? resolution.meetingOn : null,
      lapsesOn: null,
      failedBecause: passed ? null : 'majority-not-reached',
      tally: counted,
    },
    resolution.mustBeFiled,
  );
}

/** RS-2: the votes for, against and abstaining among `votes` (one a member on a show of hands, one a share on a poll), and the votes for that pass with those cast. */
function tallyOf(resolution: GeneralMeetingResolution, votes: readonly MemberVote[]): Tally {
  const weight = new Map(resolution.entitled.map((m) => [m.memberId, resolution.voting === 'poll' ? m.votes : 1]));
  const sum = (which: MeetingVote) => votes.filter((v) => v.vote === which).reduce((total, v) => total + (weight.get(v.memberId) ?? 0), 0);
  const [inFavour, against, abstaining] = [sum('for'), sum('against'), sum('abstain')];
  return { inFavour, against, abstaining, needed: meetingThreshold(resolution.kind, inFavour + against), outOf: inFavour + against };
}

function entitledMember(resolution: GeneralMeetingResolution, memberId: string, names?: MemberNames, cannot = `is not entitled to vote on ${resolutionInWords(resolution)}`): VotingMember {
  const member = resolution.entitled.find((m) => m.memberId === memberId);
  if (!member) {
    const named = memberNamedWhy(memberId, names, { text: '{member} was not on the register of members on {meetingOn}, the date of the meeting, so {cannot}' });
    throw new DomainError('MEMBER_NOT_ELIGIBLE', named.wording, { memberId, meetingOn: resolution.meetingOn, ...(named.member !== undefined ? { member: named.member } : {}), cannot });
  }
  return member;
}
