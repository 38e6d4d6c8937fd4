import { addDays, calendarDate, instant, type CalendarDate } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import type { Holder, ShareEvent } from '../share-register/share-event';
import { ShareRegister } from '../share-register/share-register';
import { pscStatementsOf } from './psc';
import { PscHistory } from './psc-history';

const company: Company = {
  id: 'company-1', name: 'Example GP Care Group CIC', companyNumber: '09000001', incorporatedOn: calendarDate('2014-09-01'),
  registeredOffice: '1 Example Street, London E1 1AA',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: false, memberEligibility: 'any' },
};

/** A small deterministic generator (mulberry32). */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A valid share ledger of `n` events over a few members who may hold several shares, so that holders
 * cross 25% and back: allotments, transfers, cancellations and changes of particulars, several on
 * some days. Each candidate is kept only if the register accepts it.
 */
function ledger(seed: number, n: number): ShareEvent[] {
  const random = prng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const holder = (m: number): Holder => ({ memberId: `m${m}`, name: `Member ${m}`, address: `${m} High Street, London E1`, practiceId: null });
  let register = ShareRegister.empty(company);
  const events: ShareEvent[] = [];
  let day: CalendarDate = calendarDate('2014-09-01');
  let nextShare = 1;
  for (let i = 1; events.length < n; i += 1) {
    if (random() < 0.6) day = addDays(day, 1 + Math.floor(random() * 20));
    const base = { eventId: String(i), effectiveOn: day, recordedAt: instant(`${day}T09:00:00.000Z`) };
    const held = register.allShares().filter((s) => s.holderId !== null);
    const r = random();
    const event: ShareEvent =
      r < 0.4 || held.length === 0
        ? { ...base, type: 'allotment', shareNumber: nextShare, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: holder(Math.floor(random() * 6)) }
        : r < 0.7
          ? (() => {
              const s = pick(held);
              return { ...base, type: 'transfer' as const, shareNumber: s.shareNumber, fromMemberId: s.holderId!, to: holder(Math.floor(random() * 6)), lodgedOn: day };
            })()
          : r < 0.85
            ? (() => {
                const s = pick(held);
                return { ...base, type: 'cancellation' as const, shareNumber: s.shareNumber, memberId: s.holderId!, reason: 'buy-back' as const, note: null };
              })()
            : { ...base, type: 'particulars-change', memberId: pick(held).holderId!, name: `Member renamed ${i}`, address: `${i} Mile End Road, London E1` };
    try {
      register = register.apply(event);
    } catch {
      continue;
    }
    if (event.type === 'allotment') nextShare += 1;
    events.push(event);
  }
  return events;
}

describe('PscHistory: the PSC statements (EC-5) as a fold taken further', () => {
  it('EC-5: extended from any point, gives the statements of the whole ledger, as pscStatementsOf does', () => {
    for (const seed of [1, 2, 3]) {
      const events = ledger(seed, 120);
      const whole = pscStatementsOf(company, events);
      expect(whole.length).toBeGreaterThan(2);
      expect(whole.some((s) => s.statement === 'registrable-persons')).toBe(true);
      expect(PscHistory.of(company, events).statements).toEqual(whole);
      for (let k = 0; k <= events.length; k += 7) {
        const extended = PscHistory.of(company, events.slice(0, k)).extend(events.slice(k));
        expect({ k, statements: extended?.statements }).toEqual({ k, statements: whole });
      }
    }
  });

  it('EC-5: taken further one event at a time, and again on the same day, it keeps to the whole fold', () => {
    const events = ledger(4, 80);
    let history = PscHistory.of(company, []);
    for (const [i, event] of events.entries()) {
      history = history.extend([event])!;
      expect(history.statements).toEqual(pscStatementsOf(company, events.slice(0, i + 1)));
    }
    expect(history.lastDay).toBe(events[events.length - 1]!.effectiveOn);
  });

  it('refuses to extend with an event dated before its last day (the caller folds again), and leaves itself unchanged', () => {
    const events = ledger(5, 40);
    const history = PscHistory.of(company, events);
    const statements = history.statements;
    const earlier = { ...events[0]!, eventId: 'late', effectiveOn: addDays(history.lastDay!, -1) } as ShareEvent;
    expect(history.extend([earlier])).toBeNull();
    expect(history.extend([])).toBe(history);
    expect(history.statements).toBe(statements);
    // Extending a history does not change it (the register it keeps is copied first): the same base
    // taken further twice gives the same, and still is what it was.
    const more = ledger(6, 60);
    const base = PscHistory.of(company, more.slice(0, 30));
    const whole = pscStatementsOf(company, more);
    expect(base.extend(more.slice(30))!.statements).toEqual(whole);
    expect(base.extend(more.slice(30))!.statements).toEqual(whole);
    expect(base.statements).toEqual(pscStatementsOf(company, more.slice(0, 30)));
  });
});
