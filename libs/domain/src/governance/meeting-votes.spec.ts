import { errorCode } from '../../test/error-code';
import { SYNTHETIC_REGISTER } from '../../test/register.fixture';
import { calendarDate } from '../calendar/calendar-date';
import { proposeAtBoardMeeting, type BoardMeetingResolution } from './board-resolution';
import type { RegisterOfDirectors } from './directors';
import { proposeAtGeneralMeeting, type GeneralMeetingResolution } from './general-meeting';
import { evolveGovernance, foldGovernance, type GovernanceEvent, type GovernanceState, type ResolutionResponse } from './governance-events';
import { entitlementAt, type Attendance, type MemberCapacity } from './meeting';
import { sittingQuorum } from './meeting-quorum';
import { actingNameAsAttended, checkAttendanceAsVoted, checkVoteByPresent, sameActingName } from './meeting-votes';
import { resolutionInWords } from './in-words';
import { resolutionOutcome } from './resolution-outcome';

const d = calendarDate;
const NOTICE = d('2024-05-01');
const HELD = d('2024-05-20');

const REGISTER = SYNTHETIC_REGISTER;
const DIRECTORS: RegisterOfDirectors = ['d1', 'd2', 'd3', 'd4'].map((id) => ({ directorId: id, name: `Director ${id}`, serviceAddress: 'x', appointedOn: d('2014-09-01'), resignedOn: null }));

const called = (id: string, kind: 'general' | 'board'): GovernanceEvent => ({
  type: 'meeting-called',
  effectiveOn: kind === 'board' ? HELD : NOTICE,
  meeting: { id, kind, noticeGivenOn: kind === 'board' ? null : NOTICE, noticeTo: [], heldOn: HELD, chair: null, voting: 'show-of-hands', quorum: 2 },
});
const generalItem = (id: string, meetingId?: string): GovernanceEvent => ({
  type: 'resolution-proposed',
  effectiveOn: NOTICE,
  resolution: proposeAtGeneralMeeting({ id, text: `THAT ${id}.`, kind: 'ordinary', noticeGivenOn: NOTICE, meetingOn: HELD, members: REGISTER, ...(meetingId ? { meetingId } : {}) }),
});
const boardItem = (id: string): GovernanceEvent => ({ type: 'resolution-proposed', effectiveOn: HELD, resolution: proposeAtBoardMeeting({ id, text: `THAT ${id}.`, meetingOn: HELD, directors: DIRECTORS, meetingId: 'bm' }) });
const member = (n: number) => entitlementAt(REGISTER, `m${n}`, HELD);
const memberAttends = (n: number, capacity: MemberCapacity = 'in-person', actingName?: string): GovernanceEvent => ({
  type: 'meeting-attended',
  effectiveOn: HELD,
  meetingId: 'gm',
  attendance: { as: 'member', on: HELD, member: member(n), capacity, ...(actingName ? { actingName } : {}) } satisfies Attendance,
});
const directorAttends = (id: string, interestedIn: string[] = []): GovernanceEvent => ({ type: 'meeting-attended', effectiveOn: HELD, meetingId: 'bm', attendance: { as: 'director', on: HELD, directorId: id, name: id, interestedIn } });
const memberVote = (n: number, extra: Partial<ResolutionResponse> = {}): ResolutionResponse => ({ type: 'vote', effectiveOn: HELD, resolutionId: 'r1', voterId: `m${n}`, vote: 'for', member: member(n), ...extra });
const directorVote = (id: string, rid = 'b1', extra: Partial<ResolutionResponse> = {}): ResolutionResponse => ({ type: 'vote', effectiveOn: HELD, resolutionId: rid, voterId: id, vote: 'for', ...extra });

/** As the service records a vote: the check against those present, then the fold. */
const recorded = (state: GovernanceState, response: ResolutionResponse): GovernanceState => {
  checkVoteByPresent(state.resolutions.get(response.resolutionId)!, response);
  return evolveGovernance(state, response);
};
const generalMeeting = (...present: GovernanceEvent[]) => foldGovernance([called('gm', 'general'), generalItem('r1', 'gm'), ...present]);
const boardMeeting = (...present: GovernanceEvent[]) => foldGovernance([called('bm', 'board'), boardItem('b1'), ...present]);

describe('MT-3 / MA-2: at a sitting with recorded attendance, only those present vote', () => {
  it('MT-3: a member not recorded present is refused (VOTER_NOT_PRESENT); one present votes', () => {
    const state = generalMeeting(memberAttends(1), memberAttends(2));
    expect(errorCode(() => recorded(state, memberVote(3)))).toBe('VOTER_NOT_PRESENT');
    const after = recorded(state, memberVote(1));
    expect(sittingQuorum(after.meetings.get('gm')!, after.resolutions, HELD)).toMatchObject({ present: 2 });
  });

  it('MA-2: a director not recorded present at a board meeting is refused (VOTER_NOT_PRESENT)', () => {
    const state = boardMeeting(directorAttends('d1'), directorAttends('d2'), directorAttends('d3'));
    expect(errorCode(() => recorded(state, directorVote('d4')))).toBe('VOTER_NOT_PRESENT');
    expect(errorCode(() => recorded(state, directorVote('d1')))).toBe('ACCEPTED');
  });

  it('MT-3: with no attendance recorded for the sitting (a one-item meeting), the voters are its attendance', () => {
    const meeting = generalMeeting();
    expect(errorCode(() => recorded(meeting, memberVote(3)))).toBe('ACCEPTED');
    const oneItem = foldGovernance([generalItem('r1')]);
    expect(errorCode(() => recorded(oneItem, memberVote(3, { capacity: 'proxy', actingName: 'Anyone' })))).toBe('ACCEPTED');
    expect(errorCode(() => recorded(boardMeeting(), directorVote('d4')))).toBe('ACCEPTED');
  });
});

describe('MT-3: a member votes the way the member attends', () => {
  const state = generalMeeting(memberAttends(1, 'proxy', "Ms Proxy O'Brien"), memberAttends(2, 'corporate-representative', 'Mr Rep'), memberAttends(3));

  it('by another proxy, or in person when present by proxy, is refused (VOTE_NOT_AS_ATTENDED); by the same proxy, any case, is taken', () => {
    expect(errorCode(() => recorded(state, memberVote(1, { capacity: 'proxy', actingName: 'Different Proxy' })))).toBe('VOTE_NOT_AS_ATTENDED');
    expect(errorCode(() => recorded(state, memberVote(1)))).toBe('VOTE_NOT_AS_ATTENDED');
    expect(errorCode(() => recorded(state, memberVote(1, { capacity: 'corporate-representative', actingName: "Ms Proxy O'Brien" })))).toBe('VOTE_NOT_AS_ATTENDED');
    expect(errorCode(() => recorded(state, memberVote(1, { capacity: 'proxy', actingName: " ms proxy  o'brien " })))).toBe('ACCEPTED');
  });

  it('a member present by corporate representative votes by that representative; one present in person votes in person', () => {
    expect(errorCode(() => recorded(state, memberVote(2)))).toBe('VOTE_NOT_AS_ATTENDED');
    expect(errorCode(() => recorded(state, memberVote(2, { capacity: 'corporate-representative', actingName: 'Mr Rep' })))).toBe('ACCEPTED');
    expect(errorCode(() => recorded(state, memberVote(3, { capacity: 'proxy', actingName: 'P' })))).toBe('VOTE_NOT_AS_ATTENDED');
    expect(errorCode(() => recorded(state, memberVote(3)))).toBe('ACCEPTED');
  });

  it('a member present by two proxies votes by either', () => {
    const two = generalMeeting(memberAttends(4, 'proxy', 'P1'), memberAttends(4, 'proxy', 'P2'));
    expect(errorCode(() => recorded(two, memberVote(4, { capacity: 'proxy', actingName: 'P2' })))).toBe('ACCEPTED');
  });
});

describe('MA-2: a director recorded present as interested in an item is counted in neither its quorum nor its vote', () => {
  it('his vote, though it does not say so, is recorded as interested and not counted; the item fails with no vote counted', () => {
    let state = boardMeeting(directorAttends('d1', ['b1']), directorAttends('d2'), directorAttends('d3'));
    state = recorded(state, directorVote('d1'));
    const item = state.resolutions.get('b1') as BoardMeetingResolution;
    expect(item.votes).toEqual([{ directorId: 'd1', vote: 'for', interested: true }]);
    expect(resolutionOutcome(item, HELD)).toMatchObject({ status: 'failed', failedBecause: 'majority-not-reached', tally: { inFavour: 0 } });
    expect(resolutionOutcome(recorded(state, directorVote('d2')).resolutions.get('b1')!, HELD)).toMatchObject({ status: 'passed', tally: { inFavour: 1 } });
  });

  it('interest recorded after the vote still leaves the vote and the director out', () => {
    const state = foldGovernance([called('bm', 'board'), boardItem('b1'), directorVote('d1'), directorVote('d2'), directorAttends('d1', ['b1']), directorAttends('d3')]);
    expect(resolutionOutcome(state.resolutions.get('b1')!, HELD)).toMatchObject({ status: 'passed', tally: { inFavour: 1 } });
    const alone = foldGovernance([called('bm', 'board'), boardItem('b1'), directorVote('d1'), directorVote('d2'), directorAttends('d1', ['b1'])]);
    expect(resolutionOutcome(alone.resolutions.get('b1')!, HELD)).toMatchObject({ status: 'failed', failedBecause: 'quorum-not-met' });
  });

  it('under articles that do not exclude interested directors, his vote counts', () => {
    const events = [called('bm', 'board'), { type: 'resolution-proposed', effectiveOn: HELD, resolution: { ...(boardItem('b1') as Extract<GovernanceEvent, { type: 'resolution-proposed' }>).resolution, excludeInterested: false } } as GovernanceEvent];
    const state = foldGovernance([...events, directorAttends('d1', ['b1']), directorAttends('d2'), directorVote('d1')]);
    expect(resolutionOutcome(state.resolutions.get('b1')!, HELD)).toMatchObject({ status: 'passed', tally: { inFavour: 1 } });
  });
});

describe('MT-3: attendance recorded after a vote agrees with how the member voted', () => {
  const adjourned = (): GovernanceEvent => ({ type: 'meeting-adjourned', effectiveOn: HELD, meetingId: 'gm', to: d('2024-05-27') });
  const attendsOn = (on: string, n: number, capacity: MemberCapacity = 'in-person', actingName?: string): GovernanceEvent => ({
    type: 'meeting-attended',
    effectiveOn: d(on),
    meetingId: 'gm',
    attendance: { as: 'member', on: d(on), member: member(n), capacity, ...(actingName ? { actingName } : {}) } satisfies Attendance,
  });
  const attended = (state: GovernanceState, event: GovernanceEvent, ...memberIds: string[]): GovernanceState => {
    const after = evolveGovernance(state, event);
    checkAttendanceAsVoted(after, 'gm', memberIds);
    return after;
  };

  it('MT-3: a member who voted in person, then recorded present by proxy at that sitting, is refused (VOTE_NOT_AS_ATTENDED), naming the member, the vote and the capacity', () => {
    const state = recorded(generalMeeting(), memberVote(1));
    const refusal = (() => {
      try {
        attended(state, memberAttends(1, 'proxy', 'Mr X'), 'm1');
      } catch (e) {
        return e as Error & { code: string };
      }
      throw new Error('accepted');
    })();
    expect(refusal.code).toBe('VOTE_NOT_AS_ATTENDED');
    expect(refusal.message).toBe(`${member(1).name} voted for the resolution “THAT r1.” in person; attendance by proxy Mr X at the sitting of 2024-05-20 would contradict that vote (MT-3)`);
    expect(errorCode(() => attended(state, memberAttends(1), 'm1'))).toBe('ACCEPTED');
  });

  it('MT-3: on an adjourned meeting, a vote at the day adjourned to and then attendance that day by proxy is refused; by the voting proxy, taken', () => {
    let state = foldGovernance([called('gm', 'general'), generalItem('r1', 'gm'), attendsOn('2024-05-20', 2), adjourned()]);
    state = recorded(state, { ...memberVote(1), effectiveOn: d('2024-05-27'), member: entitlementAt(REGISTER, 'm1', d('2024-05-27')) });
    expect(errorCode(() => attended(state, attendsOn('2024-05-27', 1, 'proxy', 'Mr X'), 'm1'))).toBe('VOTE_NOT_AS_ATTENDED');
    const byProxy = recorded(state, { ...memberVote(3, { capacity: 'proxy', actingName: 'Ms P' }), effectiveOn: d('2024-05-27'), member: entitlementAt(REGISTER, 'm3', d('2024-05-27')) });
    expect(errorCode(() => attended(byProxy, attendsOn('2024-05-27', 3), 'm3'))).toBe('VOTE_NOT_AS_ATTENDED');
    expect(errorCode(() => attended(byProxy, attendsOn('2024-05-27', 3, 'proxy', ' ms p '), 'm3'))).toBe('ACCEPTED');
  });

  it('attendance of other members, or by a second proxy beside the one who voted, is taken', () => {
    const state = recorded(generalMeeting(memberAttends(4, 'proxy', 'P1')), memberVote(4, { capacity: 'proxy', actingName: 'P1' }));
    expect(errorCode(() => attended(state, memberAttends(4, 'proxy', 'P2'), 'm4'))).toBe('ACCEPTED');
    expect(errorCode(() => attended(recorded(generalMeeting(), memberVote(1)), memberAttends(2, 'proxy', 'Mr X'), 'm2'))).toBe('ACCEPTED');
  });
});

describe('vote refusals name people and resolutions in words, never ids or code names', () => {
  const message = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      return (e as Error).message;
    }
    return 'ACCEPTED';
  };

  it('a second vote names the member or director and the resolution by its text', () => {
    const voted = recorded(generalMeeting(), memberVote(1));
    expect(message(() => recorded(voted, memberVote(1)))).toBe(`${member(1).name} has already voted on the resolution “THAT r1.”; a member votes once`);
    const board = recorded(boardMeeting(), directorVote('d1'));
    expect(message(() => recorded(board, directorVote('d1')))).toBe('Director d1 has already voted on the resolution “THAT b1.”; a director votes once');
  });

  it('a response the procedure does not take says so in words', () => {
    const state = generalMeeting();
    expect(message(() => evolveGovernance(state, { type: 'agreement', effectiveOn: HELD, resolutionId: 'r1', voterId: 'm1' }))).toBe(
      'an agreement does not apply to the resolution “THAT r1.”, which the members decide at a general meeting',
    );
  });

  it('a long text is cut at a word, with an ellipsis', () => {
    expect(resolutionInWords({ text: `THAT ${'the company adopt the policy '.repeat(5)}` })).toBe('the resolution “THAT the company adopt the policy the company adopt the policy the company adopt…”');
  });
});

describe('MT-3: the proxy who cast a vote, as the attendance names them', () => {
  const item = { present: [{ memberId: 'm1', capacity: 'proxy', actingName: 'Ms P. Proxy (synthetic)' }, { memberId: 'm2', capacity: 'corporate-representative', actingName: 'Mr R. Rep (synthetic)' }] } as unknown as GeneralMeetingResolution;

  it('gives the attendance’s spelling for the same person named in other case or spacing', () => {
    expect(sameActingName(' ms p.  PROXY (synthetic)', 'Ms P. Proxy (synthetic)')).toBe(true);
    expect(actingNameAsAttended(item, { memberId: 'm1', vote: 'for', capacity: 'proxy', actingName: ' ms p.  PROXY (synthetic)' })).toBe('Ms P. Proxy (synthetic)');
  });

  it('keeps the vote’s spelling for someone else, another member’s proxy or another capacity; nothing in person', () => {
    expect(actingNameAsAttended(item, { memberId: 'm1', vote: 'for', capacity: 'proxy', actingName: 'Mr Q. Other' })).toBe('Mr Q. Other');
    expect(actingNameAsAttended(item, { memberId: 'm3', vote: 'for', capacity: 'proxy', actingName: 'ms p. proxy (synthetic)' })).toBe('ms p. proxy (synthetic)');
    expect(actingNameAsAttended(item, { memberId: 'm2', vote: 'for', capacity: 'proxy', actingName: 'mr r. rep (synthetic)' })).toBe('mr r. rep (synthetic)');
    expect(actingNameAsAttended(item, { memberId: 'm1', vote: 'for' })).toBeUndefined();
  });
});
