import { errorCode } from '../../test/error-code';
import { SYNTHETIC_REGISTER } from '../../test/register.fixture';
import { calendarDate, instant } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { ShareEvent } from '../share-register/share-event';
import { proposeAtGeneralMeeting, recordShortNoticeAgreement, type GeneralMeetingResolution } from './general-meeting';
import type { Company } from '../company/company';
import { correctedShareEvents, type ShareCorrection } from '../share-register/corrections';
import { registerOfMembers } from '../share-register/register-of-members';
import type { ShareAllotment } from '../share-register/share-event';
import { checkCorrectionKeepsMemberRecords } from './correction-records';
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

describe('a correction after a meeting held at short notice (SR-4 with MT-1, s.307(6))', () => {
  const company: Company = {
    id: 'company-1', name: 'Example GP Care Group CIC', companyNumber: '09000001', incorporatedOn: d('2014-09-01'),
    registeredOffice: '1 Example Street, London E1 1AA',
    articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
  };
  const allot = (n: number, on = '2014-09-01', id = String(n)): ShareAllotment => ({
    type: 'allotment', eventId: id, effectiveOn: d(on), recordedAt: instant(`${on}T09:00:00.000Z`), authorisedBy: null,
    shareNumber: n, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100,
    holder: { memberId: `m${n}`, name: `Practice ${n} (synthetic)`, address: `${n} Road, London E1`, practiceId: `p${n}` },
  });
  const EVENTS = [1, 2, 3, 4, 5].map((n) => allot(n));
  const members = registerOfMembers(company, EVENTS, { asAt: d('2026-03-24'), status: 'current' }).entries;
  /** A general meeting on 2026-03-24 called with 3 clear days' notice; Practice 1 agreed to the short notice. */
  const item = (agreeing: string[]) =>
    agreeing.reduce(
      (r, m) => recordShortNoticeAgreement(r, m, d('2026-03-21')),
      proposeAtGeneralMeeting({ id: 'gm-item', text: 'THAT z.', kind: 'ordinary', noticeGivenOn: d('2026-03-20'), meetingOn: d('2026-03-24'), members, meetingId: 'gm-5' }),
    );
  let refs = referenceFor(NO_REFERENCES, 'gm-item', { resolution: item([]) }, d('2026-03-24'));
  refs = referenceFor(refs, 'gm-5', { meeting: 'general' }, d('2026-03-24'));
  const correction = (corrects: string, replacement: ShareAllotment | null, on: string): ShareCorrection => ({
    type: 'correction', eventId: '100', effectiveOn: d(on), recordedAt: instant(`${on}T09:00:00.000Z`), correctsEventId: corrects, reason: 'allotted in error', courtOrderReference: null, replacement,
  });
  const check = (c: ShareCorrection, agreeing = ['m1']) => () =>
    checkCorrectionKeepsMemberRecords(company, EVENTS, correctedShareEvents(EVENTS, [c]), { resolutions: [item(agreeing)], meetings: [] }, { sequence: Number(c.correctsEventId), recordedOn: c.effectiveOn }, refs);

  it('CORRECTION_BREAKS_LATER_RECORD: voiding the allotment of a member who did not agree changes the count of members entitled that day', () => {
    let thrown: unknown;
    try {
      check(correction('5', null, '2026-04-01'))();
    } catch (error) {
      thrown = error;
    }
    const error = thrown as DomainError;
    expect(error.code).toBe('CORRECTION_BREAKS_LATER_RECORD');
    expect(error.details).toEqual({
      correctsSequence: 5, memberId: 'm5', member: 'Practice 5 (synthetic)', resolutionId: 'gm-item', reference: refs.byId.get('gm-item'),
      meetingId: 'gm-5', meetingReference: refs.byId.get('gm-5'), response: 'entitled', on: '2026-03-24', sharesBefore: 1, sharesAfter: 0,
    });
    expect(error.message).toContain(`general meeting ${refs.byId.get('gm-5')} on 2026-03-24 held at short notice`);
    expect(error.message).toContain('the register would show Practice 5 (synthetic) holding 0 shares at the end of that day, not 1');
  });

  it('is not refused: a replacement leaving the member holding that day, a correction recorded before the meeting day, or no agreement recorded', () => {
    expect(errorCode(check(correction('5', allot(5, '2015-01-01', '100'), '2026-04-01')))).toBe('ACCEPTED');
    expect(errorCode(check(correction('5', null, '2026-03-23')))).toBe('ACCEPTED');
    expect(errorCode(check(correction('5', null, '2026-04-01'), []))).toBe('ACCEPTED');
    // Moved to the day after the meeting, the share was not held on the day counted.
    expect(errorCode(check(correction('5', allot(5, '2026-03-25', '100'), '2026-04-01')))).toBe('CORRECTION_BREAKS_LATER_RECORD');
  });
});
