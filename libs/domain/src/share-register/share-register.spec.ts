import { calendarDate, instant } from '../calendar/calendar-date';
import type { ArticlesSettings, Company } from '../company/company';
import { DomainError } from '../errors';
import { membersOf, shareOf, type Holder, type ShareAllotment, type ShareCancellation, type ShareEvent, type ShareTransfer } from './share-event';
import { ShareRegister } from './share-register';

const INCORPORATED = '2014-09-01';

const company = (articles: Partial<ArticlesSettings> = {}): Company => ({
  id: 'company-1', name: 'Example GP Care Group CIC', companyNumber: '09000001', incorporatedOn: calendarDate(INCORPORATED),
  registeredOffice: '1 Example Street, London E1 1AA',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice', ...articles },
});
const anyoneManyShares = company({ oneSharePerMember: false, memberEligibility: 'any' });

let nextEvent = 0;
const base = (on: string) => ({ eventId: `e${++nextEvent}`, effectiveOn: calendarDate(on), recordedAt: instant(`${on}T09:00:00.000Z`) });
const holder = (memberId: string, practiceId: string | null = `practice-${memberId}`): Holder => ({
  memberId, name: `Partners of ${memberId}`, address: `${memberId} Surgery, London E1`, practiceId,
});
const allot = (shareNumber: number, to: Holder, on = INCORPORATED, more: Partial<ShareAllotment> = {}): ShareAllotment => ({
  ...base(on), type: 'allotment', shareNumber, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: to, ...more,
});
const transfer = (shareNumber: number, fromMemberId: string, to: Holder, on: string, lodgedOn = on): ShareTransfer => ({
  ...base(on), type: 'transfer', shareNumber, fromMemberId, to, lodgedOn: calendarDate(lodgedOn),
});
const cancel = (shareNumber: number, memberId: string, on: string): ShareCancellation => ({
  ...base(on), type: 'cancellation', shareNumber, memberId, reason: 'buy-back', note: null,
});

/** What `fn` throws, or undefined. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}
/** The code of the DomainError `fn` throws, or ACCEPTED; any other error fails the test. */
function outcome(fn: () => unknown): string {
  const error = thrown(fn);
  if (error === undefined) return 'ACCEPTED';
  if (error instanceof DomainError) return error.code;
  throw error;
}
const fold = (events: ShareEvent[], c = company()) => ShareRegister.fold(c, events);
const state = (r: ShareRegister) => structuredClone({ shares: r.allShares(), members: r.allMembers(), totals: r.totals });

/** Practices A and B hold shares 1 and 2 from incorporation. */
const twoPractices = () => fold([allot(1, holder('A')), allot(2, holder('B'))]);

describe('Allotment (SH-1, RM-1)', () => {
  it('RM-1: an allotment enters the holder as a member registered on its effective date, with the share paid up', () => {
    const r = fold([allot(1, holder('A'), INCORPORATED, { paidUpPence: 40 })]);
    expect(r.member('A')).toMatchObject({ periods: [{ registeredOn: INCORPORATED, ceasedOn: null }], shareNumbers: [1] });
    expect(r.share(1)).toMatchObject({ holderId: 'A', shareClass: 'ordinary', nominalPence: 100, paidUpPence: 40, issuedOn: INCORPORATED });
    expect(r.totals).toEqual({ issuedShares: 1, currentMembers: 1 });
  });

  it('EVENT_BEFORE_INCORPORATION: nothing takes effect before the company was incorporated', () => {
    expect(outcome(() => ShareRegister.empty(company()).apply(allot(1, holder('A'), '2014-08-31')))).toBe('EVENT_BEFORE_INCORPORATION');
  });

  it('RM-5: a share number already allotted cannot be allotted again (SHARE_NUMBER_ALREADY_USED)', () => {
    expect(outcome(() => twoPractices().apply(allot(2, holder('C'))))).toBe('SHARE_NUMBER_ALREADY_USED');
  });

  it("RM-5: a cancelled share's number is never reused (SHARE_NUMBER_ALREADY_USED)", () => {
    const r = twoPractices().apply(cancel(2, 'B', '2016-01-01'));
    expect(outcome(() => r.apply(allot(2, holder('C'), '2016-02-01')))).toBe('SHARE_NUMBER_ALREADY_USED');
    expect(outcome(() => r.apply(allot(3, holder('C'), '2016-02-01')))).toBe('ACCEPTED');
  });

  it.each([0, -1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('RM-5: share number %p is not a share number (INVALID_SHARE_NUMBER)', (n) => {
    expect(outcome(() => ShareRegister.empty(company()).apply(allot(n, holder('A'))))).toBe('INVALID_SHARE_NUMBER');
    expect(outcome(() => twoPractices().apply(transfer(n, 'A', holder('C'), '2015-01-01')))).toBe('INVALID_SHARE_NUMBER');
  });

  it('RM-1: a class of share the articles do not provide for is refused (SHARE_CLASS_NOT_IN_ARTICLES)', () => {
    expect(outcome(() => twoPractices().apply(allot(3, holder('C'), INCORPORATED, { shareClass: 'preference' })))).toBe('SHARE_CLASS_NOT_IN_ARTICLES');
  });

  it('RM-1: a nominal value other than the articles set is refused (NOMINAL_VALUE_NOT_IN_ARTICLES)', () => {
    expect(outcome(() => twoPractices().apply(allot(3, holder('C'), INCORPORATED, { nominalPence: 50, paidUpPence: 50 })))).toBe(
      'NOMINAL_VALUE_NOT_IN_ARTICLES',
    );
  });

  it('RM-1: more paid up than the nominal value is refused (PAID_UP_EXCEEDS_NOMINAL)', () => {
    expect(outcome(() => twoPractices().apply(allot(3, holder('C'), INCORPORATED, { paidUpPence: 101 })))).toBe('PAID_UP_EXCEEDS_NOMINAL');
  });

  it.each<[string, Partial<ShareAllotment>]>([
    ['negative paid up', { paidUpPence: -1 }],
    ['fractional pence', { nominalPence: 100.5 }],
    ['NaN nominal', { nominalPence: Number.NaN }],
  ])('RM-1: amounts must be whole, non-negative pence: %s (INVALID_AMOUNT)', (_label, more) => {
    expect(outcome(() => twoPractices().apply(allot(3, holder('C'), INCORPORATED, more)))).toBe('INVALID_AMOUNT');
  });

  it('SH-5: a member of a one-share company cannot be allotted a second share (MEMBER_ALREADY_HOLDS_A_SHARE)', () => {
    expect(outcome(() => twoPractices().apply(allot(3, holder('A'), '2015-01-01')))).toBe('MEMBER_ALREADY_HOLDS_A_SHARE');
  });

  it('SH-5: a practice already on the register cannot be entered again as another member (PRACTICE_ALREADY_A_MEMBER)', () => {
    expect(outcome(() => twoPractices().apply(allot(3, holder('A2', 'practice-A'), '2015-01-01')))).toBe('PRACTICE_ALREADY_A_MEMBER');
  });

  it('RM-2: practice-only articles refuse a holder not linked to a practice (HOLDER_NOT_ELIGIBLE)', () => {
    expect(outcome(() => twoPractices().apply(allot(3, holder('X', null))))).toBe('HOLDER_NOT_ELIGIBLE');
    expect(outcome(() => twoPractices().apply(transfer(1, 'A', holder('X', null), '2015-01-01')))).toBe('HOLDER_NOT_ELIGIBLE');
  });

  it('articles allowing several shares per member, held by anyone, accept a second share for the same person', () => {
    const r = fold([allot(1, holder('P', null)), allot(2, holder('P', null), '2015-01-01')], anyoneManyShares);
    expect(r.member('P')).toMatchObject({ shareNumbers: [1, 2], periods: [{ registeredOn: INCORPORATED, ceasedOn: null }] });
    expect(r.totals).toEqual({ issuedShares: 2, currentMembers: 1 });
  });
});

describe('Transfer (SH-3, SH-5)', () => {
  it('SH-3/RM-1: a transfer makes the transferor a former member ceasing on the registration date and registers the recipient that day', () => {
    const r = twoPractices().apply(transfer(1, 'A', holder('C'), '2016-04-01', '2016-03-01'));
    expect(r.member('A')).toMatchObject({ periods: [{ registeredOn: INCORPORATED, ceasedOn: '2016-04-01' }], shareNumbers: [] });
    expect(r.member('C')).toMatchObject({ periods: [{ registeredOn: '2016-04-01', ceasedOn: null }], shareNumbers: [1] });
    expect(r.share(1)).toMatchObject({ holderId: 'C', issuedOn: INCORPORATED, lastChangedOn: '2016-04-01' });
    expect(r.totals).toEqual({ issuedShares: 2, currentMembers: 2 });
  });

  it('SH-3: a transfer cannot be registered before it was lodged (TRANSFER_REGISTERED_BEFORE_LODGED)', () => {
    expect(outcome(() => twoPractices().apply(transfer(1, 'A', holder('C'), '2016-03-01', '2016-03-02')))).toBe('TRANSFER_REGISTERED_BEFORE_LODGED');
  });

  it('SH-3: a share cannot be transferred to its own holder (TRANSFER_TO_SAME_MEMBER)', () => {
    expect(outcome(() => twoPractices().apply(transfer(1, 'A', holder('A'), '2016-03-01')))).toBe('TRANSFER_TO_SAME_MEMBER');
  });

  it('SH-3: only the holder can transfer a share (SHARE_NOT_HELD_BY_MEMBER)', () => {
    expect(outcome(() => twoPractices().apply(transfer(1, 'B', holder('C'), '2016-03-01')))).toBe('SHARE_NOT_HELD_BY_MEMBER');
  });

  it('SH-3: a share never allotted cannot be transferred (SHARE_NOT_ISSUED)', () => {
    expect(outcome(() => twoPractices().apply(transfer(9, 'A', holder('C'), '2016-03-01')))).toBe('SHARE_NOT_ISSUED');
  });

  it('SH-5: a share cannot be transferred to a current member of a one-share company (MEMBER_ALREADY_HOLDS_A_SHARE)', () => {
    expect(outcome(() => twoPractices().apply(transfer(1, 'A', holder('B'), '2016-03-01')))).toBe('MEMBER_ALREADY_HOLDS_A_SHARE');
  });

  it('SH-5: a share cannot be transferred to a new entry for a practice already on the register (PRACTICE_ALREADY_A_MEMBER)', () => {
    expect(outcome(() => twoPractices().apply(transfer(1, 'A', holder('B2', 'practice-B'), '2016-03-01')))).toBe('PRACTICE_ALREADY_A_MEMBER');
  });

  it("RM-2/SH-5: when a practice's partners change, its share passes to the new partners' entry for the same practice", () => {
    const r = twoPractices().apply(transfer(1, 'A', holder('A-2020', 'practice-A'), '2020-04-01'));
    expect(r.member('A-2020')).toMatchObject({ practiceId: 'practice-A', shareNumbers: [1] });
    expect(r.member('A')?.periods).toMatchObject([{ registeredOn: INCORPORATED, ceasedOn: '2020-04-01' }]);
    expect(outcome(() => r.apply(allot(3, holder('A-other', 'practice-A'), '2020-05-01')))).toBe('PRACTICE_ALREADY_A_MEMBER');
  });

  it("RM-3: a transfer dated before the share's last change is refused (EVENT_PREDATES_DEPENDENCY)", () => {
    const r = twoPractices().apply(transfer(1, 'A', holder('C'), '2016-03-01'));
    expect(outcome(() => r.apply(transfer(1, 'C', holder('D'), '2016-02-28')))).toBe('EVENT_PREDATES_DEPENDENCY');
    expect(outcome(() => r.apply(transfer(1, 'C', holder('D'), '2016-03-01')))).toBe('ACCEPTED');
  });

  it("RM-3: a backdated transfer to a member whose entry changed later is refused (EVENT_PREDATES_DEPENDENCY)", () => {
    const r = twoPractices().apply(transfer(2, 'B', holder('C'), '2016-03-01'));
    expect(outcome(() => r.apply(transfer(1, 'A', holder('B'), '2016-01-01')))).toBe('EVENT_PREDATES_DEPENDENCY');
  });

  it('RM-3: a backdated release by a member whose entry changed later is refused (EVENT_PREDATES_DEPENDENCY)', () => {
    // P held shares 1 and 2; share 2 was bought back in 2017, so P ceased only then, not in 2016.
    const r = fold([allot(1, holder('P', null)), allot(2, holder('P', null), '2015-01-01'), cancel(2, 'P', '2017-01-01')], anyoneManyShares);
    expect(outcome(() => r.apply(transfer(1, 'P', holder('Q', null), '2016-06-01')))).toBe('EVENT_PREDATES_DEPENDENCY');
    expect(outcome(() => r.apply(cancel(1, 'P', '2016-06-01')))).toBe('EVENT_PREDATES_DEPENDENCY');
  });

  it('SH-5: a backdated entry for a practice whose previous member left later is refused (EVENT_PREDATES_DEPENDENCY)', () => {
    // Practice A was a member until 2020; a 2019 entry for it under another member would give it two shares in 2019.
    const r = twoPractices().apply(transfer(1, 'A', holder('C'), '2020-01-01'));
    expect(outcome(() => r.apply(allot(3, holder('A2', 'practice-A'), '2019-01-01')))).toBe('EVENT_PREDATES_DEPENDENCY');
    expect(outcome(() => r.apply(allot(3, holder('A2', 'practice-A'), '2020-01-01')))).toBe('ACCEPTED');
  });
});

describe('Cancellation (SH-4, SH-5)', () => {
  it('SH-4: a bought-back share is cancelled and its holder ceases that day; the share stays on record', () => {
    const r = twoPractices().apply(cancel(2, 'B', '2018-06-30'));
    expect(r.share(2)).toMatchObject({ holderId: null, cancelledOn: '2018-06-30', issuedOn: INCORPORATED });
    expect(r.member('B')).toMatchObject({ shareNumbers: [], periods: [{ registeredOn: INCORPORATED, ceasedOn: '2018-06-30' }] });
    expect(r.totals).toEqual({ issuedShares: 1, currentMembers: 1 });
  });

  it('SH-4: a cancelled share cannot be cancelled or transferred again (SHARE_ALREADY_CANCELLED)', () => {
    const r = twoPractices().apply(cancel(2, 'B', '2018-06-30'));
    expect(outcome(() => r.apply(cancel(2, 'B', '2018-07-01')))).toBe('SHARE_ALREADY_CANCELLED');
    expect(outcome(() => r.apply(transfer(2, 'B', holder('C'), '2018-07-01')))).toBe('SHARE_ALREADY_CANCELLED');
  });

  it('SH-4: only the holder can surrender a share (SHARE_NOT_HELD_BY_MEMBER)', () => {
    expect(outcome(() => twoPractices().apply(cancel(2, 'A', '2018-06-30')))).toBe('SHARE_NOT_HELD_BY_MEMBER');
  });
});

describe('Former members (RM-1, RM-4)', () => {
  it('RM-1/RM-4: a former member who rejoins keeps the old entry, with its old name, and gets a second one', () => {
    const renamed = { ...holder('A'), name: 'New Partners of A' };
    const r = fold([allot(1, holder('A')), transfer(1, 'A', holder('C'), '2016-01-01'), allot(2, renamed, '2019-05-01')]);
    expect(r.member('A')?.periods).toEqual([
      { name: 'Partners of A', address: 'A Surgery, London E1', registeredOn: INCORPORATED, ceasedOn: '2016-01-01' },
      { name: 'New Partners of A', address: 'A Surgery, London E1', registeredOn: '2019-05-01', ceasedOn: null },
    ]);
    expect(r.member('A')?.shareNumbers).toEqual([2]);
  });
});

describe('Applying and folding the ledger (RM-3)', () => {
  it('RM-3: apply() returns a new register and leaves the original as it was, whether the event is accepted or refused', () => {
    const original = twoPractices();
    const before = state(original);
    const next = original.apply(transfer(1, 'A', holder('C'), '2016-01-01'));
    expect(outcome(() => original.apply(transfer(2, 'B', holder('A'), '2016-01-01')))).toBe('MEMBER_ALREADY_HOLDS_A_SHARE');
    expect(state(original)).toEqual(before);
    expect(next.share(1)?.holderId).toBe('C');
    expect(original.share(1)?.holderId).toBe('A');
  });

  it('RM-3: fold() takes events in effective-date order, keeping the recorded order of same-day events', () => {
    // Recorded out of date order: C→D (2016) is listed before the allotment and A→C (2015) it depends on.
    expect(fold([transfer(1, 'C', holder('D'), '2016-01-01'), allot(1, holder('A')), transfer(1, 'A', holder('C'), '2015-06-01')]).share(1)?.holderId).toBe('D');
    const sameDay = [allot(1, holder('A')), transfer(1, 'A', holder('C'), '2016-01-01'), transfer(1, 'C', holder('D'), '2016-01-01')];
    expect(fold(sameDay).member('C')?.periods).toMatchObject([{ registeredOn: '2016-01-01', ceasedOn: '2016-01-01' }]);
    expect(outcome(() => fold([sameDay[0], sameDay[2], sameDay[1]]))).toBe('SHARE_NOT_HELD_BY_MEMBER');
  });

  it('fold() names the event that broke a rule in the error details', () => {
    const bad = transfer(7, 'A', holder('C'), '2016-01-01');
    const error = thrown(() => fold([allot(1, holder('A')), bad]));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'SHARE_NOT_ISSUED', details: { eventId: bad.eventId, shareNumber: 7 } });
  });

  const full = () => fold([allot(1, holder('A')), allot(2, holder('B')), allot(3, holder('C')), transfer(3, 'C', holder('D'), '2016-01-01')]);
  /** Only what an event names: its share, its members, and the members linked to the recipient's practice. */
  function relevant(r: ShareRegister, event: ShareEvent): ShareRegister {
    const practiceId = event.type === 'allotment' ? event.holder.practiceId : event.type === 'transfer' ? event.to.practiceId : null;
    const members = r.allMembers().filter((m) => membersOf(event).includes(m.memberId) || (practiceId !== null && m.practiceId === practiceId));
    const shares = r.allShares().filter((s) => s.shareNumber === shareOf(event));
    return ShareRegister.fromSnapshot(r.company, { shares, members });
  }

  it.each<[string, ShareEvent, string]>([
    ['a good transfer', transfer(1, 'A', holder('E'), '2017-01-01'), 'ACCEPTED'],
    ['a transfer to a current member', transfer(1, 'A', holder('B'), '2017-01-01'), 'MEMBER_ALREADY_HOLDS_A_SHARE'],
    ['a transfer to a new entry for a current practice', transfer(1, 'A', holder('B2', 'practice-B'), '2017-01-01'), 'PRACTICE_ALREADY_A_MEMBER'],
    ['a backdated allotment for a practice whose member left later', allot(9, holder('C2', 'practice-C'), '2015-01-01'), 'EVENT_PREDATES_DEPENDENCY'],
    ['a transfer dated before the share last changed', transfer(3, 'D', holder('E'), '2015-12-31'), 'EVENT_PREDATES_DEPENDENCY'],
    ['a reused share number', allot(2, holder('E'), '2017-01-01'), 'SHARE_NUMBER_ALREADY_USED'],
    ['a new allotment', allot(4, holder('E'), '2017-01-01'), 'ACCEPTED'],
    ['a cancellation by the wrong member', cancel(2, 'A', '2017-01-01'), 'SHARE_NOT_HELD_BY_MEMBER'],
    ['a cancellation', cancel(2, 'B', '2017-01-01'), 'ACCEPTED'],
  ])('fromSnapshot() with only the relevant shares and members decides %s as the full register does', (_label, event, expected) => {
    const r = full();
    expect(outcome(() => r.apply(event))).toBe(expected);
    expect(outcome(() => relevant(r, event).apply(event))).toBe(expected);
  });
});

describe('A register taking events one at a time in place (stepwise)', () => {
  it('SH-1, SH-3: steps reach the register `apply` reaches, a refused step changes nothing, and each gives its members as they were before it', () => {
    const start = twoPractices();
    const events = [cancel(2, 'B', '2015-01-01'), transfer(1, 'A', holder('B'), '2015-02-01'), allot(3, holder('C'), '2015-03-01')];
    const { register, step } = start.stepwise();
    const before = events.map((e) => step(e));
    expect(state(register)).toEqual(state(events.reduce((r, e) => r.apply(e), start)));
    expect(before[1]('B')).toMatchObject({ shareNumbers: [] });
    expect(before[1]('A')).toMatchObject({ shareNumbers: [1] });
    // The register the steps started from is left as it was.
    expect(state(start)).toEqual(state(twoPractices()));
    const taken = state(register);
    expect(outcome(() => step(allot(4, holder('B'), '2015-04-01')))).toBe('MEMBER_ALREADY_HOLDS_A_SHARE');
    expect(state(register)).toEqual(taken);
  });
});
