import { calendarDate, instant } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { DomainError } from '../errors';
import { pendingPracticeShares, practiceShareDuties } from './practice-closure';
import { addPracticeEvent, checkPracticeEligible, evolvePractices, foldPractices, isEligible, particularsOn, practiceList, type PracticeEvent, type PracticeList } from './practice-events';
import type { Holder, ShareEvent } from './share-event';

const d = calendarDate;
const company: Company = {
  id: 'c', name: 'Example CIC', companyNumber: null, incorporatedOn: d('2014-09-01'), registeredOffice: '1 Example Street',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};
const start = (): PracticeList =>
  practiceList(['p1', 'p2', 'p3'].map((id, i) => ({ id, odsCode: `Z0000${i + 1}`, name: `Practice ${i + 1}`, address: `${i + 1} Road`, networkName: null })));
const admit = (practiceId: string, on: string, odsCode = practiceId.toUpperCase()): PracticeEvent => ({
  type: 'practice-admitted', effectiveOn: d(on), practiceId, odsCode, name: `New ${practiceId}`, address: '9 New Road', networkId: null,
});
const rename = (practiceId: string, on: string, name: string): PracticeEvent => ({
  type: 'practice-particulars-changed', effectiveOn: d(on), recordedAt: instant(`${on}T10:00:00.000Z`), practiceId, name, address: '1 Road',
});
const close = (practiceId: string, on: string, successorPracticeId: string | null = null, reason: 'closed' | 'merged' | 'contract-ended' = successorPracticeId ? 'merged' : 'closed'): PracticeEvent => ({
  type: 'practice-closed', effectiveOn: d(on), practiceId, reason, successorPracticeId, eventId: `close-${practiceId}`,
});
const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ACCEPTED';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
};

describe('the practice list (RM-1, RM-2, SH-5)', () => {
  it('RM-1: an admitted practice is eligible from the day it joins the list, not before', () => {
    const list = foldPractices(start(), [admit('p4', '2026-04-01')]);
    expect(isEligible(list, 'p4', d('2026-03-31'))).toBe(false);
    expect(isEligible(list, 'p4', d('2026-04-01'))).toBe(true);
    expect(code(() => checkPracticeEligible(list, 'p4', d('2026-03-31')))).toBe('PRACTICE_NOT_ELIGIBLE');
    expect(code(() => checkPracticeEligible(list, 'nobody', d('2026-04-01')))).toBe('PRACTICE_NOT_ELIGIBLE');
  });

  it('RM-1: a practice id or ODS code already on the list cannot join it again', () => {
    expect(code(() => evolvePractices(start(), admit('p1', '2026-04-01', 'Z99999')))).toBe('PRACTICE_ALREADY_LISTED');
    expect(code(() => evolvePractices(start(), admit('p9', '2026-04-01', 'Z00002')))).toBe('PRACTICE_ALREADY_LISTED');
  });

  it('RM-3: a change of particulars keeps the old ones before its date and the new ones from it, with when it was entered', () => {
    const list = foldPractices(start(), [rename('p1', '2026-05-01', 'Renamed')]);
    const p1 = list.get('p1')!;
    expect(particularsOn(p1, d('2026-04-30')).name).toBe('Practice 1');
    expect(particularsOn(p1, d('2026-05-01'))).toEqual({ from: '2026-05-01', name: 'Renamed', address: '1 Road', recordedAt: '2026-05-01T10:00:00.000Z' });
    expect(code(() => evolvePractices(list, rename('p1', '2026-04-01', 'Earlier')))).toBe('EVENT_PREDATES_DEPENDENCY');
    expect(code(() => evolvePractices(list, rename('p1', '2026-06-01', 'Renamed')))).toBe('PARTICULARS_UNCHANGED');
    expect(code(() => evolvePractices(list, rename('p9', '2026-06-01', 'Nobody')))).toBe('PRACTICE_UNKNOWN');
  });

  it('SH-5: a practice that ceased is not eligible from that day, and changes or a second closure are refused', () => {
    const list = foldPractices(start(), [close('p2', '2026-06-30', 'p1')]);
    expect(isEligible(list, 'p2', d('2026-06-29'))).toBe(true);
    expect(isEligible(list, 'p2', d('2026-06-30'))).toBe(false);
    expect(code(() => evolvePractices(list, rename('p2', '2026-07-01', 'Too late')))).toBe('PRACTICE_CLOSED');
    expect(code(() => evolvePractices(list, close('p2', '2026-07-01')))).toBe('PRACTICE_CLOSED');
  });

  it('SH-5: a practice ceases once: a second closure dated before the first is refused too, so the list always folds', () => {
    const history = [close('p2', '2026-09-01')];
    expect(code(() => addPracticeEvent(start(), history, close('p2', '2026-08-01')))).toBe('PRACTICE_CLOSED');
    expect(code(() => addPracticeEvent(start(), history, close('p2', '2010-09-01')))).toBe('PRACTICE_CLOSED');
    expect(addPracticeEvent(start(), history, close('p3', '2026-08-01')).get('p3')!.closure?.on).toBe('2026-08-01');
  });

  it('SH-5: a closure cannot be dated before the practice\'s last change, nor before a merger into it', () => {
    expect(code(() => addPracticeEvent(start(), [rename('p1', '2026-05-01', 'Renamed')], close('p1', '2026-04-30')))).toBe('EVENT_PREDATES_DEPENDENCY');
    expect(code(() => addPracticeEvent(start(), [close('p2', '2026-06-30', 'p1')], close('p1', '2026-06-15')))).toBe('EVENT_PREDATES_DEPENDENCY');
    expect(code(() => addPracticeEvent(start(), [close('p2', '2026-06-30', 'p1')], close('p1', '2026-06-30')))).toBe('EVENT_PREDATES_DEPENDENCY');
    expect(addPracticeEvent(start(), [close('p2', '2026-06-30', 'p1')], close('p1', '2026-07-01')).get('p1')!.closure?.on).toBe('2026-07-01');
  });

  it('SH-5: a merger names another practice open that day as its successor', () => {
    expect(code(() => evolvePractices(start(), close('p1', '2026-06-30', null, 'merged')))).toBe('PRACTICE_SUCCESSOR_INVALID');
    expect(code(() => evolvePractices(start(), close('p1', '2026-06-30', 'p1')))).toBe('PRACTICE_SUCCESSOR_INVALID');
    expect(code(() => evolvePractices(start(), close('p1', '2026-06-30', 'p9')))).toBe('PRACTICE_SUCCESSOR_INVALID');
    const p3Closed = foldPractices(start(), [close('p3', '2026-06-01')]);
    expect(code(() => evolvePractices(p3Closed, close('p1', '2026-06-30', 'p3')))).toBe('PRACTICE_SUCCESSOR_INVALID');
  });
});

describe('SH-5: a successor goes only with a merger', () => {
  const refusal = (event: PracticeEvent) => {
    try {
      addPracticeEvent(start(), [], event);
    } catch (e) {
      return e instanceof DomainError ? { code: e.code, field: e.details?.field, message: e.message } : e;
    }
    return undefined;
  };

  it('SH-5: a practice that closed, or whose contract ended, names no successor: refused naming successorPracticeId', () => {
    for (const reason of ['closed', 'contract-ended'] as const) {
      expect(refusal(close('p1', '2026-06-30', 'p2', reason))).toMatchObject({ code: 'PRACTICE_SUCCESSOR_INVALID', field: 'successorPracticeId', message: expect.stringContaining('only a merger names a successor practice') });
    }
    expect(addPracticeEvent(start(), [], close('p1', '2026-06-30', null, 'closed')).get('p1')!.closure).toMatchObject({ reason: 'closed', successorPracticeId: null });
    // One recorded before the rule still folds.
    expect(foldPractices(start(), [close('p1', '2026-06-30', 'p2', 'closed')]).get('p1')!.closure).toMatchObject({ reason: 'closed', successorPracticeId: 'p2' });
  });

  it('SH-5: a practice cannot merge into itself, and the refusal says so', () => {
    expect(refusal(close('p1', '2026-06-30', 'p1', 'merged'))).toMatchObject({ code: 'PRACTICE_SUCCESSOR_INVALID', field: 'successorPracticeId', message: expect.stringContaining('cannot merge into itself') });
  });
});

describe("SH-5: the duty a ceased practice's share raises", () => {
  let seq = 0;
  const stamp = (on: string) => ({ eventId: `e${++seq}`, effectiveOn: d(on), recordedAt: instant(`${on}T09:00:00.000Z`) });
  const holder = (n: number): Holder => ({ memberId: `m${n}`, name: `Partners of practice ${n}`, address: `${n} Road`, practiceId: `p${n}` });
  const allot = (n: number, on = '2014-09-01'): ShareEvent => ({ ...stamp(on), type: 'allotment', shareNumber: n, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: holder(n) });
  const seeded = [allot(1), allot(2)];

  it('SH-5: merging into a member practice owes the surrender of the surplus share, done when it is cancelled', () => {
    const list = foldPractices(start(), [close('p2', '2026-06-30', 'p1')]);
    const [duty] = practiceShareDuties(company, list, seeded);
    expect(duty).toMatchObject({ practiceId: 'p2', shareNumber: 2, memberId: 'm2', action: 'surrender', ceasedOn: '2026-06-30', dueOn: '2026-08-30', doneOn: null });
    const surrendered: ShareEvent = { ...stamp('2026-07-15'), type: 'cancellation', shareNumber: 2, memberId: 'm2', reason: 'surrender', note: null };
    expect(practiceShareDuties(company, list, [...seeded, surrendered])[0].doneOn).toBe('2026-07-15');
  });

  it('SH-5: the register flags the member from the day its practice ceased until the day its share leaves it', () => {
    const list = foldPractices(start(), [close('p2', '2026-06-30', 'p1')]);
    const surrendered: ShareEvent = { ...stamp('2026-07-15'), type: 'cancellation', shareNumber: 2, memberId: 'm2', reason: 'surrender', note: null };
    const duties = practiceShareDuties(company, list, [...seeded, surrendered]);
    expect([...pendingPracticeShares(duties, d('2026-06-29')).keys()]).toEqual([]);
    expect(pendingPracticeShares(duties, d('2026-06-30')).get('m2')).toEqual([expect.objectContaining({ shareNumber: 2, action: 'surrender', dueOn: '2026-08-30' })]);
    expect([...pendingPracticeShares(duties, d('2026-07-14')).keys()]).toEqual(['m2']);
    expect([...pendingPracticeShares(duties, d('2026-07-15')).keys()]).toEqual([]);
    expect([...pendingPracticeShares(practiceShareDuties(company, list, seeded), d('2027-01-01')).keys()]).toEqual(['m2']);
  });

  it('SH-5: a successor that is not a member is owed the transfer; with no successor the share is bought back', () => {
    const toNew = foldPractices(start(), [close('p2', '2026-06-30', 'p3')]);
    expect(practiceShareDuties(company, toNew, seeded)[0].action).toBe('transfer to the successor');
    const closed = foldPractices(start(), [close('p2', '2026-06-30', null, 'contract-ended')]);
    expect(practiceShareDuties(company, closed, seeded)[0].action).toBe('buy-back');
    const transferred: ShareEvent = { ...stamp('2026-07-01'), type: 'transfer', shareNumber: 2, fromMemberId: 'm2', to: holder(3), lodgedOn: d('2026-07-01') };
    expect(practiceShareDuties(company, toNew, [...seeded, transferred])[0].doneOn).toBe('2026-07-01');
  });

  it('SH-5: a practice that held no share when it ceased owes nothing', () => {
    const list = foldPractices(start(), [close('p3', '2026-06-30')]);
    expect(practiceShareDuties(company, list, seeded)).toEqual([]);
  });
});
