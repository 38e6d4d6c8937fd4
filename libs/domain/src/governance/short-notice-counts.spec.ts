import { errorCode } from '../../test/error-code';
import { SYNTHETIC_REGISTER } from '../../test/register.fixture';
import { calendarDate, instant } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { ShareEvent } from '../share-register/share-event';
import { proposeAtGeneralMeeting, recordShortNoticeAgreement, type GeneralMeetingResolution } from './general-meeting';
import { checkNotBeforeShortNoticeCounts } from './members-lists';
import { NO_REFERENCES, referenceFor } from './references';

const d = calendarDate;
const holders = SYNTHETIC_REGISTER.map((e) => e.memberId);
const allotment = (on: string, recordedOn: string): ShareEvent => ({
  type: 'allotment', eventId: 'a1', effectiveOn: d(on), recordedAt: instant(`${recordedOn}T10:00:00Z`), authorisedBy: null,
  shareNumber: 99, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: { memberId: 'newcomer', name: 'Late Entry Practice', address: 'x', practiceId: null },
});
/** A general meeting on 2024-05-20 with 6 clear days' notice, agreed to by the first `agreeing` members. */
function shortMeeting(agreeing: number): GeneralMeetingResolution {
  const called = proposeAtGeneralMeeting({ id: 'gm', text: 'THAT x.', kind: 'special', noticeGivenOn: d('2024-05-13'), meetingOn: d('2024-05-20'), members: SYNTHETIC_REGISTER, meetingId: 'meeting-1' });
  return holders.slice(0, agreeing).reduce((r, m) => recordShortNoticeAgreement(r, m, d('2024-05-14')), called);
}
const references = referenceFor(NO_REFERENCES, 'gm', { resolution: shortMeeting(0) }, d('2024-05-20'));

describe('a share change after a meeting held at short notice (MT-1, s.307(6))', () => {
  it('EVENT_PREDATES_DEPENDENCY: an allotment dated on or before the meeting day, recorded once it had come, would change the count of members entitled', () => {
    let thrown: unknown;
    try {
      checkNotBeforeShortNoticeCounts(allotment('2024-05-15', '2024-06-01'), [shortMeeting(3)], references);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as DomainError).code).toBe('EVENT_PREDATES_DEPENDENCY');
    expect((thrown as DomainError).details).toEqual({ resolutionId: 'gm', reference: references.byId.get('gm'), meetingId: 'meeting-1', lastChangedOn: '2024-05-20' });
    expect((thrown as DomainError).message).toContain(`held at short notice, agreed by 3 of the ${holders.length} members entitled to attend and vote`);
    expect(errorCode(() => checkNotBeforeShortNoticeCounts(allotment('2024-05-20', '2024-05-20'), [shortMeeting(3)], references))).toBe('EVENT_PREDATES_DEPENDENCY');
  });

  it('is not refused: dated after the meeting, recorded before the meeting day, or with no agreement to short notice recorded', () => {
    expect(errorCode(() => checkNotBeforeShortNoticeCounts(allotment('2024-05-21', '2024-06-01'), [shortMeeting(3)], references))).toBe('ACCEPTED');
    expect(errorCode(() => checkNotBeforeShortNoticeCounts(allotment('2024-05-15', '2024-05-19'), [shortMeeting(3)], references))).toBe('ACCEPTED');
    expect(errorCode(() => checkNotBeforeShortNoticeCounts(allotment('2024-05-15', '2024-06-01'), [shortMeeting(0)], references))).toBe('ACCEPTED');
  });
});
