import { awaitsAttendance, changeOfObjectsStatus, checkNotice, compareDates, regulatorDecisionOf, resolutionAsAt, resolutionOutcome, type CalendarDate, type GeneralMeetingResolution, type Meeting, type RegulatorStatus, type Resolution, type ResolutionOutcome, type UnverifiedParticipant } from '#domain';
import { AppError } from '../common/app-error';
import { today } from '../common/today';
import { authorisationPayload } from '../ledger/codecs/resolution-payload';

/** The records a meeting's item is read against: its meeting, and the other items of its sittings. */
export interface MeetingRecords {
  readonly meetings: ReadonlyMap<string, Meeting>;
  readonly resolutions: ReadonlyMap<string, Resolution>;
}

/**
 * MT-3, MA-2: the outcome the API gives an item of a meeting as at `asAt`: open, not failed, while it
 * awaits the record of the sitting that decides it (`awaitsAttendance`, as the pages and the minutes
 * read it, when `records` are given), and on the day of that sitting, today, while no vote on it is
 * recorded (votes are entered after the meeting; a notice too short is failed whatever the votes). The
 * domain's outcome, used for authority, filings and the minutes, is not changed; nor is any past day's
 * outcome of an item voted on or whose sitting's record was entered.
 */
export function outcomeShown(resolution: Resolution, asAt: CalendarDate, records: MeetingRecords): ResolutionOutcome {
  const outcome = resolutionOutcome(resolution, asAt);
  if (outcome.status !== 'failed' || (resolution.procedure !== 'board-meeting' && resolution.procedure !== 'general-meeting')) return outcome;
  const awaiting = awaitsAttendance(resolution, asAt, records);
  const votingToday = resolution.votes.length === 0 && outcome.failedBecause !== 'notice-too-short' && resolution.meetingOn === asAt && asAt === today();
  return awaiting || votingToday ? { ...outcome, status: 'open', failedBecause: null, tally: null } : outcome;
}

/** A resolution with its human reference (`OR-2024-01`), given in ledger order; absent where not known. */
export type ReferencedResolution = Resolution & { readonly reference?: string };

/**
 * A resolution as the API shows it, with its reference and its outcome computed as at `asAt`: with
 * `records` (the API's routes), an item of a meeting not yet decided is open ({@link outcomeShown});
 * without (the pages, which say "no attendance recorded yet" or "no votes recorded yet" of it), the domain's outcome.
 */
export function resolutionResponse(resolution: ReferencedResolution, asAt: CalendarDate, unverifiedOf?: (r: Resolution) => readonly UnverifiedParticipant[], records?: MeetingRecords) {
  // EC-3: a board resolution names the directors it counted while they acted unverified.
  const unverifiedDirectors = (unverifiedOf?.(resolution) ?? []).map((p) => ({ directorId: p.directorId, name: p.name, on: p.on, verificationDueOn: p.verificationDueOn, message: p.message }));
  const outcome = records === undefined ? resolutionOutcome(resolution, asAt) : outcomeShown(resolution, asAt, records);
  const common = {
    resolutionId: resolution.id,
    reference: resolution.reference ?? null,
    ...('meetingId' in resolution && resolution.meetingId !== undefined ? { meetingId: resolution.meetingId } : {}),
    text: resolution.text,
    authorises: resolution.authorises.map(authorisationPayload),
    outcome: {
      asAt,
      status: outcome.status,
      passedOn: outcome.passedOn,
      filingDueOn: outcome.filingDueOn,
      lapsesOn: outcome.lapsesOn,
      failedBecause: outcome.failedBecause,
      tally: outcome.tally && { ...outcome.tally },
    },
  };
  switch (resolution.procedure) {
    case 'members-written':
      return {
        ...common,
        kind: 'members' as const,
        type: resolution.kind,
        procedure: 'written' as const,
        matter: resolution.matter,
        circulatedOn: resolution.circulatedOn,
        lapsesOn: resolution.lapsesOn,
        eligible: resolution.eligible.map((m) => ({ memberId: m.memberId, name: m.name, votes: m.votes })),
        // SR-2, s.695(2): the holders of the shares whose buy-back it approves, who are not eligible members.
        sellers: (resolution.sellers ?? []).map((m) => ({ memberId: m.memberId, name: m.name })),
        agreements: resolution.agreements.map((a) => ({ memberId: a.memberId, agreedOn: a.agreedOn })),
        // SH-4, s.696(2)(a): the day a copy of the buy-back contract was sent to every eligible member, where recorded.
        ...(resolution.contractDisclosedOn !== undefined ? { contractDisclosedOn: resolution.contractDisclosedOn } : {}),
        ...regulatorOf(resolution, asAt),
      };
    case 'general-meeting':
      return {
        ...common,
        kind: 'members' as const,
        type: resolution.kind,
        procedure: 'meeting' as const,
        matter: resolution.matter,
        noticeGivenOn: resolution.noticeGivenOn,
        ...(resolution.noticeSent !== undefined ? { noticeSent: { on: resolution.noticeSent.on, by: resolution.noticeSent.by } } : {}),
        meetingOn: resolution.meetingOn,
        voting: resolution.voting,
        quorum: resolution.quorum,
        entitled: resolution.entitled.map((m) => ({ memberId: m.memberId, name: m.name, votes: m.votes })),
        // SR-2, s.695(3): the holders of the shares whose buy-back it approves; it passes only if it would without their votes.
        sellers: (resolution.sellers ?? []).map((m) => ({ memberId: m.memberId, name: m.name })),
        shortNoticeAgreedBy: [...resolution.shortNoticeAgreedBy],
        // MT-1, MT-2 (s.307, s.360): the clear days given and needed, whether the notice is short, and the members' agreement to it.
        notice: checkNotice(resolution),
        votes: resolution.votes.map(memberVote),
        ...(resolution.chair ? { chair: { ...resolution.chair } } : {}),
        ...(resolution.adjournedFrom?.length ? { adjournedFrom: [...resolution.adjournedFrom] } : {}),
        // s.312: a removal's special notice, where recorded.
        ...(resolution.specialNoticeReceivedOn !== undefined ? { specialNoticeReceivedOn: resolution.specialNoticeReceivedOn } : {}),
        // SH-4, s.696(2)(b): the first day the buy-back contract was available for inspection, where recorded.
        ...(resolution.contractDisclosedOn !== undefined ? { contractDisclosedOn: resolution.contractDisclosedOn } : {}),
        ...regulatorOf(resolution, asAt),
      };
    case 'board-meeting':
      return {
        ...common,
        kind: 'board' as const,
        type: null,
        procedure: 'meeting' as const,
        meetingOn: resolution.meetingOn,
        quorum: resolution.quorum,
        board: resolution.board.map((d) => ({ directorId: d.directorId, name: d.name })),
        votes: resolution.votes.map((v) => ({ directorId: v.directorId, vote: v.vote, ...(v.interested ? { interested: true } : {}) })),
        // MA-2: shown only where recorded (resolutions proposed before these rules were modelled have none).
        ...(resolution.chairDirectorId !== undefined ? { chairDirectorId: resolution.chairDirectorId } : {}),
        ...(resolution.castingVote !== undefined ? { chairHasCastingVote: resolution.castingVote, interestedDirectorsExcluded: resolution.excludeInterested === true } : {}),
        unverifiedDirectors,
      };
    case 'board-written':
      return {
        ...common,
        kind: 'board' as const,
        type: null,
        procedure: 'written' as const,
        circulatedOn: resolution.circulatedOn,
        board: resolution.board.map((d) => ({ directorId: d.directorId, name: d.name })),
        agreements: resolution.agreements.map((a) => ({ directorId: a.directorId, agreedOn: a.agreedOn })),
        unverifiedDirectors,
      };
  }
}

/**
 * CI-6: a change of the company's objects once passed, where it stands with the CIC Regulator as at
 * `asAt` (`awaiting-regulator`, `approved` or `refused`; `decidedOn` null while awaited) and the note
 * recorded with the decision, when one was; absent for a resolution of another matter or not passed.
 */
function regulatorOf(resolution: Resolution, asAt: CalendarDate): { regulator?: { status: RegulatorStatus; decidedOn: CalendarDate | null; note?: string } } {
  const standing = changeOfObjectsStatus(resolution, asAt);
  if (standing === null) return {};
  const note = standing.decidedOn === null ? undefined : regulatorDecisionOf(resolution)?.note;
  return { regulator: { status: standing.status, decidedOn: standing.decidedOn, ...(note !== undefined ? { note } : {}) } };
}

/** A member's vote, with who cast it for the member (proxy or corporate representative). */
function memberVote(v: GeneralMeetingResolution['votes'][number]) {
  return {
    memberId: v.memberId,
    vote: v.vote,
    ...(v.capacity === 'proxy' ? { proxyName: v.actingName } : {}),
    ...(v.capacity === 'corporate-representative' ? { representativeName: v.actingName } : {}),
  };
}

/** The date a resolution's proposal takes effect in the ledger: a general meeting's, the day its notice was sent when recorded, else the day notice was given. */
export function proposedOn(resolution: Resolution): CalendarDate {
  switch (resolution.procedure) {
    case 'members-written':
    case 'board-written':
      return resolution.circulatedOn;
    case 'general-meeting':
      return resolution.noticeSent?.on ?? resolution.noticeGivenOn;
    case 'board-meeting':
      return resolution.meetingOn;
  }
}

/**
 * Whether a resolution had been proposed by the end of `asAt`: circulated (in writing), notice given
 * (a members' meeting) or, for a board meeting, whose notice is not kept, by the meeting day; a
 * proposal dated after the day it was recorded counts as made when recorded (`recordedBy`: today, a
 * resolution on record now was proposed by today at the latest). A page as at an earlier day leaves it out.
 */
export function proposedByEndOf(resolution: Resolution, asAt: CalendarDate, recordedBy: CalendarDate): boolean {
  const on = proposedOn(resolution);
  const made = compareDates(on, recordedBy) <= 0 ? on : recordedBy;
  return compareDates(made, asAt) <= 0;
}

/**
 * RS-1: a resolution as the API reads it as at `asAt`: only the agreements, votes and attendance
 * recorded as done by the end of that day, as the pages and a copy read it (`resolutionAsAt`). Throws
 * `VALIDATION_FAILED` (400, field `asAt`) for a day before it was proposed ({@link proposedByEndOf}
 * with `recordedBy`, today): there was no resolution to read then.
 */
export function resolutionOnDay<R extends Resolution>(resolution: R, asAt: CalendarDate, recordedBy: CalendarDate): R {
  if (!proposedByEndOf(resolution, asAt, recordedBy)) {
    const on = proposedOn(resolution);
    const proposed = compareDates(on, recordedBy) <= 0 ? on : recordedBy;
    const problem = `the resolution was proposed on ${proposed}: there was no resolution as at ${asAt}; give asAt on or after ${proposed}`;
    throw new AppError('VALIDATION_FAILED', problem, [{ field: 'asAt', problems: [problem] }]);
  }
  return resolutionAsAt(resolution, asAt);
}
