import { errorCode } from '../../test/error-code';
import { SYNTHETIC_REGISTER } from '../../test/register.fixture';
import { calendarDate, instant } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { ShareEvent } from '../share-register/share-event';
import { proposeAtGeneralMeeting, recordMemberVote, recordShortNoticeAgreement } from './general-meeting';
import { checkNotBeforeMemberResponses } from './member-responses';
import { referenceFor, NO_REFERENCES } from './references';
import { proposeWrittenResolution, recordWrittenAgreement } from './written-resolution';

const d = calendarDate;
const REGISTER = SYNTHETIC_REGISTER;
const base = (effectiveOn: string) => ({ eventId: '99', effectiveOn: d(effectiveOn), recordedAt: instant('2025-01-01T10:00:00Z'), authorisedBy: null });
const transfer = (from: string, on: string): ShareEvent => ({
  type: 'transfer',
  ...base(on),
  shareNumber: Number(from.slice(1)),
  fromMemberId: from,
  to: { memberId: 'new', name: 'New partners', address: 'x', practiceId: null },
  lodgedOn: d(on),
});
const cancellation = (member: string, on: string): ShareEvent => ({ type: 'cancellation', ...base(on), shareNumber: Number(member.slice(1)), memberId: member, reason: 'surrender', note: null });

// A general meeting on 2024-05-20 at which m1 voted and m2 agreed to short notice.
const meeting = recordShortNoticeAgreement(
  recordMemberVote(
    proposeAtGeneralMeeting({ id: 'gm', text: 'THAT x.', kind: 'ordinary', noticeGivenOn: d('2024-05-01'), meetingOn: d('2024-05-20'), members: REGISTER, meetingId: 'meeting-1' }),
    { memberId: 'm1', vote: 'for' },
  ),
  'm2',
  d('2024-05-10'),
);
// A written resolution circulated on 2024-07-01 to which m3 agreed on 2024-07-05.
const written = recordWrittenAgreement(proposeWrittenResolution({ id: 'wr', text: 'THAT y.', kind: 'ordinary', circulatedOn: d('2024-07-01'), members: REGISTER }), {
  memberId: 'm3',
  agreedOn: d('2024-07-05'),
});
const references = referenceFor(referenceFor(NO_REFERENCES, 'gm', { resolution: meeting }, d('2024-05-20')), 'meeting-1', { meeting: 'general' }, d('2024-05-20'));

describe('share changes before a member’s vote (RM-3, MA-1, WR-2)', () => {
  const check = (event: ShareEvent) => () => checkNotBeforeMemberResponses(event, [meeting, written], references);

  it('MA-1: a transfer by a member who voted at a later general meeting is refused, naming the resolution and the meeting', () => {
    let thrown: unknown;
    try {
      check(transfer('m1', '2024-04-01'))();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe('EVENT_PREDATES_DEPENDENCY');
    expect((thrown as DomainError).details).toEqual({
      memberId: 'm1', member: 'Synthetic Practice 1', resolutionId: 'gm', reference: 'OR-2024-01', meetingId: 'meeting-1', meetingReference: 'GM-2024-01', response: 'vote', lastChangedOn: '2024-05-20',
    });
    expect((thrown as DomainError).message).toContain('OR-2024-01');
    // The member is named as the resolution's list names them, not by id.
    expect((thrown as DomainError).message).toMatch(/^Synthetic Practice 1 voted at the general meeting on 2024-05-20/);
  });

  it('MA-1: the register is taken at the end of the meeting day, so a change on that day is refused too; one the day after is not', () => {
    expect(errorCode(check(transfer('m1', '2024-05-20')))).toBe('EVENT_PREDATES_DEPENDENCY');
    expect(errorCode(check(transfer('m1', '2024-05-21')))).toBe('ACCEPTED');
  });

  it('MT-1: a member who agreed to short notice of a later meeting cannot have its share cancelled before it', () => {
    expect(errorCode(check(cancellation('m2', '2024-05-15')))).toBe('EVENT_PREDATES_DEPENDENCY');
  });

  it('WR-2: an agreement counts on the register at circulation: a change before it is refused, one after circulation but before the agreement is not', () => {
    expect(errorCode(check(cancellation('m3', '2024-06-30')))).toBe('EVENT_PREDATES_DEPENDENCY');
    expect(errorCode(check(cancellation('m3', '2024-07-02')))).toBe('ACCEPTED');
  });

  it('WR-2: a change on the circulation date itself follows the circulation, as the eligible members\' list takes it, so an agreeing member\'s surrender may be completed that day', () => {
    expect(errorCode(check(cancellation('m3', '2024-07-01')))).toBe('ACCEPTED');
  });

  it('a member who did not respond, and a change of particulars, are not held back', () => {
    expect(errorCode(check(transfer('m4', '2024-01-01')))).toBe('ACCEPTED');
    expect(errorCode(check({ type: 'particulars-change', ...base('2024-01-01'), memberId: 'm1', name: 'New name', address: 'x' }))).toBe('ACCEPTED');
  });

  it('the transferee is held back as well: a member who voted cannot receive a share before the meeting', () => {
    const toVoter: ShareEvent = { ...(transfer('m4', '2024-04-01') as Extract<ShareEvent, { type: 'transfer' }>), to: { memberId: 'm1', name: 'Synthetic Practice 1', address: 'x', practiceId: null } };
    expect(errorCode(check(toVoter))).toBe('EVENT_PREDATES_DEPENDENCY');
  });
});
