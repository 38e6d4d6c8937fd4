import { addDays, compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { DEFAULT_GOVERNANCE_SETTINGS, type GovernanceSettings } from './governance-settings';
import { memberNamedWhy, resolutionInWords, type MemberNames } from './in-words';
import { holdersAsAt, totalVotes, votingMembersAsAt, type MembersSource, type VotingMember } from './member-snapshot';
import {
  buyBackShares,
  checkMatterKind,
  checkProposal,
  decidedOnlyAtMeeting,
  MATTER_NAMES,
  outcomeOf,
  writtenThreshold,
  type MembersProposal,
  type MembersResolutionKind,
  type ResolutionMatter,
  type ResolutionOutcome,
  type BuyBackSeller,
  type RegulatorDecision,
  type ShareAuthorisation,
} from './resolution';

/** A member's agreement, dated the day the company received the authenticated document (s.296(1)). */
export interface WrittenAgreement {
  readonly memberId: string;
  readonly agreedOn: CalendarDate;
}

/**
 * A members' written resolution (ss.288–300): the proposal, the eligible members fixed on the
 * circulation date with their voting rights, and the agreements received. Later changes to the
 * register of members do not touch it.
 */
export interface MembersWrittenResolution {
  readonly procedure: 'members-written';
  readonly id: string;
  readonly text: string;
  readonly kind: MembersResolutionKind;
  readonly matter: ResolutionMatter;
  readonly mustBeFiled: boolean;
  readonly authorises: readonly ShareAuthorisation[];
  readonly circulatedOn: CalendarDate;
  /** The last day of the period for agreeing (day 28 by default, counting the circulation date as day 1). */
  readonly lapsesOn: CalendarDate;
  /** WR-2: the members eligible on the circulation date, with one vote for each share they held. */
  readonly eligible: readonly VotingMember[];
  readonly agreements: readonly WrittenAgreement[];
  /** SR-2, s.695(2): the selling members of the buy-backs it approves, left off `eligible`; absent when none (or recorded before they were kept). */
  readonly sellers?: readonly BuyBackSeller[];
  /** CI-6: the CIC Regulator's decision on a change of the objects, once recorded; absent while awaited and for other matters. */
  readonly regulatorDecision?: RegulatorDecision;
  /** SH-4, s.696(2)(a): the day a copy of the buy-back contract it approves was sent to every eligible member (`checkContractDisclosure`); absent when it approves none, and before it was kept. */
  readonly contractDisclosedOn?: CalendarDate;
}

/** A proposal circulated as a written resolution. */
export interface WrittenResolutionProposal extends MembersProposal {
  /** The day the first copy was sent (s.290). */
  readonly circulatedOn: CalendarDate;
  /**
   * The register of members as the circulation date began: its entries as they stood at the end of
   * {@link eligibleRegisterDay}, so that a change dated the circulation date itself, taken to follow the
   * circulation (WR-2), is not among them. The eligible members are those of its entries in force on
   * the circulation date.
   */
  readonly members: MembersSource;
  /** Members the law makes not eligible for this resolution, e.g. the seller on an off-market buy-back (s.695). */
  readonly excludedMemberIds?: readonly string[];
  /** s.696(2)(a): the day a copy of the buy-back contract was sent to every eligible member (checked by `checkContractDisclosure`, not here). */
  readonly contractDisclosedOn?: CalendarDate;
}

/**
 * WR-2 (ss.289–290): the day whose closing register gives a written resolution's eligible members.
 * They are fixed when the first copy is sent, and a change dated the circulation date is taken to
 * follow it, so the list is the register as that day began: at the end of the day before. Circulated
 * on the day of incorporation, it is the subscribers, members from registration (s.112(1)): the
 * register at the end of that day.
 */
export function eligibleRegisterDay(circulatedOn: CalendarDate, incorporatedOn: CalendarDate): CalendarDate {
  return compareDates(circulatedOn, incorporatedOn) > 0 ? addDays(circulatedOn, -1) : circulatedOn;
}

/**
 * Circulates a members' written resolution: snapshots the eligible members and fixes the lapse date
 * from the articles (s.297: 28 days beginning with the circulation date, so circulated on 1 March it
 * lapses at the end of 28 March). SR-2, s.695(2): a member holding a share whose buy-back the
 * resolution approves (`reason: 'buy-back'`) is not an eligible member. Throws
 * `WRITTEN_RESOLUTION_NOT_ALLOWED` for removing a director or auditor (WR-1), `NO_ELIGIBLE_MEMBERS` when
 * nobody could agree.
 */
export function proposeWrittenResolution(
  proposal: WrittenResolutionProposal,
  settings: GovernanceSettings = DEFAULT_GOVERNANCE_SETTINGS,
): MembersWrittenResolution {
  const matter = proposal.matter ?? 'general';
  if (decidedOnlyAtMeeting(matter)) {
    throw new DomainError(
      'WRITTEN_RESOLUTION_NOT_ALLOWED',
      `a resolution for ${MATTER_NAMES[matter]} must be passed at a meeting, not in writing (s.288(2))`,
      { matter },
    );
  }
  checkMatterKind(matter, proposal.kind);
  const checked = checkProposal(proposal);
  // s.695(2): a member holding a share whose buy-back the resolution approves is not an eligible member.
  const sellers = holdersAsAt(proposal.members, proposal.circulatedOn, buyBackShares(checked.authorises));
  const excluded = new Set([...(proposal.excludedMemberIds ?? []), ...sellers.map((m) => m.memberId)]);
  const eligible = votingMembersAsAt(proposal.members, proposal.circulatedOn).filter((m) => !excluded.has(m.memberId));
  if (totalVotes(eligible) === 0) {
    throw new DomainError(
      'NO_ELIGIBLE_MEMBERS',
      `no member with voting rights was on the register as ${proposal.circulatedOn} began (a change dated the circulation date is taken to follow the circulation, WR-2)`,
    );
  }
  return {
    procedure: 'members-written',
    ...checked,
    kind: proposal.kind,
    matter,
    mustBeFiled: proposal.mustBeFiled ?? proposal.kind === 'special',
    circulatedOn: proposal.circulatedOn,
    lapsesOn: addDays(proposal.circulatedOn, settings.writtenResolutionLapseDays - 1),
    eligible,
    agreements: [],
    ...(sellers.length > 0 ? { sellers } : {}),
    ...(proposal.contractDisclosedOn !== undefined ? { contractDisclosedOn: proposal.contractDisclosedOn } : {}),
  };
}

/**
 * The resolution with one more agreement. Agreement is irrevocable, so there is no way to take one
 * back. Throws `MEMBER_NOT_ELIGIBLE` (not in the snapshot: WR-2; the selling member of a buy-back it
 * approves, named in words: s.695(2)), `AGREEMENT_ALREADY_GIVEN`,
 * `AGREEMENT_BEFORE_CIRCULATION`, or `AGREEMENT_AFTER_LAPSE` (after `lapsesOn`: WR-3, s.297(2)).
 * An agreement after the resolution passed is kept; it changes nothing.
 */
export function recordWrittenAgreement(
  resolution: MembersWrittenResolution,
  agreement: WrittenAgreement,
  names?: MemberNames,
): MembersWrittenResolution {
  const { memberId, agreedOn } = agreement;
  const seller = resolution.sellers?.find((m) => m.memberId === memberId);
  if (seller) {
    const shares = resolution.authorises.filter((a) => a.action === 'cancellation' && a.reason === 'buy-back').map((a) => a.shareNumber);
    throw new DomainError(
      'MEMBER_NOT_ELIGIBLE',
      { text: '{seller} is the selling member of the buy-back this resolution approves (share {shares}), so is not an eligible member and its agreement does not count (s.695)' },
      { memberId, circulatedOn: resolution.circulatedOn, seller: seller.name, shares: shares.join(', ') },
    );
  }
  if (!resolution.eligible.some((m) => m.memberId === memberId)) {
    const named = memberNamedWhy(memberId, names, { text: '{member} was not an eligible member when {resolution} was circulated on {circulatedOn}, so cannot agree to it' });
    const member = named.member !== undefined ? { member: named.member, resolution: resolutionInWords(resolution) } : {};
    throw new DomainError('MEMBER_NOT_ELIGIBLE', named.wording, { memberId, circulatedOn: resolution.circulatedOn, ...member });
  }
  const name = resolution.eligible.find((m) => m.memberId === memberId)?.name ?? 'The member';
  const earlier = resolution.agreements.find((a) => a.memberId === memberId);
  if (earlier) {
    throw new DomainError(
      'AGREEMENT_ALREADY_GIVEN',
      { text: '{member} agreed to {resolution} on {agreedOn}; agreement is given once and cannot be revoked' },
      { memberId, agreedOn: earlier.agreedOn, member: name, resolution: resolutionInWords(resolution) },
    );
  }
  if (compareDates(agreedOn, resolution.circulatedOn) < 0) {
    throw new DomainError(
      'AGREEMENT_BEFORE_CIRCULATION',
      { text: '{member}’s agreement to {resolution} is dated {agreedOn}, before the resolution was circulated on {circulatedOn}' },
      { memberId, circulatedOn: resolution.circulatedOn, member: name, resolution: resolutionInWords(resolution), agreedOn },
    );
  }
  if (compareDates(agreedOn, resolution.lapsesOn) > 0) {
    throw new DomainError(
      'AGREEMENT_AFTER_LAPSE',
      { text: 'the period for agreeing to {resolution} ended on {lapsesOn}; {member}’s agreement dated {agreedOn} is void (s.297(2))' },
      { memberId, lapsesOn: resolution.lapsesOn, member: name, resolution: resolutionInWords(resolution), agreedOn },
    );
  }
  return { ...resolution, agreements: [...resolution.agreements, { memberId, agreedOn }] };
}

/**
 * The outcome as at the end of `asAt`, counting the agreements received by then: passed on the day
 * the agreeing voting rights first reach the threshold of the eligible members' total (RS-2, RS-4,
 * s.296(4)); lapsed once `lapsesOn` has gone by without that; open otherwise.
 */
export function writtenResolutionOutcome(resolution: MembersWrittenResolution, asAt: CalendarDate): ResolutionOutcome {
  const votesOf = new Map(resolution.eligible.map((m) => [m.memberId, m.votes]));
  const outOf = totalVotes(resolution.eligible);
  const needed = writtenThreshold(resolution.kind, outOf);
  const received = resolution.agreements
    .filter((a) => compareDates(a.agreedOn, asAt) <= 0)
    .sort((a, b) => compareDates(a.agreedOn, b.agreedOn));
  let inFavour = 0;
  let passedOn: CalendarDate | null = null;
  for (const agreement of received) {
    inFavour += votesOf.get(agreement.memberId) ?? 0;
    if (passedOn === null && inFavour >= needed) passedOn = agreement.agreedOn;
  }
  const status = passedOn !== null ? 'passed' : compareDates(asAt, resolution.lapsesOn) > 0 ? 'lapsed' : 'open';
  return outcomeOf(
    {
      status,
      passedOn,
      lapsesOn: resolution.lapsesOn,
      failedBecause: null,
      tally: { inFavour, against: 0, abstaining: 0, needed, outOf },
    },
    resolution.mustBeFiled,
  );
}
