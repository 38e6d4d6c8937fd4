import { randomUUID } from 'node:crypto';
import {
  addDays,
  dateOfInstant,
  DomainError,
  instant,
  registerOfMembers,
  resolutionOutcome,
  ShareRegister,
  type ArticlesSettings,
  type CalendarDate,
  type ChainedLedgerRecord,
  type Company,
  type EntryStatus,
  type Holder,
  type Instant,
  type Practice,
  type ShareAllotment,
  type ShareEvent,
  calendarDate,
  checkCorrection,
  checkEnteredBy,
  checkNotBeforeLaterChanges,
  correctedShareEvents,
  type ShareCorrection,
} from '#domain';
import type { Caller } from '../apps/api/src/auth/roles';
import { AppError } from '../apps/api/src/common/app-error';
import { CompaniesService } from '../apps/api/src/companies/companies.service';
import { LedgerService } from '../apps/api/src/ledger/ledger.service';
import { Ledger } from '../apps/api/src/ledger/ledger';
import { buildProjection } from '../apps/api/src/share-register/register-writer';
import { DirectorsService } from '../apps/api/src/governance/directors.service';
import { ResolutionsService } from '../apps/api/src/governance/resolutions.service';
import { RegisterService, type RegisterPage } from '../apps/api/src/share-register/register.service';
import { RegisterStore } from '../apps/api/src/share-register/register.store';
import type { HolderDto } from '../apps/api/src/share-register/dto/holder.dto';
import { shareRegisterFamily } from '../apps/api/src/ledger/codecs/share-register.codec';
import { ShareEventsService } from '../apps/api/src/share-register/share-events.service';
import { CorrectionsService } from '../apps/api/src/share-register/corrections.service';
import { shareCorrectionsFamily } from '../apps/api/src/ledger/codecs/share-records.codec';
import { ParticularsService } from '../apps/api/src/share-register/particulars.service';
import { projectionEqualsFold } from '../apps/api/src/share-register/projection-stream-check';
import { shareCorrections } from '../apps/api/src/ledger/share-events-in-force';
import { databaseKinds } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The register is read from a projection (register_entry, share_holding, register_total) that
 * RegisterWriter keeps up to date event by event, or rebuilds when an event is back-dated. The
 * domain's registerOfMembers is the definition of what the register says. Random ledgers are sent
 * through ShareEventsService and the two are compared at every date that matters.
 *
 * Reproduce or explore: PROJECTION_SEED=<n> changes the seeds (the test names show them), and
 * PROJECTION_DEBUG=1 prints each ledger's mix of outcomes and writer paths.
 *
 * Authority: these companies' articles need no resolution for a share event (see NO_AUTHORITY;
 * test/share-authority.e2e-spec.ts covers the default). Some events still name a board resolution in
 * `authorisedBy`, which the register shows, so that the projection's copy of it is compared with the
 * fold's as well. A resolution named where none is required must still name the event's action and
 * share number and have passed by its effective date (SHARE_EVENT_NOT_AUTHORISED otherwise), so each
 * ledger has three: one passed on incorporation naming most (action, share number) pairs, one naming
 * every pair but passed only later, and one that never passed (see ResolutionModel).
 *
 * The model of the service's order: the holder (404 / 400), an event dated after today
 * (DATED_AFTER_RECORDING), an unknown resolution (404), the register's own rules, then the authority.
 */

const CALLER: Caller = { tokenId: 't', name: 'test', role: 'secretary' };
const INCORPORATED = '2015-03-02' as CalendarDate;
const FAR_FUTURE = '2100-01-01' as CalendarDate;
const STATUSES: EntryStatus[] = ['all', 'current', 'former'];
const BASE_SEED = Number(process.env.PROJECTION_SEED ?? 20_261_122);
/** A holder the service has yet to create: its member id is only known once the write is accepted. */
const NEW_MEMBER = '(new member)';
/** The articles' setting, in the company's governance column, that no share event needs a resolution. */
const NO_AUTHORITY =
  '{"shareEventAuthority":{"allotment":"none","transfer":"none","cancellation":"none"},"capitalAuthority":{"buy-back":"none","reduction":"none"}}';
/** The board meeting that passes the `late` resolution, some way into each ledger's dates. */
const LATE_MEETING = addDays(INCORPORATED, 300);
/** The resolutions name share numbers 1 to this, for each action (more than any ledger here reaches). */
const MAX_NAMED_SHARE = 400;
const ACTIONS = ['allotment', 'transfer', 'cancellation'] as const;
const NOT_AUTHORISED = 'SHARE_EVENT_NOT_AUTHORISED';

/**
 * What the test knows of a board resolution it passed: the (action, share number) pairs it names, and
 * the day it passed (null: it never does). The model of the authority check is written from this,
 * not from the domain's resolution records.
 */
interface ResolutionModel {
  readonly id: string;
  readonly passedOn: CalendarDate | null;
  readonly authorises: ReadonlySet<string>;
}
const pairKey = (action: ShareEvent['type'], shareNumber: number) => `${action} ${shareNumber}`;
/** Today in the UK, the day the service counts what it records on. */
const todayInUk = () => dateOfInstant(new Date());

interface LedgerPlan {
  readonly label: string;
  readonly seed: number;
  readonly operations: number;
  readonly practices: number;
  readonly articles: Pick<ArticlesSettings, 'oneSharePerMember' | 'memberEligibility'>;
}

const PLANS: LedgerPlan[] = [
  { label: 'one share per member, anyone may hold', operations: 120, practices: 4, articles: { oneSharePerMember: true, memberEligibility: 'any' } },
  { label: 'several shares per member, anyone may hold', operations: 130, practices: 4, articles: { oneSharePerMember: false, memberEligibility: 'any' } },
  { label: 'one share per member, practices only', operations: 110, practices: 16, articles: { oneSharePerMember: true, memberEligibility: 'practice' } },
  { label: 'several shares per member, practices only', operations: 90, practices: 8, articles: { oneSharePerMember: false, memberEligibility: 'practice' } },
].map((p, i) => ({ ...p, seed: BASE_SEED + i * 7919 }) as LedgerPlan);

/**
 * Names that sort interestingly: case variants of one another, accents, leading spaces, the same
 * name twice. None outside the Basic Multilingual Plane: the domain compares names by UTF-16 code
 * unit (JavaScript's <) but PostgreSQL's "C" collation by code point, so '😀' and 'ｆ' (U+FF46)
 * sort one way in a folded register and the other way in the projection (a known discrepancy,
 * to be settled in libs/domain's compareEntries).
 */
const NAMES = [
  'Alice Able', 'alice able', 'ALICE ABLE', 'Bob Brown', 'bob brown', 'Zoë Zebra', 'Émile Éclair', 'Øyvind Ørsted',
  "O'Brien & Partners", 'McDonald Surgery', 'mcdonald surgery', 'Partners of the Élan Practice', 'Straße Health',
  'zz top', 'Aaron', 'aaron', ' Leading Space', 'Ünal Medical', 'Dr Ñoño', 'İlker Işık', 'ĲSSEL Care', 'Ωmega Clinic',
];

/** mulberry32: small, fast, seeded. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Rng = ReturnType<typeof prng>;

type Call =
  | { readonly op: 'allot'; readonly dto: Parameters<ShareEventsService['allot']>[1] }
  | { readonly op: 'transfer'; readonly dto: Parameters<ShareEventsService['transfer']>[1] }
  | { readonly op: 'cancel'; readonly dto: Parameters<ShareEventsService['cancel']>[1] }
  /** RM-3: a member's new particulars (name, address, joint holders). */
  | { readonly op: 'particulars'; readonly memberId: string; readonly dto: Parameters<ParticularsService['change']>[2] };

/** What should happen to a call: the domain event it becomes, or the service error it must give first. */
type Expected = { readonly event: ShareEvent } | { readonly appError: string };

/** `ok`, a domain error code, or `app:` and a service error code. */
type Outcome = string;

interface Checkpoint {
  readonly knownAt: Instant;
  readonly accepted: number;
  readonly views: { asAt: CalendarDate; status: EntryStatus; page: Pick<RegisterPage, 'entries' | 'totals'> }[];
}

/** Everything a ledger's tests share: built by the first test, read by the others. */
interface LedgerRun {
  readonly company: Company;
  readonly practices: Practice[];
  /**
   * The board resolutions some events name as their authority: `early` passed on incorporation and
   * names about six pairs in seven; `late` names every pair but passed only on LATE_MEETING;
   * `unpassed` names every pair but was not quorate.
   */
  readonly early: ResolutionModel;
  readonly late: ResolutionModel;
  readonly unpassed: ResolutionModel;
  readonly resolutions: ReadonlyMap<string, ResolutionModel>;
  /** Ledger entries before the first share event: two directors appointed, the three resolutions and their votes. */
  readonly governanceEntries: number;
  readonly records: ChainedLedgerRecord[];
  readonly events: ShareEvent[];
  readonly checkpoints: Checkpoint[];
  readonly outcomes: Map<Outcome, number>;
  /** The authority refusals by why: the resolution does not name the event, passed after it, or never passed. */
  readonly authorityRefusals: Map<'not named' | 'passed later' | 'not passed', number>;
  readonly paths: { incremental: number; rebuild: number; rejectedBackDated: number };
  readonly mismatches: string[];
}

function companyFor(plan: LedgerPlan, id: string): Company {
  return {
    id,
    name: `Projection test CIC ${id}`,
    companyNumber: null,
    incorporatedOn: INCORPORATED,
    registeredOffice: '1 Test Yard, London E1 0XX',
    articles: { shareClass: 'ordinary', nominalValuePence: 100, ...plan.articles },
  };
}

function practicesFor(companyId: string, n: number): Practice[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `${companyId}-practice-${i + 1}`,
    odsCode: `P${String(i + 1).padStart(4, '0')}`,
    name: `${NAMES[(i * 5) % NAMES.length]} practice ${i + 1}`,
    address: `${i + 1} Practice Row, London E${i + 1} 2BB`,
    networkName: i % 2 === 0 ? 'Network A' : null,
  }));
}

/**
 * The outcome for `expected` on top of the accepted events, in the service's order: a faulty holder,
 * a date after today, an unknown resolution, the register's own rules (the pure domain's fold), then
 * the named resolution, which must name the event and have passed by its date.
 */
function predict(run: LedgerRun, expected: Expected): Outcome {
  if ('appError' in expected) return `app:${expected.appError}`;
  const { event } = expected;
  if (event.effectiveOn > todayInUk()) return 'DATED_AFTER_RECORDING';
  const named = event.authorisedBy ? run.resolutions.get(event.authorisedBy) : undefined;
  if (event.authorisedBy && !named) return 'app:NOT_FOUND';
  try {
    ShareRegister.fold(run.company, [...run.events, event]);
    // RM-3: a back-dated change of particulars is also checked against every change already recorded.
    checkNotBeforeLaterChanges(ShareRegister.fold(run.company, run.events), event);
  } catch (error) {
    // RM-3: a change for a member not on the register that day but entered later names the day it was (MEMBER_NOT_CURRENT).
    if (error instanceof DomainError && error.code === 'MEMBER_NOT_ON_REGISTER' && event.type === 'particulars-change') {
      try {
        checkEnteredBy(run.events, event.memberId, event.effectiveOn);
      } catch (entered) {
        if (entered instanceof DomainError) return entered.code;
        throw entered;
      }
    }
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  if (named) {
    if (event.type !== 'particulars-change' && !named.authorises.has(pairKey(event.type, event.shareNumber))) return `${NOT_AUTHORISED}: not named`;
    if (named.passedOn === null) return `${NOT_AUTHORISED}: it is failed as at ${event.effectiveOn}`;
    if (event.effectiveOn < named.passedOn) return `${NOT_AUTHORISED}: it was passed only on ${named.passedOn}`;
  }
  return 'ok';
}

/** The outcome the service gave: as `predict` words it, with why an authority did not do. */
function outcomeOf(error: unknown): Outcome {
  if (error instanceof AppError) return `app:${error.code}`;
  if (!(error instanceof DomainError)) throw error;
  if (error.code !== NOT_AUTHORISED) return error.code;
  const { reasons } = error.details as { reasons: { reason: string }[] };
  return reasons.length === 0 ? `${NOT_AUTHORISED}: not named` : `${NOT_AUTHORISED}: ${reasons.map((r) => r.reason).join('; ')}`;
}

function maxDate(events: readonly ShareEvent[]): CalendarDate | null {
  let latest: CalendarDate | null = null;
  for (const e of events) if (latest === null || e.effectiveOn > latest) latest = e.effectiveOn;
  return latest;
}

/**
 * A random operation, mostly one the register can take, sometimes one it must refuse, with the
 * domain event the service should make of it (mirroring its defaults: the next share number, the
 * current holder as transferor).
 */
function randomCall(rng: Rng, run: LedgerRun, clock: { today: CalendarDate }): { call: Call; expected: Expected } {
  const { company, practices, events } = run;
  const register = ShareRegister.fold(company, events);
  const members = register.allMembers();
  const current = members.filter((m) => m.shareNumbers.length > 0);
  const former = members.filter((m) => m.shareNumbers.length === 0);
  const shares = register.allShares();
  const inIssue = shares.filter((s) => s.holderId !== null);
  const cancelled = shares.filter((s) => s.holderId === null);
  const highest = shares.length === 0 ? 0 : shares[shares.length - 1].shareNumber;
  const latest = maxDate(events);

  const effectiveOn = (): CalendarDate => {
    const r = rng.next();
    if (r < 0.02) return addDays(INCORPORATED, -rng.int(1, 30));
    if (r < 0.19 && latest !== null) {
      // Back-dated, mostly by a little: the rebuild path.
      const daysIn = Math.round((Date.parse(latest) - Date.parse(INCORPORATED)) / 86_400_000);
      return addDays(latest, -rng.int(1, Math.max(1, Math.min(rng.chance(0.7) ? 30 : 400, daysIn + 3))));
    }
    const step = r < 0.4 ? 0 : r < 0.85 ? rng.int(1, 10) : rng.int(11, 120);
    const day = addDays(clock.today, step);
    clock.today = day;
    return day;
  };
  const stamp = (on: CalendarDate, authorisedBy: string | undefined) => ({
    eventId: String(events.length + 1),
    effectiveOn: on,
    recordedAt: '' as Instant,
    authorisedBy: authorisedBy ?? null,
  });
  /** Mostly no authority named, sometimes one of the company's board resolutions, rarely one that does not exist (404). */
  const authority = (): string | undefined => {
    const r = rng.next();
    if (r < 0.16) return run.early.id;
    if (r < 0.26) return run.late.id;
    if (r < 0.28) return run.unpassed.id;
    if (r < 0.3) return `no-such-resolution-${rng.int(1, 999)}`;
    return undefined;
  };
  const authorityDto = (authorisedBy: string | undefined) => (authorisedBy === undefined ? {} : { authorisedBy });

  /** A receiving holder: a new one (by name, by practice, or both), an existing member, or a faulty request. */
  const receiver = (giver: string | null): { dto: HolderDto; holder: Holder } | { dto: HolderDto; appError: string } => {
    const r = rng.next();
    const existing = (m: (typeof members)[number]) => ({
      dto: { memberId: m.memberId },
      holder: { memberId: m.memberId, name: m.name, address: m.address, practiceId: m.practiceId, ...(m.jointHolders ? { jointHolders: m.jointHolders } : {}) },
    });
    if (r < 0.2 && former.length > 0) return existing(rng.pick(former));
    if (r < 0.32 && current.length > 0) {
      const others = current.filter((m) => m.memberId !== giver);
      return existing(rng.chance(0.85) && others.length > 0 ? rng.pick(others) : rng.pick(current));
    }
    if (r < 0.34) return { dto: { memberId: randomUUID() }, appError: 'NOT_FOUND' };
    if (r < 0.35) return { dto: { practiceId: 'no-such-practice' }, appError: 'NOT_FOUND' };
    if (r < 0.36) return { dto: { address: '1 Nowhere' }, appError: 'VALIDATION_FAILED' };
    if (r < 0.37 && members.length > 0) return { dto: { memberId: members[0].memberId, name: 'Both' }, appError: 'VALIDATION_FAILED' };
    const name = rng.chance(0.5) ? rng.pick(NAMES) : `${rng.pick(NAMES)} ${rng.int(1, 999)}`;
    const address = `${rng.int(1, 300)} ${rng.pick(['High Street', 'Mile End Road', 'Commercial Road'])}, London E${rng.int(1, 20)} ${rng.int(1, 9)}AA`;
    const usePractice = practices.length > 0 && (company.articles.memberEligibility === 'practice' ? rng.chance(0.9) : rng.chance(0.3));
    if (!usePractice) return { dto: { name, address }, holder: { memberId: NEW_MEMBER, name, address, practiceId: null } };
    // The giver's own practice sometimes: a practice entering its new partners (the share stays with it).
    const giverPractice = giver === null ? null : register.member(giver)?.practiceId ?? null;
    const taken = new Set(current.map((m) => m.practiceId));
    const free = practices.filter((p) => !taken.has(p.id));
    const practice =
      giverPractice !== null && rng.chance(0.3)
        ? practices.find((p) => p.id === giverPractice)!
        : free.length > 0 && rng.chance(0.6)
          ? rng.pick(free)
          : rng.pick(practices);
    if (rng.chance(0.5)) {
      return { dto: { practiceId: practice.id }, holder: { memberId: NEW_MEMBER, name: practice.name, address: practice.address, practiceId: practice.id } };
    }
    return { dto: { practiceId: practice.id, name, address }, holder: { memberId: NEW_MEMBER, name, address, practiceId: practice.id } };
  };

  /** A share to move or cancel: mostly one in issue, sometimes a cancelled or never-allotted one. */
  const someShare = (): number => {
    const r = rng.next();
    if (r < 0.85 && inIssue.length > 0) return rng.pick(inIssue).shareNumber;
    if (r < 0.93 && cancelled.length > 0) return rng.pick(cancelled).shareNumber;
    return highest + rng.int(1, 3);
  };
  /**
   * SH-3: the transferor the instrument names, which the request must give: mostly the holder, else
   * another member (or, with no members at all, someone unknown).
   */
  const transferor = (shareNumber: number): string => {
    const holderNow = register.share(shareNumber)?.holderId ?? null;
    if (holderNow !== null && (rng.chance(0.9) || members.length === 0)) return holderNow;
    return members.length > 0 ? rng.pick(members).memberId : randomUUID();
  };
  /** Who a cancellation names as holder: left to the service, the holder, or someone else. */
  const namedHolder = (shareNumber: number): { given: string | undefined; used: string } => {
    const holderNow = register.share(shareNumber)?.holderId ?? '';
    const r = rng.next();
    if (r < 0.6 || members.length === 0) return { given: undefined, used: holderNow };
    if (r < 0.9 && holderNow !== '') return { given: holderNow, used: holderNow };
    const someone = rng.pick(members).memberId;
    return { given: someone, used: someone };
  };

  const on = effectiveOn();
  const backDated = latest !== null && on < latest;
  const kind = rng.next();
  // A back-dated allotment to someone new is the likeliest back-dated entry to be accepted.
  if (kind < 0.45 || inIssue.length === 0 || (backDated && kind < 0.7)) {
    const r = rng.next();
    const shareNumber =
      r < 0.6 ? undefined : r < 0.9 ? highest + rng.int(1, 4) : shares.length > 0 ? rng.pick(shares).shareNumber : 1;
    const paid = rng.next();
    const paidUpPence = paid < 0.8 ? undefined : paid < 0.88 ? 0 : paid < 0.96 ? 40 : 101;
    const to = receiver(null);
    const authorisedBy = authority();
    const dto = {
      ...(shareNumber === undefined ? {} : { shareNumber }),
      effectiveOn: on,
      ...(paidUpPence === undefined ? {} : { paidUpPence }),
      holder: to.dto,
      ...authorityDto(authorisedBy),
    };
    if ('appError' in to) return { call: { op: 'allot', dto }, expected: { appError: to.appError } };
    return {
      call: { op: 'allot', dto },
      expected: {
        event: {
          type: 'allotment',
          ...stamp(on, authorisedBy),
          shareNumber: shareNumber ?? highest + 1,
          shareClass: 'ordinary',
          nominalPence: 100,
          paidUpPence: paidUpPence ?? 100,
          holder: to.holder,
        },
      },
    };
  }
  if (kind >= 0.92) {
    // RM-3: mostly a current member's new name (names that sort interestingly), address or joint holders.
    const r = rng.next();
    const member = r < 0.8 && current.length > 0 ? rng.pick(current) : r < 0.95 && members.length > 0 ? rng.pick(members) : null;
    const memberId = member?.memberId ?? randomUUID();
    const dto = {
      effectiveOn: on,
      ...(rng.chance(0.7) ? { name: rng.chance(0.9) ? `${rng.pick(NAMES)} ${rng.int(1, 99)}` : (member?.name ?? 'Same') } : {}),
      ...(rng.chance(0.4) ? { address: `${rng.int(1, 300)} Changed Road, London E${rng.int(1, 20)} 3CC` } : {}),
      ...(rng.chance(0.3) ? { jointHolders: rng.chance(0.8) ? [`${rng.pick(NAMES)} (partner)`, `Partner ${rng.int(1, 9)}`] : [] } : {}),
    };
    if (member === null) return { call: { op: 'particulars', memberId, dto }, expected: { appError: 'NOT_FOUND' } };
    const jointHolders = dto.jointHolders ?? member.jointHolders ?? [];
    const { authorisedBy: _none, ...base } = stamp(on, undefined);
    return {
      call: { op: 'particulars', memberId, dto },
      expected: {
        event: {
          type: 'particulars-change', ...base, memberId, name: dto.name ?? member.name, address: dto.address ?? member.address,
          ...(jointHolders.length > 0 ? { jointHolders } : {}),
        },
      },
    };
  }
  if (kind < 0.83) {
    const shareNumber = someShare();
    const from = transferor(shareNumber);
    const giver = register.member(from);
    const to = rng.chance(0.04) && giver
      ? { dto: { memberId: from }, holder: { memberId: from, name: giver.name, address: giver.address, practiceId: giver.practiceId, ...(giver.jointHolders ? { jointHolders: giver.jointHolders } : {}) } }
      : receiver(from);
    const lodgedOn = rng.chance(0.05) ? addDays(on, 1) : addDays(on, -rng.int(0, 30));
    const authorisedBy = authority();
    const dto = { shareNumber, fromMemberId: from, to: to.dto, lodgedOn, effectiveOn: on, ...authorityDto(authorisedBy) };
    if ('appError' in to) return { call: { op: 'transfer', dto }, expected: { appError: to.appError } };
    return {
      call: { op: 'transfer', dto },
      expected: { event: { type: 'transfer', ...stamp(on, authorisedBy), shareNumber, fromMemberId: from, to: to.holder, lodgedOn } },
    };
  }
  const shareNumber = someShare();
  const holder = namedHolder(shareNumber);
  const reason = rng.pick(['surrender', 'buy-back', 'cancellation'] as const);
  const note = rng.chance(0.5) ? null : `note ${rng.int(1, 99)}`;
  const authorisedBy = authority();
  // SR-1: a reduction of capital (a cancellation or a surrender) names its solvency statement.
  const solvency = reason === 'buy-back' ? {} : { solvencyStatementOn: on };
  const dto = {
    shareNumber,
    ...(holder.given === undefined ? {} : { memberId: holder.given }),
    reason,
    ...(note === null ? {} : { note }),
    effectiveOn: on,
    ...solvency,
    ...authorityDto(authorisedBy),
  };
  return {
    call: { op: 'cancel', dto },
    expected: { event: { type: 'cancellation', ...stamp(on, authorisedBy), shareNumber, memberId: holder.used, reason, note, ...solvency } },
  };
}

/** The expected event with what only the service knows filled in: the new holder's id, the sequence and the instant. */
function settle(expected: ShareEvent, actual: ShareEvent): ShareEvent {
  const fill = (h: Holder, got: Holder) => (h.memberId === NEW_MEMBER ? { ...h, memberId: got.memberId } : h);
  const base = { eventId: actual.eventId, recordedAt: actual.recordedAt };
  if (expected.type === 'allotment' && actual.type === 'allotment') return { ...expected, ...base, holder: fill(expected.holder, actual.holder) };
  if (expected.type === 'transfer' && actual.type === 'transfer') return { ...expected, ...base, to: fill(expected.to, actual.to) };
  return { ...expected, ...base };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(databaseKinds())('the projection and the domain fold agree on random ledgers (%s)', (kind) => {
  let t: TestApp;
  let shares: ShareEventsService;
  let particulars: ParticularsService;
  let registerService: RegisterService;
  let store: RegisterStore;
  let ledger: Ledger;

  beforeAll(async () => {
    t = await startTestApp(kind, { seed: false });
    shares = t.app.get(ShareEventsService);
    particulars = t.app.get(ParticularsService);
    registerService = t.app.get(RegisterService);
    store = t.app.get(RegisterStore);
    ledger = t.app.get(Ledger);
  });
  afterAll(() => t?.close());

  const read = (companyId: string, asAt: CalendarDate, status: EntryStatus, knownAt: Instant | null = null, limit = 100_000) =>
    registerService.read(companyId, { asAt, knownAt, status, limit, offset: 0, cursor: null });
  const ledgerEvents = async (companyId: string) => {
    const events: ShareEvent[] = [];
    for await (const record of ledger.all(t.orm.em.fork(), companyId, shareRegisterFamily.prefix)) events.push(shareRegisterFamily.decode(record));
    return events;
  };
  /** The three projection tables of a company, every column, in a fixed order. */
  const dump = async (companyId: string) => ({
    holdings: await t.sql(
      `select share_number, opened_by, member_id, held_from::text as held_from, held_to::text as held_to, share_class, nominal_pence, paid_up_pence, authorised_by
       from share_holding where company_id = ? order by share_number, opened_by`,
      [companyId],
    ),
    entries: await t.sql(
      `select member_id, opened_by, registered_on::text as registered_on, ceased_on::text as ceased_on, name, name_key, address,
              shown_from::text as shown_from, shown_to::text as shown_to, joint_holders
       from register_entry where company_id = ? order by opened_by`,
      [companyId],
    ),
    totals: await t.sql(
      `select on_date::text as on_date, issued_shares, current_members from register_total where company_id = ? order by on_date`,
      [companyId],
    ),
  });

  /** Across the ledgers of this block: accepted events naming each resolution that can authorise, and authority refusals by why. */
  const exercised = { namingEarly: 0, namingLate: 0, 'not named': 0, 'passed later': 0, 'not passed': 0 };

  // Several entries then share (name, member, registered on), the key the register is ordered and paged by.
  it('RM-1: a member who joins, leaves and joins again on one day keeps every entry, in order, on every page', async () => {
    const company = companyFor(PLANS[0], 'same-day-rejoin');
    await t.app.get(CompaniesService).create(company, []);
    await t.sql(`update company set governance = ? where id = ?`, [NO_AUTHORITY, company.id]);
    const day = calendarDate('2016-05-05');
    const allot = async (holder: HolderDto) => (await shares.allot(company.id, { effectiveOn: day, holder }, CALLER)).record;
    const mary = shareRegisterFamily.decode(await allot({ name: 'Mary Rejoin', address: '1 Road' })) as ShareAllotment;
    /** Mary gives up the share (SH-3: the instrument names her as transferor). */
    const transfer = (shareNumber: number, name: string) =>
      shares.transfer(company.id, { shareNumber, fromMemberId: mary.holder.memberId, to: { name, address: '2 Road' }, lodgedOn: day, effectiveOn: day }, CALLER);
    await allot({ name: 'mary rejoin', address: '9 Road' }); // the same name key, another member
    await transfer(1, 'Nick');
    await allot({ memberId: mary.holder.memberId });
    await transfer(3, 'Olga');
    await sleep(3);
    const midway = (await allot({ memberId: mary.holder.memberId })).recordedAt as Instant;
    await sleep(3);
    await transfer(4, 'Pat');
    await allot({ memberId: mary.holder.memberId });
    const events = await ledgerEvents(company.id);
    const head = events.at(-1)!.recordedAt;

    for (const knownAt of [null, midway, head] as (Instant | null)[]) {
      const recordedBy = events.filter((e) => knownAt === null || e.recordedAt <= knownAt);
      for (const status of STATUSES) {
        const whole = await read(company.id, '2016-06-01' as CalendarDate, status, knownAt);
        expect(whole.entries).toStrictEqual(registerOfMembers(company, recordedBy, { asAt: '2016-06-01' as CalendarDate, status }).entries);
        if (status === 'all') expect(whole.entries.filter((e) => e.memberId === mary.holder.memberId).length).toBe(knownAt === midway ? 3 : 4);
        const view = { asAt: '2016-06-01' as CalendarDate, knownAt, status, offset: 0 };
        /** Every entry from `cursor` on, `limit` at a time. */
        const pageThrough = async (cursor: string | null, limit: number) => {
          const joined: RegisterPage['entries'][number][] = [];
          for (let pages = 0; cursor !== null && pages < 50; pages += 1) {
            const page: RegisterPage = await registerService.read(company.id, { ...view, limit, cursor: cursor === 'start' ? null : cursor });
            joined.push(...page.entries);
            cursor = page.nextCursor;
          }
          return joined;
        };
        for (const limit of [1, 2, 3]) {
          expect({ knownAt, status, limit, entries: await pageThrough('start', limit) }).toStrictEqual({ knownAt, status, limit, entries: whole.entries });
        }
        // A cursor and an offset together: the page after skipping one more, and the pages after it.
        const first = await registerService.read(company.id, { ...view, limit: 1, cursor: null });
        if (first.nextCursor !== null) {
          const skipped = await registerService.read(company.id, { ...view, limit: 2, offset: 1, cursor: first.nextCursor });
          expect(skipped.entries).toStrictEqual(whole.entries.slice(2, 4));
          expect([...skipped.entries, ...(await pageThrough(skipped.nextCursor, 1))]).toStrictEqual(whole.entries.slice(2));
        }
      }
    }
  });

  /** The stream comparison verify tries first (projectionEqualsFold), which must find the projection equal to the fold. */
  const equalAsStream = (company: Company) =>
    t.orm.em.fork().transactional(async (em) => projectionEqualsFold(em, t.app.get(Ledger), company, await shareCorrections(t.app.get(Ledger), em, company.id)));

  describe.each(PLANS.map((plan, i) => [i + 1, plan.label, plan.seed, plan] as const))(
    'ledger %i: %s (seed %i)',
    (index, _label, seed, plan) => {
      let run: LedgerRun;

      it('accepts or refuses every operation exactly as the domain fold of the ledger says (both writer paths)', async () => {
        const companyId = `projection-${index}-${seed}`;
        const company = companyFor(plan, companyId);
        const practices = practicesFor(companyId, plan.practices);
        await t.app.get(CompaniesService).create(company, practices);
        await t.sql(`update company set governance = ? where id = ?`, [NO_AUTHORITY, companyId]);
        // Two directors and three board resolutions for some events to name (see LedgerRun).
        const directors = t.app.get(DirectorsService);
        const resolutions = t.app.get(ResolutionsService);
        const board: { directorId: string }[] = [];
        for (const n of [1, 2]) board.push(await directors.appoint(companyId, { name: `Director ${n}`, serviceAddress: '1 Test Yard', appointedOn: INCORPORATED }, CALLER));
        const naming = prng(seed + 3);
        /** Proposes a board resolution at a meeting on `meetingOn` naming the pairs `keep` keeps; `votesFor` of the two directors vote for it. */
        const pass = async (meetingOn: CalendarDate, keep: () => boolean, votesFor: number, passedOn: CalendarDate | null): Promise<ResolutionModel> => {
          const authorises = ACTIONS.flatMap((action) =>
            Array.from({ length: MAX_NAMED_SHARE }, (_, i) => ({ action, shareNumber: i + 1 })).filter(() => keep()),
          );
          const proposed = await resolutions.propose(companyId, { kind: 'board', procedure: 'meeting', meetingOn, text: `THAT the share changes listed be approved (${meetingOn}).`, authorises }, CALLER);
          for (const d of board.slice(0, votesFor)) await resolutions.vote(companyId, proposed.id, { directorId: d.directorId, vote: 'for' }, CALLER);
          // The model's claim about the resolution, checked once against the service.
          const outcome = resolutionOutcome(await resolutions.get(companyId, proposed.id), FAR_FUTURE);
          expect({ status: outcome.status, passedOn: outcome.passedOn }).toEqual(passedOn === null ? { status: 'failed', passedOn: null } : { status: 'passed', passedOn });
          return { id: proposed.id, passedOn, authorises: new Set(authorises.map((a) => pairKey(a.action, a.shareNumber))) };
        };
        const early = await pass(INCORPORATED, () => naming.chance(0.85), 2, INCORPORATED);
        const late = await pass(LATE_MEETING, () => true, 2, LATE_MEETING);
        const unpassed = await pass(INCORPORATED, () => true, 1, null); // one director of two: no quorum
        expect(early.authorises.size).toBeGreaterThan(ACTIONS.length * MAX_NAMED_SHARE * 0.75);
        expect(early.authorises.size).toBeLessThan(ACTIONS.length * MAX_NAMED_SHARE * 0.95);
        run = {
          company,
          practices,
          early,
          late,
          unpassed,
          resolutions: new Map([early, late, unpassed].map((r) => [r.id, r])),
          // Two directors; each resolution its meeting, its proposal and its votes.
          governanceEntries: 2 + (1 + 1 + 2) + (1 + 1 + 2) + (1 + 1 + 1),
          records: [],
          events: [],
          checkpoints: [],
          outcomes: new Map(),
          authorityRefusals: new Map(),
          paths: { incremental: 0, rebuild: 0, rejectedBackDated: 0 },
          mismatches: [],
        };
        const rng = prng(seed);
        const clock = { today: addDays(INCORPORATED, rng.int(0, 20)) };
        let sinceCheckpoint = 0;

        for (let i = 0; i < plan.operations; i += 1) {
          const { call, expected } = randomCall(rng, run, clock);
          const predicted = predict(run, expected);
          const latest = maxDate(run.events);
          const backDated = latest !== null && call.dto.effectiveOn! < latest;
          let actual: Outcome;
          let code: string;
          let record: ChainedLedgerRecord | null = null;
          try {
            record =
              call.op === 'allot'
                ? (await shares.allot(companyId, call.dto, CALLER)).record
                : call.op === 'transfer'
                  ? (await shares.transfer(companyId, call.dto, CALLER)).record
                  : call.op === 'cancel'
                    ? (await shares.cancel(companyId, call.dto, CALLER)).record
                    : await particulars.change(companyId, call.memberId, call.dto, CALLER);
            actual = code = 'ok';
          } catch (error) {
            actual = outcomeOf(error);
            code = error instanceof AppError ? `app:${error.code}` : (error as DomainError).code;
          }
          run.outcomes.set(code, (run.outcomes.get(code) ?? 0) + 1);
          if (code === NOT_AUTHORISED) {
            const why = actual.endsWith(': not named') ? 'not named' : actual.includes('passed only on') ? 'passed later' : 'not passed';
            run.authorityRefusals.set(why, (run.authorityRefusals.get(why) ?? 0) + 1);
          }
          if (actual !== predicted) {
            run.mismatches.push(`operation ${i} ${call.op} ${JSON.stringify(call.dto)}: the model says ${predicted}, the service said ${actual}`);
          }
          if (record === null) {
            if (backDated) run.paths.rejectedBackDated += 1;
            continue;
          }
          if (backDated) run.paths.rebuild += 1;
          else run.paths.incremental += 1;
          const event = shareRegisterFamily.decode(record);
          expect(record.sequence).toBe(run.governanceEntries + run.records.length + 1);
          if ('event' in expected) expect(event).toEqual(settle(expected.event, event));
          run.records.push(record);
          run.events.push(event);
          sinceCheckpoint += 1;

          // Now and then, note what the projection says, to ask later how the register stood at this instant.
          if (sinceCheckpoint >= 15) {
            sinceCheckpoint = 0;
            const latestNow = maxDate(run.events)!;
            const views: Checkpoint['views'] = [];
            for (const [asAt, status] of [[latestNow, 'all'], [addDays(latestNow, -45), 'current'], [FAR_FUTURE, 'former']] as const) {
              const page = await read(companyId, asAt, status);
              views.push({ asAt, status, page: { entries: page.entries, totals: page.totals } });
            }
            run.checkpoints.push({ knownAt: record.recordedAt as Instant, accepted: run.events.length, views });
            await sleep(3); // the next entry is recorded at a later instant
          }
        }

        if (process.env.PROJECTION_DEBUG) {
          console.log(plan.label, run.paths, Object.fromEntries(run.outcomes), Object.fromEntries(run.authorityRefusals), {
            early: run.events.filter((e) => e.authorisedBy === run.early.id).length,
            late: run.events.filter((e) => e.authorisedBy === run.late.id).length,
          });
        }
        expect(run.mismatches).toEqual([]);
        // The run must have exercised what it is here for: both writer paths, and refusals.
        expect(run.paths.incremental).toBeGreaterThan(plan.operations / 4);
        expect(run.paths.rebuild).toBeGreaterThan(0);
        expect(run.paths.rejectedBackDated).toBeGreaterThan(0);
        expect(run.outcomes.get('ok') ?? 0).toBeGreaterThan(plan.operations / 3);
        expect([...run.outcomes.keys()].filter((k) => k !== 'ok').length).toBeGreaterThanOrEqual(4);
        expect(run.events.some((e) => e.type === 'transfer')).toBe(true);
        expect(run.events.some((e) => e.type === 'cancellation')).toBe(true);
        // RM-3: changes of particulars among them, some back-dated into the register's past.
        expect(run.events.some((e) => e.type === 'particulars-change')).toBe(true);
        // Some accepted events name a resolution (one that could authorise them), some name none; some
        // named one that does not exist (404). Across the ledgers, see the last test of this block.
        expect(run.events.some((e) => e.authorisedBy === run.early.id || e.authorisedBy === run.late.id)).toBe(true);
        expect(run.events.some((e) => e.authorisedBy === run.unpassed.id)).toBe(false);
        expect(run.events.some((e) => e.authorisedBy === null)).toBe(true);
        expect(run.outcomes.get('app:NOT_FOUND') ?? 0).toBeGreaterThan(0);
        exercised.namingEarly += run.events.filter((e) => e.authorisedBy === run.early.id).length;
        exercised.namingLate += run.events.filter((e) => e.authorisedBy === run.late.id).length;
        for (const [why, n] of run.authorityRefusals) exercised[why] += n;
        // RM-3/RM-4: what the service accepted is exactly what the ledger holds.
        expect(await ledgerEvents(companyId)).toEqual(run.events);
      });

      it('RM-1: the projection gives the same entries, in the same order, and totals as registerOfMembers at every date', async () => {
        const { company } = run;
        const events = await ledgerEvents(company.id);
        expect(events.length).toBeGreaterThan(0);
        const rng = prng(seed + 1);
        const dates = new Set<CalendarDate>([addDays(INCORPORATED, -1), INCORPORATED, FAR_FUTURE]);
        for (const e of events) for (const d of [-1, 0, 1]) dates.add(addDays(e.effectiveOn, d));
        const last = maxDate(events)!;
        const span = Math.round((Date.parse(last) - Date.parse(INCORPORATED)) / 86_400_000);
        for (let i = 0; i < 12; i += 1) dates.add(addDays(INCORPORATED, rng.int(0, span + 30)));

        let nonEmpty = 0;
        let withFormer = 0;
        // Every date as a whole, and its current or its former entries (alternately, to keep the run short).
        for (const [n, asAt] of [...dates].sort().entries()) {
          for (const status of ['all', n % 2 === 0 ? 'current' : 'former'] as const) {
            const expected = registerOfMembers(company, events, { asAt, status });
            const page = await read(company.id, asAt, status);
            expect({ asAt, status, entries: page.entries, totals: page.totals }).toStrictEqual({
              asAt,
              status,
              entries: expected.entries,
              totals: expected.totals,
            });
            if (status === 'all' && expected.entries.length > 0) nonEmpty += 1;
            if (status === 'former' && expected.entries.length > 0) withFormer += 1;
          }
        }
        expect(nonEmpty).toBeGreaterThan(dates.size / 2);
        expect(withFormer).toBeGreaterThan(0);
      });

      it('pages of the register, by cursor, join up to the whole register', async () => {
        const { company, events } = run;
        for (const asAt of [maxDate(events)!, addDays(maxDate(events)!, -100)]) {
          const whole = await read(company.id, asAt, 'all');
          const joined: RegisterPage['entries'][number][] = [];
          let cursor: string | null = null;
          for (let pages = 0; pages < 1000; pages += 1) {
            const page: RegisterPage = await registerService.read(company.id, { asAt, knownAt: null, status: 'all', limit: 7, offset: 0, cursor });
            joined.push(...page.entries);
            cursor = page.nextCursor;
            if (cursor === null) break;
          }
          expect(joined).toStrictEqual(whole.entries);
        }
      });

      it('rebuilding the projection from the ledger gives exactly the rows kept up to date event by event', async () => {
        const { company } = run;
        const incremental = await dump(company.id);
        expect(incremental.holdings.length).toBeGreaterThan(0);
        expect(incremental.entries.length).toBeGreaterThan(0);
        // The projection's copy of each holding's authority is among what the rebuild must reproduce.
        expect(incremental.holdings.some((h) => h.authorised_by === run.early.id || h.authorised_by === run.late.id)).toBe(true);
        expect(incremental.holdings.some((h) => h.authorised_by === null)).toBe(true);
        await t.orm.em.fork().transactional(async (em) => {
          const events: ShareEvent[] = [];
          for await (const record of ledger.all(em, company.id, shareRegisterFamily.prefix)) events.push(shareRegisterFamily.decode(record));
          await store.replace(em, company.id, buildProjection(company, events));
        });
        const rebuilt = await dump(company.id);
        expect(rebuilt).toStrictEqual(incremental);
      });

      it('RM-3: as known at earlier instants, the register is what the projection said then and what the ledger recorded by then folds to', async () => {
        const { company, records, events, checkpoints } = run;
        expect(checkpoints.length).toBeGreaterThanOrEqual(2);
        // Checkpoints: the register as read from the projection at the time.
        for (const cp of checkpoints) {
          const recordedBy = events.filter((e) => e.recordedAt <= cp.knownAt);
          expect(recordedBy).toHaveLength(cp.accepted);
          for (const view of cp.views) {
            const page = await read(company.id, view.asAt, view.status, cp.knownAt);
            expect({ knownAt: cp.knownAt, asAt: view.asAt, entries: page.entries, totals: page.totals }).toStrictEqual({
              knownAt: cp.knownAt,
              asAt: view.asAt,
              ...view.page,
            });
            const folded = registerOfMembers(company, recordedBy, { asAt: view.asAt, status: view.status });
            expect(page.entries).toStrictEqual(folded.entries);
            expect(page.totals).toStrictEqual(folded.totals);
          }
        }
        // Instants between two recordings, before the first, and at the head (read from the projection again).
        const rng = prng(seed + 2);
        const instants: Instant[] = [instant(new Date(Date.parse(records[0].recordedAt) - 1)), records[records.length - 1].recordedAt as Instant];
        for (let i = 0; i < 6; i += 1) {
          const k = rng.int(0, records.length - 2);
          const [a, b] = [Date.parse(records[k].recordedAt), Date.parse(records[k + 1].recordedAt)];
          instants.push(instant(new Date(Math.floor((a + b) / 2))));
        }
        const last = maxDate(events)!;
        for (const knownAt of instants) {
          const recordedBy = events.filter((e) => e.recordedAt <= knownAt);
          for (const asAt of [last, addDays(last, -rng.int(1, 200)), FAR_FUTURE]) {
            const status = rng.pick(STATUSES);
            const page = await read(company.id, asAt, status, knownAt);
            const folded = registerOfMembers(company, recordedBy, { asAt, status });
            expect({ knownAt, asAt, status, entries: page.entries, totals: page.totals }).toStrictEqual({
              knownAt,
              asAt,
              status,
              entries: folded.entries,
              totals: folded.totals,
            });
          }
        }
        const before = await read(company.id, FAR_FUTURE, 'all', instants[0]);
        expect(before.entries).toEqual([]);
        expect(before.totals).toEqual({ issuedShares: 0, currentMembers: 0 });
      });

      it('RM-3: the ledger verifies, and refused writes left nothing behind (no stray members)', async () => {
        const { company, events } = run;
        const verification = await t.app.get(LedgerService).verify(company.id, null);
        const entries = run.governanceEntries + events.length;
        expect(verification).toMatchObject({ valid: true, events: entries, headSequence: entries });
        expect(await equalAsStream(company)).toBe(true);
        const holders = new Set(events.flatMap((e) => (e.type === 'allotment' ? [e.holder.memberId] : e.type === 'transfer' ? [e.to.memberId] : [])));
        const members = await t.sql<{ id: string }>(`select id from member where company_id = ?`, [company.id]);
        expect(members.map((m) => m.id).sort()).toEqual([...holders].sort());
      });

      // Last of the block: it changes the register the tests above compare with the plain ledger.
      it('RM-4, SR-4: random corrections (voids and replacements) keep the projection equal to the fold; knownAt before each shows the register as it stood', async () => {
        const { company } = run;
        const corrections = t.app.get(CorrectionsService);
        const rng = prng(seed + 5);
        const events = await ledgerEvents(company.id);
        const applied: ShareCorrection[] = [];
        const outcomes: string[] = [];
        const shifted = (on: CalendarDate) => {
          const day = addDays(on, rng.int(-3, 3));
          return day > todayInUk() ? todayInUk() : day;
        };
        const newHolder = (h: Holder | null, i: number): HolderDto =>
          h !== null && h.practiceId !== null ? { practiceId: h.practiceId, name: `Corrected partners ${i}` } : { name: `Corrected holder ${i}`, address: `${i} Correction Row` };
        const replacementOf = (e: ShareEvent, i: number) => {
          if (e.type === 'particulars-change') return undefined;
          const base = { effectiveOn: shifted(e.effectiveOn), shareNumber: e.shareNumber };
          if (e.type === 'allotment') return { type: 'allotment' as const, ...base, holder: newHolder(e.holder, i) };
          if (e.type === 'transfer') return { type: 'transfer' as const, ...base, fromMemberId: e.fromMemberId, to: newHolder(e.to, i) };
          return { type: 'cancellation' as const, ...base, memberId: e.memberId, reason: e.reason };
        };
        for (let i = 0; i < 8; i += 1) {
          const inForce = correctedShareEvents(events, applied);
          const target = rng.chance(0.6) ? inForce[inForce.length - 1 - rng.int(0, Math.min(5, inForce.length - 1))] : rng.pick(inForce);
          const replacement = rng.chance(0.4) ? undefined : replacementOf(target!, i);
          const knownBefore = (await ledger.head(t.orm.em.fork(), company.id))!.recordedAt;
          const before = await dump(company.id);
          await sleep(3);
          try {
            const record = await corrections.correct(company.id, { correctsSequence: Number(target.eventId), reason: `correction ${i}`, ...(replacement ? { replacement } : {}) }, CALLER);
            const correction = shareCorrectionsFamily.decode(record);
            // The domain accepts what the service accepted, on the register before it.
            expect(() => checkCorrection(company, events, applied, correction)).not.toThrow();
            applied.push(correction);
            outcomes.push('ok');
          } catch (error) {
            if (!(error instanceof DomainError)) throw error;
            outcomes.push(error.code);
            expect(await dump(company.id)).toStrictEqual(before);
            continue;
          }
          const corrected = correctedShareEvents(events, applied);
          const last = maxDate(corrected)!;
          for (const asAt of [last, addDays(last, -rng.int(1, 300)), FAR_FUTURE]) {
            const status = rng.pick(STATUSES);
            const page = await read(company.id, asAt, status);
            const folded = registerOfMembers(company, corrected, { asAt, status });
            expect({ asAt, status, entries: page.entries, totals: page.totals }).toStrictEqual({ asAt, status, entries: folded.entries, totals: folded.totals });
            const then = await read(company.id, asAt, status, knownBefore);
            const stood = registerOfMembers(company, correctedShareEvents(events, applied.slice(0, -1)), { asAt, status });
            expect({ asAt, status, entries: then.entries, totals: then.totals }).toStrictEqual({ asAt, status, entries: stood.entries, totals: stood.totals });
          }
        }
        if (process.env.PROJECTION_DEBUG) console.log(plan.label, 'corrections', outcomes);
        expect(outcomes.filter((o) => o === 'ok').length).toBeGreaterThan(0);
        // A share event after a correction is checked against the corrected register, and the projection follows.
        const free = run.practices.find((p) => !correctedShareEvents(events, applied).some((e) => (e.type === 'allotment' ? e.holder : e.type === 'transfer' ? e.to : null)?.practiceId === p.id));
        const holder: HolderDto = company.articles.memberEligibility === 'practice' ? { practiceId: (free ?? run.practices[0]).id } : { name: 'After the corrections', address: '1 Late Lane' };
        await shares.allot(company.id, { effectiveOn: todayInUk(), holder }, CALLER).catch((error: unknown) => {
          if (!(error instanceof DomainError)) throw error;
        });
        const verification = await t.app.get(LedgerService).verify(company.id, null);
        expect(verification).toMatchObject({ valid: true, projection: { matches: true } });
        expect(await equalAsStream(company)).toBe(true);
      });
    },
  );

  it("across the ledgers, where the articles need none, a named resolution authorised events only when it named them and had passed by their date", () => {
    // Each ledger's operations were compared one by one with the model above; this checks that the
    // runs between them reached every branch of the authority check, not only the register's rules.
    expect(exercised).toEqual({
      namingEarly: expect.any(Number),
      namingLate: expect.any(Number),
      'not named': expect.any(Number),
      'passed later': expect.any(Number),
      'not passed': expect.any(Number),
    });
    for (const [what, n] of Object.entries(exercised)) expect({ what, n: n > 0 }).toEqual({ what, n: true });
  });
});
