import { errorCode } from '../../test/error-code';
import { calendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { RegisterEntry } from '../share-register/register-of-members';
import { proposeAtGeneralMeeting } from './general-meeting';
import { foldGovernance, type GovernanceEvent } from './governance-events';
import { checkMeetingDateAhead, entitlementAt, meetingCalledBy, MEETING_PLANNING_YEARS } from './meeting';
import { awaitsAttendance } from './meeting-quorum';
import { resolutionOutcome } from './resolution-outcome';

const d = calendarDate;
const [NOTICE, HELD, ADJOURNED] = [d('2024-05-01'), d('2024-05-20'), d('2024-05-27')];
const REGISTER: RegisterEntry[] = [1, 2, 3].map((n) => ({
  memberId: `m${n}`, name: `Synthetic Practice ${n}`, address: `${n} Road, London E1`, registeredOn: d('2014-09-01'), ceasedOn: null,
  shares: [{ shareNumber: n, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100 }],
}));
const called: GovernanceEvent = {
  type: 'meeting-called',
  effectiveOn: NOTICE,
  meeting: { id: 'gm', kind: 'general', noticeGivenOn: NOTICE, noticeTo: [], heldOn: HELD, chair: null, voting: 'show-of-hands', quorum: 2 },
};
const item: GovernanceEvent = {
  type: 'resolution-proposed',
  effectiveOn: NOTICE,
  resolution: proposeAtGeneralMeeting({ id: 'r1', text: 'THAT the item be approved.', kind: 'ordinary', noticeGivenOn: NOTICE, meetingOn: HELD, members: REGISTER, meetingId: 'gm' }),
};
const adjourned: GovernanceEvent = { type: 'meeting-adjourned', effectiveOn: HELD, meetingId: 'gm', to: ADJOURNED };
const attends = (on: typeof HELD, n: number): GovernanceEvent => ({ type: 'meeting-attended', effectiveOn: on, meetingId: 'gm', attendance: { as: 'member', on, member: entitlementAt(REGISTER, `m${n}`, on), capacity: 'in-person' } });

describe('a meeting is dated at most a year ahead of the day it is recorded', () => {
  it(`recorded on 2026-12-01, a meeting may sit, or be adjourned to, by 2027-12-01 (${MEETING_PLANNING_YEARS} year); a day later is DATED_TOO_FAR_AHEAD naming the field and the latest day`, () => {
    expect(() => checkMeetingDateAhead('the meeting', 'heldOn', d('2027-12-01'), d('2026-12-01'))).not.toThrow();
    const refusal = (field: string, date: string) => {
      try {
        checkMeetingDateAhead('the meeting', field, d(date), d('2026-12-01'));
      } catch (e) {
        return e instanceof DomainError ? [e.code, e.details] : e;
      }
      return null;
    };
    expect(refusal('heldOn', '2027-12-02')).toEqual(['DATED_TOO_FAR_AHEAD', { field: 'heldOn', latest: '2027-12-01' }]);
    expect(refusal('to', '2999-06-01')).toEqual(['DATED_TOO_FAR_AHEAD', { field: 'to', latest: '2027-12-01' }]);
    expect(errorCode(() => checkMeetingDateAhead('the meeting', 'adjournedTo', d('2028-01-01'), d('2026-12-01')))).toBe('DATED_TOO_FAR_AHEAD');
  });
});

describe('MT-3, MA-2: an item awaits its attendance until anything of its sitting is entered', () => {
  it('held, or adjourned before any attendance was recorded, the item awaits its attendance; it has not failed', () => {
    const held = foldGovernance([called, item]);
    expect(awaitsAttendance(held.resolutions.get('r1')!, HELD, held)).toBe(true);
    expect(awaitsAttendance(held.resolutions.get('r1')!, d('2024-05-19'), held)).toBe(false);
    const moved = foldGovernance([called, item, adjourned]);
    expect(awaitsAttendance(moved.resolutions.get('r1')!, d('2024-06-01'), moved)).toBe(true);
  });

  it('MT-1: an item of a meeting called at short notice awaits its record too, since the agreement to short notice may still be entered; once anything of its sitting is, it has failed', () => {
    const short: GovernanceEvent = { ...item, resolution: proposeAtGeneralMeeting({ id: 'r1', text: 'THAT the item be approved.', kind: 'ordinary', noticeGivenOn: d('2024-05-10'), meetingOn: HELD, members: REGISTER, meetingId: 'gm' }) };
    const held = foldGovernance([called, short]);
    expect(resolutionOutcome(held.resolutions.get('r1')!, HELD)).toMatchObject({ status: 'failed', failedBecause: 'notice-too-short' });
    expect(awaitsAttendance(held.resolutions.get('r1')!, HELD, held)).toBe(true);
    const attended = foldGovernance([called, short, attends(HELD, 1), attends(HELD, 2)]);
    expect(awaitsAttendance(attended.resolutions.get('r1')!, HELD, attended)).toBe(false);
  });

  it('once attendance at its sitting is recorded, an inquorate item has failed; one present makes it so', () => {
    const state = foldGovernance([called, item, adjourned, attends(ADJOURNED, 1)]);
    expect(awaitsAttendance(state.resolutions.get('r1')!, d('2024-06-01'), state)).toBe(false);
  });
});

describe('a meeting is called by its notice (general) or on its day (board)', () => {
  it('a general meeting from the day its notice was given; a board meeting from the day it is held', () => {
    expect([d('2024-04-30'), NOTICE].map((on) => meetingCalledBy({ noticeGivenOn: NOTICE, heldOn: HELD }, on))).toEqual([false, true]);
    expect([d('2024-05-19'), HELD].map((on) => meetingCalledBy({ noticeGivenOn: null, heldOn: HELD }, on))).toEqual([false, true]);
  });
});
