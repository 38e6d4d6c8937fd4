import { errorCode } from '../../test/error-code';
import { calendarDate } from '../calendar/calendar-date';
import type { Resolution } from '../governance/resolution-outcome';
import { checkResignationNotBeforeLaterEntries } from './officer-resignation';
import { foldOfficers, type OfficerEvent } from './officers';

const d = calendarDate;
const appointed: OfficerEvent = { type: 'director-appointed', effectiveOn: d('2026-01-05'), directorId: 'a', name: 'Dr A (synthetic)', serviceAddress: '1 Demo Yard' };
const boardMeeting = (on: string, voters: string[]): Resolution => ({
  procedure: 'board-meeting', id: `r-${on}`, text: 'THAT (synthetic).', authorises: [], meetingOn: d(on), quorum: 2,
  board: voters.map((directorId) => ({ directorId, name: directorId })), votes: voters.map((directorId) => ({ directorId, vote: 'for' })),
});
const check = (events: OfficerEvent[], on: string, resolutions: Resolution[] = []) => {
  try {
    checkResignationNotBeforeLaterEntries('a', foldOfficers(events)[0]!, d(on), resolutions);
    return 'accepted';
  } catch (error) {
    return `${(error as { code: string }).code} ${JSON.stringify((error as { details: { entry: string } }).details.entry)}`;
  }
};

describe('EC-2: a resignation is not dated before a later entry about the same officer', () => {
  it('MA-2: a vote at a board meeting on or after the day of the resignation refuses it; a vote of another director does not', () => {
    expect(check([appointed], '2026-03-10', [boardMeeting('2026-03-10', ['a'])])).toBe('EVENT_PREDATES_DEPENDENCY "vote"');
    expect(check([appointed], '2026-03-11', [boardMeeting('2026-03-10', ['a'])])).toBe('accepted');
    expect(check([appointed], '2026-03-01', [boardMeeting('2026-03-10', ['b'])])).toBe('accepted');
  });

  it('EC-4, EC-3: a change of particulars or an identity verification dated after the resignation refuses it; on the same day it is taken', () => {
    const changed: OfficerEvent = { type: 'officer-particulars-changed', effectiveOn: d('2026-05-01'), officerId: 'a', changes: { name: 'Dr A2' }, personalCommitment: null, protectedFields: [] };
    expect(check([appointed, changed], '2026-04-30')).toBe('EVENT_PREDATES_DEPENDENCY "particulars-changed"');
    expect(check([appointed, changed], '2026-05-01')).toBe('accepted');
    const verified: OfficerEvent = { type: 'officer-identity-verified', effectiveOn: d('2026-06-01'), officerId: 'a', route: 'acsp', personalCommitment: 'e'.repeat(64) };
    expect(check([appointed, verified], '2026-05-31')).toBe('EVENT_PREDATES_DEPENDENCY "identity-verified"');
    expect(errorCode(() => checkResignationNotBeforeLaterEntries('a', foldOfficers([appointed, changed, verified])[0]!, d('2026-04-01'), []))).toBe('EVENT_PREDATES_DEPENDENCY');
  });
});
