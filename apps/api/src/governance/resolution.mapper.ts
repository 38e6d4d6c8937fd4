import { compareDates, resolutionOutcome, type CalendarDate, type GeneralMeetingResolution, type Resolution, type UnverifiedParticipant } from '#domain';
import { authorisationPayload } from '../ledger/codecs/governance.codec';

/** A resolution with its human reference (`OR-2024-01`), given in ledger order; absent where not known. */
export type ReferencedResolution = Resolution & { readonly reference?: string };

/** A resolution as the API shows it, with its reference and its outcome computed as at `asAt`. */
export function resolutionResponse(resolution: ReferencedResolution, asAt: CalendarDate, unverifiedOf?: (r: Resolution) => readonly UnverifiedParticipant[]) {
  // EC-3: a board resolution names the directors it counted while they acted unverified.
  const unverifiedDirectors = (unverifiedOf?.(resolution) ?? []).map((p) => ({ directorId: p.directorId, name: p.name, on: p.on, verificationDueOn: p.verificationDueOn, message: p.message }));
  const outcome = resolutionOutcome(resolution, asAt);
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
      };
    case 'general-meeting':
      return {
        ...common,
        kind: 'members' as const,
        type: resolution.kind,
        procedure: 'meeting' as const,
        matter: resolution.matter,
        noticeGivenOn: resolution.noticeGivenOn,
        meetingOn: resolution.meetingOn,
        voting: resolution.voting,
        quorum: resolution.quorum,
        entitled: resolution.entitled.map((m) => ({ memberId: m.memberId, name: m.name, votes: m.votes })),
        // SR-2, s.695(3): the holders of the shares whose buy-back it approves; it passes only if it would without their votes.
        sellers: (resolution.sellers ?? []).map((m) => ({ memberId: m.memberId, name: m.name })),
        shortNoticeAgreedBy: [...resolution.shortNoticeAgreedBy],
        votes: resolution.votes.map(memberVote),
        ...(resolution.chair ? { chair: { ...resolution.chair } } : {}),
        ...(resolution.adjournedFrom?.length ? { adjournedFrom: [...resolution.adjournedFrom] } : {}),
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

/** A member's vote, with who cast it for the member (proxy or corporate representative). */
function memberVote(v: GeneralMeetingResolution['votes'][number]) {
  return {
    memberId: v.memberId,
    vote: v.vote,
    ...(v.capacity === 'proxy' ? { proxyName: v.actingName } : {}),
    ...(v.capacity === 'corporate-representative' ? { representativeName: v.actingName } : {}),
  };
}

/** The date a resolution's proposal takes effect in the ledger. */
export function proposedOn(resolution: Resolution): CalendarDate {
  switch (resolution.procedure) {
    case 'members-written':
    case 'board-written':
      return resolution.circulatedOn;
    case 'general-meeting':
      return resolution.noticeGivenOn;
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
