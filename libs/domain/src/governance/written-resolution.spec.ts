import { errorCode, errorMessage } from '../../test/error-code';
import { addDays, calendarDate, instant } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import type { Holder, ShareAllotment, ShareEvent } from '../share-register/share-event';
import { registerOfMembers } from '../share-register/register-of-members';
import { governanceSettings } from './governance-settings';
import {
  eligibleRegisterDay,
  proposeWrittenResolution,
  recordWrittenAgreement,
  writtenResolutionOutcome,
  type MembersWrittenResolution,
  type WrittenResolutionProposal,
} from './written-resolution';

const d = calendarDate;
const INCORPORATED = '2014-09-01';
const CIRCULATED = d('2024-03-01');
const DAY_28 = d('2024-03-28');
const DAY_29 = d('2024-03-29');

const company = (oneSharePerMember = true): Company => ({
  id: 'th-gpcg', name: 'Example Borough GP Care Group CIC', companyNumber: '09000002', incorporatedOn: d(INCORPORATED),
  registeredOffice: '1 Example Street, London E1 1AA',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember, memberEligibility: 'practice' },
});
const memberId = (n: number) => `m${String(n).padStart(2, '0')}`;
const practice = (n: number): Holder => ({ memberId: memberId(n), name: `Synthetic Practice ${n}`, address: `${n} Road, London E1`, practiceId: `p${n}` });
let nextEvent = 0;
const allot = (shareNumber: number, to: Holder, on = INCORPORATED): ShareAllotment => ({
  eventId: `e${++nextEvent}`, effectiveOn: d(on), recordedAt: instant(`${on}T09:00:00.000Z`),
  type: 'allotment', shareNumber, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: to,
});
/** The 37 practices, one share each, from incorporation. */
const thirtySeven = (): ShareEvent[] => Array.from({ length: 37 }, (_, i) => allot(i + 1, practice(i + 1)));
const registerAt = (events: ShareEvent[], on: string, c = company()) => registerOfMembers(c, events, { asAt: d(on), status: 'current' });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function circulate(more: Partial<WrittenResolutionProposal> = {}, events = thirtySeven()): MembersWrittenResolution {
  return proposeWrittenResolution({
    id: 'wr-1', text: 'That the articles of association be amended as set out', kind: 'special',
    circulatedOn: CIRCULATED, members: registerAt(events, CIRCULATED), ...more,
  });
}
/** Members `numbers` agree on `on`. */
const agree = (r: MembersWrittenResolution, numbers: number[], on: string) =>
  numbers.reduce((res, n) => recordWrittenAgreement(res, { memberId: memberId(n), agreedOn: d(on) }), r);

describe('Written resolutions of 37 members (RS-2, RS-4, WR-1..WR-3)', () => {
  it('RS-4: exactly 28 of 37 agreements passes a written special resolution on the day the 28th arrives', () => {
    let r = agree(circulate(), range(1, 20), '2024-03-04');
    r = agree(r, range(21, 27), '2024-03-08');
    r = agree(r, [28], '2024-03-11');
    const outcome = writtenResolutionOutcome(r, DAY_28);
    expect(outcome).toMatchObject({ status: 'passed', passedOn: '2024-03-11', lapsesOn: DAY_28 });
    expect(outcome.tally).toEqual({ inFavour: 28, against: 0, abstaining: 0, needed: 28, outOf: 37 });
    expect(writtenResolutionOutcome(r, d('2024-03-10')).status).toBe('open');
  });

  it('RS-4: 27 of 37 agreements do not pass a written special resolution; it is open to day 28, lapsed after', () => {
    const r = agree(circulate(), range(1, 27), '2024-03-04');
    expect(writtenResolutionOutcome(r, DAY_28)).toMatchObject({ status: 'open', passedOn: null, filingDueOn: null });
    expect(writtenResolutionOutcome(r, DAY_29)).toMatchObject({ status: 'lapsed', passedOn: null, filingDueOn: null });
  });

  it('RS-4: a written ordinary resolution of 37 members needs 19 agreements: 18 do not pass it, 19 do', () => {
    const r = agree(circulate({ kind: 'ordinary' }), range(1, 18), '2024-03-05');
    expect(writtenResolutionOutcome(r, DAY_29)).toMatchObject({ status: 'lapsed', tally: { inFavour: 18, needed: 19, outOf: 37 } });
    expect(writtenResolutionOutcome(agree(r, [19], '2024-03-06'), DAY_29)).toMatchObject({ status: 'passed', passedOn: '2024-03-06' });
  });

  it('RS-3: a special resolution with enough agreement for an ordinary one (27 of 37) does not pass as ordinary', () => {
    const r = agree(circulate({ kind: 'special' }), range(1, 27), '2024-03-05');
    expect(writtenResolutionOutcome(r, DAY_29).status).toBe('lapsed');
  });

  it('FR-1: a passed written special resolution is due for filing 15 days after it passed; an ordinary one is not filed', () => {
    const special = agree(circulate(), range(1, 28), '2024-03-20');
    expect(writtenResolutionOutcome(special, DAY_28).filingDueOn).toBe('2024-04-04');
    const ordinary = agree(circulate({ kind: 'ordinary' }), range(1, 19), '2024-03-20');
    expect(writtenResolutionOutcome(ordinary, DAY_28)).toMatchObject({ status: 'passed', filingDueOn: null });
    const named = agree(circulate({ kind: 'ordinary', mustBeFiled: true }), range(1, 19), '2024-03-20');
    expect(writtenResolutionOutcome(named, DAY_28).filingDueOn).toBe('2024-04-04');
  });

  it('WR-2: a member registered after circulation is not eligible: not in the snapshot, and their agreement is refused', () => {
    const events = [...thirtySeven(), allot(38, practice(38), '2024-03-02')];
    const r = circulate({}, events);
    expect(r.eligible).toHaveLength(37);
    expect(r.eligible.map((m) => m.memberId)).not.toContain('m38');
    expect(errorCode(() => recordWrittenAgreement(r, { memberId: 'm38', agreedOn: d('2024-03-05') }))).toBe('MEMBER_NOT_ELIGIBLE');
    // Given the entries of a later register, the snapshot still leaves out who joined after circulation.
    const fromLaterEntries = circulate({ members: registerAt(events, '2024-03-10').entries }, events);
    expect(fromLaterEntries.eligible.map((m) => m.memberId)).toEqual(r.eligible.map((m) => m.memberId));
  });

  it('WR-2: a member registered on the circulation date itself is eligible (the register as at that day)', () => {
    const r = circulate({}, [...thirtySeven(), allot(38, practice(38), CIRCULATED)]);
    expect(r.eligible).toHaveLength(38);
    expect(writtenResolutionOutcome(r, CIRCULATED).tally?.needed).toBe(29);
  });

  it('WR-2: the snapshot is kept: a member who leaves after circulation can still agree, and 28 of 37 still passes', () => {
    const events = thirtySeven();
    const r = circulate({}, events);
    const transferAfter: ShareEvent = {
      eventId: 'later-transfer', effectiveOn: d('2024-03-05'), recordedAt: instant('2024-03-05T09:00:00.000Z'),
      type: 'transfer', shareNumber: 1, fromMemberId: 'm01', to: practice(40), lodgedOn: d('2024-03-04'),
    };
    expect(registerAt([...events, transferAfter], '2024-03-06').entries.map((e) => e.memberId)).not.toContain('m01');
    const passed = agree(r, range(1, 28), '2024-03-06');
    expect(writtenResolutionOutcome(passed, DAY_28)).toMatchObject({ status: 'passed', tally: { inFavour: 28, outOf: 37 } });
  });

  it('WR-2: the register given must be the register as at the circulation date (REGISTER_NOT_AS_AT_DATE)', () => {
    expect(errorCode(() => circulate({ members: registerAt(thirtySeven(), '2024-02-29') }))).toBe('REGISTER_NOT_AS_AT_DATE');
  });

  it('WR-3: agreement on day 28 counts; agreement on day 29 is rejected (AGREEMENT_AFTER_LAPSE)', () => {
    const r = agree(circulate(), range(1, 27), '2024-03-02');
    const onDay28 = recordWrittenAgreement(r, { memberId: 'm28', agreedOn: addDays(CIRCULATED, 27) });
    expect(writtenResolutionOutcome(onDay28, DAY_29)).toMatchObject({ status: 'passed', passedOn: DAY_28 });
    expect(errorCode(() => recordWrittenAgreement(r, { memberId: 'm28', agreedOn: DAY_29 }))).toBe('AGREEMENT_AFTER_LAPSE');
  });

  it('WR-3: the articles may set another period: with 14 days, day 15 is too late', () => {
    const r = proposeWrittenResolution(
      { id: 'wr-2', text: 'That the accounts be approved', kind: 'ordinary', circulatedOn: CIRCULATED, members: registerAt(thirtySeven(), CIRCULATED) },
      governanceSettings({ writtenResolutionLapseDays: 14 }),
    );
    expect(r.lapsesOn).toBe('2024-03-14');
    expect(errorCode(() => recordWrittenAgreement(r, { memberId: 'm01', agreedOn: d('2024-03-15') }))).toBe('AGREEMENT_AFTER_LAPSE');
  });

  it('WR-3: an agreement is given once and cannot be revoked (AGREEMENT_ALREADY_GIVEN); recording leaves the old record as it was', () => {
    const before = circulate();
    const after = agree(before, [1], '2024-03-02');
    expect(before.agreements).toEqual([]);
    expect(after.agreements).toEqual([{ memberId: 'm01', agreedOn: '2024-03-02' }]);
    expect(errorCode(() => agree(after, [1], '2024-03-03'))).toBe('AGREEMENT_ALREADY_GIVEN');
    expect(errorMessage(() => agree(after, [1], '2024-03-03'))).toBe(
      'Synthetic Practice 1 agreed to the resolution “That the articles of association be amended as set out” on 2024-03-02; agreement is given once and cannot be revoked',
    );
  });

  it('WR-3: an agreement dated before circulation is refused (AGREEMENT_BEFORE_CIRCULATION)', () => {
    expect(errorCode(() => agree(circulate(), [1], '2024-02-29'))).toBe('AGREEMENT_BEFORE_CIRCULATION');
  });

  it('WR-3: passedOn is the day the threshold was first reached, whatever order the agreements were entered in', () => {
    let r = agree(circulate(), [30, 31], '2024-03-20'); // entered first, dated late
    r = agree(r, range(1, 26), '2024-03-05');
    expect(writtenResolutionOutcome(r, DAY_28)).toMatchObject({ status: 'passed', passedOn: '2024-03-20' });
    r = agree(r, [27], '2024-03-10');
    expect(writtenResolutionOutcome(r, DAY_28)).toMatchObject({ status: 'passed', passedOn: '2024-03-20', tally: { inFavour: 29 } });
  });

  it.each([
    ['removal-of-director', 'a director'],
    ['removal-of-auditor', 'an auditor'],
  ] as const)('WR-1: a resolution for %s cannot be a written resolution', (matter, who) => {
    expect(errorCode(() => circulate({ kind: 'ordinary', matter }))).toBe('WRITTEN_RESOLUTION_NOT_ALLOWED');
    expect(errorMessage(() => circulate({ kind: 'ordinary', matter }))).toBe(`a resolution for the removal of ${who} must be passed at a meeting, not in writing (s.288(2))`);
  });

  it('s.21(1): a resolution amending the articles may be a written resolution, but only a special one', () => {
    expect(circulate({ kind: 'special', matter: 'amendment-of-articles' })).toMatchObject({ matter: 'amendment-of-articles', mustBeFiled: true });
    expect(errorCode(() => circulate({ kind: 'ordinary', matter: 'amendment-of-articles' }))).toBe('ARTICLES_NEED_SPECIAL_RESOLUTION');
  });

  it('SH-4: the selling member on a buy-back is not an eligible member (s.695): 36 eligible, special needs 27', () => {
    const r = circulate({ excludedMemberIds: ['m37'] });
    expect(r.eligible).toHaveLength(36);
    expect(errorCode(() => agree(r, [37], '2024-03-02'))).toBe('MEMBER_NOT_ELIGIBLE');
    expect(writtenResolutionOutcome(agree(r, range(1, 27), '2024-03-02'), DAY_28)).toMatchObject({ status: 'passed', tally: { needed: 27, outOf: 36 } });
  });

  it("SR-2, s.695(2): a resolution approving the buy-back of a share leaves its holder off the eligible members; a plain cancellation of it does not", () => {
    const buyBack = circulate({ kind: 'ordinary', authorises: [{ action: 'cancellation', shareNumber: 12, reason: 'buy-back' }] });
    expect(buyBack.eligible.map((m) => m.memberId)).not.toContain('m12');
    expect(buyBack.eligible).toHaveLength(36);
    expect(errorCode(() => agree(buyBack, [12], '2024-03-02'))).toBe('MEMBER_NOT_ELIGIBLE');
    // 18 of the 36 others is not more than half (still open on day 28); 19 is.
    expect(writtenResolutionOutcome(agree(buyBack, range(1, 11).concat(range(13, 19)), '2024-03-02'), DAY_28).status).toBe('open');
    expect(writtenResolutionOutcome(agree(buyBack, range(1, 11).concat(range(13, 20)), '2024-03-02'), DAY_28).status).toBe('passed');
    const reduction = circulate({ authorises: [{ action: 'cancellation', shareNumber: 12 }] });
    expect(reduction.eligible.map((m) => m.memberId)).toContain('m12');
  });

  it("SR-2, s.695(2): the seller's agreement is refused naming the practice as the selling member, whose agreement does not count", () => {
    const buyBack = circulate({ kind: 'ordinary', authorises: [{ action: 'cancellation', shareNumber: 12, reason: 'buy-back' }] });
    expect(buyBack.sellers).toEqual([{ memberId: 'm12', name: 'Synthetic Practice 12' }]);
    const refusal = (() => { try { agree(buyBack, [12], '2024-03-02'); } catch (e) { return e as Error & { code: string }; } })();
    expect(refusal?.code).toBe('MEMBER_NOT_ELIGIBLE');
    expect(refusal?.message).toMatch(/^Synthetic Practice 12 is the selling member of the buy-back/);
    expect(refusal?.message).toMatch(/agreement does not count \(s\.695\)/);
    expect(refusal?.message).not.toMatch(/m12/);
  });

  it('RS-2: voting rights are shares held: a member with 3 of 5 shares alone passes an ordinary resolution', () => {
    const several = company(false);
    const events = [allot(1, practice(1)), allot(2, practice(1)), allot(3, practice(1)), allot(4, practice(2)), allot(5, practice(3))];
    const r = proposeWrittenResolution({
      id: 'wr-3', text: 'That the directors be authorised', kind: 'ordinary', circulatedOn: CIRCULATED, members: registerAt(events, CIRCULATED, several),
    });
    expect(r.eligible.find((m) => m.memberId === 'm01')).toMatchObject({ votes: 3, nominalPence: 300 });
    expect(writtenResolutionOutcome(agree(r, [1], '2024-03-02'), DAY_28)).toMatchObject({ status: 'passed', tally: { inFavour: 3, needed: 3, outOf: 5 } });
    expect(writtenResolutionOutcome(agree(r, [2, 3], '2024-03-02'), DAY_29).status).toBe('lapsed');
  });

  it('NO_ELIGIBLE_MEMBERS: a written resolution with nobody on the register cannot be circulated', () => {
    expect(errorCode(() => circulate({ members: [] }))).toBe('NO_ELIGIBLE_MEMBERS');
  });

  it('RESOLUTION_TEXT_REQUIRED: a resolution states what is resolved', () => {
    expect(errorCode(() => circulate({ text: '  ' }))).toBe('RESOLUTION_TEXT_REQUIRED');
  });

  it('WR-2 (ss.289–290): the eligible members are the register as the circulation date began (the end of the day before), or the subscribers when circulated on the day of incorporation', () => {
    expect(eligibleRegisterDay(CIRCULATED, d(INCORPORATED))).toBe('2024-02-29');
    expect(eligibleRegisterDay(d('2025-01-01'), d(INCORPORATED))).toBe('2024-12-31');
    expect(eligibleRegisterDay(d(INCORPORATED), d(INCORPORATED))).toBe(INCORPORATED);
    expect(eligibleRegisterDay(d('2014-09-02'), d(INCORPORATED))).toBe(INCORPORATED);
  });
});
