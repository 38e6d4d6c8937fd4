import fc from 'fast-check';
import { addDays, calendarDate, instant } from '../calendar/calendar-date';
import type { ArticlesSettings, Company } from '../company/company';
import { DomainError } from '../errors';
import { membersOf, shareOf, type CancellationReason, type Holder, type ShareEvent } from './share-event';
import { ShareRegister } from './share-register';

const INCORPORATED = calendarDate('2014-09-01');
// Seeded, so every run checks the same ledgers and the coverage check below cannot fail by chance.
const RUNS = { numRuns: 200, seed: 20_140_901 };

function company(articles: Partial<ArticlesSettings>): Company {
  return {
    id: 'company-1',
    name: 'Example GP Care Group CIC',
    companyNumber: null,
    incorporatedOn: INCORPORATED,
    registeredOffice: '1 Example Street, London E1 1AA',
    articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice', ...articles },
  };
}
const onePerPractice = company({});
const anyoneManyShares = company({ oneSharePerMember: false, memberEligibility: 'any' });
const BOTH: [string, Company][] = [['one share per practice', onePerPractice], ['several shares, any holder', anyoneManyShares]];

/** Nine members: two share a practice (so PRACTICE_ALREADY_A_MEMBER can arise), two have none. */
const PRACTICES = ['pA', 'pA', 'pB', 'pC', 'pD', 'pE', 'pF', null, null] as const;
/** Member 8 is held jointly (RM-2): a first-named holder and one other. */
const holder = (i: number): Holder => ({
  memberId: `m${i}`, name: `Member ${i}`, address: `${i} Road`, practiceId: PRACTICES[i], ...(i === 8 ? { jointHolders: ['Joint holder 8'] } : {}),
});

/**
 * A candidate operation. So that enough transfers and cancellations succeed, `share` null means "the
 * `pick`-th share in issue" and `from`/`member` null means "whoever holds the share now".
 */
type Op =
  | { kind: 'allotment'; share: number; member: number; day: number; paidUp: number; shareClass: string }
  | { kind: 'transfer'; share: number | null; pick: number; from: number | null; to: number; day: number; lodgedBefore: number }
  | { kind: 'cancellation'; share: number | null; pick: number; member: number | null; day: number; reason: CancellationReason }
  /** RM-3: `member` null means "the holder of the `pick`-th share in issue"; `same` repeats the particulars. */
  | { kind: 'particulars'; pick: number; member: number | null; day: number; same: boolean; joint: boolean };

// 0 is not a share number; 1–6 come round again and again, so numbers get reused and shares move.
const share = fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 15, arbitrary: fc.integer({ min: 1, max: 6 }) });
const member = fc.integer({ min: 0, max: PRACTICES.length - 1 });
/** Mostly valid, sometimes not: `rare` one time in thirteen. */
const mostly = <T,>(usual: fc.Arbitrary<T>, rare: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 12, arbitrary: usual }, { weight: 1, arbitrary: rare });
const day = mostly(fc.integer({ min: 0, max: 40 }), fc.integer({ min: -3, max: -1 })); // days after incorporation
const inIssue = fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: share });
const holderNow = fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: member });
const pick = fc.nat(20);
const reason = fc.constantFrom<CancellationReason>('surrender', 'buy-back', 'forfeiture', 'cancellation');
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('allotment' as const), share, member, day,
      paidUp: mostly(fc.constantFrom(100, 40, 0), fc.constantFrom(101, -1, 2.5)),
      shareClass: mostly(fc.constant('ordinary'), fc.constant('preference')),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('transfer' as const), share: inIssue, pick, from: holderNow, to: member, day,
      lodgedBefore: mostly(fc.integer({ min: 0, max: 10 }), fc.constant(-1)),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancellation' as const), share: inIssue, pick, member: holderNow, day, reason }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('particulars' as const), pick, member: holderNow, day, same: mostly(fc.constant(false), fc.constant(true)), joint: fc.boolean(),
    }),
  },
);
const ops = fc.array(op, { maxLength: 30, size: 'max' });
const byDay = (list: Op[]) => [...list].sort((a, b) => a.day - b.day);

function toEvent(o: Op, register: ShareRegister, index: number): ShareEvent {
  const issued = register.allShares().filter((s) => s.holderId !== null);
  if (o.kind === 'particulars') {
    const memberId = o.member === null ? (register.share(issued[o.pick % issued.length]?.shareNumber ?? 1)?.holderId ?? 'm0') : `m${o.member}`;
    const now = register.member(memberId);
    const name = o.same && now ? now.name : `${now?.name ?? memberId} (renamed ${index})`;
    return {
      eventId: `e${index}`, effectiveOn: addDays(INCORPORATED, o.day), recordedAt: instant(new Date(Date.UTC(2024, 0, 1) + index * 1000)),
      type: 'particulars-change', memberId, name, address: o.same && now ? now.address : `${index} New Road`,
      ...(o.joint && !o.same ? { jointHolders: [`Partner ${index}`] } : {}),
    };
  }
  const shareNumber = o.kind === 'allotment' ? o.share : (o.share ?? issued[o.pick % issued.length]?.shareNumber ?? 1);
  const base = {
    eventId: `e${index}`,
    effectiveOn: addDays(INCORPORATED, o.day),
    recordedAt: instant(new Date(Date.UTC(2024, 0, 1) + index * 1000)),
    shareNumber,
  };
  const holderOf = (who: number | null) => (who === null ? (register.share(shareNumber)?.holderId ?? 'm0') : `m${who}`);
  switch (o.kind) {
    case 'allotment':
      return { ...base, type: 'allotment', shareClass: o.shareClass, nominalPence: 100, paidUpPence: o.paidUp, holder: holder(o.member) };
    case 'transfer':
      return { ...base, type: 'transfer', fromMemberId: holderOf(o.from), to: holder(o.to), lodgedOn: addDays(base.effectiveOn, -o.lodgedBefore) };
    case 'cancellation':
      return { ...base, type: 'cancellation', memberId: holderOf(o.member), reason: o.reason, note: null };
  }
}

/** Everything the register shows, detached from it. Members sorted: their Map order is entry order. */
const observe = (r: ShareRegister) =>
  structuredClone({
    shares: r.allShares(),
    members: r.allMembers().sort((a, b) => (a.memberId < b.memberId ? -1 : 1)),
    totals: r.totals,
  });

interface Step {
  before: ShareRegister;
  /** observe(before), taken before apply() was called; only when `run` was asked to watch. */
  seenBefore: ReturnType<typeof observe> | null;
  event: ShareEvent;
  after: ShareRegister | null;
  error: unknown;
}

/** Applies each operation with apply(), one by one, keeping the register an accepted one returns. */
function run(c: Company, list: Op[], onStep: (step: Step) => void = () => {}, watch = false) {
  let register = ShareRegister.empty(c);
  const accepted: ShareEvent[] = [];
  list.forEach((o, index) => {
    const event = toEvent(o, register, index);
    const seenBefore = watch ? observe(register) : null;
    let after: ShareRegister | null = null;
    let error: unknown = null;
    try {
      after = register.apply(event);
    } catch (e) {
      error = e;
    }
    onStep({ before: register, seenBefore, event, after, error });
    if (after) {
      register = after;
      accepted.push(event);
    }
  });
  return { register, accepted };
}

const outcomes = new Map<string, number>();
const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);

describe('Share register properties (random ledgers)', () => {
  it('SH-5/RM-1: after every accepted event, issued shares = shares held = current members, one share each, one member per practice', () => {
    fc.assert(
      fc.property(ops, (list) => {
        run(onePerPractice, list, ({ event, after, error }) => {
          count(after ? `accepted:${event.type}` : `rejected:${(error as DomainError).code}`);
          if (!after) return;
          const members = after.allMembers();
          const held = members.reduce((n, m) => n + m.shareNumbers.length, 0);
          expect(after.totals).toEqual({ issuedShares: held, currentMembers: held });
          expect(after.allShares().filter((s) => s.holderId !== null)).toHaveLength(held);
          const current = members.filter((m) => m.shareNumbers.length > 0);
          for (const m of current) {
            expect(m.shareNumbers).toHaveLength(1);
            expect(after.share(m.shareNumbers[0])?.holderId).toBe(m.memberId);
          }
          for (const m of members) {
            expect(m.periods.map((p) => p.ceasedOn === null)).toEqual(m.periods.map((_, i) => i === m.periods.length - 1 && m.shareNumbers.length > 0));
          }
          const practices = current.map((m) => m.practiceId);
          expect(practices.every((p) => p !== null)).toBe(true);
          expect(new Set(practices).size).toBe(practices.length);
        });
      }),
      RUNS,
    );
    // The generator must reach every kind of outcome, or the properties above prove little.
    const rare = (keys: string[], least: number) => keys.filter((key) => (outcomes.get(key) ?? 0) < least);
    expect(rare(['accepted:allotment', 'accepted:transfer', 'accepted:cancellation'], 50)).toEqual([]);
    expect(rare(['accepted:particulars-change'], 20)).toEqual([]);
    const codes = [
      'EVENT_BEFORE_INCORPORATION', 'EVENT_PREDATES_DEPENDENCY', 'SHARE_NUMBER_ALREADY_USED', 'SHARE_NOT_ISSUED',
      'SHARE_ALREADY_CANCELLED', 'SHARE_NOT_HELD_BY_MEMBER', 'SHARE_CLASS_NOT_IN_ARTICLES', 'PAID_UP_EXCEEDS_NOMINAL',
      'INVALID_AMOUNT', 'INVALID_SHARE_NUMBER', 'MEMBER_ALREADY_HOLDS_A_SHARE', 'PRACTICE_ALREADY_A_MEMBER',
      'HOLDER_NOT_ELIGIBLE', 'TRANSFER_TO_SAME_MEMBER', 'TRANSFER_REGISTERED_BEFORE_LODGED',
      'MEMBER_NOT_CURRENT', 'MEMBER_NOT_ON_REGISTER', 'PARTICULARS_UNCHANGED', 'FORFEITURE_OF_FULLY_PAID_SHARE',
    ];
    expect(rare(codes.map((code) => `rejected:${code}`), 1)).toEqual([]);
  });

  it.each(BOTH)('RM-3 (%s): a rejected event throws a DomainError and leaves the register exactly as it was', (_label, c) => {
    fc.assert(
      fc.property(ops, (list) => {
        run(
          c,
          list,
          ({ before, seenBefore, error }) => {
            if (error === null) return;
            expect(error).toBeInstanceOf(DomainError);
            expect(observe(before)).toEqual(seenBefore);
          },
          true,
        );
      }),
      RUNS,
    );
  });

  it.each(BOTH)('RM-5 (%s): allotted share numbers only grow, an allotment never reuses one, and a cancelled share is never held again', (_label, c) => {
    fc.assert(
      fc.property(ops, (list) => {
        const allotted = new Set<number>();
        const cancelled = new Set<number>();
        run(c, list, ({ event, after }) => {
          if (!after) return;
          if (event.type === 'allotment') expect(allotted.has(event.shareNumber)).toBe(false);
          const numbers = after.allShares().map((s) => s.shareNumber);
          expect(numbers).toEqual(expect.arrayContaining([...allotted]));
          for (const n of cancelled) expect(after.share(n)).toMatchObject({ holderId: null, cancelledOn: expect.any(String) });
          for (const n of after.allMembers().flatMap((m) => m.shareNumbers)) expect(cancelled.has(n)).toBe(false);
          numbers.forEach((n) => allotted.add(n));
          after.allShares().filter((s) => s.holderId === null).forEach((s) => cancelled.add(s.shareNumber));
        });
      }),
      RUNS,
    );
  });

  it.each(BOTH)('RM-3 (%s): folding the accepted events gives the register apply() built, when applied in date order', (_label, c) => {
    fc.assert(
      fc.property(ops, (list) => {
        const { register, accepted } = run(c, byDay(list));
        expect(observe(ShareRegister.fold(c, accepted))).toEqual(observe(register));
      }),
      RUNS,
    );
  });

  it.each(BOTH)('RM-3 (%s): whatever order they were entered in, the accepted events fold to the register apply() built', (_label, c) => {
    fc.assert(
      fc.property(ops, (list) => {
        const { register, accepted } = run(c, list);
        expect(observe(ShareRegister.fold(c, accepted))).toEqual(observe(register));
      }),
      RUNS,
    );
  });

  it.each(BOTH)('RM-3 (%s): a change of particulars moves no share, and the entry shows the new particulars from its date', (_label, c) => {
    fc.assert(
      fc.property(ops, (list) => {
        run(c, list, ({ before, event, after }) => {
          if (!after || event.type !== 'particulars-change') return;
          expect(structuredClone(after.allShares())).toEqual(structuredClone(before.allShares()));
          expect(after.totals).toEqual(before.totals);
          const member = after.member(event.memberId)!;
          const period = member.periods[member.periods.length - 1];
          expect({ name: period.name, address: period.address, joint: period.jointHolders ?? [] }).toEqual({
            name: event.name, address: event.address, joint: event.jointHolders ?? [],
          });
          expect(member.periods.slice(0, -1)).toEqual(before.member(event.memberId)!.periods.slice(0, -1));
        });
      }),
      RUNS,
    );
  });

  it.each(BOTH)('(%s) fromSnapshot() with only the relevant shares and members decides every event as the full register does', (_label, c) => {
    const decide = (r: ShareRegister, e: ShareEvent) => {
      try {
        r.apply(e);
        return 'ACCEPTED';
      } catch (error) {
        return (error as DomainError).code;
      }
    };
    fc.assert(
      fc.property(ops, (list) => {
        run(c, list, ({ before, event }) => {
          const practiceId = event.type === 'allotment' ? event.holder.practiceId : event.type === 'transfer' ? event.to.practiceId : null;
          const members = before
            .allMembers()
            .filter((m) => membersOf(event).includes(m.memberId) || (practiceId !== null && m.practiceId === practiceId));
          const shares = before.allShares().filter((s) => s.shareNumber === shareOf(event));
          const partial = ShareRegister.fromSnapshot(c, { shares, members });
          expect(decide(partial, event)).toBe(decide(before, event));
        });
      }),
      RUNS,
    );
  });
});
