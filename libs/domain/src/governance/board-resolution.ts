import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { boardAsAt, boardDuring, notOnBoardError, type BoardMember, type RegisterOfDirectors } from './directors';
import { DEFAULT_GOVERNANCE_SETTINGS, type GovernanceSettings } from './governance-settings';
import { resolutionInWords } from './in-words';
import {
  checkProposal,
  meetingThreshold,
  type MeetingVote,
  type ResolutionOutcome,
  type ResolutionProposal,
  type ShareAuthorisation,
} from './resolution';

/**
 * A director's vote at a board meeting. `interested`: the director has an interest in the matter
 * (model articles art. 14); under articles that exclude such directors the vote is recorded but not
 * counted, and the director does not count towards the quorum.
 */
export interface DirectorVote {
  readonly directorId: string;
  readonly vote: MeetingVote;
  readonly interested?: boolean;
}

/** A director's agreement to a written board resolution, dated the day the company received it. */
export interface DirectorAgreement {
  readonly directorId: string;
  readonly agreedOn: CalendarDate;
}

/**
 * A directors' resolution at a board meeting: the directors on the board on the meeting date, the
 * articles' quorum, and the votes (a director present who does not vote is recorded as abstaining).
 */
export interface BoardMeetingResolution {
  readonly procedure: 'board-meeting';
  readonly id: string;
  readonly text: string;
  readonly authorises: readonly ShareAuthorisation[];
  readonly meetingOn: CalendarDate;
  readonly quorum: number;
  readonly board: readonly BoardMember[];
  readonly votes: readonly DirectorVote[];
  /** The director who chaired the meeting, when recorded. */
  readonly chairDirectorId?: string;
  /**
   * The articles' rules on the day, fixed when proposed (MA-2). Absent on resolutions recorded before
   * they were modelled, which are counted as they were then: no casting vote, no exclusion.
   */
  readonly castingVote?: boolean;
  readonly excludeInterested?: boolean;
  /** The meeting record this resolution is an item of, if any. */
  readonly meetingId?: string;
  /** Directors recorded present at the sitting that decides it (from the meeting record), besides those who voted. */
  readonly present?: readonly { readonly directorId: string; readonly interested: boolean }[];
  /**
   * MA-2: directors recorded interested in the item at an earlier sitting of the meeting (it was
   * adjourned before the item was decided). The interest concerns the matter, so it holds at the
   * sitting that decides it.
   */
  readonly interestedEarlier?: readonly string[];
}

/**
 * A directors' written resolution: passed when every director on the board on the circulation date
 * has agreed (model articles: unanimous). It has no lapse date.
 */
export interface BoardWrittenResolution {
  readonly procedure: 'board-written';
  readonly id: string;
  readonly text: string;
  readonly authorises: readonly ShareAuthorisation[];
  readonly circulatedOn: CalendarDate;
  readonly board: readonly BoardMember[];
  readonly agreements: readonly DirectorAgreement[];
}

/** Records a proposal for a board meeting with the board during the meeting date (a director resigning that day included, {@link boardDuring}). */
export function proposeAtBoardMeeting(
  proposal: ResolutionProposal & { readonly meetingOn: CalendarDate; readonly directors: RegisterOfDirectors; readonly chairDirectorId?: string; readonly meetingId?: string },
  settings: GovernanceSettings = DEFAULT_GOVERNANCE_SETTINGS,
): BoardMeetingResolution {
  const board = boardDuring(proposal.directors, proposal.meetingOn);
  if (proposal.chairDirectorId !== undefined) onBoard(board, proposal.directors, proposal.chairDirectorId, proposal.meetingOn, 'the day of the meeting');
  return {
    procedure: 'board-meeting',
    ...checkProposal(proposal, 'board'),
    meetingOn: proposal.meetingOn,
    quorum: settings.boardQuorum,
    board,
    votes: [],
    ...(proposal.chairDirectorId !== undefined ? { chairDirectorId: proposal.chairDirectorId } : {}),
    castingVote: settings.chairCastingVote,
    excludeInterested: settings.excludeInterestedDirectors,
    ...(proposal.meetingId !== undefined ? { meetingId: proposal.meetingId } : {}),
  };
}

/**
 * Circulates a written board resolution to the board as at `circulatedOn`; throws
 * `BOARD_HAS_NO_DIRECTORS` when nobody was in office that day.
 */
export function proposeBoardWrittenResolution(
  proposal: ResolutionProposal & { readonly circulatedOn: CalendarDate; readonly directors: RegisterOfDirectors },
): BoardWrittenResolution {
  const checked = checkProposal(proposal, 'board');
  const board = boardAsAt(proposal.directors, proposal.circulatedOn);
  if (board.length === 0) {
    throw new DomainError('BOARD_HAS_NO_DIRECTORS', `no director was on the board on ${proposal.circulatedOn}`);
  }
  return { procedure: 'board-written', ...checked, circulatedOn: proposal.circulatedOn, board, agreements: [] };
}

/**
 * The resolution with a director's vote. MA-2: the vote of a director recorded present as interested
 * in the item is recorded as interested, whether or not the vote says so. MA-3: the board is the one in
 * office on the day of the sitting that decides the item, so a director appointed before the day a
 * meeting was adjourned to (after the board was fixed at its first sitting) votes at the adjourned
 * sitting, and joins the item's board. Throws `DIRECTOR_NOT_ON_BOARD` (not a director on the meeting
 * date, named from `directors`, the register) or `VOTE_ALREADY_RECORDED`.
 */
export function recordDirectorVote(resolution: BoardMeetingResolution, vote: DirectorVote, directors: RegisterOfDirectors = []): BoardMeetingResolution {
  const joining = resolution.board.some((d) => d.directorId === vote.directorId) ? undefined : boardDuring(directors, resolution.meetingOn).find((d) => d.directorId === vote.directorId);
  const board = joining === undefined ? resolution.board : [...resolution.board, joining];
  onBoard(board, directors, vote.directorId, resolution.meetingOn, `the day of the meeting, so cannot vote on ${resolutionInWords(resolution)}`);
  if (resolution.votes.some((v) => v.directorId === vote.directorId)) {
    throw new DomainError(
      'VOTE_ALREADY_RECORDED',
      { text: '{director} has already voted on {resolution}; a director votes once' },
      { directorId: vote.directorId, director: directorName(resolution.board, vote.directorId), resolution: resolutionInWords(resolution) },
    );
  }
  const interested = vote.interested === true || interestedByAttendance(resolution, vote.directorId);
  const recorded: DirectorVote = { directorId: vote.directorId, vote: vote.vote, ...(interested ? { interested: true } : {}) };
  return { ...resolution, board, votes: [...resolution.votes, recorded] };
}

/**
 * The resolution with a director's agreement. Throws `DIRECTOR_NOT_ON_BOARD` (not a director on the
 * circulation date, named from `directors`, the register), `AGREEMENT_ALREADY_GIVEN` or
 * `AGREEMENT_BEFORE_CIRCULATION`.
 */
export function recordDirectorAgreement(
  resolution: BoardWrittenResolution,
  agreement: DirectorAgreement,
  directors: RegisterOfDirectors = [],
): BoardWrittenResolution {
  const { directorId, agreedOn } = agreement;
  onBoard(resolution.board, directors, directorId, resolution.circulatedOn, `the day ${resolutionInWords(resolution)} was circulated, so cannot agree to it`);
  const earlier = resolution.agreements.find((a) => a.directorId === directorId);
  if (earlier) {
    throw new DomainError(
      'AGREEMENT_ALREADY_GIVEN',
      { text: '{director} agreed to {resolution} on {agreedOn}; agreement is given once and cannot be revoked' },
      { directorId, agreedOn: earlier.agreedOn, director: directorName(resolution.board, directorId), resolution: resolutionInWords(resolution) },
    );
  }
  if (compareDates(agreedOn, resolution.circulatedOn) < 0) {
    throw new DomainError(
      'AGREEMENT_BEFORE_CIRCULATION',
      { text: '{director}’s agreement to {resolution} is dated {agreedOn}, before the resolution was circulated on {circulatedOn}' },
      { directorId, circulatedOn: resolution.circulatedOn, director: directorName(resolution.board, directorId), resolution: resolutionInWords(resolution), agreedOn },
    );
  }
  return { ...resolution, agreements: [...resolution.agreements, { directorId, agreedOn }] };
}

/**
 * The outcome as at the end of `asAt`: open before the meeting; failed with no valid vote when fewer
 * directors than the quorum were present; otherwise passed on the meeting date when more votes are
 * for than against (a majority of votes cast; abstentions do not count). MA-2, where the articles
 * say so: directors interested in the matter (by their vote or as recorded present) count neither
 * towards the quorum nor in the vote, and on
 * an equality the chair's casting vote decides, the way the chair voted (a chair who abstained or is
 * interested casts none, and the resolution fails).
 */
export function boardMeetingOutcome(resolution: BoardMeetingResolution, asAt: CalendarDate): ResolutionOutcome {
  const base = { passedOn: null, filingDueOn: null, lapsesOn: null } as const;
  if (compareDates(asAt, resolution.meetingOn) < 0) return { ...base, status: 'open', failedBecause: null, tally: null };
  const counted = resolution.excludeInterested ? resolution.votes.filter((v) => !v.interested && !interestedByAttendance(resolution, v.directorId)) : resolution.votes;
  if (!itemQuorum(resolution).quorate) {
    return { ...base, status: 'failed', failedBecause: 'quorum-not-met', tally: null };
  }
  const count = (which: MeetingVote) => counted.filter((v) => v.vote === which).length;
  const [inFavour, against, abstaining] = [count('for'), count('against'), count('abstain')];
  const needed = meetingThreshold('board', inFavour + against);
  const chair = counted.find((v) => v.directorId === resolution.chairDirectorId);
  const casting = resolution.castingVote === true && inFavour === against && inFavour > 0 && chair !== undefined ? chair.vote : null;
  const passed = inFavour >= needed || casting === 'for';
  return {
    ...base,
    status: passed ? 'passed' : 'failed',
    passedOn: passed ? resolution.meetingOn : null,
    failedBecause: passed ? null : 'majority-not-reached',
    tally: { inFavour, against, abstaining, needed, outOf: inFavour + against },
  };
}

/**
 * The outcome as at the end of `asAt`: passed on the day the last of the directors on the board at
 * circulation agreed; open until then.
 */
export function boardWrittenOutcome(resolution: BoardWrittenResolution, asAt: CalendarDate): ResolutionOutcome {
  const received = resolution.agreements.filter((a) => compareDates(a.agreedOn, asAt) <= 0);
  const needed = resolution.board.length;
  const passedOn =
    received.length === needed ? received.map((a) => a.agreedOn).reduce((a, b) => (compareDates(a, b) >= 0 ? a : b)) : null;
  return {
    status: passedOn === null ? 'open' : 'passed',
    passedOn,
    filingDueOn: null,
    lapsesOn: null,
    failedBecause: null,
    tally: { inFavour: received.length, against: 0, abstaining: 0, needed, outOf: needed },
  };
}

/**
 * MA-2: the quorum for one item of a board meeting: the directors counted in it (those recorded present
 * at the sitting that decides it and those who voted on it, less the interested where the articles
 * exclude them), how many directors present were left out as interested in it, and whether the counted
 * make the quorum. Not quorate: the item fails with no valid vote (`boardMeetingOutcome`).
 */
export function itemQuorum(resolution: BoardMeetingResolution): { readonly counted: number; readonly interested: number; readonly quorate: boolean } {
  const present = [...(resolution.present ?? []), ...resolution.votes.map((v) => ({ directorId: v.directorId, interested: v.interested === true }))];
  const interested = new Set(resolution.excludeInterested ? present.filter((p) => p.interested || interestedByAttendance(resolution, p.directorId)).map((p) => p.directorId) : []);
  const counted = new Set(present.map((p) => p.directorId).filter((id) => !interested.has(id)));
  return { counted: counted.size, interested: interested.size, quorate: counted.size >= resolution.quorum };
}

/** MA-2: directors counted in the quorum for the item (see {@link itemQuorum}). */
export function directorsPresent(resolution: BoardMeetingResolution): number {
  return itemQuorum(resolution).counted;
}

/**
 * MA-2: the director is recorded interested in the item: by the vote, present at the sitting that
 * decides it as interested in it, or so at an earlier sitting of the same meeting.
 */
export function interestedInItem(resolution: BoardMeetingResolution, directorId: string): boolean {
  return resolution.votes.some((v) => v.directorId === directorId && v.interested === true) || interestedByAttendance(resolution, directorId);
}

/** MA-2: the director is recorded interested in the item at the sitting that decides it or an earlier sitting of the meeting. */
function interestedByAttendance(resolution: BoardMeetingResolution, directorId: string): boolean {
  return resolution.present?.some((p) => p.directorId === directorId && p.interested) === true || resolution.interestedEarlier?.includes(directorId) === true;
}

/** The director's name as the board on the day records it. */
export function directorName(board: readonly BoardMember[], directorId: string): string {
  return board.find((d) => d.directorId === directorId)?.name ?? 'the director';
}

/** Throws `DIRECTOR_NOT_ON_BOARD` unless the director is on `board`, naming them from the register `directors` and saying why (`day`: what the date is, and what follows). */
function onBoard(board: readonly BoardMember[], directors: RegisterOfDirectors, directorId: string, on: CalendarDate, day: string): void {
  if (!board.some((d) => d.directorId === directorId)) throw notOnBoardError(directors, directorId, on, day);
}
