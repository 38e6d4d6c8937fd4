import { errorCode, errorMessage } from '../../test/error-code';
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
import { DEFAULT_GOVERNANCE_SETTINGS, governanceSettings } from './governance-settings';
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

  it('MA-3: an item moved to an adjourned sitting is voted on by the board of that day: a director appointed since it was proposed votes, and joins its board', () => {
    // Proposed for 10 April, adjourned to 12 April: F, appointed on 11 April, is on the board at the sitting that decides it.
    const adjourned: BoardMeetingResolution = { ...boardMeeting(), meetingOn: d('2024-04-12') };
    expect(adjourned.board.map((m) => m.directorId)).not.toContain('f');
    const voted = recordDirectorVote(adjourned, { directorId: 'f', vote: 'for' }, directors());
    expect(voted.board.map((m) => m.directorId)).toEqual(['a', 'b', 'c', 'd', 'f']);
    expect(voted.votes).toEqual([{ directorId: 'f', vote: 'for' }]);
    // Not one who resigned before that day, nor anyone without the register to say so.
    expect(errorCode(() => recordDirectorVote(adjourned, { directorId: 'e', vote: 'for' }, directors()))).toBe('DIRECTOR_NOT_ON_BOARD');
    expect(errorCode(() => recordDirectorVote(adjourned, { directorId: 'f', vote: 'for' }))).toBe('DIRECTOR_NOT_ON_BOARD');
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
    expect(errorMessage(() => agree(['a', 'a'], '2024-04-12'))).toBe(
      'Dr A agreed to the resolution “That the transfer of share 5 be approved” on 2024-04-12; agreement is given once and cannot be revoked',
    );
    expect(errorCode(() => agree(['a'], '2024-04-09'))).toBe('AGREEMENT_BEFORE_CIRCULATION');
  });

  it('BOARD_HAS_NO_DIRECTORS: a written board resolution needs a board to agree to it', () => {
    expect(errorCode(() => written('2014-08-31'))).toBe('BOARD_HAS_NO_DIRECTORS');
  });
});

describe("MA-2: the chair's casting vote and interested directors (model articles arts. 13–14, as the articles' settings)", () => {
  const four = ['a', 'b', 'c', 'd'].reduce<RegisterOfDirectors>(
    (register, id) => appointDirector(register, { directorId: id, name: `Dr ${id}`, serviceAddress: '1 Example Street', appointedOn: calendarDate('2014-09-01') }),
    [],
  );
  const meetingOn = calendarDate('2024-05-01');
  const propose = (settings = DEFAULT_GOVERNANCE_SETTINGS, chairDirectorId: string | undefined = 'a') =>
    proposeAtBoardMeeting({ id: 'bm', text: 'THAT the budget be approved', meetingOn, directors: four, ...(chairDirectorId ? { chairDirectorId } : {}) }, settings);
  const vote = (r: BoardMeetingResolution, votes: [string, MeetingVote, boolean?][]) =>
    votes.reduce((res, [directorId, v, interested]) => recordDirectorVote(res, { directorId, vote: v, ...(interested ? { interested } : {}) }), r);
  const outcome = (r: BoardMeetingResolution) => boardMeetingOutcome(r, meetingOn);

  it('MA-2: a 2–2 vote passes on the casting vote of a chair who voted for', () => {
    const r = vote(propose(), [['a', 'for'], ['b', 'for'], ['c', 'against'], ['d', 'against']]);
    expect(outcome(r)).toMatchObject({ status: 'passed', passedOn: meetingOn, tally: { inFavour: 2, against: 2 } });
  });

  it('MA-2: a 2–2 vote fails when the chair voted against, when no chair is recorded, or when the articles give no casting vote', () => {
    const tie: [string, MeetingVote][] = [['a', 'against'], ['b', 'for'], ['c', 'for'], ['d', 'against']];
    expect(outcome(vote(propose(), tie))).toMatchObject({ status: 'failed', failedBecause: 'majority-not-reached' });
    expect(outcome(vote(propose(DEFAULT_GOVERNANCE_SETTINGS, undefined), tie))).toMatchObject({ status: 'failed' });
    const noCasting = governanceSettings({ chairCastingVote: false });
    expect(outcome(vote(propose(noCasting), [['a', 'for'], ['b', 'for'], ['c', 'against'], ['d', 'against']]))).toMatchObject({ status: 'failed' });
  });

  it('MA-2: an interested director counts neither in the quorum nor in the vote', () => {
    const r = vote(propose(), [['a', 'for'], ['b', 'against', true], ['c', 'against']]);
    // Without b: 1–1, and the chair (a) voted for.
    expect(outcome(r)).toMatchObject({ status: 'passed', tally: { inFavour: 1, against: 1 } });
    const inquorate = vote(propose(), [['a', 'for'], ['b', 'for', true]]);
    expect(outcome(inquorate)).toMatchObject({ status: 'failed', failedBecause: 'quorum-not-met' });
  });

  it('MA-2: articles that do not exclude interested directors count them', () => {
    const r = vote(propose(governanceSettings({ excludeInterestedDirectors: false })), [['a', 'for'], ['b', 'against', true], ['c', 'against']]);
    expect(outcome(r)).toMatchObject({ status: 'failed', tally: { inFavour: 1, against: 2 } });
  });

  it('a chair must be on the board on the meeting date', () => {
    expect(errorCode(() => propose(DEFAULT_GOVERNANCE_SETTINGS, 'nobody'))).toBe('DIRECTOR_NOT_ON_BOARD');
  });

  it('a resolution recorded before MA-2 was modelled (no casting-vote setting) is counted as it was: a tie fails', () => {
    const { castingVote: _c, excludeInterested: _e, ...before } = propose();
    const r = vote(before, [['a', 'for'], ['b', 'for'], ['c', 'against'], ['d', 'against']]);
    expect(outcome(r)).toMatchObject({ status: 'failed' });
  });
});

describe('SR-2, s.694: a buy-back is approved by the members, not the board', () => {
  it('BUY_BACK_NEEDS_MEMBERS_RESOLUTION: a board resolution, at a meeting or in writing, approving a buy-back is refused; a plain cancellation is not', () => {
    const authorises = [{ action: 'cancellation' as const, shareNumber: 7, reason: 'buy-back' as const }];
    expect(errorCode(() => proposeAtBoardMeeting({ id: 'bm-2', text: 'That share 7 be bought back', meetingOn: MEETING, directors: directors(), authorises }))).toBe('BUY_BACK_NEEDS_MEMBERS_RESOLUTION');
    expect(errorCode(() => proposeBoardWrittenResolution({ id: 'bw-2', text: 'That share 7 be bought back', circulatedOn: MEETING, directors: directors(), authorises }))).toBe('BUY_BACK_NEEDS_MEMBERS_RESOLUTION');
    expect(proposeAtBoardMeeting({ id: 'bm-3', text: 'That share 7 be cancelled', meetingOn: MEETING, directors: directors(), authorises: [{ action: 'cancellation', shareNumber: 7 }] }).authorises).toHaveLength(1);
  });
});
