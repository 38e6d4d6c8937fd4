import { checkNotBeforeMemberResponses, calendarDate, instant, proposeAtGeneralMeeting, recordMemberVote, type RegisterEntry } from '#domain';
import { refusalErrors } from './web-page';

const entry: RegisterEntry = {
  memberId: 'm1', name: 'Synthetic Practice 1', address: '1 Road', registeredOn: calendarDate('2014-09-01'), ceasedOn: null,
  shares: [{ shareNumber: 1, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100 }],
};

describe('a refusal as a form shows it', () => {
  it('MA-1 / RM-3: a share change dated before a vote the member gave names the resolution and the meeting day beside the date field', () => {
    const meeting = recordMemberVote(
      proposeAtGeneralMeeting({ id: 'r1', text: 'THAT x.', kind: 'ordinary', noticeGivenOn: calendarDate('2023-02-20'), meetingOn: calendarDate('2023-03-15'), members: [entry] }),
      { memberId: 'm1', vote: 'for' },
    );
    const references = { byId: new Map([['r1', 'OR-2023-01']]), counts: new Map() };
    const transfer = {
      type: 'transfer' as const, eventId: '9', effectiveOn: calendarDate('2023-02-01'), recordedAt: instant('2026-01-01T00:00:00Z'), authorisedBy: null,
      shareNumber: 1, fromMemberId: 'm1', to: { memberId: 'm2', name: 'New partners', address: 'x', practiceId: null }, lodgedOn: calendarDate('2023-02-01'),
    };
    let refusal: unknown;
    try {
      checkNotBeforeMemberResponses(transfer, [meeting], references);
    } catch (error) {
      refusal = error;
    }
    const [shown] = refusalErrors(refusal, { EVENT_PREDATES_DEPENDENCY: 'effectiveOn' }, 'shareNumber');
    expect(shown).toEqual({ field: 'effectiveOn', href: '#effectiveOn', text: expect.stringContaining('see resolution OR-2023-01 of 2023-03-15') });
    expect(shown.text).toContain('a vote the member has since given');
  });
});
