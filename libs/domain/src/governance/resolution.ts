import { addDays, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { ShareAction } from './governance-settings';

/** A members' resolution is ordinary (more than 50%, s.282) or special (at least 75%, s.283). */
export type MembersResolutionKind = 'ordinary' | 'special';

/**
 * What a resolution does, where the law restricts how it may be passed or what follows it: removing a
 * director (s.168) or an auditor (s.510) needs a meeting, never a written resolution (s.288, WR-1);
 * amending the articles needs a special resolution (s.21(1)), and the articles as amended go to the
 * registrar within 15 days (s.26(1)). Changing the company's objects, which the articles state (s.31(1)),
 * is an amendment of the articles, and a community interest company's takes effect only once the CIC
 * Regulator approves it (CIC Regulator guidance ch.5 §5.4; BRIEF CI-6): until the Regulator decides, the
 * special resolution is pending (`changeOfObjectsStatus`), and the articles as amended are owed from the
 * day of the approval.
 */
export type ResolutionMatter = 'general' | 'removal-of-director' | 'removal-of-auditor' | 'amendment-of-articles' | 'change-of-objects';

/** What the CIC Regulator decided of a change of the company's objects (CI-6). */
export type RegulatorOutcome = 'approved' | 'refused';

/**
 * The CIC Regulator's decision on a special resolution changing the company's objects (BRIEF CI-6; CIC
 * Regulator guidance ch.5 §5.4; CA 2006 s.21). `decidedOn`: the day of the decision, as the Regulator's
 * letter gives it; `note`: what the secretary records with it (the Regulator's reference, say), absent
 * when none. Kept on the resolution it decides (`regulatorDecision`), once: see `checkRegulatorDecision`.
 */
export interface RegulatorDecision {
  readonly resolutionId: string;
  readonly decidedOn: CalendarDate;
  readonly outcome: RegulatorOutcome;
  readonly note?: string;
}

/** Each matter in a refusal's words: "a resolution for the removal of a director". */
export const MATTER_NAMES: Readonly<Record<ResolutionMatter, string>> = {
  general: 'general business',
  'removal-of-director': 'the removal of a director',
  'removal-of-auditor': 'the removal of an auditor',
  'amendment-of-articles': 'the amendment of the articles',
  'change-of-objects': "the change of the company's objects",
};

/** WR-1, s.288(2): whether a matter is decided only at a general meeting, never by written resolution (a removal of a director or an auditor). */
export function decidedOnlyAtMeeting(matter: ResolutionMatter): boolean {
  return matter === 'removal-of-director' || matter === 'removal-of-auditor';
}

/**
 * s.21(1): a company amends its articles only by special resolution; a change of its objects is one such
 * amendment (s.31(1): the objects are stated in the articles; CI-6). Throws `ARTICLES_NEED_SPECIAL_RESOLUTION`
 * (422; details `{matter, type, field}`, `field` the request's field for the type, `type` by default)
 * for an ordinary resolution amending them or changing the objects: one code for both, as one rule
 * refuses both, `details.matter` saying which.
 */
export function checkMatterKind(matter: ResolutionMatter, kind: MembersResolutionKind, field = 'type'): void {
  if (kind === 'special') return;
  if (matter === 'amendment-of-articles') {
    throw new DomainError('ARTICLES_NEED_SPECIAL_RESOLUTION', 'the articles are amended only by special resolution (s.21(1)): propose it as a special resolution', { matter, type: kind, field });
  }
  if (matter === 'change-of-objects') {
    throw new DomainError(
      'ARTICLES_NEED_SPECIAL_RESOLUTION',
      "the company's objects are changed only by special resolution, as an amendment of the articles that state them (s.21(1), s.31(1); CI-6): propose it as a special resolution",
      { matter, type: kind, field },
    );
  }
}

/**
 * A share event a resolution authorises, named by its share number (see `checkShareEventAuthority`).
 * `reason: 'buy-back'` (a cancellation only) says the resolution approves the company's off-market
 * purchase of the share (s.694): on a written resolution its holder is not an eligible member
 * (s.695(2)); at a meeting the holder's votes do not count (s.695(3), `checkCapitalResolution`).
 */
export interface ShareAuthorisation {
  readonly action: ShareAction;
  readonly shareNumber: number;
  readonly reason?: 'buy-back';
}

/** The share numbers whose off-market buy-back the authorisations approve (s.694; `reason: 'buy-back'` on a cancellation). */
export function buyBackShares(authorises: readonly ShareAuthorisation[]): Set<number> {
  return new Set(authorises.filter((a) => a.action === 'cancellation' && a.reason === 'buy-back').map((a) => a.shareNumber));
}

/**
 * SR-2, s.695: a member holding a share whose buy-back a resolution approves, named as the register
 * names the member on the resolution's date (circulation or meeting). On a written resolution the
 * seller is not an eligible member (s.695(2)); at a meeting the seller's votes do not count (s.695(3)).
 */
export interface BuyBackSeller {
  readonly memberId: string;
  readonly name: string;
}

/** A vote at a meeting. A member or director present who does not vote is recorded as abstaining. */
export type MeetingVote = 'for' | 'against' | 'abstain';

/** What every proposal states: an id, the text resolved (RS-3) and any share events it authorises. */
export interface ResolutionProposal {
  readonly id: string;
  readonly text: string;
  readonly authorises?: readonly ShareAuthorisation[];
}

/** A members' proposal: ordinary or special, fixed when proposed (RS-3). */
export interface MembersProposal extends ResolutionProposal {
  readonly kind: MembersResolutionKind;
  readonly matter?: ResolutionMatter;
  /**
   * Whether a copy must go to the registrar within 15 days once passed (FR-1, s.30). Defaults to true
   * for a special resolution; set it for an ordinary resolution an enactment names (s.29(1)(e)).
   */
  readonly mustBeFiled?: boolean;
}

/** Where a resolution stands as at a date. `open`: still undecided; `lapsed`: a written resolution's period ended first. */
export type ResolutionStatus = 'open' | 'passed' | 'failed' | 'lapsed';

/** Why a meeting's resolution failed; with no quorum or too short notice no vote is valid. */
export type FailureReason = 'notice-too-short' | 'quorum-not-met' | 'majority-not-reached';

/**
 * The count behind an outcome. Written: `inFavour` is the agreeing voting rights, `outOf` the total
 * voting rights of eligible members (or the board), `needed` the threshold. Meeting: `outOf` is the
 * votes cast (for + against), `needed` the votes for that would pass with those cast.
 */
export interface Tally {
  readonly inFavour: number;
  readonly against: number;
  readonly abstaining: number;
  readonly needed: number;
  readonly outOf: number;
}

/**
 * A resolution's outcome as at a date, computed from its record; it cannot be set by hand.
 * `passedOn`: the day the required majority was reached (a meeting: the meeting date).
 * `filingDueOn`: passed resolutions that must be filed, 15 days after `passedOn` (FR-1).
 * `lapsesOn`: a members' written resolution's last day for agreement (WR-3).
 */
export interface ResolutionOutcome {
  readonly status: ResolutionStatus;
  readonly passedOn: CalendarDate | null;
  readonly filingDueOn: CalendarDate | null;
  readonly lapsesOn: CalendarDate | null;
  readonly failedBecause: FailureReason | null;
  /** Null when no vote was valid (no quorum, too short notice). */
  readonly tally: Tally | null;
}

/** Days after a resolution passes within which it is filed (s.30(1)). */
export const RESOLUTION_FILING_DAYS = 15;

/** FR-1: the last day to file a resolution passed on `passedOn`: 15 days after it (passed 1 March, due 16 March). */
export function filingDueOn(passedOn: CalendarDate): CalendarDate {
  return addDays(passedOn, RESOLUTION_FILING_DAYS);
}

/**
 * RS-2 / RS-4: the agreeing voting rights that pass a written resolution, out of the total voting
 * rights of eligible members: ordinary more than half, special at least three quarters. With 37
 * members of one vote each: 19 and 28.
 */
export function writtenThreshold(kind: MembersResolutionKind, totalVotingRights: number): number {
  return kind === 'ordinary' ? Math.floor(totalVotingRights / 2) + 1 : Math.ceil((totalVotingRights * 3) / 4);
}

/** RS-2: the votes for that pass a resolution at a meeting, given the votes cast (for + against); at least 1. */
export function meetingThreshold(kind: MembersResolutionKind | 'board', votesCast: number): number {
  return kind === 'special' ? Math.max(1, Math.ceil((votesCast * 3) / 4)) : Math.floor(votesCast / 2) + 1;
}

/** The outcome fields a proposal fixes, and whether a passed resolution is filed. */
export function outcomeOf(
  fields: Omit<ResolutionOutcome, 'filingDueOn'>,
  mustBeFiled: boolean,
): ResolutionOutcome {
  const filing = fields.status === 'passed' && mustBeFiled && fields.passedOn !== null ? filingDueOn(fields.passedOn) : null;
  return { ...fields, filingDueOn: filing };
}

/**
 * Checks the text and authorisations of a proposal, by the members or by the board. Throws
 * `RESOLUTION_TEXT_REQUIRED`, `INVALID_SHARE_NUMBER`, or `BUY_BACK_NEEDS_MEMBERS_RESOLUTION` for a
 * board resolution approving a buy-back (SR-2, s.694: only the members approve the contract for an
 * off-market purchase of the company's shares).
 */
export function checkProposal(proposal: ResolutionProposal, by: 'members' | 'board' = 'members'): Required<ResolutionProposal> {
  if (proposal.text.trim() === '') {
    throw new DomainError('RESOLUTION_TEXT_REQUIRED', `resolution ${proposal.id} has no text; the text is what is resolved`);
  }
  const authorises = proposal.authorises ?? [];
  for (const { shareNumber } of authorises) {
    if (!Number.isSafeInteger(shareNumber) || shareNumber < 1) {
      throw new DomainError('INVALID_SHARE_NUMBER', 'share number must be a positive whole number', { shareNumber });
    }
  }
  const buyBacks = [...buyBackShares(authorises)];
  if (by === 'board' && buyBacks.length > 0) {
    throw new DomainError(
      'BUY_BACK_NEEDS_MEMBERS_RESOLUTION',
      `a board resolution cannot approve the buy-back of share ${buyBacks.join(', ')}: only the members approve the contract for an off-market purchase of the company's shares, by their resolution (s.694)`,
      { shareNumbers: buyBacks },
    );
  }
  return { id: proposal.id, text: proposal.text, authorises };
}
