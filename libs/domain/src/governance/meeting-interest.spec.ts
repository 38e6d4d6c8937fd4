import { errorCode, errorMessage } from '../../test/error-code';
import { calendarDate } from '../calendar/calendar-date';
import { proposeAtBoardMeeting, type BoardMeetingResolution } from './board-resolution';
import type { RegisterOfDirectors } from './directors';
import { foldGovernance, type GovernanceEvent } from './governance-events';
import { sittingAttendance, sittingQuorum } from './meeting-quorum';
import { resolutionOutcome } from './resolution-outcome';

const d = calendarDate;
const HELD = d('2024-05-20');
const ADJOURNED = d('2024-05-27');
const DIRECTORS: RegisterOfDirectors = ['d1', 'd2', 'd3'].map((id) => ({ directorId: id, name: `Director ${id}`, serviceAddress: 'x', appointedOn: d('2014-09-01'), resignedOn: null }));

const called = (kind: 'board' | 'general' = 'board'): GovernanceEvent => ({
  type: 'meeting-called',
  effectiveOn: kind === 'board' ? HELD : d('2024-05-01'),
  meeting: { id: 'bm', kind, noticeGivenOn: kind === 'board' ? null : d('2024-05-01'), noticeTo: [], heldOn: HELD, chair: null, voting: 'show-of-hands', quorum: 2 },
});
const item = (id: string): GovernanceEvent => ({ type: 'resolution-proposed', effectiveOn: HELD, resolution: proposeAtBoardMeeting({ id, text: `THAT ${id}.`, meetingOn: HELD, directors: DIRECTORS, meetingId: 'bm' }) });
const attends = (id: string, interestedIn: string[] = [], on = HELD): GovernanceEvent => ({ type: 'meeting-attended', effectiveOn: on, meetingId: 'bm', attendance: { as: 'director', on, directorId: id, name: `Director ${id}`, interestedIn } });
const declares = (id: string, resolutionIds: string[], on = HELD): GovernanceEvent => ({ type: 'meeting-interest-declared', effectiveOn: on, meetingId: 'bm', directorId: id, resolutionIds });
const vote = (id: string, rid: string, on = HELD): GovernanceEvent => ({ type: 'vote', effectiveOn: on, resolutionId: rid, voterId: id, vote: 'for' });
const adjourned: GovernanceEvent = { type: 'meeting-adjourned', effectiveOn: HELD, meetingId: 'bm', to: ADJOURNED };

/** Two directors present at a meeting of two items; the quorum is two. */
const meeting = (...later: GovernanceEvent[]) => foldGovernance([called(), item('b1'), item('b2'), attends('d1'), attends('d2'), ...later]);
const board = (state: ReturnType<typeof foldGovernance>, id: string) => state.resolutions.get(id) as BoardMeetingResolution;

describe('MA-2 (art. 14): an interest declared after the attendance was recorded counts as if the attendance named it', () => {
  it('the director is interested in the items declared: the quorum for that item fails, the other item is unchanged', () => {
    const before = meeting(vote('d1', 'b2'), vote('d2', 'b2'));
    expect(resolutionOutcome(board(before, 'b2'), HELD)).toMatchObject({ status: 'passed' });
    const state = meeting(declares('d2', ['b2']), vote('d1', 'b1'), vote('d2', 'b1'), vote('d1', 'b2'), vote('d2', 'b2'));
    expect(board(state, 'b2').present).toEqual([{ directorId: 'd1', interested: false }, { directorId: 'd2', interested: true }]);
    expect(board(state, 'b2').votes.find((v) => v.directorId === 'd2')).toEqual({ directorId: 'd2', vote: 'for', interested: true });
    expect(resolutionOutcome(board(state, 'b2'), HELD)).toMatchObject({ status: 'failed', failedBecause: 'quorum-not-met' });
    expect(resolutionOutcome(board(state, 'b1'), HELD)).toMatchObject({ status: 'passed' });
  });

  it('the declaration is added to the director’s items of interest at the sitting, exactly as the attendance would list it', () => {
    const declared = meeting(declares('d2', ['b2']));
    const named = foldGovernance([called(), item('b1'), item('b2'), attends('d1'), attends('d2', ['b2'])]);
    const interests = (s: typeof declared) => sittingAttendance(s.meetings.get('bm')!, s.resolutions, HELD, DIRECTORS).map((a) => (a.as === 'director' ? a.interestedIn : []));
    expect(interests(declared)).toEqual([[], ['b2']]);
    expect(interests(declared)).toEqual(interests(named));
    expect(board(declared, 'b2').present).toEqual(board(named, 'b2').present);
  });

  it('a declaration at the adjourned sitting, for an item taken there, counts at that sitting', () => {
    const state = foldGovernance([called(), item('b1'), attends('d1'), adjourned, attends('d1', [], ADJOURNED), attends('d2', [], ADJOURNED), declares('d1', ['b1'], ADJOURNED)]);
    expect(board(state, 'b1').present).toEqual([{ directorId: 'd1', interested: true }, { directorId: 'd2', interested: false }]);
  });
});

describe('MA-2 (art. 14): the quorum at a sitting of a board meeting is per item when directors are interested', () => {
  it('a sitting quorate by the directors present names the item whose interested directors bring the count below the quorum, as its outcome counts it', () => {
    const state = foldGovernance([called(), item('b1'), item('b2'), attends('d1', ['b1']), attends('d2'), attends('d3'), declares('d2', ['b1'])]);
    const quorum = sittingQuorum(state.meetings.get('bm')!, state.resolutions, HELD);
    expect(quorum).toMatchObject({ present: 3, quorum: 2, quorate: true });
    expect(quorum.notQuorateFor).toEqual([{ resolutionId: 'b1', counted: 1, interested: 2 }]);
    expect(resolutionOutcome(board(state, 'b1'), HELD)).toMatchObject({ status: 'failed', failedBecause: 'quorum-not-met' });
    expect(resolutionOutcome(board(state, 'b2'), HELD)).not.toMatchObject({ failedBecause: 'quorum-not-met' });
  });

  it('one interested director of three leaves the quorum of two for the item; a sitting not quorate names no item', () => {
    const one = foldGovernance([called(), item('b1'), attends('d1', ['b1']), attends('d2'), attends('d3')]);
    expect(sittingQuorum(one.meetings.get('bm')!, one.resolutions, HELD).notQuorateFor).toEqual([]);
    const alone = foldGovernance([called(), item('b1'), attends('d1', ['b1'])]);
    expect(sittingQuorum(alone.meetings.get('bm')!, alone.resolutions, HELD)).toMatchObject({ quorate: false, notQuorateFor: [] });
  });
});

describe('MA-2: declarations of interest that cannot be recorded', () => {
  it('an interest declared after the director voted on the item changes nothing and is refused (INTEREST_DECLARED_AFTER_VOTE)', () => {
    expect(errorCode(() => meeting(vote('d2', 'b2'), declares('d2', ['b2'])))).toBe('INTEREST_DECLARED_AFTER_VOTE');
    expect(errorMessage(() => meeting(vote('d2', 'b2'), declares('d2', ['b2'])))).toBe(
      'item 2, the resolution “THAT b2.”: Director d2 has already voted on it; an interest declared after the vote changes nothing (MA-2)',
    );
    // Another director's vote is no bar: the declaring director has not voted yet.
    expect(errorCode(() => meeting(vote('d1', 'b2'), declares('d2', ['b2'])))).toBe('ACCEPTED');
  });

  it('a director who voted before the attendance was recorded, and so is not listed in it, is refused as having voted (INTEREST_DECLARED_AFTER_VOTE), not as absent', () => {
    const votedFirst = [called(), item('b1'), item('b2'), vote('d3', 'b1'), attends('d1'), attends('d2')];
    expect(errorCode(() => foldGovernance([...votedFirst, declares('d3', ['b1'])]))).toBe('INTEREST_DECLARED_AFTER_VOTE');
    expect(errorMessage(() => foldGovernance([...votedFirst, declares('d3', ['b1'])]))).toBe(
      'item 1, the resolution “THAT b1.”: the director has already voted on it; an interest declared after the vote changes nothing (MA-2)',
    );
    // In an item the director did not vote on, the director is simply not recorded present.
    expect(errorCode(() => foldGovernance([...votedFirst, declares('d3', ['b2'])]))).toBe('DIRECTOR_NOT_PRESENT');
  });

  it('an item decided at an earlier sitting is refused (INTEREST_DECLARED_AFTER_VOTE); an item taken at a later one is not of the sitting (ATTENDANCE_NOT_FOR_MEETING)', () => {
    const decided = [called(), item('b1'), item('b2'), attends('d1'), attends('d2'), vote('d1', 'b1'), adjourned, attends('d1', [], ADJOURNED), attends('d2', [], ADJOURNED)];
    expect(errorMessage(() => foldGovernance([...decided, declares('d2', ['b1'], ADJOURNED)]))).toMatch(/it was decided at the sitting of 2024-05-20; an interest declared after the vote changes nothing/);
    expect(errorCode(() => foldGovernance([...decided, declares('d2', ['b1'], ADJOURNED)]))).toBe('INTEREST_DECLARED_AFTER_VOTE');
    expect(errorCode(() => foldGovernance([...decided, declares('d2', ['b2'], HELD)]))).toBe('ATTENDANCE_NOT_FOR_MEETING');
    expect(errorCode(() => foldGovernance([...decided, declares('d2', ['b2'], ADJOURNED)]))).toBe('ACCEPTED');
  });

  it('an interest already recorded, by the attendance or an earlier declaration, or named twice, is refused (INTEREST_ALREADY_DECLARED)', () => {
    expect(errorCode(() => foldGovernance([called(), item('b1'), attends('d1', ['b1']), declares('d1', ['b1'])]))).toBe('INTEREST_ALREADY_DECLARED');
    expect(errorCode(() => meeting(declares('d1', ['b1']), declares('d1', ['b1'])))).toBe('INTEREST_ALREADY_DECLARED');
    expect(errorCode(() => meeting(declares('d1', ['b1', 'b1'])))).toBe('INTEREST_ALREADY_DECLARED');
  });

  it('a director not recorded present (DIRECTOR_NOT_PRESENT), before any attendance (ATTENDANCE_NOT_RECORDED)', () => {
    expect(errorCode(() => meeting(declares('d3', ['b1'])))).toBe('DIRECTOR_NOT_PRESENT');
    expect(errorCode(() => foldGovernance([called(), item('b1'), declares('d1', ['b1'])]))).toBe('ATTENDANCE_NOT_RECORDED');
  });

  it('an item not of the meeting, a day the meeting does not sit, or a general meeting (ATTENDANCE_NOT_FOR_MEETING)', () => {
    expect(errorCode(() => meeting(declares('d1', ['elsewhere'])))).toBe('ATTENDANCE_NOT_FOR_MEETING');
    expect(errorCode(() => meeting(declares('d1', ['b1'], d('2024-05-21'))))).toBe('ATTENDANCE_NOT_FOR_MEETING');
    expect(errorCode(() => foldGovernance([called('general'), declares('d1', [])]))).toBe('ATTENDANCE_NOT_FOR_MEETING');
    expect(errorCode(() => foldGovernance([declares('d1', ['b1'])]))).toBe('MEETING_NOT_FOUND');
  });
});

describe('MA-2, MA-3: an interest recorded at one sitting concerns the matter, and holds at every later sitting of the same meeting', () => {
  const decided = (...first: GovernanceEvent[]) =>
    foldGovernance([called(), item('b1'), item('b2'), ...first, adjourned, attends('d1', [], ADJOURNED), attends('d2', [], ADJOURNED), vote('d1', 'b1', ADJOURNED), vote('d2', 'b1', ADJOURNED)]);

  it('MA-2: a director present interested in the item at the first sitting is not counted in the quorum or the vote at the adjourned sitting that decides it', () => {
    const state = decided(attends('d1', ['b1']));
    expect(board(state, 'b1').present).toEqual([{ directorId: 'd1', interested: true }, { directorId: 'd2', interested: false }]);
    expect(board(state, 'b1').votes.find((v) => v.directorId === 'd1')).toEqual({ directorId: 'd1', vote: 'for', interested: true });
    expect(resolutionOutcome(board(state, 'b1'), ADJOURNED)).toMatchObject({ status: 'failed', failedBecause: 'quorum-not-met' });
    expect(sittingQuorum(state.meetings.get('bm')!, state.resolutions, ADJOURNED).notQuorateFor).toEqual([{ resolutionId: 'b1', counted: 1, interested: 1 }]);
  });

  it('MA-2: so is a director who declared the interest at the first sitting, and the adjourned sitting lists the director as interested in it', () => {
    const state = decided(attends('d1'), declares('d1', ['b1']));
    expect(resolutionOutcome(board(state, 'b1'), ADJOURNED)).toMatchObject({ status: 'failed', failedBecause: 'quorum-not-met' });
    const interests = sittingAttendance(state.meetings.get('bm')!, state.resolutions, ADJOURNED, DIRECTORS).map((a) => (a.as === 'director' ? a.interestedIn : []));
    expect(interests).toEqual([['b1'], []]);
  });

  it('MA-2: a director interested at the first sitting who votes at the adjourned one without attendance recorded there is not counted either', () => {
    const state = foldGovernance([called(), item('b1'), attends('d1', ['b1']), adjourned, attends('d2', [], ADJOURNED), attends('d3', [], ADJOURNED), vote('d1', 'b1', ADJOURNED), vote('d2', 'b1', ADJOURNED)]);
    expect(resolutionOutcome(board(state, 'b1'), ADJOURNED)).toMatchObject({ status: 'passed', tally: { inFavour: 1, against: 0 } });
    expect(board(state, 'b1').votes.find((v) => v.directorId === 'd1')).toMatchObject({ interested: true });
  });

  it('MA-2: the interest is already recorded, so declaring it again at the adjourned sitting is refused', () => {
    expect(errorCode(() => foldGovernance([called(), item('b1'), attends('d1', ['b1']), adjourned, attends('d1', [], ADJOURNED), declares('d1', ['b1'], ADJOURNED)]))).toBe('INTEREST_ALREADY_DECLARED');
  });
});

describe('MA-2: a declaration of interest dated on a day the meeting did not sit says so plainly, naming its sittings', () => {
  it('MA-2: dated before the meeting’s day: the meeting had not yet sat that day', () => {
    expect(errorMessage(() => meeting(declares('d1', ['b1'], d('2024-05-19'))))).toBe(
      'the board meeting had not yet sat on 2024-05-19: the meeting’s day is 2024-05-20; an interest is declared at a sitting of the meeting (MA-2)',
    );
    expect(errorMessage(() => meeting(adjourned, declares('d1', ['b1'], d('2024-05-19'))))).toBe(
      'the board meeting had not yet sat on 2024-05-19: it sat on 2024-05-20 and 2024-05-27; an interest is declared at a sitting of the meeting (MA-2)',
    );
  });

  it('MA-2: dated between or after its sittings: the meeting did not sit that day', () => {
    expect(errorMessage(() => meeting(adjourned, declares('d1', ['b1'], d('2024-05-21'))))).toBe(
      'the board meeting did not sit on 2024-05-21: it sat on 2024-05-20 and 2024-05-27; an interest is declared at a sitting of the meeting (MA-2)',
    );
  });
});
