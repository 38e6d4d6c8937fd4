import { errorCode, refusalOf } from '../../test/error-code';
import { calendarDate, instant } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { registerOfMembers } from '../share-register/register-of-members';
import type { ShareEvent } from '../share-register/share-event';
import { proposeAtGeneralMeeting, recordMemberVote, type GeneralMeetingResolution } from './general-meeting';
import type { MeetingVote } from './resolution';
import { checkDependentsKept, outcomeWorsened, type ResolutionDependent } from './resolution-dependents';

const d = calendarDate;
const company: Company = {
  id: 'c', name: 'Example Borough GP Care Group CIC', companyNumber: '09000002', incorporatedOn: d('2014-09-01'),
  registeredOffice: '1 Example Street, London E1 1AA',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};
const memberId = (n: number) => `m${n}`;
const members: ShareEvent[] = [1, 2, 3, 4, 5].map((n) => ({
  eventId: `e${n}`, effectiveOn: d('2014-09-01'), recordedAt: instant('2014-09-01T09:00:00.000Z'), type: 'allotment', shareNumber: n,
  shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: { memberId: memberId(n), name: `Synthetic Practice ${n}`, address: `${n} Road, London E1`, practiceId: `p${n}` },
}));
/** An ordinary resolution at a general meeting of 16 May 2024, on 14 clear days' notice, with the votes given. */
function resolution(votes: readonly [number, MeetingVote][]): GeneralMeetingResolution {
  const proposed = proposeAtGeneralMeeting({
    id: 'gm-1', text: 'THAT the accounts be received (synthetic)', kind: 'ordinary', noticeGivenOn: d('2024-05-01'), meetingOn: d('2024-05-16'),
    members: registerOfMembers(company, members, { asAt: d('2024-05-16'), status: 'current' }),
  });
  return votes.reduce((r, [n, vote]) => recordMemberVote(r, { memberId: memberId(n), vote }), proposed);
}
const filing: ResolutionDependent = { entry: 'filing', on: d('2024-05-20'), words: 'The filing of the resolution with Companies House', details: { kind: 'resolution-filing' } };
const transfer: ResolutionDependent = { entry: 'transfer', on: d('2024-06-01'), words: 'The transfer of share 5', details: { shareNumber: 5 } };

describe('a record relying on a resolution keeps its outcome', () => {
  const passed = resolution([[1, 'for'], [2, 'for']]);

  it('a vote against that leaves the resolution passed worsens nothing and is kept', () => {
    const after = resolution([[1, 'for'], [2, 'for'], [3, 'against']]);
    expect(outcomeWorsened(passed, after)).toBe(false);
    expect(() => checkDependentsKept(passed, after, [filing, transfer], 'OR-2024-01')).not.toThrow();
  });

  it('a vote that leaves it failed is refused, EVENT_PREDATES_DEPENDENCY naming the latest record relying on it', () => {
    const after = resolution([[1, 'for'], [2, 'for'], [3, 'against'], [4, 'against']]);
    expect(outcomeWorsened(passed, after)).toBe(true);
    expect(errorCode(() => checkDependentsKept(passed, after, [filing, transfer], 'OR-2024-01'))).toBe('EVENT_PREDATES_DEPENDENCY');
    const error = refusalOf(() => checkDependentsKept(passed, after, [filing, transfer], 'OR-2024-01'));
    expect(error.details).toEqual({ resolutionId: 'gm-1', reference: 'OR-2024-01', entry: 'transfer', lastChangedOn: '2024-06-01', shareNumber: 5, failedBecause: 'majority-not-reached' });
    expect(error.message).toBe(
      'The transfer of share 5 on 2024-06-01 relies on resolution OR-2024-01 having passed by then; this would leave it not passed on that day (the votes for would not reach the majority needed), so nothing was recorded (if the vote was so, correct the share event first)',
    );
  });

  it('a failed resolution relied on by nothing may change; a record dated before it passed relied on nothing', () => {
    const after = resolution([[1, 'for'], [2, 'for'], [3, 'against'], [4, 'against']]);
    expect(() => checkDependentsKept(passed, after, [])).not.toThrow();
    const before = { ...filing, on: d('2024-05-15') };
    expect(() => checkDependentsKept(passed, after, [before])).not.toThrow();
  });

  it('a resolution that had not passed is not worsened by more votes against', () => {
    const tied = resolution([[1, 'for'], [2, 'against']]);
    expect(outcomeWorsened(tied, resolution([[1, 'for'], [2, 'against'], [3, 'against']]))).toBe(false);
  });

  it('without a reference the refusal names "the resolution" and gives no reference', () => {
    const after = resolution([[1, 'for'], [2, 'for'], [3, 'against'], [4, 'against']]);
    const error = refusalOf(() => checkDependentsKept(passed, after, [filing]));
    expect(error.message).toBe('The filing of the resolution with Companies House on 2024-05-20 relies on the resolution having passed by then; this would leave it not passed on that day (the votes for would not reach the majority needed), so nothing was recorded');
    expect(error.details).not.toHaveProperty('reference');
  });
});
