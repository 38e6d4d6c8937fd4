import { errorCode } from '../../test/error-code';
import { calendarDate } from '../calendar/calendar-date';
import type { Resolution } from '../governance/resolution-outcome';
import { checkResignationNotBeforeLaterEntries } from './officer-resignation';
import { currentTerm, foldOfficers, type OfficerEvent } from './officers';
import { DomainError } from '../errors';

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
  it('EC-2, MA-2: a vote at a board meeting after the day of the resignation refuses it; one on that very day does not (the director voted, then left at its end); a vote of another director does not', () => {
    expect(check([appointed], '2026-03-09', [boardMeeting('2026-03-10', ['a'])])).toBe('EVENT_PREDATES_DEPENDENCY "vote"');
    expect(check([appointed], '2026-03-10', [boardMeeting('2026-03-10', ['a'])])).toBe('accepted');
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

  it('MA-2: the refusal says in words what the resignation clashes with, the resolution by its reference (never an id)', () => {
    const message = (on: string, resolutions: Resolution[], references?: Map<string, string>) => {
      try {
        checkResignationNotBeforeLaterEntries('a', foldOfficers([appointed])[0]!, d(on), resolutions, references ? { byId: references, counts: new Map() } : undefined);
      } catch (error) {
        return (error as DomainError).message;
      }
      return 'accepted';
    };
    expect(message('2026-03-09', [boardMeeting('2026-03-10', ['a'])], new Map([['r-2026-03-10', 'BM-2026-01']]))).toBe(
      'Dr A (synthetic) voted at the board meeting of 2026-03-10 (resolution BM-2026-01), so was still in office then and cannot have left office before it, on 2026-03-09 (date their leaving office on or after 2026-03-10, or correct the entry)',
    );
    expect(message('2026-03-10', [boardMeeting('2026-03-10', ['a'])])).toBe('accepted');
    const earlier = message('2026-03-01', [boardMeeting('2026-03-10', ['a'])]);
    expect(earlier).toBe('Dr A (synthetic) voted at the board meeting of 2026-03-10, so was still in office then and cannot have left office before it, on 2026-03-01 (date their leaving office on or after 2026-03-10, or correct the entry)');
    expect(earlier).not.toContain('r-2026-03-10');
  });

  it('a resignation dated before the appointment is refused as such, naming the officer and both dates, even with later votes or changes', () => {
    const changed: OfficerEvent = { type: 'officer-particulars-changed', effectiveOn: d('2026-05-01'), officerId: 'a', changes: { name: 'Dr A2' }, personalCommitment: null, protectedFields: [] };
    const refusal = (events: OfficerEvent[], resolutions: Resolution[]) => {
      try {
        checkResignationNotBeforeLaterEntries('a', foldOfficers(events)[0]!, d('2026-01-04'), resolutions);
      } catch (error) {
        return { code: (error as DomainError).code, message: (error as DomainError).message, details: (error as DomainError).details };
      }
      return 'accepted';
    };
    const expected = {
      code: 'RESIGNATION_BEFORE_APPOINTMENT',
      details: { officerId: 'a', appointedOn: '2026-01-05', resignedOn: '2026-01-04' },
    };
    expect(refusal([appointed], [boardMeeting('2026-03-10', ['a'])])).toEqual({
      ...expected,
      details: { ...expected.details, officer: 'Dr A (synthetic)' },
      message: 'the day Dr A (synthetic) left office is 2026-01-04, before the appointment on 2026-01-05: an officer leaves office, by resignation or removal, on or after the day of appointment',
    });
    expect(refusal([appointed, changed], [])).toEqual({ ...expected, details: { ...expected.details, officer: 'Dr A2' }, message: 'the day Dr A2 left office is 2026-01-04, before the appointment on 2026-01-05: an officer leaves office, by resignation or removal, on or after the day of appointment' });
    expect(errorCode(() => foldOfficers([appointed, { type: 'director-resigned', effectiveOn: d('2026-01-04'), directorId: 'a' }]))).toBe('RESIGNATION_BEFORE_APPOINTMENT');
  });

  it('an officer who has left office is named, not referred to by an id, when a change is refused', () => {
    const resigned: OfficerEvent = { type: 'director-resigned', effectiveOn: d('2026-04-01'), directorId: 'a' };
    const refusal = (id: string) => {
      try {
        currentTerm(foldOfficers([appointed, resigned]), id);
      } catch (error) {
        return `${(error as DomainError).code}: ${(error as DomainError).message}`;
      }
      return 'accepted';
    };
    expect(refusal('a')).toBe('OFFICER_NOT_IN_OFFICE: Dr A (synthetic) no longer holds office: they left it on 2026-04-01');
    expect(refusal('0b9f4a2e-0000-4000-8000-000000000000')).toBe('OFFICER_NOT_FOUND: there is no officer with that reference');
  });
});
