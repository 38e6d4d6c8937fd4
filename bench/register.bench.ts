/**
 * Benchmark (not a test) of reading the register of members on PostgreSQL.
 *
 *   npm run bench:register
 *
 * Builds, in a database of its own, a company with a 1,000,000-event ledger (100,000 members) and
 * one with a 10,000-event ledger of the same shape (1,000 members); proves both valid with the
 * domain's fold; loads the hash-chained ledger, the members and the register projection in bulk; then
 * starts the real service on that database and times GET /api/companies/:id/register?asAt=… for one
 * page of 100 and for the whole current register, early, in the middle and late in the history.
 *
 * BENCH_DATABASE_URL: an admin connection (default postgres://postgres@127.0.0.1:5432/postgres); the
 * database cic_bench_<pid> is created there and dropped at the end, on failure too.
 * BENCH_SCALE: multiplies the large ledger's size (e.g. 0.05 for a quick trial run); default 1.
 * BENCH_VERIFY=0 skips verifying the whole hash chain through the app.
 * BENCH_KEEP=1 leaves the database in place for inspection (drop it yourself afterwards).
 * BENCH_IDLE_LOAD=1.0 waits (up to 10 minutes) before timing until the 1-minute load average is below
 * that, for a machine shared with other work; the load average is printed with the results either way.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import { registerOfMembers, type CalendarDate } from '#domain';
import { AppModule } from '../apps/api/src/app.module';
import { APP_OPTIONS, configureApp } from '../apps/api/src/bootstrap';
import { SETTINGS, settingsFromEnv, type Settings } from '../apps/api/src/config/settings';
import { ORM } from '../apps/api/src/database/database.module';
import { openDatabase, type Orm } from '../apps/api/src/database/orm';
import { LedgerService } from '../apps/api/src/ledger/ledger.service';
import { RegisterService, type RegisterView } from '../apps/api/src/share-register/register.service';
import { cleanUpOnSignal, dropDatabase, withClient } from './bulk-load';
import type { GeneratedLedger } from './ledger-generator';
import { load, mb, type CompanySpec } from './register-load';
import { measure, ms, seconds, stopwatch, type Timing } from './timing';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const VERIFY = process.env.BENCH_VERIFY !== '0';
const KEEP = process.env.BENCH_KEEP === '1';
const IDLE_LOAD = process.env.BENCH_IDLE_LOAD ? Number(process.env.BENCH_IDLE_LOAD) : null;
const ADMIN_TOKEN = 'bench-secretary-token-0123456789';
const PAGE_RUNS = 50;
const PAGE_WARMUP = 5;
const WHOLE_RUNS = 5;
const WHOLE_WARMUP = 1;
const DAYS = 3653; // 2015-01-05 to 2025-01-04: ten years

const scaled = (n: number) => Math.round(n * SCALE);
const COMPANIES: CompanySpec[] = [
  {
    id: 'bench-10k',
    name: 'Bench Ten Thousand CIC',
    label: '10k',
    shape: { members: 1_000, events: 10_000, initialAllotments: 200, allotments: 800, cancellations: 300, days: DAYS, seed: 10_000 },
  },
  {
    id: 'bench-1m',
    name: 'Bench One Million CIC',
    label: SCALE === 1 ? '1M' : `${scaled(1_000_000)}`,
    shape: {
      members: scaled(100_000),
      events: scaled(1_000_000),
      initialAllotments: scaled(20_000),
      allotments: scaled(80_000),
      cancellations: scaled(30_000),
      days: DAYS,
      seed: 1_000_000,
    },
  },
];

interface Result {
  readonly company: string;
  readonly query: string;
  readonly when: string;
  readonly asAt: string;
  readonly via: 'HTTP' | 'RegisterService.read' | 'SQL only';
  readonly timing: Timing;
  readonly entries: number;
}

const log = (...parts: unknown[]) => console.log(...parts);
const load1 = () => `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;


function historyDates(ledger: GeneratedLedger): { when: string; asAt: CalendarDate }[] {
  const at = (f: number) => ledger.dates[Math.round(f * (ledger.dates.length - 1))];
  return [
    { when: 'early (5%)', asAt: at(0.05) },
    { when: 'middle (50%)', asAt: at(0.5) },
    { when: 'late (95%)', asAt: at(0.95) },
    { when: 'last day', asAt: at(1) },
  ];
}

interface EntryLike {
  memberId: string;
  name: string;
  address: string;
  registeredOn: string;
  ceasedOn: string | null;
  shares: readonly { shareNumber: number; shareClass: string; nominalPence: number; paidUpPence: number }[];
}

/** The s.113 particulars of an entry, from the API's response or the domain's register alike. */
function s113(e: EntryLike): EntryLike {
  return {
    memberId: e.memberId,
    name: e.name,
    address: e.address,
    registeredOn: e.registeredOn,
    ceasedOn: e.ceasedOn,
    shares: e.shares.map((s) => ({ shareNumber: s.shareNumber, shareClass: s.shareClass, nominalPence: s.nominalPence, paidUpPence: s.paidUpPence })),
  };
}

interface RegisterBody {
  members: EntryLike[];
  totals: { issuedShares: number; currentMembers: number };
  page: { nextCursor: string | null };
}

async function main(): Promise<void> {
  const databaseName = `cic_bench_${process.pid}`;
  const databaseUrl = (() => {
    const url = new URL(ADMIN_URL);
    url.pathname = `/${databaseName}`;
    return url.toString();
  })();
  const dataDir = mkdtempSync(join(tmpdir(), 'cic-bench-'));
  let orm: Orm | null = null;
  let client: Client | null = null;
  let app: INestApplication | null = null;
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    await app?.close().catch((e: unknown) => console.error('closing the app:', e));
    await orm?.close(true).catch((e: unknown) => console.error('closing the ORM:', e));
    await client?.end().catch((e: unknown) => console.error('closing the client:', e));
    rmSync(dataDir, { recursive: true, force: true });
    if (KEEP) {
      log(`kept database ${databaseName}: ${databaseUrl}`);
      return;
    }
    await dropDatabase(ADMIN_URL, databaseName, log);
  };
  cleanUpOnSignal(cleanup);

  try {
    const machine = await withClient(ADMIN_URL, async (c) => {
      const version = (await c.query<{ server_version: string }>('show server_version')).rows[0].server_version;
      const settings = await c.query<{ name: string; setting: string }>(
        `select name, current_setting(name) as setting from pg_settings
         where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit') order by name`,
      );
      await c.query(`create database ${databaseName}`);
      return { version, settings: settings.rows.map((s) => `${s.name}=${s.setting}`).join(' ') };
    });
    log(`PostgreSQL ${machine.version} (${machine.settings}); Node ${process.version}; database ${databaseName}; scale ${SCALE}`);

    const loadStart = performance.now();
    orm = await openDatabase({ databaseUrl, dataDir });
    client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const ledgers = new Map<string, GeneratedLedger>();
    for (const spec of COMPANIES) ledgers.set(spec.id, await load(orm, client, spec));
    const vacuum = await stopwatch(() => client!.query('vacuum (analyze) company, member, ledger_entry, register_entry, share_holding, register_total'));
    log(`\nvacuum (analyze) in ${seconds(vacuum.ms)}`);
    // Write the loaded pages out now, so a checkpoint does not do it while queries are being timed.
    const checkpoint = await stopwatch(() => client!.query('checkpoint').catch((e: Error) => log(`checkpoint skipped: ${e.message}`)));
    log(`checkpoint in ${seconds(checkpoint.ms)}`);
    log(`load finished in ${seconds(performance.now() - loadStart)}, ${mb()}`);
    const sizes: string[] = [];
    for (const table of ['ledger_entry', 'member', 'register_entry', 'share_holding', 'register_total']) {
      const { rows } = await client.query<{ n: string; size: string }>(
        `select count(*)::text as n, pg_size_pretty(pg_total_relation_size('${table}')) as size from ${table}`,
      );
      sizes.push(`${table} ${Number(rows[0].n).toLocaleString('en-GB')} rows ${rows[0].size}`);
    }
    log('tables (all companies; size with indexes):', sizes.join('; '));

    // The real service on that database.
    const settings: Settings = { ...settingsFromEnv({}), databaseUrl, dataDir, port: 0, adminToken: ADMIN_TOKEN, seed: false, seedAlliance: false };
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).overrideProvider(SETTINGS).useValue(settings).compile();
    app = configureApp(moduleRef.createNestApplication({ ...APP_OPTIONS, logger: ['error', 'fatal'] }));
    await app.listen(0, '127.0.0.1');
    const port = (app.getHttpServer().address() as { port: number }).port;
    const base = `http://127.0.0.1:${port}`;
    const headers = { Authorization: `Bearer ${ADMIN_TOKEN}` };
    const get = async (path: string): Promise<string> => {
      const res = await fetch(`${base}${path}`, { headers });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${text.slice(0, 500)}`);
      return text;
    };
    const service = app.get(RegisterService);
    const appOrm = app.get<Orm>(ORM);

    // The SQL the app sends, captured so EXPLAIN can be run on exactly that.
    let captured: string[] | null = null;
    appOrm.config.set('onQuery', (sql: string, params: readonly unknown[]) => {
      captured?.push(appOrm.em.getPlatform().formatQuery(sql, params as unknown[]));
      return sql;
    });

    if (VERIFY) {
      for (const spec of COMPANIES) {
        const verified = await stopwatch(() => app!.get(LedgerService).verify(spec.id, null));
        log(`${spec.label}: LedgerService.verify in ${seconds(verified.ms)}:`, JSON.stringify(verified.value));
        if (!verified.value.valid || verified.value.events !== spec.shape.events) throw new Error(`the ${spec.label} chain does not verify`);
      }
    }

    if (IDLE_LOAD !== null) {
      const waited = await stopwatch(async () => {
        for (let i = 0; i < 60 && loadavg()[0] >= IDLE_LOAD; i++) await new Promise((done) => setTimeout(done, 10_000));
      });
      log(`waited ${seconds(waited.ms)} for the 1-minute load average to fall below ${IDLE_LOAD}: ${load1()}`);
    }

    const results: Result[] = [];
    const view = (asAt: CalendarDate, limit: number, more: Partial<RegisterView> = {}): RegisterView => ({
      asAt,
      knownAt: null,
      status: 'current',
      limit,
      offset: 0,
      cursor: null,
      ...more,
    });

    for (const spec of COMPANIES) {
      const ledger = ledgers.get(spec.id)!;
      log(`\n== ${spec.label}: register queries (${load1()})`);
      for (const { when, asAt } of historyDates(ledger)) {
        // The whole current register over HTTP must be exactly the domain's register of members that day.
        const expected = registerOfMembers(ledger.company, ledger.events, { asAt, status: 'current' });
        const body = JSON.parse(await get(`/api/companies/${spec.id}/register?asAt=${asAt}&status=current&limit=100000`)) as RegisterBody;
        const want = expected.entries.map(s113);
        if (!isDeepStrictEqual(body.members.map(s113), want) || !isDeepStrictEqual(body.totals, expected.totals)) {
          throw new Error(`${spec.label} ${asAt}: the register over HTTP differs from registerOfMembers`);
        }


        // The statements the app sends for one page, captured so they can be timed alone and explained.
        captured = [];
        await service.read(spec.id, view(asAt, 100));
        const statements = captured as string[];
        captured = null;
        if (spec === COMPANIES[0] && when === historyDates(ledger)[0].when) {
          log(`the statements of one page:\n${statements.map((sql) => `    ${sql.replace(/\s+/g, ' ').slice(0, 150)}`).join('\n')}`);
        }
        const sqlOnly = async () => {
          let rows = 0;
          for (const sql of statements) rows = Math.max(rows, (await client!.query(sql)).rowCount ?? 0);
          return rows;
        };

        log(`${when} ${asAt}: ${want.length} current members, same as registerOfMembers; totals ${JSON.stringify(body.totals)}; ${statements.length} SQL statements per page; ${load1()}`);
        const page = `/api/companies/${spec.id}/register?asAt=${asAt}&status=current&limit=100`;
        const whole = `/api/companies/${spec.id}/register?asAt=${asAt}&status=current&limit=100000`;
        const runs: [string, number, number, () => Promise<number>, Result['via']][] = [
          ['page of 100', PAGE_RUNS, PAGE_WARMUP, async () => (JSON.parse(await get(page)) as RegisterBody).members.length, 'HTTP'],
          ['page of 100', PAGE_RUNS, PAGE_WARMUP, async () => (await service.read(spec.id, view(asAt, 100))).entries.length, 'RegisterService.read'],
          ['page of 100', PAGE_RUNS, PAGE_WARMUP, sqlOnly, 'SQL only'],
          ['whole current register', WHOLE_RUNS, WHOLE_WARMUP, async () => (await get(whole)).length, 'HTTP'],
          ['whole current register', WHOLE_RUNS, WHOLE_WARMUP, async () => (await service.read(spec.id, view(asAt, 100_000))).entries.length, 'RegisterService.read'],
        ];
        for (const [query, n, warmup, work, via] of runs) {
          // Over HTTP the time is until the whole body has arrived (parsing it is not counted for the whole register).
          const { timing, last } = await measure(n, warmup, work);
          const entries = query === 'whole current register' && via === 'HTTP' ? want.length : last;
          results.push({ company: spec.label, query, when, asAt, via, timing, entries });
          log(`  ${query.padEnd(24)} ${via.padEnd(20)} p50 ${ms(timing.p50)} ms  p95 ${ms(timing.p95)} ms  (min ${ms(timing.min)}, max ${ms(timing.max)}; ${entries} entries)`);
        }

        // The plans of the queries behind one page, as the app sent them.
        if (spec === COMPANIES[COMPANIES.length - 1] || process.env.BENCH_EXPLAIN === 'all') {
          for (const sql of statements.filter((s) => /from (register_entry|share_holding|register_total)/.test(s))) {
            const plan = await client!.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${sql}`);
            log(`  EXPLAIN ${sql.replace(/\s+/g, ' ').slice(0, 160)}…\n${plan.rows.map((r) => `    ${r['QUERY PLAN'].slice(0, 300)}`).join('\n')}`);
          }
        }
      }

      // Deep into the register: the page after 90% of the current members, by cursor and by offset.
      const { asAt } = historyDates(ledger)[2];
      const totals = (await service.read(spec.id, view(asAt, 1))).totals;
      const deep = Math.min(Math.floor(totals.currentMembers * 0.9), totals.currentMembers - 100);
      const cursor = (await service.read(spec.id, view(asAt, 1, { offset: deep - 1 }))).nextCursor!;
      const byCursor = `/api/companies/${spec.id}/register?asAt=${asAt}&status=current&limit=100&cursor=${cursor}`;
      const byOffset = `/api/companies/${spec.id}/register?asAt=${asAt}&status=current&limit=100&offset=${deep}`;
      const a = JSON.parse(await get(byCursor)) as RegisterBody;
      const b = JSON.parse(await get(byOffset)) as RegisterBody;
      if (!isDeepStrictEqual(a.members, b.members)) throw new Error('the deep page by cursor differs from the page by offset');
      for (const [query, path, n] of [
        [`page of 100 after entry ${deep} by cursor`, byCursor, PAGE_RUNS],
        [`page of 100 at offset ${deep}`, byOffset, 10],
      ] as const) {
        const { timing, last } = await measure(n, 2, async () => (JSON.parse(await get(path)) as RegisterBody).members.length);
        results.push({ company: spec.label, query, when: 'late (95%)', asAt, via: 'HTTP', timing, entries: last });
        log(`  ${query} (${asAt}) HTTP p50 ${ms(timing.p50)} ms  p95 ${ms(timing.p95)} ms  (${last} entries)`);
      }
    }

    log('\n| ledger | query | as at | via | p50 ms | p95 ms | entries |\n|---|---|---|---|---:|---:|---:|');
    for (const r of results) {
      log(`| ${r.company} | ${r.query} | ${r.when} ${r.asAt} | ${r.via} | ${ms(r.timing.p50)} | ${ms(r.timing.p95)} | ${r.entries} |`);
    }
    const pages = results.filter((r) => r.query === 'page of 100' && r.via === 'HTTP');
    const worst = Math.max(...pages.map((r) => r.timing.p50));
    log(`\npage target (p50 < 20 ms at every date, over HTTP): ${worst < 20 ? 'MET' : 'NOT MET'} — worst p50 ${ms(worst)} ms; ${mb()}; ${load1()}`);
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
