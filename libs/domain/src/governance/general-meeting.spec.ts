import { errorCode, errorMessage } from '../../test/error-code';
import { calendarDate, instant } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import type { Holder, ShareAllotment, ShareEvent } from '../share-register/share-event';
import { registerOfMembers } from '../share-register/register-of-members';
import { clearDaysBetween } from './notice-delivery';
import {
  checkNotice,
  generalMeetingOutcome,
  proposeAtGeneralMeeting,
  recordMemberVote,
  recordShortNoticeAgreement,
  type GeneralMeetingProposal,
  type GeneralMeetingResolution,
} from './general-meeting';
import { governanceSettings, type GovernanceSettings } from './governance-settings';
import type { MeetingVote } from './resolution';
import { resolutionAsAt } from './resolution-outcome';

const d = calendarDate;
const NOTICE = d('2024-05-01');
const MEETING = d('2024-05-16'); // 14 clear days: 2 to 15 May

const company = (oneSharePerMember = true): Company => ({
  id: 'th-gpcg', name: 'Example Borough GP Care Group CIC', companyNumber: '09000002', incorporatedOn: d('2014-09-01'),
  registeredOffice: '1 Example Street, London E1 1AA',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember, memberEligibility: 'practice' },
});
const memberId = (n: number) => `m${String(n).padStart(2, '0')}`;
const practice = (n: number): Holder => ({ memberId: memberId(n), name: `Synthetic Practice ${n}`, address: `${n} Road, London E1`, practiceId: `p${n}` });
let nextEvent = 0;
const allot = (shareNumber: number, to: Holder, on = '2014-09-01'): ShareAllotment => ({
  eventId: `e${++nextEvent}`, effectiveOn: d(on), recordedAt: instant(`${on}T09:00:00.000Z`),
  type: 'allotment', shareNumber, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: to,
});
const thirtySeven = (): ShareEvent[] => Array.from({ length: 37 }, (_, i) => allot(i + 1, practice(i + 1)));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function meeting(more: Partial<GeneralMeetingProposal> = {}, settings?: GovernanceSettings, events = thirtySeven(), c = company()): GeneralMeetingResolution {
  const meetingOn = more.meetingOn ?? MEETING;
  return proposeAtGeneralMeeting(
    {
      id: 'gm-1', text: 'That the articles of association be amended as set out', kind: 'special', noticeGivenOn: NOTICE, meetingOn,
      members: registerOfMembers(c, events, { asAt: meetingOn, status: 'current' }), ...more,
    },
    settings,
  );
}
const vote = (r: GeneralMeetingResolution, numbers: number[], how: MeetingVote) =>
  numbers.reduce((res, n) => recordMemberVote(res, { memberId: memberId(n), vote: how }), r);
const agreeShort = (r: GeneralMeetingResolution, numbers: number[]) => numbers.reduce((res, n) => recordShortNoticeAgreement(res, memberId(n)), r);

describe('Notice of a general meeting (MT-1, MT-2)', () => {
  it('MT-2: clear days leave out the day notice is given and the day of the meeting', () => {
    expect(clearDaysBetween(NOTICE, d('2024-05-16'))).toBe(14);
    expect(clearDaysBetween(NOTICE, d('2024-05-15'))).toBe(13);
    expect(clearDaysBetween(d('2024-02-28'), d('2024-03-14'))).toBe(14); // across 29 February
  });

  it('MT-1: 14 clear days of notice is enough', () => {
    expect(checkNotice(meeting())).toEqual({
      clearDays: 14, required: 14, short: false, shortNoticeAgreed: false, valid: true,
      agreement: { agreed: 0, entitled: 37, agreedNominalPence: 0, entitledNominalPence: 3700 },
    });
  });

  it('MT-1: 13 clear days of notice is short: with every member voting for, the resolution fails with no valid vote', () => {
    const r = vote(meeting({ meetingOn: d('2024-05-15') }), range(1, 37), 'for');
    expect(checkNotice(r)).toMatchObject({ clearDays: 13, short: true, valid: false });
    expect(generalMeetingOutcome(r, d('2024-05-15'))).toMatchObject({ status: 'failed', failedBecause: 'notice-too-short', tally: null, passedOn: null });
  });

  it('MT-1: short notice agreed by a majority in number holding 90% (34 of 37) is valid; 33 (89%) is not', () => {
    const short = meeting({ meetingOn: d('2024-05-08') });
    expect(checkNotice(agreeShort(short, range(1, 33)))).toMatchObject({
      short: true, shortNoticeAgreed: false, valid: false,
      agreement: { agreed: 33, entitled: 37, agreedNominalPence: 3300, entitledNominalPence: 3700 },
    });
    const agreed = vote(agreeShort(short, range(1, 34)), range(1, 30), 'for');
    expect(checkNotice(agreed)).toMatchObject({ short: true, shortNoticeAgreed: true, valid: true });
    expect(generalMeetingOutcome(agreed, d('2024-05-08'))).toMatchObject({ status: 'passed', passedOn: '2024-05-08' });
  });

  it('MT-1: short notice needs a majority in number as well as 90% in value: one member with 9 of 10 shares is not enough', () => {
    const events = [...range(1, 9).map((n) => allot(n, practice(1))), allot(10, practice(2)), allot(11, practice(3))];
    // 11 shares: member 1 holds 9 (82%); members 1 and 2 hold 10 (91%) and are 2 of 3 in number.
    const r = meeting({ meetingOn: d('2024-05-08') }, undefined, events, company(false));
    expect(checkNotice(agreeShort(r, [1])).shortNoticeAgreed).toBe(false);
    expect(checkNotice(agreeShort(r, [1, 2])).shortNoticeAgreed).toBe(true);
    expect(checkNotice(agreeShort(r, [2, 3])).shortNoticeAgreed).toBe(false); // 2 of 11 shares
  });

  it('MT-1: articles setting 95% need 36 of 37 to agree to short notice', () => {
    const r = meeting({ meetingOn: d('2024-05-08') }, governanceSettings({ shortNoticePercent: 95 }));
    expect(checkNotice(agreeShort(r, range(1, 35))).valid).toBe(false);
    expect(checkNotice(agreeShort(r, range(1, 36))).valid).toBe(true);
  });

  it('MT-1: articles may require longer notice: 21 clear days makes 14 short', () => {
    expect(checkNotice(meeting({}, governanceSettings({ noticeClearDays: 21 })))).toMatchObject({ clearDays: 14, required: 21, short: true });
  });

  it('MT-1: a member may agree to short notice once (AGREEMENT_ALREADY_GIVEN), and only if entitled (MEMBER_NOT_ELIGIBLE)', () => {
    expect(errorCode(() => agreeShort(meeting(), [1, 1]))).toBe('AGREEMENT_ALREADY_GIVEN');
    expect(errorMessage(() => agreeShort(meeting(), [1, 1]))).toBe(
      'Synthetic Practice 1 has already agreed to short notice of the meeting on 2024-05-16 for the resolution “That the articles of association be amended as set out”; consent is given once',
    );
    expect(errorCode(() => agreeShort(meeting(), [38]))).toBe('MEMBER_NOT_ELIGIBLE');
  });

  it('RS-1, MT-1: as at a day before the meeting, only the agreements to short notice dated by then count', () => {
    const short = meeting({ meetingOn: d('2024-05-08') });
    const agreed = range(1, 34).reduce((res, n) => recordShortNoticeAgreement(res, memberId(n), n <= 33 ? d('2024-05-06') : d('2024-05-08')), short);
    expect(checkNotice(agreed)).toMatchObject({ shortNoticeAgreed: true, agreement: { agreed: 34 } });
    const dayBefore = resolutionAsAt(agreed, d('2024-05-07'));
    expect(checkNotice(dayBefore)).toMatchObject({ shortNoticeAgreed: false, valid: false, agreement: { agreed: 33 } });
    expect(dayBefore.shortNoticeAgreedBy).not.toContain(memberId(34));
    expect(checkNotice(resolutionAsAt(agreed, d('2024-05-05'))).agreement.agreed).toBe(0);
    // On the meeting day, every agreement (none can be dated later): the record itself.
    expect(resolutionAsAt(agreed, d('2024-05-08'))).toBe(agreed);
  });

  it('MT-1: consent to short notice counts up to the meeting day, not after it (SHORT_NOTICE_AGREED_AFTER_MEETING)', () => {
    const short = meeting({ meetingOn: d('2024-05-08') });
    expect(recordShortNoticeAgreement(short, memberId(1), d('2024-05-08')).shortNoticeAgreedBy).toEqual([memberId(1)]);
    expect(errorCode(() => recordShortNoticeAgreement(short, memberId(1), d('2024-05-09')))).toBe('SHORT_NOTICE_AGREED_AFTER_MEETING');
  });

  it('MT-1, s.307(6): consent carrying the member’s entry on the register of the meeting day is taken on it, and the member counts among those entitled', () => {
    const short = meeting({ meetingOn: d('2024-05-08') });
    const entry = { memberId: memberId(38), name: 'Synthetic Practice 38', votes: 1, nominalPence: 100 };
    const agreed = recordShortNoticeAgreement(short, memberId(38), d('2024-05-03'), undefined, entry);
    expect(agreed.shortNoticeAgreedBy).toEqual([memberId(38)]);
    expect(agreed.entitled).toHaveLength(38);
    expect(checkNotice(agreed).agreement).toEqual({ agreed: 1, entitled: 38, agreedNominalPence: 100, entitledNominalPence: 3800 });
    // Without the entry, the member is checked against those entitled when the meeting was called.
    expect(errorCode(() => recordShortNoticeAgreement(short, memberId(38), d('2024-05-03')))).toBe('MEMBER_NOT_ELIGIBLE');
    // An entry naming another member is nobody's.
    expect(errorCode(() => recordShortNoticeAgreement(short, memberId(39), d('2024-05-03'), undefined, entry))).toBe('MEMBER_NOT_ELIGIBLE');
  });

  it('MEETING_BEFORE_NOTICE: a meeting cannot be on or before the day its notice is given', () => {
    expect(errorCode(() => meeting({ meetingOn: NOTICE }))).toBe('MEETING_BEFORE_NOTICE');
  });
});

describe('Voting at a general meeting (MT-3, RS-2, RS-3, FR-1)', () => {
  it('MT-3: quorum not met means no valid vote: one member present, voting for, passes nothing', () => {
    const r = vote(meeting({ kind: 'ordinary' }), [1], 'for');
    expect(generalMeetingOutcome(r, MEETING)).toEqual({
      status: 'failed', passedOn: null, filingDueOn: null, lapsesOn: null, failedBecause: 'quorum-not-met', tally: null,
    });
    expect(generalMeetingOutcome(vote(r, [2], 'abstain'), MEETING)).toMatchObject({ status: 'passed', tally: { inFavour: 1, abstaining: 1, outOf: 1 } });
  });

  it('MT-3: the articles may set a larger quorum: with 5, four members present is not enough', () => {
    const r = vote(meeting({ kind: 'ordinary' }, governanceSettings({ membersQuorum: 5 })), range(1, 4), 'for');
    expect(generalMeetingOutcome(r, MEETING).failedBecause).toBe('quorum-not-met');
    expect(generalMeetingOutcome(vote(r, [5], 'for'), MEETING).status).toBe('passed');
  });

  it('RS-2: an ordinary resolution needs more than 50% of votes cast: 10 for 9 against passes, 10–10 fails, abstentions do not count', () => {
    const r = vote(vote(meeting({ kind: 'ordinary' }), range(1, 10), 'for'), range(11, 19), 'against');
    expect(generalMeetingOutcome(vote(r, range(21, 37), 'abstain'), MEETING)).toMatchObject({
      status: 'passed', tally: { inFavour: 10, against: 9, abstaining: 17, needed: 10, outOf: 19 },
    });
    expect(generalMeetingOutcome(vote(r, [20], 'against'), MEETING)).toMatchObject({ status: 'failed', failedBecause: 'majority-not-reached' });
  });

  it('RS-2: a special resolution needs at least 75% of votes cast: 27 for 9 against (exactly 75%) passes, 27 for 10 against does not', () => {
    const exactly = vote(vote(meeting(), range(1, 9), 'against'), range(10, 36), 'for');
    expect(generalMeetingOutcome(exactly, MEETING)).toMatchObject({ status: 'passed', tally: { inFavour: 27, against: 9, needed: 27, outOf: 36 } });
    const under = vote(exactly, [37], 'against');
    expect(generalMeetingOutcome(under, MEETING)).toMatchObject({
      status: 'failed', failedBecause: 'majority-not-reached', tally: { inFavour: 27, against: 10, needed: 28 },
    });
  });

  it('RS-2: no votes cast passes nothing, even with a quorum present', () => {
    expect(generalMeetingOutcome(vote(meeting(), [1, 2], 'abstain'), MEETING)).toMatchObject({ status: 'failed', failedBecause: 'majority-not-reached' });
  });

  it('RS-2: on a poll a member has one vote per share; on a show of hands, one', () => {
    const events = [allot(1, practice(1)), allot(2, practice(1)), allot(3, practice(1)), allot(4, practice(2)), allot(5, practice(3))];
    const asVoted = (voting: 'poll' | 'show-of-hands') =>
      vote(vote(meeting({ kind: 'ordinary', voting }, undefined, events, company(false)), [1], 'for'), [2, 3], 'against');
    expect(generalMeetingOutcome(asVoted('poll'), MEETING)).toMatchObject({ status: 'passed', tally: { inFavour: 3, against: 2 } });
    expect(generalMeetingOutcome(asVoted('show-of-hands'), MEETING)).toMatchObject({ status: 'failed', tally: { inFavour: 1, against: 2 } });
  });

  it('FR-1: a special resolution passed at a meeting on 16 May is due for filing on 31 May; open before the meeting', () => {
    const r = vote(meeting(), range(1, 30), 'for');
    expect(generalMeetingOutcome(r, d('2024-05-15'))).toMatchObject({ status: 'open', passedOn: null, filingDueOn: null });
    expect(generalMeetingOutcome(r, MEETING)).toMatchObject({ status: 'passed', passedOn: MEETING, filingDueOn: '2024-05-31' });
  });

  it('WR-1: removing a director may be resolved at a meeting', () => {
    const r = vote(meeting({ kind: 'ordinary', matter: 'removal-of-director' }), range(1, 19), 'for');
    expect(generalMeetingOutcome(r, MEETING)).toMatchObject({ status: 'passed', filingDueOn: null });
  });

  it('MEMBER_NOT_ELIGIBLE: only members on the register on the meeting date vote; VOTE_ALREADY_RECORDED: each votes once', () => {
    const events = [...thirtySeven(), allot(38, practice(38), '2024-05-17')];
    expect(errorCode(() => vote(meeting({}, undefined, events), [38], 'for'))).toBe('MEMBER_NOT_ELIGIBLE');
    expect(errorCode(() => vote(meeting(), [1, 1], 'for'))).toBe('VOTE_ALREADY_RECORDED');
  });

  it("SR-2, s.695(3): at a meeting the selling member's votes on its buy-back do not count: carried only by them, it fails", () => {
    const buyBack = meeting({ kind: 'ordinary', authorises: [{ action: 'cancellation', shareNumber: 12, reason: 'buy-back' }] });
    expect(buyBack.sellers).toEqual([{ memberId: 'm12', name: 'Synthetic Practice 12' }]);
    // The seller alone for, with another present abstaining: a quorum, but no vote that counts for it.
    expect(generalMeetingOutcome(vote(vote(buyBack, [12], 'for'), [1], 'abstain'), MEETING)).toMatchObject({
      status: 'failed', failedBecause: 'majority-not-reached', tally: { inFavour: 0, against: 0, abstaining: 1 },
    });
    // 2 for (the seller one of them) and 1 against pass with the seller's vote; without it 1 for and 1 against do not.
    expect(generalMeetingOutcome(vote(vote(buyBack, [12, 1], 'for'), [2], 'against'), MEETING)).toMatchObject({ status: 'failed', tally: { inFavour: 1, against: 1, needed: 2 } });
    // Others alone carrying it pass it, the seller's vote left out of the tally.
    expect(generalMeetingOutcome(vote(vote(buyBack, [12, 1, 2], 'for'), [3], 'against'), MEETING)).toMatchObject({ status: 'passed', tally: { inFavour: 2, against: 1 } });
    // A plain cancellation of the share counts its holder's vote.
    const reduction = meeting({ kind: 'ordinary', authorises: [{ action: 'cancellation', shareNumber: 12 }] });
    expect(reduction.sellers).toBeUndefined();
    expect(generalMeetingOutcome(vote(vote(reduction, [12], 'for'), [1], 'abstain'), MEETING)).toMatchObject({ status: 'passed' });
  });

  it("SR-2, s.695(3): the seller's vote against a buy-back still counts against it", () => {
    const buyBack = meeting({ kind: 'ordinary', authorises: [{ action: 'cancellation', shareNumber: 12, reason: 'buy-back' }] });
    expect(generalMeetingOutcome(vote(vote(buyBack, [1], 'for'), [12], 'against'), MEETING)).toMatchObject({ status: 'failed', tally: { inFavour: 1, against: 1 } });
  });
});
