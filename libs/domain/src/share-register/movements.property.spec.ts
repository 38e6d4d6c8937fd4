import fc from 'fast-check';
import { addDays, calendarDate, instant, type CalendarDate } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { DomainError } from '../errors';
import { PscHistory } from '../officers/psc-history';
import { pscNotificationDuties, pscPositionKey } from '../officers/psc';
import { checkCorrection, correctedMovements, correctedShareEvents, type ShareCorrection } from './corrections';
import { practiceShareDuties } from './practice-closure';
import { foldPractices, practiceList, type PracticeEvent } from './practice-events';
import { shareOf, type Holder, type ShareEvent } from './share-event';
import { ShareRegister } from './share-register';

const INCORPORATED = calendarDate('2014-09-01');
const RUNS = { numRuns: 200, seed: 20_261_204 };
const company: Company = {
  id: 'c', name: 'Example GP Care Group CIC', companyNumber: null, incorporatedOn: INCORPORATED, registeredOffice: '1 Example Street',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};
const holder = (i: number): Holder => ({ memberId: `m${i}`, name: `Holder ${i}`, address: `${i} Road`, practiceId: `p${i % 6}` });
const on = (d: number): CalendarDate => addDays(INCORPORATED, d);
/** Practice p1 merges into p2 on day 40, p3 ceases on day 50: the SH-5 duties count from those days. */
const practices = foldPractices(
  practiceList(['p0', 'p1', 'p2', 'p3', 'p4', 'p5'].map((id, i) => ({ id, odsCode: `Z0000${i}`, name: `Practice ${i}`, address: `${i} Road`, networkName: null }))),
  [
    { type: 'practice-closed', effectiveOn: on(40), practiceId: 'p1', reason: 'merged', successorPracticeId: 'p2', eventId: 'close-p1' },
    { type: 'practice-closed', effectiveOn: on(50), practiceId: 'p3', reason: 'closed', successorPracticeId: null, eventId: 'close-p3' },
  ] satisfies PracticeEvent[],
);

type Op =
  | { kind: 'allot'; share: number; to: number; day: number }
  | { kind: 'transfer'; pick: number; to: number; day: number }
  | { kind: 'cancel'; pick: number; day: number }
  | { kind: 'rename'; pick: number; day: number }
  | { kind: 'correct'; pick: number; replace: boolean; to: number; shift: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('allot' as const), share: fc.integer({ min: 1, max: 6 }), to: fc.nat(7), day: fc.nat(60) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('transfer' as const), pick: fc.nat(20), to: fc.nat(7), day: fc.nat(60) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat(20), day: fc.nat(60) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(20), day: fc.nat(60) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('correct' as const), pick: fc.nat(30), replace: fc.boolean(), to: fc.nat(7), shift: fc.integer({ min: -5, max: 5 }) }) },
);

/** Runs the operations, keeping each the domain accepts: share movements, changes of particulars and corrections of either. */
function run(list: Op[]) {
  const events: ShareEvent[] = [];
  const corrections: ShareCorrection[] = [];
  let renamed = 0;
  list.forEach((o, i) => {
    const stamp = { eventId: String(i + 1), recordedAt: instant(new Date(Date.UTC(2024, 0, 1) + i * 1000)) };
    const inForce = correctedShareEvents(events, corrections);
    const members = ShareRegister.fold(company, inForce).allMembers().filter((m) => m.shareNumbers.length > 0);
    const candidate = (): ShareEvent | ShareCorrection | null => {
      const member = members[('pick' in o ? o.pick : 0) % Math.max(1, members.length)];
      if (o.kind === 'allot') return { ...stamp, effectiveOn: on(o.day), type: 'allotment', shareNumber: o.share, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: holder(o.to) };
      if (member === undefined) return null;
      if (o.kind === 'transfer') return { ...stamp, effectiveOn: on(o.day), type: 'transfer', shareNumber: member.shareNumbers[0]!, fromMemberId: member.memberId, to: holder(o.to), lodgedOn: on(o.day) };
      if (o.kind === 'cancel') return { ...stamp, effectiveOn: on(o.day), type: 'cancellation', shareNumber: member.shareNumbers[0]!, memberId: member.memberId, reason: 'surrender', note: null };
      if (o.kind === 'rename') return { ...stamp, effectiveOn: on(o.day), type: 'particulars-change', memberId: member.memberId, name: `Renamed ${i}`, address: `${i} New Road` };
      const target = inForce[o.pick % inForce.length]!;
      const replacement: ShareEvent | null =
        !o.replace ? null
        : target.type === 'transfer' ? { ...target, effectiveOn: addDays(target.effectiveOn, o.shift), to: holder(o.to) }
        : target.type === 'particulars-change' ? { ...target, name: `Corrected ${i}` }
        : null;
      return { ...stamp, effectiveOn: on(90), type: 'correction', correctsEventId: target.eventId, reason: 'error', courtOrderReference: null, replacement };
    };
    try {
      const next = candidate();
      if (next === null) return;
      if (next.type === 'correction') {
        checkCorrection(company, events, corrections, next);
        corrections.push(next);
      } else {
        ShareRegister.fold(company, [...inForce, next]);
        events.push(next);
        if (next.type === 'particulars-change') renamed += 1;
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
  });
  return { events, corrections, renamed };
}

/** What the PSC notification duties read of a statement: the day, the statement and who it names. */
const positions = (statements: readonly { from: CalendarDate; statement: string; persons: readonly { memberId: string }[] }[]) => statements.map((s) => `${s.from} ${pscPositionKey(s as never)}`);

describe('The share movements in force, read without the changes of particulars (random ledgers)', () => {
  it('RM-4, SR-4: correctedMovements of the movements alone is correctedShareEvents of every entry less the changes of particulars, whatever was corrected', () => {
    const seen = { renamed: 0, corrections: 0 };
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40, size: 'max' }), (list) => {
        const { events, corrections, renamed } = run(list);
        seen.renamed += renamed;
        seen.corrections += corrections.length;
        const movements = events.filter((e) => shareOf(e) !== null);
        expect(correctedMovements(movements, corrections)).toEqual(correctedShareEvents(events, corrections).filter((e) => shareOf(e) !== null));
      }),
      RUNS,
    );
    // The ledgers did hold changes of particulars and corrections, so the property was tried on them.
    expect(seen.renamed).toBeGreaterThan(100);
    expect(seen.corrections).toBeGreaterThan(100);
  });

  it('EC-5, SH-5: the PSC positions, their notification duties and the duties of a ceased practice\'s shares are the same from the movements alone', () => {
    let registrable = 0;
    let practiceDuties = 0;
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40, size: 'max' }), (list) => {
        const { events, corrections } = run(list);
        const all = correctedShareEvents(events, corrections);
        const moves = correctedMovements(events.filter((e) => shareOf(e) !== null), corrections);
        const fromAll = PscHistory.of(company, all).statements;
        const fromMoves = PscHistory.of(company, moves).statements;
        expect(positions(fromMoves)).toEqual(positions(fromAll));
        // Each position recorded by the company three days after it arose, so the PSC01s fall due.
        const recorded = fromAll.map((s) => ({ effectiveOn: addDays(s.from, 3), statement: s.statement, persons: s.persons }));
        expect(pscNotificationDuties(fromMoves, recorded)).toEqual(pscNotificationDuties(fromAll, recorded));
        expect(practiceShareDuties(company, practices, moves)).toEqual(practiceShareDuties(company, practices, all));
        practiceDuties += practiceShareDuties(company, practices, all).length;
        registrable += fromAll.filter((s) => s.statement === 'registrable-persons').length;
      }),
      RUNS,
    );
    expect(registrable).toBeGreaterThan(50);
    expect(practiceDuties).toBeGreaterThan(50);
  });
});
