import {
  actingNameAsAttended,
  awaitsAttendance,
  calendarDate,
  interestedInItem,
  itemQuorum,
  resolutionOutcome,
  sittingAttendance,
  sittingQuorum,
  sittings,
  type CalendarDate,
  type FailureReason,
  type GovernanceState,
  type Meeting,
  type Resolution,
  type ResolutionOutcome,
} from '#domain';
import { formatDate, resolutionKindLabel, writtenAgreementWords, type MatterView, type MinutesView, type ReportBasis, type ResolutionCopyView, type ResolutionProcedureView, type VoteView } from '#reports';
import { authorisationViews, sellerIds, type ResolutionContext } from './resolution-context';
import { shortNoticeWords, shortNoticeWordsOf } from './short-notice-words';

/** What every governance document carries: company, as at, ledger head. */
type Basis = ReportBasis;

const MEETING_TITLE: Record<Meeting['kind'], string> = {
  general: 'General meeting',
  'annual-general': 'Annual general meeting',
  board: 'Meeting of the board of directors',
};

const STATUS: Record<ResolutionOutcome['status'], ResolutionCopyView['outcome']['status']> = {
  open: 'pending',
  passed: 'passed',
  failed: 'not passed',
  lapsed: 'lapsed',
};

/** A resolution's reference, or its id where the records give none. */
export function referenceOf(state: GovernanceState, id: string): string {
  return state.references.byId.get(id) ?? id;
}

/** The copy of a resolution: what it is, how and when it was decided, by whom, and the outcome as at `outcome`'s date. */
export function resolutionCopyView(r: Resolution, outcome: ResolutionOutcome, state: GovernanceState, basis: Basis, context: ResolutionContext): ResolutionCopyView {
  const directors = r.procedure === 'board-meeting' || r.procedure === 'board-written';
  const kind = directors ? null : r.kind;
  const procedure = procedureView(r, outcome, state, sellerIds(context));
  const decidedBy = directors ? 'directors' : 'members';
  const summary = outcome.tally
    ? tallyWords(r, outcome.tally, outcome)
    : outcome.failedBecause
      ? `Failed: ${outcome.failedBecause.replace(/-/g, ' ')}.`
      : undefined;
  return {
    ...basis,
    reference: referenceOf(state, r.id),
    title: resolutionKindLabel({ decidedBy, kind, procedure }),
    decidedBy,
    kind,
    text: r.text,
    procedure,
    passedOn: outcome.passedOn,
    filingDueOn: outcome.filingDueOn,
    outcome: { status: STATUS[outcome.status], required: outcome.tally?.needed ?? null, ...(castingVote(outcome) ? { castingVote: true as const } : {}), ...(summary ? { summary } : {}) },
    authorises: authorisationViews(r, context),
    unverifiedDirectors: context.unverifiedDirectors,
    ...(r.procedure === 'general-meeting' && r.specialNoticeReceivedOn !== undefined ? { specialNoticeReceivedOn: r.specialNoticeReceivedOn } : {}),
    ...contractDisclosureOf(r),
    ...matterOf(r),
  };
}

/** SH-4, s.696(2): the day a members' resolution's buy-back contract was disclosed to members, where recorded. */
const contractDisclosureOf = (r: Resolution): { contractDisclosedOn?: string } => ('contractDisclosedOn' in r && r.contractDisclosedOn !== undefined ? { contractDisclosedOn: r.contractDisclosedOn } : {});

/** What a members' resolution is for, where the law sets its procedure or a duty; nothing for any other. */
function matterOf(r: Resolution): { matter?: MatterView } {
  return 'matter' in r && r.matter !== undefined && r.matter !== 'general' ? { matter: r.matter } : {};
}

/**
 * The count behind the outcome in words: a written resolution's agreements against the eligible members
 * (or directors) and the number needed (RS-2: agreements only, no votes against or abstentions); a
 * meeting's votes for, against and abstaining of those cast, with the chair's casting vote (MA-2).
 */
function tallyWords(r: Resolution, tally: NonNullable<ResolutionOutcome['tally']>, outcome: ResolutionOutcome): string {
  if (r.procedure === 'members-written') return writtenAgreementWords(tally, r.kind, r.eligible.every((m) => m.votes === 1));
  if (r.procedure === 'board-written') return writtenAgreementWords(tally, 'directors');
  return `${tally.inFavour} for, ${tally.against} against, ${tally.abstaining} abstaining, out of ${tally.outOf}.${castingVote(outcome) ? ' ' + CASTING : ''}`;
}

function procedureView(r: Resolution, outcome: ResolutionOutcome, state: GovernanceState, sellers: ReadonlySet<string>): ResolutionProcedureView {
  switch (r.procedure) {
    case 'members-written': {
      const votes = new Map(r.eligible.map((m) => [m.memberId, m]));
      return {
        kind: 'written',
        circulatedOn: r.circulatedOn,
        lapsesOn: r.lapsesOn,
        eligibleVotes: r.eligible.reduce((n, m) => n + m.votes, 0),
        agreements: r.agreements.map((a) => ({ name: votes.get(a.memberId)?.name ?? a.memberId, agreedOn: a.agreedOn, votes: votes.get(a.memberId)?.votes ?? 1 })),
      };
    }
    case 'board-written': {
      const names = new Map(r.board.map((d) => [d.directorId, d.name]));
      return {
        kind: 'written',
        circulatedOn: r.circulatedOn,
        lapsesOn: outcome.lapsesOn,
        eligibleVotes: r.board.length,
        agreements: r.agreements.map((a) => ({ name: names.get(a.directorId) ?? a.directorId, agreedOn: a.agreedOn, votes: 1 })),
      };
    }
    case 'general-meeting':
    case 'board-meeting': {
      const meeting = r.meetingId === undefined ? undefined : state.meetings.get(r.meetingId);
      const general = r.procedure === 'general-meeting';
      const name = meeting ? `${MEETING_TITLE[meeting.kind]} ${referenceOf(state, meeting.id)}` : general ? 'General meeting' : 'Board meeting';
      return {
        kind: 'meeting',
        meeting: name,
        noticeGivenOn: general ? r.noticeGivenOn : null,
        noticeSent: general ? (r.noticeSent ?? null) : null,
        shortNotice: general ? shortNoticeWordsOf(r) : null,
        meetingOn: r.meetingOn,
        adjournedFrom: general ? [...(r.adjournedFrom ?? [])] : [],
        chair: chairOf(r, meeting),
        method: !general ? 'directors' : r.voting === 'poll' ? 'poll' : 'show of hands',
        votes: voteViews(r, sellers),
        ...(outcome.tally ? { counted: { inFavour: outcome.tally.inFavour, against: outcome.tally.against, abstaining: outcome.tally.abstaining } } : {}),
      };
    }
  }
}

function chairOf(r: Resolution, meeting: Meeting | undefined): string | null {
  if (meeting?.chair) return meeting.chair.name;
  if (r.procedure === 'general-meeting') return r.chair?.name ?? null;
  if (r.procedure === 'board-meeting' && r.chairDirectorId !== undefined) return r.board.find((d) => d.directorId === r.chairDirectorId)?.name ?? r.chairDirectorId;
  return null;
}

/**
 * The votes at a meeting, each under the member's or director's name, with how it was cast (the
 * proxy or representative named as the sitting's attendance names them, MT-3), why it
 * is not counted (a director's interest, MA-2), or that the member sells the company a share whose
 * buy-back the resolution approves (`sellers`, SR-2, s.695(3): it passes only if it would without them).
 */
export function voteViews(r: Resolution, sellers: ReadonlySet<string> = new Set()): VoteView[] {
  if (r.procedure === 'general-meeting') {
    const members = new Map(r.entitled.map((m) => [m.memberId, m]));
    return r.votes.map((v) => {
      // MT-3: the proxy or representative as the attendance names them.
      const acting = actingNameAsAttended(r, v);
      const how = v.capacity === 'proxy' ? `by proxy: ${acting}` : v.capacity === 'corporate-representative' ? `by representative: ${acting}` : undefined;
      const note = sellers.has(v.memberId) ? `${how ? `${how}; ` : ''}selling member (s.695(3))` : how;
      return {
        name: members.get(v.memberId)?.name ?? v.memberId,
        vote: v.vote,
        votes: r.voting === 'poll' ? (members.get(v.memberId)?.votes ?? 1) : 1,
        ...(note !== undefined ? { note } : {}),
      };
    });
  }
  if (r.procedure === 'board-meeting') {
    const names = new Map(r.board.map((d) => [d.directorId, d.name]));
    return r.votes.map((v) => ({
      name: names.get(v.directorId) ?? v.directorId,
      vote: v.vote,
      votes: 1,
      ...(interestedInItem(r, v.directorId) ? { note: r.excludeInterested ? 'interested; not counted' : 'interested' } : {}),
    }));
  }
  return [];
}

/**
 * The minutes of a meeting: notice, each sitting's attendance and quorum, each item's outcome as at
 * `basis.asAt`, with what it authorises and its EC-3 warnings (`contextOf`, by the item's resolution).
 */
export function minutesView(meeting: Meeting, state: GovernanceState, basis: Basis, contextOf: (r: Resolution) => ResolutionContext): MinutesView {
  const days = sittings(meeting);
  const itemNumber = new Map(meeting.resolutionIds.map((id, i) => [id, i + 1]));
  return {
    ...basis,
    reference: referenceOf(state, meeting.id),
    meetingTitle: MEETING_TITLE[meeting.kind],
    board: meeting.kind === 'board',
    noticeGivenOn: meeting.noticeGivenOn,
    noticeSent: meeting.noticeSent ?? null,
    noticeTo: meeting.noticeTo.length,
    shortNotice: shortNoticeWords(meeting, state),
    heldOn: meeting.heldOn,
    chair: meeting.chair?.name ?? null,
    sittings: days.map((on, i) => {
      const q = sittingQuorum(meeting, state.resolutions, on);
      return {
        on,
        attendance: sittingAttendance(meeting, state.resolutions, on, state.directors).map((a) =>
            a.as === 'director'
              ? { name: a.name, capacity: a.interestedIn.length ? `director; interested in ${itemsInWords(a.interestedIn.map((id) => itemNumber.get(id)!))}` : 'director' }
              : { name: a.member.name, capacity: a.capacity === 'proxy' ? `by proxy: ${a.actingName}` : a.capacity === 'corporate-representative' ? `by corporate representative: ${a.actingName}` : 'in person' },
        ),
        present: q.present,
        quorum: q.quorum,
        quorate: q.quorate,
        notQuorateFor: q.notQuorateFor.map((n) => ({ item: itemNumber.get(n.resolutionId)!, counted: n.counted, interested: n.interested })),
        adjournedTo: days[i + 1] ?? null,
      };
    }),
    items: meeting.resolutionIds.map((id, i) => {
      const r = state.resolutions.get(id)!;
      const context = contextOf(r);
      const outcome = resolutionOutcome(r, calendarDate(basis.asAt));
      // MT-3, MA-2: an item whose sitting has nothing entered yet awaits its attendance; it has not failed.
      const awaiting = awaitsAttendance(r, calendarDate(basis.asAt), state);
      const meetingOn = 'meetingOn' in r ? r.meetingOn : null;
      const undecided = outcome.status === 'open' || awaiting;
      const votes = voteViews(r, sellerIds(context));
      const sum = (which: VoteView['vote']) => votes.filter((v) => v.vote === which && !v.note?.includes('not counted')).reduce((n, v) => n + v.votes, 0);
      return {
        number: i + 1,
        reference: referenceOf(state, id),
        kind: resolutionKindLabel({ decidedBy: meeting.kind === 'board' ? 'directors' : 'members', kind: r.procedure === 'general-meeting' ? r.kind : null, procedure: { kind: 'meeting' } as ResolutionProcedureView }),
        text: r.text,
        decidedOn: undecided ? null : meetingOn,
        method: r.procedure !== 'general-meeting' ? 'directors' : r.voting === 'poll' ? 'poll' : 'show of hands',
        votes,
        // The domain's tally where there is one: it leaves out what does not count (MA-2, s.695(3)).
        inFavour: outcome.tally?.inFavour ?? sum('for'),
        against: outcome.tally?.against ?? sum('against'),
        abstaining: outcome.tally?.abstaining ?? sum('abstain'),
        needed: outcome.tally?.needed ?? null,
        ...(!undecided && castingVote(outcome) ? { castingVote: true as const } : {}),
        outcome: undecided ? awaitingText(meeting, meetingOn, awaiting) : outcomeText(r, outcome),
        authorises: authorisationViews(r, context),
        unverifiedDirectors: context.unverifiedDirectors,
        ...(r.procedure === 'general-meeting' && r.specialNoticeReceivedOn !== undefined ? { specialNoticeReceivedOn: r.specialNoticeReceivedOn } : {}),
        ...contractDisclosureOf(r),
        ...matterOf(r),
      };
    }),
  };
}

/** "item 2", "items 1 and 2", "items 1, 2 and 4". */
function itemsInWords(numbers: readonly number[]): string {
  if (numbers.length === 1) return `item ${numbers[0]}`;
  return `items ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/**
 * MT-3, MA-3: an item that reads failed for want of a quorum only because nothing of the sitting that
 * is to decide it has been entered: no vote on it, nobody recorded present that day (attendance and
 * votes are entered after the sitting). It is not yet decided, as its page says.
 */
/** An item not yet decided: adjourned to the sitting that is to decide it, or awaiting its sitting's record (`noAttendance`, MT-3). */
function awaitingText(meeting: Meeting, on: CalendarDate | null, noAttendance: boolean): string {
  const base = on !== null && on !== meeting.heldOn ? `Adjourned to ${formatDate(on)}; not yet decided` : 'Not yet decided';
  return noAttendance ? `${base}: no attendance recorded yet` : base;
}

const CASTING = 'Passed on the chair’s casting vote.';

/** MA-2: passed on an equality of votes, which only the chair's casting vote decides. */
function castingVote(outcome: ResolutionOutcome): boolean {
  return outcome.status === 'passed' && outcome.tally !== null && outcome.tally.inFavour < outcome.tally.needed;
}

/** The reasons the domain gives for a failed resolution (`failedBecause`), as a secretary would say them: the pages' words and the minutes'. */
export const FAILED_BECAUSE: Readonly<Record<FailureReason, string>> = {
  'quorum-not-met': 'the meeting was not quorate (no quorum present)',
  'majority-not-reached': 'not enough votes in favour',
  'notice-too-short': 'the notice given was shorter than the articles and the Act require',
};

/**
 * Why a resolution failed, in words: the pages put "Failed: " before them, the minutes "Not passed: ".
 * MA-2: an item of a board meeting that failed because the directors not interested in it were too few,
 * at a sitting otherwise quorate, says so with the counts ("not quorate for this item: 1 director
 * counted, 2 needed (2 interested in it, not counted)"); any other reason as {@link FAILED_BECAUSE}
 * words it; "" for none.
 */
export function failedBecauseWords(resolution: Resolution, failedBecause: FailureReason | null | undefined): string {
  if (failedBecause === 'quorum-not-met' && resolution.procedure === 'board-meeting') {
    const q = itemQuorum(resolution);
    if (q.interested > 0) {
      return `not quorate for this item: ${q.counted} director${q.counted === 1 ? '' : 's'} counted, ${resolution.quorum} needed (${q.interested} interested in it, not counted)`;
    }
  }
  return failedBecause ? (FAILED_BECAUSE[failedBecause] ?? failedBecause.replaceAll('-', ' ')) : '';
}

function outcomeText(resolution: Resolution, outcome: ResolutionOutcome): string {
  if (outcome.status === 'passed' && outcome.passedOn) return `Passed on ${formatDate(outcome.passedOn)}${castingVote(outcome) ? ', on the chair’s casting vote' : ''}`;
  if (outcome.status === 'open') return 'Not yet decided';
  return `Not passed: ${failedBecauseWords(resolution, outcome.failedBecause ?? 'majority-not-reached')}`;
}
