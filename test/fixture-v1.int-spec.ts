/**
 * A ledger and a PGlite data directory written by the code before the ledger codecs existed
 * (test/fixtures/v1, see its README): every entry still verifies, decodes, re-encodes to the very
 * payload that was hashed, and folds to the state the old code folded; the old data directory opens
 * and answers every read as it did.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { todayUk } from './support/dates';
import { addDays, addMonths, foldGovernance, registerOfMembers, verifyChain, type ChainedLedgerRecord, type Company, type Instant, type CalendarDate } from '#domain';
import { AppModule } from '../apps/api/src/app.module';
import { APP_OPTIONS, configureApp } from '../apps/api/src/bootstrap';
import { SETTINGS, settingsFromEnv, type Settings } from '../apps/api/src/config/settings';
import { allianceFamilies } from '../apps/api/src/ledger/codecs/alliance.codec';
import { centralRegisterFamily } from '../apps/api/src/ledger/codecs/central-register.codec';
import { dividendsFamily } from '../apps/api/src/ledger/codecs/dividends.codec';
import { directorsFamily, filingsFamily, resolutionsFamily } from '../apps/api/src/ledger/codecs/governance.codec';
import { meetingsFamily } from '../apps/api/src/ledger/codecs/meetings.codec';
import { shareRegisterFamily } from '../apps/api/src/ledger/codecs/share-register.codec';
import { certificatesFamily, lodgedTransfersFamily, shareCorrectionsFamily } from '../apps/api/src/ledger/codecs/share-records.codec';
import { tupeFamily } from '../apps/api/src/ledger/codecs/tupe.codec';
import { inspectionFamily, officersFamily, particularsFamily } from '../apps/api/src/ledger/codecs/officers.codec';
import type { LedgerFamily } from '../apps/api/src/ledger/ledger-codec';

const FIXTURE = join(__dirname, 'fixtures/v1');
const read = (file: string) => JSON.parse(readFileSync(join(FIXTURE, file), 'utf8'));
const exported: { companyId: string; entries: ChainedLedgerRecord[] } = read('ledger-export.json');
const folds = read('expected/folds.json');
const company: Company = read('expected/folds.json').company;

const families: LedgerFamily<{ type: string; effectiveOn: string }>[] = [
  shareRegisterFamily, directorsFamily, resolutionsFamily, filingsFamily, meetingsFamily, ...allianceFamilies, tupeFamily,
  lodgedTransfersFamily, certificatesFamily, shareCorrectionsFamily, officersFamily, particularsFamily, inspectionFamily, dividendsFamily,
  centralRegisterFamily,
] as never;
const familyOf = (kind: string) => families.find((f) => f.owns(kind));
/** Maps as the fixture writes them: arrays of [key, value] sorted by key. */
const sortedEntries = <V>(map: ReadonlyMap<string, V>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('a ledger written before the codecs (fixture v1)', () => {
  it('still verifies: 307 entries, every hash and link as recorded', () => {
    expect(verifyChain(exported.entries)).toMatchObject({ valid: true, events: 307, headHash: folds.source.exportedAtHead.hash });
  });

  it('every entry of every family decodes, and re-encodes to the payload that was hashed', () => {
    const checked = new Map<string, number>();
    for (const entry of exported.entries) {
      const family = familyOf(entry.kind);
      if (!family) continue;
      const event = family.decode(entry);
      expect(family.encode(event)).toEqual({ kind: entry.kind, effectiveOn: entry.effectiveOn, payload: entry.payload });
      checked.set(entry.kind, (checked.get(entry.kind) ?? 0) + 1);
    }
    expect(Object.fromEntries(checked)).toEqual(folds.source.kinds);
  });

  it('folds to the register of members the old code folded, as at every date and as known at every instant (RM-1, RM-3)', () => {
    const events = shareRegisterFamily.decodeAll(exported.entries);
    expect(events).toHaveLength(folds.shares.events);
    for (const expected of [...folds.shares.registerOfMembers, ...folds.shares.registerOfMembersKnownAt]) {
      const view = { asAt: expected.asAt as CalendarDate, knownAt: expected.knownAt as Instant | null, status: 'all' as const };
      const { companyId, asAt, knownAt, entries, totals } = registerOfMembers(company, events, view);
      expect(plain({ companyId, asAt, knownAt, entries, totals })).toEqual(expected);
    }
  });

  it('folds to the directors, resolutions and filings the old code folded', () => {
    const governance = [directorsFamily, resolutionsFamily, filingsFamily] as const;
    const events = exported.entries.flatMap((entry) => {
      const family = governance.find((f) => f.owns(entry.kind));
      return family ? [family.decode(entry)] : [];
    });
    const state = foldGovernance(events);
    expect(plain(state.directors)).toEqual(folds.governance.directors);
    // The day of each agreement to short notice is kept since (RS-1: a record as at a day before the meeting counts only those given by then).
    const undated = (entries: [string, Record<string, unknown>][]) => entries.map(([id, { shortNoticeAgreedOn: _d, ...r }]) => [id, r]);
    expect(undated(plain(sortedEntries(state.resolutions)) as [string, Record<string, unknown>][])).toEqual(folds.governance.resolutions);
    // Each agreement given in v1 was dated: the days are those of its entries.
    const dated = [...state.resolutions.values()].flatMap((r) => ('shortNoticeAgreedOn' in r ? (r.shortNoticeAgreedOn ?? []) : []));
    expect(dated.length).toBe([...state.resolutions.values()].reduce((n, r) => n + ('shortNoticeAgreedBy' in r ? r.shortNoticeAgreedBy.length : 0), 0));
    expect(plain(state.filings)).toEqual(folds.governance.filings);
  });
});

describe('a PGlite data directory written before the restructuring (fixture v1)', () => {
  const ADMIN_TOKEN = 'fixture-secretary-token-0123456789';
  let dataDir: string;
  let app: INestApplication;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cic-fixture-v1-'));
    execFileSync('tar', ['-xzf', join(FIXTURE, 'pglite-data.tar.gz'), '-C', dataDir]);
    const settings: Settings = { ...settingsFromEnv({}), dataDir, port: 0, adminToken: ADMIN_TOKEN, seed: true, throttleAuthFailures: 0, throttleWrites: 0, logLevel: 'error', logFormat: 'json' };
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).overrideProvider(SETTINGS).useValue(settings).compile();
    app = configureApp(moduleRef.createNestApplication({ ...APP_OPTIONS, logger: ['error', 'fatal'] }));
    await app.init();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const index: { file: string; path: string; status: number }[] = read('expected/index.json');

  /**
   * Fields added since v1, each by a change that says why; every other field must be as recorded.
   * verify also compares the register projection with the fold of the ledger; the export carries a
   * signed checkpoint of its head and the key that signed it.
   */
  const ADDED_SINCE_V1: Record<string, (body: Record<string, unknown>) => Record<string, unknown>> = {
    '/ledger/verify': () => ({ projection: { matches: true } }),
    '/ledger/export': (body) => {
      const head = body.exportedAtHead as { sequence: number; hash: string };
      const checkpoint = { companyId: body.companyId, ...head, signedAt: expect.any(String), signature: expect.stringMatching(/^[A-Za-z0-9_-]{86}$/) };
      return {
        checkpoint,
        publicKey: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
        keyId: expect.stringMatching(/^[0-9a-f]{16}$/),
        // Version 2: the articles the fold needs and the register projection, for the offline verifier;
        // version 3: each entry line the entry's canonical text (the same fields, in another order).
        format: 'cic-ledger-export',
        version: 3,
        company: expect.objectContaining({ id: body.companyId, articles: expect.objectContaining({ shareClass: expect.any(String) }) }),
        register: { holdings: expect.any(Array), entries: expect.any(Array), totals: expect.any(Array) },
      };
    },
  };
  const added = (path: string, body: Record<string, unknown>) => ({
    ...Object.entries(ADDED_SINCE_V1).reduce((fields, [suffix, fieldsOf]) => (path.split('?')[0].endsWith(suffix) ? { ...fields, ...fieldsOf(body) } : fields), {}),
    // TU-5, TU-8: a transfer names the claims its checks' breaches open, with their time limits.
    ...(/\/tupe-transfers\/[^/?]+(\?|$)/.test(path) ? { claims: expect.any(Array) } : {}),
  });

  it.each(index.map((r) => [r.path, r] as const))('answers GET %s as before', async (_path, recorded) => {
    const response = await request(app.getHttpServer()).get(recorded.path).set('Authorization', `Bearer ${ADMIN_TOKEN}`);
    expect(response.status).toBe(recorded.status);
    const expected = read(join('expected', recorded.file));
    if (recorded.path.includes('/deadlines')) {
      // The calendar has changed on purpose since v1 (BRIEF §7): every duty now names its form and
      // section, a written resolution's lapse is no longer a duty (FC-3), a buy-back or a reduction of
      // capital owes its returns (SR-1, SR-2: SH03 and SH06, SH19), and notifications of officers, PSCs and
      // particulars are duties (EC-2, EC-5, FC-5), a confirmation statement done names the notices of its
      // period not delivered by its day (s.853A(1)(b)), and as at a day before an allotment or a transfer's
      // lodging neither owes anything yet (v1 listed them). The rest is as it was.
      type Notice = { kind: string; reference: string };
      type Duty = { kind: string; reference: string; dueOn: CalendarDate; rule?: string; formCode?: unknown; section?: unknown; doneOn?: string | null; undeliveredNotices?: Notice[] };
      const capitalReturns = new Set(['sh03', 'sh06', 'sh19']);
      const notifications = new Set(['ap01', 'tm01', 'ch01', 'ap03', 'tm02', 'ch03', 'psc01', 'psc08', 'ad01', 'aa01']);
      const body = response.body as Duty[];
      expect(body.filter((d) => capitalReturns.has(d.kind)).every((d) => d.reference.startsWith('share-cancellation-'))).toBe(true);
      for (const statement of body.filter((d) => d.undeliveredNotices !== undefined)) {
        expect(statement.kind).toBe('confirmation-statement');
        for (const n of statement.undeliveredNotices!) {
          expect(notifications.has(n.kind)).toBe(true);
          const notice = body.find((d) => d.kind === n.kind && d.reference === n.reference);
          if (notice !== undefined) expect(notice.doneOn === null || notice.doneOn! > statement.doneOn!).toBe(true);
        }
      }
      const withoutSource = body
        .filter((d) => !capitalReturns.has(d.kind) && !notifications.has(d.kind))
        .map(({ formCode: _f, section: _s, undeliveredNotices: _u, ...duty }) => duty);
      const asAt = new URL(recorded.path, 'http://x').searchParams.get('asAt') as CalendarDate;
      // SH-1 is due a month after the allotment, SH-2 and SH-3 two months after it or the lodging.
      const monthsAfterEvent: Readonly<Record<string, number>> = { sh01: 1, 'share-certificate': 2, 'transfer-decision': 2 };
      const happened = (d: Duty) => monthsAfterEvent[d.kind] === undefined || addMonths(d.dueOn, -monthsAfterEvent[d.kind]!) <= asAt;
      // s.854: the return date was the anniversary of incorporation, and the confirmation statements kept it
      // (v1 ended each period a day early, on 31 August: none of its statements was filed early, so every
      // period moves by that day, and its statement recorded under 31 August answers the period to 1 September).
      // The period that ended before 30 June 2016 closed with an annual return (AR01), due 28 days after it, not 14.
      const returnDate = (d: Duty): Duty => {
        if (d.kind !== 'confirmation-statement') return d;
        expect(d.doneOn == null || d.doneOn >= d.reference).toBe(true);
        const reference = addDays(d.reference as CalendarDate, 1);
        return reference < '2016-06-30' ? { ...d, reference, dueOn: addDays(reference, 28), rule: 's.854' } : { ...d, reference, dueOn: addDays(d.dueOn, 1) };
      };
      expect(withoutSource).toEqual((expected as Duty[]).filter((d) => d.kind !== 'written-resolution-lapse' && happened(d)).map(returnDate));
    } else if (recorded.path.includes('/resolutions')) {
      // Resolutions carry their human reference since meeting records came (`OR-2024-01`), and a board
      // resolution the directors it counted unverified (EC-3: v1's directors, in office before ECCTA and
      // never verified, are named on a decision after their verification fell due with the first
      // confirmation statement after 18 November 2025, on 15 September 2026); a members' resolution the
      // sellers of the shares whose buy-back it approves (SR-2, s.695: none in v1); a general meeting's
      // item its notice (MT-1, MT-2: clear days, short or not, the agreement counted); the rest is as it was.
      type Unverified = { on: string; verificationDueOn: string };
      type Notice = { clearDays: number; required: number; short: boolean; shortNoticeAgreed: boolean; valid: boolean; agreement: { agreed: number; entitled: number } };
      type Referenced = { reference?: unknown; kind?: string; procedure?: string; unverifiedDirectors?: Unverified[]; sellers?: unknown[]; notice?: Notice; entitled?: unknown[]; shortNoticeAgreedBy?: unknown[] };
      const bodies: Referenced[] = Array.isArray(response.body) ? response.body : [response.body];
      for (const body of bodies) expect(body.reference).toMatch(/^(OR|SR|BR|WR)-\d{4}-\d{2}$/);
      for (const body of bodies.filter((b) => b.kind === 'members' && b.procedure === 'meeting')) {
        const n = body.notice!;
        expect([n.short, n.valid, n.agreement.entitled, n.agreement.agreed]).toEqual([n.clearDays < n.required, !n.short || n.shortNoticeAgreed, body.entitled!.length, body.shortNoticeAgreedBy!.length]);
      }
      for (const body of bodies) {
        if (body.kind !== 'board') expect([body.unverifiedDirectors, body.sellers]).toEqual([undefined, []]);
        else for (const u of body.unverifiedDirectors!) expect([u.verificationDueOn, u.on > u.verificationDueOn]).toEqual(['2026-09-15', true]);
      }
      const withoutReference = bodies.map(({ reference: _r, unverifiedDirectors: _u, sellers: _s, notice: _n, ...rest }) => rest);
      // RS-1: read as at a day, the list holds only the resolutions proposed by then (v1 listed every one), each as it
      // stood: the agreements given by then, and no votes for a meeting still to come (v1 showed every one recorded).
      type Recorded = { circulatedOn?: string; noticeGivenOn?: string; meetingOn?: string; agreements?: { agreedOn: string }[]; votes?: unknown[] };
      const asAt = new URL(recorded.path, 'http://x').searchParams.get('asAt') ?? todayUk();
      const asItStood = (r: Recorded): Recorded => ({
        ...r,
        ...(r.agreements === undefined ? {} : { agreements: r.agreements.filter((a) => a.agreedOn <= asAt) }),
        ...(r.circulatedOn === undefined && r.meetingOn! > asAt ? { votes: [] } : {}),
      });
      const proposedBy = (r: Recorded) => (r.circulatedOn ?? r.noticeGivenOn ?? r.meetingOn)! <= asAt;
      const then = Array.isArray(expected) ? (expected as Recorded[]).filter(proposedBy).map(asItStood) : asItStood(expected as Recorded);
      expect(Array.isArray(response.body) ? withoutReference : withoutReference[0]).toEqual(then);
    } else if (recorded.path.endsWith('/practices')) {
      // Since the practice list (issue 9) each practice also shows its admission, eligibility, closure and
      // particulars over time, and its network is the one the network records give as at the day (a
      // practice moved since the company was entered shows its new network, and sorts under it).
      type Row = { practiceId: string; odsCode: string; name: string; address: string };
      const byId = (rows: Row[]) => rows.map(({ practiceId, odsCode, name, address }) => ({ practiceId, odsCode, name, address })).sort((a, b) => (a.practiceId < b.practiceId ? -1 : 1));
      expect(byId(response.body as Row[])).toEqual(byId(expected as Row[]));
    } else if (/\/directors(\?|$)/.test(recorded.path)) {
      // s.168: each term also names the resolution that removed the director (v1 recorded resignations only: null throughout).
      // EC-1: as at a day, each term as it stood then: a resignation dated after the day is not shown.
      const rows = response.body as { removedBy?: unknown }[];
      expect(rows.map((r) => r.removedBy)).toEqual(rows.map(() => null));
      const dayAsked = new URL(recorded.path, 'http://x').searchParams.get('asAt');
      const asItStood = (expected as { resignedOn: string | null }[]).map((r) => (dayAsked !== null && r.resignedOn !== null && r.resignedOn > dayAsked ? { ...r, resignedOn: null } : r));
      expect(rows.map(({ removedBy: _r, ...rest }) => rest)).toEqual(asItStood);
    } else if (/\/service-contracts(\?|$)/.test(recorded.path)) {
      // A contract also gives its changes of commissioner and who commissions it on the day (v1 recorded
      // no change, so each contract's current commissioner is the one that let it).
      const rows = response.body as { commissionerId: string | null; currentCommissionerId?: unknown; commissionerChanges?: unknown }[];
      expect(rows.map((r) => [r.commissionerChanges, r.currentCommissionerId])).toEqual(rows.map((r) => [[], r.commissionerId]));
      expect(rows.map(({ currentCommissionerId: _c, commissionerChanges: _h, ...rest }) => rest)).toEqual(expected);
    } else if (/\/tupe-transfers(\/[^/?]+)?(\?|$)/.test(recorded.path)) {
      // A transfer as at a day shows what had happened by then (v1 showed it as it stands): the ELI received and
      // its updates, the log entries, and the objections, made by that day. The totals count only those objections,
      // so they are checked against v1's: the same staff listed, no more objections than v1 counted.
      type Summary = { listed: number; transferredHeadcount: number; objections: number };
      type Transfer = { eli: { receivedOn: string | null; updatesOn: string[] }; log: { on: string }[]; summary: Summary };
      const asAt = new URL(recorded.path, 'http://x').searchParams.get('asAt') ?? todayUk();
      const asItStood = (t: Transfer) => ({
        ...t,
        eli: { ...t.eli, receivedOn: t.eli.receivedOn !== null && t.eli.receivedOn <= asAt ? t.eli.receivedOn : null, updatesOn: t.eli.updatesOn.filter((on) => on <= asAt) },
        log: t.log.filter((e) => e.on <= asAt),
        summary: expect.any(Object),
      });
      const got: Transfer[] = Array.isArray(response.body) ? response.body : [response.body];
      const then: Transfer[] = Array.isArray(expected) ? expected : [expected];
      expect(got.map((t, i) => [t.summary.listed, t.summary.transferredHeadcount + t.summary.objections, t.summary.objections <= then[i]!.summary.objections])).toEqual(
        then.map((t) => [t.summary.listed, t.summary.listed, true]),
      );
      const extra = Array.isArray(expected) ? {} : added(recorded.path, response.body);
      expect(response.body).toEqual(Array.isArray(expected) ? then.map(asItStood) : { ...asItStood(then[0]!), ...extra });
    } else {
      expect(response.body).toEqual(Array.isArray(expected) ? expected : { ...expected, ...added(recorded.path, response.body) });
    }
  });

  it('s.854: the statement v1 recorded under 31 August 2025 is the period to 1 September 2025\'s: a second one is 409 FILING_ALREADY_RECORDED and the old reference is no duty (422 DUTY_UNKNOWN); nothing is written', async () => {
    const C = '/api/companies/tower-hamlets-gp-care-group';
    const head = async () => (await request(app.getHttpServer()).get(`${C}/ledger/verify`).set('Authorization', `Bearer ${ADMIN_TOKEN}`).expect(200)).body.headSequence as number;
    const before = await head();
    const post = (reference: string) =>
      request(app.getHttpServer()).post(`${C}/filings`).set('Authorization', `Bearer ${ADMIN_TOKEN}`).send({ kind: 'confirmation-statement', reference, filedOn: '2025-09-12', lawfulPurposeStatement: true });
    const again = await post('2025-09-01');
    expect([again.status, again.body.code, again.body.details]).toEqual([409, 'FILING_ALREADY_RECORDED', { kind: 'confirmation-statement', reference: '2025-09-01', filedOn: '2025-09-10' }]);
    const old = await post('2025-08-31');
    expect([old.status, old.body.code]).toEqual([422, 'DUTY_UNKNOWN']);
    expect(await head()).toBe(before);
  });
});
