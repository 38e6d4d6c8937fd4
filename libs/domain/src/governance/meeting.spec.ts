import { errorCode, errorMessage } from '../../test/error-code';
import { calendarDate } from '../calendar/calendar-date';
import type { RegisterEntry } from '../share-register/register-of-members';
import { proposeAtBoardMeeting } from './board-resolution';
import type { RegisterOfDirectors } from './directors';
import { proposeAtGeneralMeeting, type GeneralMeetingResolution } from './general-meeting';
import { foldGovernance, type GovernanceEvent, type GovernanceState } from './governance-events';
import { checkMemberPresentOnce, entitlementAt, meetingAsAt, meetingHeldBy, qualifyingPersons, type Attendance, type Meeting } from './meeting';
import { sittingQuorum } from './meeting-quorum';
import { resolutionOutcome } from './resolution-outcome';

const d = calendarDate;
const NOTICE = d('2024-05-01');
const HELD = d('2024-05-20');
const ADJOURNED = d('2024-05-27');

const entry = (n: number, registeredOn = '2014-09-01', ceasedOn: string | null = null): RegisterEntry => ({
  memberId: `m${n}`,
  name: `Synthetic Practice ${n}`,
  address: `${n} Road, London E1`,
  registeredOn: d(registeredOn),
  ceasedOn: ceasedOn === null ? null : d(ceasedOn),
  shares: ceasedOn === null ? [{ shareNumber: n, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100 }] : [],
});
const REGISTER = [1, 2, 3, 4, 5].map((n) => entry(n));
const member = (n: number) => entitlementAt(REGISTER, `m${n}`, HELD);

const called = (id: string, kind: Meeting['kind'], heldOn = HELD): GovernanceEvent => ({
  type: 'meeting-called',
  effectiveOn: kind === 'board' ? heldOn : NOTICE,
  meeting: { id, kind, noticeGivenOn: kind === 'board' ? null : NOTICE, noticeTo: kind === 'board' ? [] : REGISTER.map((e) => entitlementAt(REGISTER, e.memberId, NOTICE)), heldOn, chair: null, voting: 'show-of-hands', quorum: 2 },
});
const item = (id: string, meetingId: string, kind: 'ordinary' | 'special' = 'ordinary'): GovernanceEvent => ({
  type: 'resolution-proposed',
  effectiveOn: NOTICE,
  resolution: proposeAtGeneralMeeting({ id, text: `THAT item ${id} be approved.`, kind, noticeGivenOn: NOTICE, meetingOn: HELD, members: REGISTER, meetingId }),
});
const attends = (meetingId: string, on: typeof HELD, n: number, capacity: 'in-person' | 'proxy' | 'corporate-representative' = 'in-person', actingName?: string): GovernanceEvent => ({
  type: 'meeting-attended',
  effectiveOn: on,
  meetingId,
  attendance: { as: 'member', on, member: member(n), capacity, ...(actingName ? { actingName } : {}) } satisfies Attendance,
});
const vote = (resolutionId: string, on: typeof HELD, n: number, extra: object = {}): GovernanceEvent => ({
  type: 'vote',
  effectiveOn: on,
  resolutionId,
  voterId: `m${n}`,
  vote: 'for',
  ...('member' in extra ? {} : { member: member(n) }),
  ...extra,
});
const general = (state: GovernanceState, id: string) => state.resolutions.get(id) as GeneralMeetingResolution;

describe('MA-1: entitlement to vote at a general meeting is the register on the day of the meeting', () => {
  it('a member admitted after the notice is entitled; one who left before the meeting is not (MEMBER_NOT_ELIGIBLE)', () => {
    const register = [...REGISTER, entry(6, '2024-05-10'), entry(7, '2014-09-01', '2024-05-12')];
    expect(entitlementAt(register, 'm6', HELD)).toMatchObject({ memberId: 'm6', votes: 1 });
    expect(errorCode(() => entitlementAt(register, 'm7', HELD))).toBe('MEMBER_NOT_ELIGIBLE');
    expect(errorCode(() => entitlementAt(register, 'm6', NOTICE))).toBe('MEMBER_NOT_ELIGIBLE');
  });

  it('a vote carrying the member’s entry on the meeting day is taken though the member was not entitled when the meeting was called', () => {
    const newcomer = entitlementAt([entry(6, '2024-05-10')], 'm6', HELD);
    const state = foldGovernance([called('gm', 'general'), item('r1', 'gm'), vote('r1', HELD, 1), vote('r1', HELD, 6, { member: newcomer })]);
    const r = general(state, 'r1');
    expect(r.entitled.map((m) => m.memberId)).toContain('m6');
    expect(resolutionOutcome(r, HELD)).toMatchObject({ status: 'passed', tally: { inFavour: 2 } });
  });

  it('notice goes to the members on the register on the notice day, kept with the meeting', () => {
    const state = foldGovernance([called('gm', 'general')]);
    expect(state.meetings.get('gm')!.noticeTo.map((m) => m.memberId)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
  });
});

describe('MT-3 / s.318: the quorum counts qualifying persons', () => {
  it('two members in person are two; two proxies of one member are one; one proxy for two members is one', () => {
    expect(qualifyingPersons([{ memberId: 'a', capacity: 'in-person' }, { memberId: 'b', capacity: 'in-person' }])).toBe(2);
    expect(qualifyingPersons([{ memberId: 'a', capacity: 'proxy', actingName: 'P1' }, { memberId: 'a', capacity: 'proxy', actingName: 'P2' }])).toBe(1);
    expect(qualifyingPersons([{ memberId: 'a', capacity: 'proxy', actingName: 'P' }, { memberId: 'b', capacity: 'proxy', actingName: ' p ' }])).toBe(1);
    expect(qualifyingPersons([{ memberId: 'a', capacity: 'proxy', actingName: 'P' }, { memberId: 'b', capacity: 'corporate-representative', actingName: 'R' }])).toBe(2);
  });

  it('a meeting attended only by two proxies of one member is inquorate, and its resolution fails for it', () => {
    const state = foldGovernance([called('gm', 'general'), item('r1', 'gm'), attends('gm', HELD, 1, 'proxy', 'P1'), attends('gm', HELD, 1, 'proxy', 'P2'), vote('r1', HELD, 1, { capacity: 'proxy', actingName: 'P1' })]);
    expect(sittingQuorum(state.meetings.get('gm')!, state.resolutions, HELD)).toMatchObject({ present: 1, quorate: false });
    expect(resolutionOutcome(general(state, 'r1'), HELD)).toMatchObject({ status: 'failed', failedBecause: 'quorum-not-met' });
  });

  it('attendance is refused twice for the same person, for a director at a general meeting, or by proxy without a name', () => {
    const base = [called('gm', 'general'), item('r1', 'gm'), attends('gm', HELD, 1)];
    expect(errorCode(() => foldGovernance([...base, attends('gm', HELD, 1)]))).toBe('ATTENDANCE_ALREADY_RECORDED');
    expect(errorCode(() => foldGovernance([...base, attends('gm', HELD, 2, 'proxy')]))).toBe('PROXY_NAME_REQUIRED');
    const director: GovernanceEvent = { type: 'meeting-attended', effectiveOn: HELD, meetingId: 'gm', attendance: { as: 'director', on: HELD, directorId: 'd1', name: 'D', interestedIn: [] } };
    expect(errorCode(() => foldGovernance([...base, director]))).toBe('ATTENDANCE_NOT_FOR_MEETING');
    expect(errorCode(() => foldGovernance([...base, attends('gm', ADJOURNED, 2)]))).toBe('ATTENDANCE_NOT_FOR_MEETING');
  });

  it('MT-3: a new attendance does not record a member present in person and by proxy at one sitting; two proxies may be', () => {
    const meeting = foldGovernance([called('gm', 'general'), item('r1', 'gm'), attends('gm', HELD, 1), attends('gm', HELD, 2, 'proxy', 'P1')]).meetings.get('gm')!;
    const attendance = (e: GovernanceEvent) => (e as Extract<GovernanceEvent, { type: 'meeting-attended' }>).attendance;
    expect(errorCode(() => checkMemberPresentOnce(meeting, attendance(attends('gm', HELD, 1, 'proxy', 'P9'))))).toBe('ATTENDANCE_ALREADY_RECORDED');
    expect(errorCode(() => checkMemberPresentOnce(meeting, attendance(attends('gm', HELD, 2, 'proxy', 'P2'))))).toBe('ACCEPTED');
    expect(errorCode(() => checkMemberPresentOnce(meeting, attendance(attends('gm', HELD, 2))))).toBe('ATTENDANCE_ALREADY_RECORDED');
    expect(errorCode(() => checkMemberPresentOnce(meeting, attendance(attends('gm', HELD, 3, 'proxy', 'P3'))))).toBe('ACCEPTED');
  });
});

describe('MA-3: a resolution passed at an adjourned meeting is passed on the day it was actually passed (s.332)', () => {
  const adjourned: GovernanceEvent = { type: 'meeting-adjourned', effectiveOn: HELD, meetingId: 'gm', to: ADJOURNED };
  const events = [called('gm', 'general'), item('r1', 'gm', 'special'), attends('gm', HELD, 1), adjourned, attends('gm', ADJOURNED, 1), attends('gm', ADJOURNED, 2, 'corporate-representative', 'R'), vote('r1', ADJOURNED, 1), vote('r1', ADJOURNED, 2, { capacity: 'corporate-representative', actingName: 'R' })];

  it('the inquorate first day decides nothing; the item is passed on the adjourned day, and its filing runs from then', () => {
    const state = foldGovernance(events);
    const meeting = state.meetings.get('gm')!;
    expect(sittingQuorum(meeting, state.resolutions, HELD)).toMatchObject({ present: 1, quorate: false });
    expect(sittingQuorum(meeting, state.resolutions, ADJOURNED)).toMatchObject({ present: 2, quorate: true });
    const r = general(state, 'r1');
    expect(r).toMatchObject({ meetingOn: ADJOURNED, adjournedFrom: [HELD] });
    expect(resolutionOutcome(r, d('2024-05-26')).status).toBe('open');
    expect(resolutionOutcome(r, ADJOURNED)).toMatchObject({ status: 'passed', passedOn: ADJOURNED, filingDueOn: d('2024-06-11') });
  });

  it('RS-1: as at a day between its sittings, the meeting shows the adjournment decided and the first sitting\'s attendance, nothing of the sitting to come', () => {
    const meeting = foldGovernance(events).meetings.get('gm')!;
    const between = meetingAsAt(meeting, d('2024-05-26'));
    expect(between.adjournments).toEqual([{ on: HELD, to: ADJOURNED }]);
    expect(between.attendance.map((a) => a.on)).toEqual([HELD]);
    const before = meetingAsAt(meeting, d('2024-05-19'));
    expect([before.adjournments, before.attendance]).toEqual([[], []]);
    // As at the adjourned sitting, everything: the record itself, not a copy.
    expect(meetingAsAt(meeting, ADJOURNED)).toBe(meeting);
  });

  it('an adjournment to the same or an earlier day is refused (ADJOURNED_TO_EARLIER_DAY)', () => {
    expect(errorCode(() => foldGovernance([called('gm', 'general'), { ...adjourned, to: HELD }]))).toBe('ADJOURNED_TO_EARLIER_DAY');
  });

  it('an item already voted on when the meeting adjourns stays decided on the day it was voted', () => {
    const state = foldGovernance([called('gm', 'general'), item('r1', 'gm'), item('r2', 'gm'), vote('r1', HELD, 1), vote('r1', HELD, 2), adjourned]);
    expect(general(state, 'r1').meetingOn).toBe(HELD);
    expect(general(state, 'r2').meetingOn).toBe(ADJOURNED);
  });
});

describe('MA-2 at a board meeting record: an interested director present is not counted in the quorum for that item', () => {
  const directors: RegisterOfDirectors = ['d1', 'd2'].map((id) => ({ directorId: id, name: `Director ${id}`, serviceAddress: 'x', appointedOn: d('2014-09-01'), resignedOn: null }));
  it('two directors present, one interested in item 2: item 1 is quorate, item 2 is not', () => {
    const board = (id: string): GovernanceEvent => ({ type: 'resolution-proposed', effectiveOn: HELD, resolution: proposeAtBoardMeeting({ id, text: `THAT ${id}.`, meetingOn: HELD, directors, meetingId: 'bm' }) });
    const present = (id: string, interestedIn: string[]): GovernanceEvent => ({ type: 'meeting-attended', effectiveOn: HELD, meetingId: 'bm', attendance: { as: 'director', on: HELD, directorId: id, name: id, interestedIn } });
    const votes = (rid: string): GovernanceEvent[] => ['d1', 'd2'].map((id) => ({ type: 'vote', effectiveOn: HELD, resolutionId: rid, voterId: id, vote: 'for', ...(rid === 'b2' && id === 'd2' ? { interested: true } : {}) }));
    const state = foldGovernance([called('bm', 'board'), board('b1'), board('b2'), present('d1', []), present('d2', ['b2']), ...votes('b1'), ...votes('b2')]);
    expect(resolutionOutcome(state.resolutions.get('b1')!, HELD).status).toBe('passed');
    expect(resolutionOutcome(state.resolutions.get('b2')!, HELD)).toMatchObject({ status: 'failed', failedBecause: 'quorum-not-met' });
  });

  it('a board meeting records no notice (NOTICE_NOT_FOR_BOARD_MEETING); a members’ item cannot go on its agenda (RESOLUTION_NOT_FOR_MEETING)', () => {
    const withNotice = called('bm', 'board') as Extract<GovernanceEvent, { type: 'meeting-called' }>;
    expect(errorCode(() => foldGovernance([{ ...withNotice, meeting: { ...withNotice.meeting, noticeGivenOn: NOTICE } }]))).toBe('NOTICE_NOT_FOR_BOARD_MEETING');
    expect(errorCode(() => foldGovernance([called('bm', 'board'), item('r1', 'bm')]))).toBe('RESOLUTION_NOT_FOR_MEETING');
    expect(errorCode(() => foldGovernance([item('r1', 'nowhere')]))).toBe('MEETING_NOT_FOUND');
  });

  it('RESOLUTION_NOT_FOR_MEETING and MEETING_NOT_FOUND name the resolution by its text and the meeting by its kind and day, never by id', () => {
    expect(errorMessage(() => foldGovernance([called('bm', 'board'), item('r1', 'bm')]))).toBe(
      'the resolution “THAT item r1 be approved.” cannot be an item of the board meeting on 2024-05-20: a board meeting decides the directors’ resolutions, not the members’',
    );
    expect(errorMessage(() => foldGovernance([called('gm', 'annual-general', ADJOURNED), item('r1', 'gm')]))).toBe(
      'the resolution “THAT item r1 be approved.” cannot be an item of the annual general meeting on 2024-05-27: the resolution is proposed for 2024-05-20, not the day of the meeting',
    );
    expect(errorMessage(() => foldGovernance([called('gm', 'general'), { type: 'meeting-adjourned', effectiveOn: HELD, meetingId: 'gm', to: ADJOURNED }, item('r1', 'gm')]))).toBe(
      'the resolution “THAT item r1 be approved.” cannot be an item of the general meeting on 2024-05-20: the meeting has been adjourned, and takes no new items',
    );
    expect(errorMessage(() => foldGovernance([item('r1', 'nowhere')]))).toBe('the resolution “THAT item r1 be approved.” names a meeting that has not been called');
    expect(errorMessage(() => foldGovernance([attends('nowhere', HELD, 1)]))).toBe('no meeting has been called with that reference, so attendance cannot be recorded at it');
  });
});

describe('human references: given in ledger order, per kind and year', () => {
  it('meetings BM/GM/AGM and resolutions OR/SR, numbered from 01 in each year, the same on every fold', () => {
    const events = [called('gm1', 'general'), item('r1', 'gm1'), item('r2', 'gm1', 'special'), called('agm', 'annual-general'), called('gm2', 'general', d('2025-01-10')), item('r3', 'gm1')];
    const refs = foldGovernance(events).references.byId;
    expect(Object.fromEntries(refs)).toEqual({ gm1: 'GM-2024-01', r1: 'OR-2024-01', r2: 'SR-2024-01', agm: 'AGM-2024-01', gm2: 'GM-2025-01', r3: 'OR-2024-02' });
    expect(foldGovernance(events).references.byId).toEqual(refs);
  });
});

describe('meetingHeldBy (FR-2)', () => {
  it('a meeting is held from the day of its first sitting, whatever it was adjourned to', () => {
    const meeting = { heldOn: calendarDate('2026-03-10') };
    expect(meetingHeldBy(meeting, calendarDate('2026-03-09'))).toBe(false);
    expect(meetingHeldBy(meeting, calendarDate('2026-03-10'))).toBe(true);
    expect(meetingHeldBy(meeting, calendarDate('2027-01-01'))).toBe(true);
  });
});
