import { resolutionOutcome, type CalendarDate, type Resolution } from '#domain';

/** A resolution as the API shows it, with its outcome computed as at `asAt`. */
export function resolutionResponse(resolution: Resolution, asAt: CalendarDate) {
  const outcome = resolutionOutcome(resolution, asAt);
  const common = {
    resolutionId: resolution.id,
    text: resolution.text,
    authorises: resolution.authorises.map((a) => ({ action: a.action, shareNumber: a.shareNumber })),
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
        shortNoticeAgreedBy: [...resolution.shortNoticeAgreedBy],
        votes: resolution.votes.map((v) => ({ memberId: v.memberId, vote: v.vote })),
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
      };
  }
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
