import {
  addDays,
  calendarDate,
  instant,
  type CalendarDate,
  type CancellationReason,
  type Company,
  type Holder,
  type ShareEvent,
} from '#domain';

/**
 * The shape of a synthetic share ledger: a one-share-per-member company whose members come in by
 * allotment, pass their share on by transfer (to a former member rejoining or to someone never yet
 * registered) or surrender it, over `days` days.
 */
export interface LedgerShape {
  /** Distinct members (holders) over the whole history; every one of them is registered at least once. */
  readonly members: number;
  /** Ledger entries in all. */
  readonly events: number;
  /** Allotments on the day of incorporation (part of `allotments`). */
  readonly initialAllotments: number;
  readonly allotments: number;
  readonly cancellations: number;
  /** The history covers the incorporation day and the `days - 1` days after it. */
  readonly days: number;
  readonly seed: number;
}

export interface GeneratedLedger {
  readonly company: Company;
  /** In effective-date order; eventId is the ledger sequence (1, 2, 3 …), as the app gives it. */
  readonly events: ShareEvent[];
  /** Every holder, in the order they were first registered. */
  readonly holders: Holder[];
  /** The calendar day of each day index (0 = incorporation). */
  readonly dates: CalendarDate[];
  readonly counts: { allotments: number; transfers: number; cancellations: number; currentAtEnd: number };
}

/** mulberry32: a small, seeded PRNG so every run builds the same ledger (and draws the same requests). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAME_PARTS = ['Ash', 'Black', 'Brad', 'Brook', 'Clay', 'Cole', 'Dun', 'East', 'Fair', 'Green', 'Hall', 'Hart', 'Kings', 'Lang', 'Mor', 'North', 'Oak', 'Pem', 'Red', 'Rush', 'Sand', 'Stan', 'Thorn', 'West', 'Whit', 'Wood'];
const SURNAME_ENDS = ['ley', 'ford', 'ton', 'wood', 'field', 'by', 'ham', 'well', 'bridge', 'more', 'croft', 'dale'];
const GIVEN = ['Aisha', 'Amir', 'Anna', 'Ben', 'Chloe', 'Dev', 'Ella', 'Farah', 'George', 'Hana', 'Isaac', 'Jade', 'Kofi', 'Leah', 'Mo', 'Nia', 'Omar', 'Priya', 'Rosa', 'Sam', 'Tariq', 'Uma', 'Will', 'Yusuf', 'Zara'];
const STREETS = ['Commercial', 'Whitechapel', 'Mile End', 'Roman', 'Brick', 'Bow', 'Cable', 'Globe', 'Jubilee', 'Vallance'];
const REASONS: CancellationReason[] = ['surrender', 'buy-back', 'cancellation'];

function uuidLike(random: () => number): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(random() * 4)]}${hex(3)}-${hex(12)}`;
}

/** A pool of member indexes with O(1) add, remove and uniform pick. */
class Pool {
  private readonly items: Int32Array;
  private readonly position: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.items = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  add(m: number): void {
    this.position[m] = this.size;
    this.items[this.size++] = m;
  }

  remove(m: number): void {
    const at = this.position[m];
    if (at < 0) throw new Error(`member ${m} is not in the pool`);
    const last = this.items[--this.size];
    this.items[at] = last;
    this.position[last] = at;
    this.position[m] = -1;
  }

  /** A random member for whom `ok` holds, or -1 after `tries` misses. */
  pick(random: () => number, ok: (m: number) => boolean, tries = 64): number {
    if (this.size === 0) return -1;
    for (let i = 0; i < tries; i++) {
      const m = this.items[Math.floor(random() * this.size)];
      if (ok(m)) return m;
    }
    for (let i = 0; i < this.size; i++) if (ok(this.items[i])) return this.items[i];
    return -1;
  }
}

/**
 * Builds a valid ledger in memory. No member is touched twice on one day, so every entry of the
 * register lasts at least a day and (name, member, registeredOn) — the register's order and its
 * cursor — is unique.
 */
export function generateLedger(companyId: string, name: string, shape: LedgerShape, incorporatedOn = calendarDate('2015-01-05')): GeneratedLedger {
  const random = prng(shape.seed);
  const company: Company = {
    id: companyId,
    name,
    companyNumber: null,
    incorporatedOn,
    registeredOffice: 'Synthetic registered office, 1 Bench Yard, London E1 0XX',
    articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'any' },
  };
  const transfers = shape.events - shape.allotments - shape.cancellations;
  if (transfers < 0 || shape.initialAllotments > shape.allotments || shape.members > shape.allotments + transfers) {
    throw new Error('impossible ledger shape');
  }

  const dates: CalendarDate[] = [];
  for (let d = 0; d < shape.days; d++) dates.push(addDays(incorporatedOn, d));

  // Events per day after the first: uneven (weekday-like weights), summing exactly to what is left.
  const later = shape.events - shape.initialAllotments;
  const weights = Array.from({ length: shape.days - 1 }, (_, i) => ((i + 1) % 7 >= 5 ? 0.3 : 1) * (0.5 + random()));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const perDay = weights.map((w) => Math.floor((w / totalWeight) * later));
  for (let left = later - perDay.reduce((a, b) => a + b, 0), i = 0; left > 0; left--, i = (i + 7919) % perDay.length) perDay[i] += 1;
  perDay.unshift(shape.initialAllotments);

  const holders: Holder[] = [];
  const memberIds = new Set<string>();
  const newHolder = (): number => {
    const n = holders.length;
    let memberId = uuidLike(random);
    while (memberIds.has(memberId)) memberId = uuidLike(random);
    memberIds.add(memberId);
    const surname = `${SURNAME_PARTS[Math.floor(random() * SURNAME_PARTS.length)]}${SURNAME_ENDS[Math.floor(random() * SURNAME_ENDS.length)]}`;
    const given = GIVEN[Math.floor(random() * GIVEN.length)];
    holders.push({
      memberId,
      name: `${surname} ${given}${random() < 0.1 ? ' Ltd' : ''}`,
      address: `${1 + Math.floor(random() * 400)} ${STREETS[Math.floor(random() * STREETS.length)]} Road, London E${1 + Math.floor(random() * 18)}`,
      practiceId: null,
    });
    return n;
  };

  const current = new Pool(shape.members);
  const former = new Pool(shape.members);
  const shareOf = new Int32Array(shape.members);
  const lastDay = new Int32Array(shape.members).fill(-1);
  let allotmentsLeft = shape.allotments;
  let cancellationsLeft = shape.cancellations;
  let transfersLeft = transfers;
  let nextShare = 1;
  const events: ShareEvent[] = [];

  for (let day = 0; day < shape.days; day++) {
    const on = dates[day];
    const count = perDay[day];
    const dayStart = Date.parse(`${on}T08:00:00.000Z`);
    const step = Math.max(1, Math.floor((10 * 3600 * 1000) / Math.max(1, count)));
    const free = (m: number) => lastDay[m] !== day;
    /** Someone not holding a share and not touched today: never registered yet, or a former member. */
    const recipient = (): number => {
      const newLeft = shape.members - holders.length;
      const joinsLeft = allotmentsLeft + transfersLeft;
      if (newLeft > 0 && (random() * joinsLeft < newLeft || former.size === 0)) return newHolder();
      const m = former.pick(random, free);
      if (m >= 0) {
        former.remove(m);
        return m;
      }
      if (newLeft > 0) return newHolder();
      throw new Error(`no one can receive a share on ${on}`);
    };
    for (let k = 0; k < count; k++) {
      const base = {
        eventId: String(events.length + 1),
        effectiveOn: on,
        recordedAt: instant(new Date(dayStart + k * step)),
      };
      const r = random() * (allotmentsLeft + cancellationsLeft + transfersLeft);
      let kind: 'allotment' | 'transfer' | 'cancellation' =
        day === 0 ? 'allotment' : r < allotmentsLeft ? 'allotment' : r < allotmentsLeft + cancellationsLeft ? 'cancellation' : 'transfer';
      if (kind !== 'allotment' && current.size < 10 && allotmentsLeft > 0) kind = 'allotment';
      if (kind === 'allotment') {
        const to = recipient();
        const shareNumber = nextShare++;
        shareOf[to] = shareNumber;
        current.add(to);
        lastDay[to] = day;
        allotmentsLeft -= 1;
        events.push({
          type: 'allotment',
          ...base,
          shareNumber,
          shareClass: company.articles.shareClass,
          nominalPence: company.articles.nominalValuePence,
          paidUpPence: company.articles.nominalValuePence,
          holder: holders[to],
        });
        continue;
      }
      const from = current.pick(random, free);
      if (from < 0) throw new Error(`no member can give up a share on ${on}`);
      const shareNumber = shareOf[from];
      current.remove(from);
      lastDay[from] = day;
      if (kind === 'cancellation') {
        cancellationsLeft -= 1;
        former.add(from);
        events.push({
          type: 'cancellation',
          ...base,
          shareNumber,
          memberId: holders[from].memberId,
          reason: REASONS[events.length % REASONS.length],
          note: null,
        });
        continue;
      }
      const to = recipient();
      former.add(from);
      shareOf[to] = shareNumber;
      current.add(to);
      lastDay[to] = day;
      transfersLeft -= 1;
      events.push({
        type: 'transfer',
        ...base,
        shareNumber,
        fromMemberId: holders[from].memberId,
        to: holders[to],
        lodgedOn: dates[Math.max(0, day - Math.floor(random() * 15))],
      });
    }
  }
  if (events.length !== shape.events || holders.length !== shape.members) {
    throw new Error(`generated ${events.length} events for ${holders.length} members, not ${shape.events} for ${shape.members}`);
  }
  return {
    company,
    events,
    holders,
    dates,
    counts: {
      allotments: shape.allotments - allotmentsLeft,
      transfers: transfers - transfersLeft,
      cancellations: shape.cancellations - cancellationsLeft,
      currentAtEnd: current.size,
    },
  };
}
