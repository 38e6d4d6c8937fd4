import { errorCode } from '../../test/error-code';
import { calendarDate, instant } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { DomainError } from '../errors';
import { correctedShareEvents, type ShareCorrection } from '../share-register/corrections';
import { registerOfMembers } from '../share-register/register-of-members';
import type { Holder, ShareAllotment, ShareEvent } from '../share-register/share-event';
import { checkCorrectionKeepsMemberRecords } from './correction-records';
import { proposeAtGeneralMeeting, recordMemberVote } from './general-meeting';
import { callMeeting, recordAttendance, type Meeting } from './meeting';
import { checkNotBeforeMemberResponses, type MemberRecordsSource } from './member-responses';
import { checkNotBeforeEligibleMembersLists } from './members-lists';
import { NO_REFERENCES, referenceFor } from './references';
import { proposeWrittenResolution, recordWrittenAgreement } from './written-resolution';

const d = calendarDate;
const company: Company = {
  id: 'company-1', name: 'Example GP Care Group CIC', companyNumber: '09000001', incorporatedOn: d('2014-09-01'),
  registeredOffice: '1 Example Street, London E1 1AA',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};
const holder = (n: number): Holder => ({ memberId: `m${n}`, name: `Practice ${n} (synthetic)`, address: `${n} Road, London E1`, practiceId: `p${n}` });
const allot = (n: number, on = '2014-09-01', id = String(n)): ShareAllotment => ({
  type: 'allotment', eventId: id, effectiveOn: d(on), recordedAt: instant(`${on}T09:00:00.000Z`), authorisedBy: null,
  shareNumber: n, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: holder(n),
});
const EVENTS: ShareEvent[] = [1, 2, 3, 4, 5].map((n) => allot(n));
const members = registerOfMembers(company, EVENTS, { asAt: d('2026-03-31'), status: 'current' }).entries;

// m1 agreed to a written resolution circulated on 2026-03-02; m2 voted at GM on 2026-03-20; m3 was
// present by proxy at a meeting on 2026-02-16 and m4 chaired it.
const written = recordWrittenAgreement(proposeWrittenResolution({ id: 'wr', text: 'THAT x.', kind: 'special', circulatedOn: d('2026-03-02'), members }), { memberId: 'm1', agreedOn: d('2026-03-05') });
const voted = recordMemberVote(
  proposeAtGeneralMeeting({ id: 'gm-item', text: 'THAT y.', kind: 'ordinary', noticeGivenOn: d('2026-03-01'), meetingOn: d('2026-03-20'), members, meetingId: 'gm-3' }),
  { memberId: 'm2', vote: 'for' },
);
const called = callMeeting({ id: 'gm-2', kind: 'general', noticeGivenOn: d('2026-01-30'), noticeTo: [], heldOn: d('2026-02-16'), chair: { memberId: 'm4', name: 'Practice 4 (synthetic)' }, voting: 'show-of-hands', quorum: 2 });
const gm2: Meeting = recordAttendance(called, { as: 'member', on: d('2026-02-16'), member: { memberId: 'm3', name: 'Practice 3 (synthetic)', votes: 1, nominalPence: 100 }, capacity: 'proxy', actingName: 'A Proxy' });
const RECORDS: MemberRecordsSource = { resolutions: [written, voted], meetings: [gm2] };
let refs = referenceFor(NO_REFERENCES, 'wr', { resolution: written }, d('2026-03-02'));
refs = referenceFor(refs, 'gm-2', { meeting: 'general' }, d('2026-02-16'));
refs = referenceFor(refs, 'gm-item', { resolution: voted }, d('2026-03-20'));
refs = referenceFor(refs, 'gm-3', { meeting: 'general' }, d('2026-03-20'));

const correction = (corrects: string, replacement: ShareEvent | null = null, on = '2026-04-01'): ShareCorrection => ({
  type: 'correction', eventId: '100', effectiveOn: d(on), recordedAt: instant(`${on}T09:00:00.000Z`), correctsEventId: corrects, reason: 'allotted in error', courtOrderReference: null, replacement,
});
const check = (c: ShareCorrection) => () =>
  checkCorrectionKeepsMemberRecords(company, EVENTS, correctedShareEvents(EVENTS, [c]), RECORDS, { sequence: Number(c.correctsEventId), recordedOn: c.effectiveOn }, refs);
const refusal = (c: ShareCorrection): DomainError => {
  try {
    check(c)();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('not refused');
};

describe('corrections held to the members’ recorded votes, agreements, presence and chair (SR-4, MA-1, WR-2)', () => {
  it('SR-4 / WR-2: voiding the allotment of a member who agreed to a written resolution is refused, naming the resolution and the member', () => {
    const error = refusal(correction('1'));
    expect(error.code).toBe('CORRECTION_BREAKS_LATER_RECORD');
    expect(error.details).toMatchObject({ correctsSequence: 1, memberId: 'm1', member: 'Practice 1 (synthetic)', resolutionId: 'wr', reference: 'SR-2026-01', response: 'agreement', on: '2026-03-02', sharesAfter: 0 });
    expect(error.message).toBe('Practice 1 (synthetic) agreed to written resolution SR-2026-01, circulated on 2026-03-02, as an eligible member, counted on the register of members as at that day; with ledger entry 1 corrected so, the register would no longer show Practice 1 (synthetic) as a member on 2026-03-02. The correction would contradict that record, so it is not made (SR-4, WR-2)');
  });

  it('SR-4 / MA-1: voiding the allotment of a member who voted at a general meeting is refused, naming the resolution and the meeting', () => {
    expect(refusal(correction('2')).details).toMatchObject({ memberId: 'm2', resolutionId: 'gm-item', reference: 'OR-2026-01', meetingId: 'gm-3', meetingReference: 'GM-2026-02', response: 'vote', on: '2026-03-20' });
  });

  it('SR-4 / MA-1: a member present by proxy, and a member who chaired a general meeting, hold the correction back too', () => {
    expect(refusal(correction('3')).details).toMatchObject({ memberId: 'm3', meetingReference: 'GM-2026-01', response: 'attendance', capacity: 'proxy', actingName: 'A Proxy', on: '2026-02-16' });
    expect(refusal(correction('3')).message).toContain('was present by proxy (A Proxy) at general meeting GM-2026-01 on 2026-02-16');
    expect(refusal(correction('4')).details).toMatchObject({ memberId: 'm4', meetingId: 'gm-2', response: 'chair' });
  });

  it('SR-4: a replacement that moves the allotment after the record is refused; one that leaves the member holding on that day is not', () => {
    expect(errorCode(check(correction('1', allot(1, '2026-03-03', '100'))))).toBe('CORRECTION_BREAKS_LATER_RECORD');
    expect(errorCode(check(correction('1', allot(1, '2015-01-01', '100'))))).toBe('ACCEPTED');
    expect(errorCode(check(correction('5', allot(5, '2015-01-01', '100'))))).toBe('ACCEPTED');
  });

  it('MA-1: a share change is held to the same records: a back-dated change for a member present by proxy, or chairing, is refused', () => {
    const cancel = (m: number, on: string): ShareEvent => ({ type: 'cancellation', eventId: '99', effectiveOn: d(on), recordedAt: instant('2026-04-01T09:00:00Z'), authorisedBy: null, shareNumber: m, memberId: `m${m}`, reason: 'surrender', note: null });
    expect(errorCode(() => checkNotBeforeMemberResponses(cancel(3, '2026-02-16'), RECORDS, refs))).toBe('EVENT_PREDATES_DEPENDENCY');
    expect(errorCode(() => checkNotBeforeMemberResponses(cancel(4, '2026-02-01'), RECORDS, refs))).toBe('EVENT_PREDATES_DEPENDENCY');
    expect(errorCode(() => checkNotBeforeMemberResponses(cancel(3, '2026-02-17'), RECORDS, refs))).toBe('ACCEPTED');
  });
});

describe('the eligible members of a written resolution stay as they were counted (WR-2)', () => {
  it('SR-4 / WR-2: voiding the allotment of a member who gave no response is refused: the written resolution counted the share among its eligible members', () => {
    const error = refusal(correction('5'));
    expect(error.code).toBe('CORRECTION_BREAKS_LATER_RECORD');
    expect(error.details).toEqual({ correctsSequence: 5, memberId: 'm5', member: 'Practice 5 (synthetic)', resolutionId: 'wr', reference: 'SR-2026-01', response: 'eligible', on: '2026-03-02', sharesBefore: 1, sharesAfter: 0 });
    expect(error.message).toBe(
      'Written resolution SR-2026-01 counted the eligible members on its circulation date, 2026-03-02; with ledger entry 5 corrected so, the register would show Practice 5 (synthetic) holding 0 shares when that day began, not 1. The correction would change who was eligible to vote, or with how many votes, after the majority was reckoned on them, so it is not made (SR-4, WR-2)',
    );
  });

  it('SR-4 / WR-2: a replacement giving the share to someone else is refused, as the share\'s holder on the circulation date changes', () => {
    const toNewcomer = (on: string): ShareAllotment => ({ ...allot(5, on, '100'), holder: { ...holder(6), name: 'Newcomer Practice (synthetic)' } });
    const error = refusal(correction('5', toNewcomer('2014-09-01')));
    expect(error.details).toMatchObject({ resolutionId: 'wr', response: 'eligible', on: '2026-03-02' });
    expect(['m5', 'm6']).toContain((error.details as { memberId: string }).memberId);
    // Dated after the circulation, it still takes share 5 from Practice 5 on the register the resolution counted.
    expect(errorCode(check(correction('5', toNewcomer('2026-03-03'))))).toBe('CORRECTION_BREAKS_LATER_RECORD');
  });

  it('WR-2: a written resolution circulated after the day the correction is recorded does not hold it back; a general meeting\'s list never does (MA-1: votes are taken on the register)', () => {
    expect(errorCode(check(correction('5', null, '2026-03-01')))).toBe('ACCEPTED');
  });

  it('WR-2: an allotment, transfer or cancellation back-dated before a written resolution\'s circulation date is refused; a change of particulars, or one dated that day or after, is not', () => {
    const allotted = (on: string, recorded: string): ShareEvent => ({ ...allot(6, on, '99'), recordedAt: instant(`${recorded}T09:00:00.000Z`) });
    const refused = (event: ShareEvent) => {
      try {
        checkNotBeforeEligibleMembersLists(event, RECORDS.resolutions, refs);
      } catch (error) {
        return error as DomainError;
      }
      return null;
    };
    expect(refused(allotted('2026-03-01', '2026-04-01'))).toMatchObject({ code: 'EVENT_PREDATES_DEPENDENCY', details: { resolutionId: 'wr', reference: 'SR-2026-01', lastChangedOn: '2026-03-02' } });
    expect(refused(allotted('2026-03-01', '2026-04-01'))?.message).toBe("written resolution SR-2026-01 counted the eligible members on its circulation date, 2026-03-02; a change to members' shares taking effect on 2026-03-01 would change that list after it was counted: date it on or after 2026-03-02");
    // On the circulation date itself the change is taken to follow the circulation.
    expect(refused(allotted('2026-03-02', '2026-04-01'))).toBeNull();
    // Recorded before the circulation date: the list had not been taken.
    expect(refused(allotted('2026-02-20', '2026-03-01'))).toBeNull();
    // Before the general meeting of 2026-03-20: its votes are taken on the register that day (MA-1), not on a fixed list.
    expect(refused(allotted('2026-03-10', '2026-04-01'))).toBeNull();
    const cancel: ShareEvent = { type: 'cancellation', eventId: '97', effectiveOn: d('2026-03-01'), recordedAt: instant('2026-04-01T09:00:00Z'), authorisedBy: null, shareNumber: 5, memberId: 'm5', reason: 'surrender', note: null };
    expect(refused(cancel)?.details).toMatchObject({ resolutionId: 'wr' });
    const rename: ShareEvent = { type: 'particulars-change', eventId: '98', effectiveOn: d('2026-01-01'), recordedAt: instant('2026-04-01T09:00:00Z'), memberId: 'm1', name: 'Renamed (synthetic)', address: '1 Road, London E1' };
    expect(refused(rename)).toBeNull();
  });
});
