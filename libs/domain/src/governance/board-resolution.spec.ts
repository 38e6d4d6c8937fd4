import { errorCode } from '../../test/error-code';
import { calendarDate } from '../calendar/calendar-date';
import {
  boardMeetingOutcome,
  boardWrittenOutcome,
  proposeAtBoardMeeting,
  proposeBoardWrittenResolution,
  recordDirectorAgreement,
  recordDirectorVote,
  type BoardMeetingResolution,
} from './board-resolution';
import { appointDirector, recordResignation, type RegisterOfDirectors } from './directors';
import { governanceSettings } from './governance-settings';
import type { MeetingVote } from './resolution';

const d = calendarDate;
const MEETING = d('2024-04-10');
const appoint = (register: RegisterOfDirectors, directorId: string, on: string) =>
  appointDirector(register, { directorId, name: `Dr ${directorId.toUpperCase()}`, serviceAddress: '1 Example Street, London E1', appointedOn: d(on) });
/** A, B, C and D on the board from 2014; E resigned on 1 April 2024; F is appointed on 11 April 2024. */
const directors = (): RegisterOfDirectors => {
  let r: RegisterOfDirectors = [];
  for (const id of ['a', 'b', 'c', 'd', 'e']) r = appoint(r, id, '2014-09-01');
  return appoint(recordResignation(r, 'e', d('2024-04-01')), 'f', '2024-04-11');
};
const boardMeeting = (settings = governanceSettings()) =>
  proposeAtBoardMeeting({ id: 'bm-1', text: 'That share 38 be allotted to Synthetic Practice 38', meetingOn: MEETING, directors: directors() }, settings);
const votes = (r: BoardMeetingResolution, ids: string[], vote: MeetingVote) => ids.reduce((res, directorId) => recordDirectorVote(res, { directorId, vote }), r);

describe('Board resolutions at a meeting', () => {
  it('the board is the directors in office on the meeting date; it passes by a majority of votes cast, on the meeting date', () => {
    const r = votes(votes(boardMeeting(), ['a', 'b'], 'for'), ['c'], 'against');
    expect(r.board.map((m) => m.directorId)).toEqual(['a', 'b', 'c', 'd']);
    expect(boardMeetingOutcome(r, MEETING)).toEqual({
      status: 'passed', passedOn: MEETING, filingDueOn: null, lapsesOn: null, failedBecause: null,
      tally: { inFavour: 2, against: 1, abstaining: 0, needed: 2, outOf: 3 },
    });
    expect(boardMeetingOutcome(r, d('2024-04-09')).status).toBe('open');
  });

  it('MT-3 (board): one director present is not a quorum of 2, so no vote is valid', () => {
    const r = votes(boardMeeting(), ['a'], 'for');
    expect(boardMeetingOutcome(r, MEETING)).toMatchObject({ status: 'failed', failedBecause: 'quorum-not-met', tally: null });
  });

  it('MT-3 (board): the articles may set a quorum of 3; a director present who does not vote counts as abstaining', () => {
    const r = votes(boardMeeting(governanceSettings({ boardQuorum: 3 })), ['a', 'b'], 'for');
    expect(boardMeetingOutcome(r, MEETING).failedBecause).toBe('quorum-not-met');
    expect(boardMeetingOutcome(votes(r, ['c'], 'abstain'), MEETING)).toMatchObject({ status: 'passed', tally: { abstaining: 1 } });
  });

  it('a tie does not pass (no casting vote is modelled)', () => {
    const r = votes(votes(boardMeeting(), ['a', 'b'], 'for'), ['c', 'd'], 'against');
    expect(boardMeetingOutcome(r, MEETING)).toMatchObject({ status: 'failed', failedBecause: 'majority-not-reached' });
  });

  it('DIRECTOR_NOT_ON_BOARD: a director who resigned before the meeting, or is appointed after it, cannot vote', () => {
    expect(errorCode(() => votes(boardMeeting(), ['e'], 'for'))).toBe('DIRECTOR_NOT_ON_BOARD');
    expect(errorCode(() => votes(boardMeeting(), ['f'], 'for'))).toBe('DIRECTOR_NOT_ON_BOARD');
  });

  it('VOTE_ALREADY_RECORDED: a director votes once', () => {
    expect(errorCode(() => votes(boardMeeting(), ['a', 'a'], 'for'))).toBe('VOTE_ALREADY_RECORDED');
  });
});

describe('Written board resolutions (unanimous)', () => {
  const written = (on = '2024-04-10') =>
    proposeBoardWrittenResolution({ id: 'bw-1', text: 'That the transfer of share 5 be approved', circulatedOn: d(on), directors: directors() });
  const agree = (ids: string[], on: string, r = written()) => ids.reduce((res, directorId) => recordDirectorAgreement(res, { directorId, agreedOn: d(on) }), r);

  it('passes when every director on the board at circulation has agreed, on the day the last one did', () => {
    const three = agree(['a', 'b', 'c'], '2024-04-11');
    expect(boardWrittenOutcome(three, d('2024-05-01'))).toMatchObject({ status: 'open', tally: { inFavour: 3, needed: 4 } });
    const all = agree(['d'], '2024-04-15', three);
    expect(boardWrittenOutcome(all, d('2024-05-01'))).toMatchObject({ status: 'passed', passedOn: '2024-04-15', filingDueOn: null });
    expect(boardWrittenOutcome(all, d('2024-04-14')).status).toBe('open');
  });

  it('a director appointed after circulation neither may agree nor is needed; one who resigned before is not asked', () => {
    expect(errorCode(() => agree(['f'], '2024-04-12'))).toBe('DIRECTOR_NOT_ON_BOARD');
    expect(errorCode(() => agree(['e'], '2024-04-12'))).toBe('DIRECTOR_NOT_ON_BOARD');
    expect(boardWrittenOutcome(agree(['a', 'b', 'c', 'd'], '2024-04-12'), d('2024-04-12')).status).toBe('passed');
  });

  it('AGREEMENT_ALREADY_GIVEN and AGREEMENT_BEFORE_CIRCULATION', () => {
    expect(errorCode(() => agree(['a', 'a'], '2024-04-12'))).toBe('AGREEMENT_ALREADY_GIVEN');
    expect(errorCode(() => agree(['a'], '2024-04-09'))).toBe('AGREEMENT_BEFORE_CIRCULATION');
  });

  it('BOARD_HAS_NO_DIRECTORS: a written board resolution needs a board to agree to it', () => {
    expect(errorCode(() => written('2014-08-31'))).toBe('BOARD_HAS_NO_DIRECTORS');
  });
});
