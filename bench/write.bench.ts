/**
 * Benchmark (not a test) of recording share events through the API, against the database's own floor.
 *
 *   npm run bench:write
 *
 * On PostgreSQL and on PGlite, in one run with interleaved rounds:
 * - the floor: a bare BEGIN / INSERT of a ≈ 1 kB jsonb row / COMMIT loop (through `pg`, or through a
 *   PGlite instance of its own on disk);
 * - allotments of the next share to a new holder, posted one at a time over HTTP
 *   (`POST /api/companies/:id/share-allotments`), at a company with a ≈ 1k-entry ledger and one with a
 *   ≈ 100k-entry ledger of the same shape (flat in history?), and transfers of one share to and fro
 *   between two members (`POST …/share-transfers`; that share's own history grows as it runs);
 * - the SQL round trips per write (every statement the ORM's connection sends, BEGIN and COMMIT too);
 * - 8 clients writing to 8 companies at once against one client writing to them in turn, and the
 *   same for the floor;
 * - the batch endpoint (`POST …/share-events/batch`), events a second;
 * - two references over the same HTTP client: liveness probes (`GET /health/live`: the HTTP server and
 *   Nest's pipeline, no database) and allotments refused at validation (400: the bearer token's look-up
 *   too, no transaction), which show how much of a write's time is the request itself.
 *
 * BENCH_DATABASE_URL (or TEST_DATABASE_URL): an admin connection (default
 * postgres://postgres@127.0.0.1:5432/postgres); cic_bench_w_<pid> is created there and dropped at the end
 * (kept with BENCH_KEEP=1, to look at its plans).
 * BENCH_BACKENDS=postgresql,pglite; BENCH_ROUNDS (5); BENCH_WRITES a round (200); BENCH_LARGE (100000
 * events); BENCH_BATCH (1000 events a request; 0 skips the batch); BENCH_TRACE_CHARS (160: how much of each
 * statement of the printed write is shown). The load average is printed before and after.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import type { CalendarDate, Company } from '#domain';
import { AppModule } from '../apps/api/src/app.module';
import { APP_OPTIONS, configureApp } from '../apps/api/src/bootstrap';
import { CompaniesService } from '../apps/api/src/companies/companies.service';
import { SETTINGS, settingsFromEnv, type Settings } from '../apps/api/src/config/settings';
import { ORM } from '../apps/api/src/database/database.module';
import { openDatabase, type Orm } from '../apps/api/src/database/orm';
import { pgliteDirectory } from '../apps/api/src/database/pglite-directory';
import { buildProjection } from '../apps/api/src/share-register/register-writer';
import { insertLedger, insertMembers, insertProjection } from './bulk-load';
import { generateLedger } from './ledger-generator';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'postgresql,pglite').split(',');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WRITES = Number(process.env.BENCH_WRITES ?? 200);
const LARGE = Number(process.env.BENCH_LARGE ?? 100_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 1000);
/** BENCH_ONLY=batch: the batch route alone (no floor, single writes or parallel clients). */
const ONLY_BATCH = process.env.BENCH_ONLY === 'batch';
const TOKEN = 'bench-secretary-token-0123456789';
const ON = '2025-06-02' as CalendarDate; // after every generated entry (the histories end 2025-01-04)
const PAYLOAD = JSON.stringify({ note: 'x'.repeat(900), shareNumber: 1, fromMemberId: 'a', to: { memberId: 'b' } });

const log = (...parts: unknown[]) => console.log(...parts);
const loadAverage = () => `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (n: number, ms: number) => (n * 1000) / ms;
const fmt = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: n < 10 ? 2 : 0 });

/** What the bulk loaders need of a client: `pg`'s Client, or a PGlite instance. */
interface Sql {
  query(text: string, params?: unknown[]): Promise<{ rows: any[] }>;
  close?(): Promise<unknown>;
  end?(): Promise<unknown>;
}

/** Counts every statement the ORM's connection sends (its query log, BEGIN/COMMIT included). */
function countQueries(orm: Orm): { readonly n: number; trace: string[] | null } {
  const counter = { n: 0, trace: null as string[] | null };
  const logger = orm.config.getLogger() as unknown as { logQuery: (context: { query: string }) => void };
  logger.logQuery = (context) => {
    counter.n += 1;
    counter.trace?.push(context.query.replace(/\s+/g, ' ').slice(0, Number(process.env.BENCH_TRACE_CHARS ?? 160)));
  };
  return counter;
}

function emptyCompany(id: string): Company {
  return {
    id,
    name: `Bench write ${id} CIC`,
    companyNumber: null,
    incorporatedOn: '2015-01-05' as CalendarDate,
    registeredOffice: '1 Bench Yard, London E1 0XX',
    articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'any' },
  };
}

/** Companies with a generated history loaded in bulk, and empty ones; no resolution needed for share events. */
async function prepare(orm: Orm, openBulk: () => Promise<Sql>, parallel: string[]) {
  const histories = [
    { id: 'w-1k', events: 1_000, members: 100 },
    { id: 'w-large', events: LARGE, members: LARGE / 10 },
  ];
  const generated = histories.map((h) =>
    generateLedger(h.id, `Bench ${h.id} CIC`, {
      members: h.members,
      events: h.events,
      initialAllotments: h.members / 5,
      allotments: (h.members * 4) / 5,
      cancellations: (h.events * 3) / 100,
      days: 3653,
      seed: h.events,
    }),
  );
  const companies = new CompaniesService(orm);
  for (const g of generated) await companies.create(g.company, []);
  for (const id of parallel) await companies.create(emptyCompany(id), []);
  await orm.em.fork().execute(
    `update company set governance = '{"shareEventAuthority":{"allotment":"none","transfer":"none","cancellation":"none"},"capitalAuthority":{"reduction":"none"}}'`,
  );
  await orm.close();
  const bulk = await openBulk();
  try {
    for (const g of generated) {
      await insertMembers(bulk as unknown as Client, g.company.id, g.holders);
      await insertLedger(bulk as unknown as Client, g.company.id, g.events, 'bench');
      await insertProjection(bulk as unknown as Client, g.company.id, buildProjection(g.company, g.events));
    }
    // Statistics, as autovacuum would have gathered them on a database that grew this large.
    await bulk.query('analyze');
    await bulk.query(`create table if not exists bench_floor (id bigserial primary key, company_id text not null, payload jsonb not null)`);
  } finally {
    await (bulk.end ?? bulk.close)?.call(bulk);
  }
  return histories.map((h) => h.id);
}

interface Pair {
  readonly companyId: string;
  readonly shareNumber: number;
  holder: string;
  other: string;
}

async function startApp(settings: Settings): Promise<{ app: INestApplication; base: string; orm: Orm }> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).overrideProvider(SETTINGS).useValue(settings).compile();
  const app = configureApp(moduleRef.createNestApplication({ ...APP_OPTIONS, logger: ['error', 'fatal'] }));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, base: `http://127.0.0.1:${port}`, orm: app.get<Orm>(ORM) };
}

function api(base: string) {
  return async (companyId: string, path: string, body: unknown): Promise<Record<string, any>> => {
    const response = await fetch(`${base}/api/companies/${companyId}/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as Record<string, any>;
    if (response.status !== 201 && response.status !== 200) throw new Error(`${path} on ${companyId}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
}

/** A share allotted to a new holder, and a former member (allotted a share then surrendered it) to pass it to and fro. */
async function makePair(post: ReturnType<typeof api>, companyId: string): Promise<Pair> {
  const holder = { name: 'Bench Holder A', address: '1 Bench Yard, London E1 0XX' };
  const a = await post(companyId, 'share-allotments', { effectiveOn: ON, holder });
  const b = await post(companyId, 'share-allotments', { effectiveOn: ON, holder: { ...holder, name: 'Bench Holder B' } });
  // SR-1: a surrender is a reduction of capital: it names its solvency statement (no resolution under these articles).
  await post(companyId, 'share-cancellations', { shareNumber: b.payload.shareNumber, reason: 'surrender', effectiveOn: ON, solvencyStatementOn: ON });
  return { companyId, shareNumber: a.payload.shareNumber, holder: a.payload.holder.memberId, other: b.payload.holder.memberId };
}

function transferOf(pair: Pair) {
  const body = { shareNumber: pair.shareNumber, fromMemberId: pair.holder, to: { memberId: pair.other }, lodgedOn: ON, effectiveOn: ON };
  [pair.holder, pair.other] = [pair.other, pair.holder];
  return body;
}

async function transfers(post: ReturnType<typeof api>, pair: Pair, n: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) await post(pair.companyId, 'share-transfers', transferOf(pair));
  return performance.now() - start;
}

let holders = 0;
/** An allotment of the next share to a new holder: the register grows, no share's or member's history does. */
function allotment() {
  holders += 1;
  return { effectiveOn: ON, holder: { name: `Bench Allottee ${holders}`, address: `${holders} Bench Street, London E1 0XX` } };
}

async function allotments(post: ReturnType<typeof api>, companyId: string, n: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) await post(companyId, 'share-allotments', allotment());
  return performance.now() - start;
}

/** Requests the service refuses at validation (400): the bearer token's look-up and Nest's pipeline, with no transaction. */
async function refusals(base: string, companyId: string, n: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const response = await fetch(`${base}/api/companies/${companyId}/share-allotments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...allotment(), effectiveOn: 'not a date' }),
    });
    await response.arrayBuffer();
    if (response.status !== 400) throw new Error(`a refused allotment answered ${response.status}`);
  }
  return performance.now() - start;
}

/** Liveness probes (`GET /health/live`): the HTTP server and Nest's pipeline alone, with no token and no database. */
async function probes(base: string, n: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const response = await fetch(`${base}/health/live`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`the liveness probe answered ${response.status}`);
  }
  return performance.now() - start;
}

async function floorWrites(clients: Sql[], n: number): Promise<number> {
  const start = performance.now();
  await Promise.all(
    clients.map(async (client, c) => {
      for (let i = 0; i < n / clients.length; i++) {
        await client.query('begin');
        await client.query('insert into bench_floor (company_id, payload) values ($1, $2::jsonb)', [`floor-${c}`, PAYLOAD]);
        await client.query('commit');
      }
    }),
  );
  return performance.now() - start;
}

async function runBackend(kind: string): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cic-bench-write-'));
  const databaseName = `cic_bench_w_${process.pid}`;
  const databaseUrl = kind === 'postgresql' ? ADMIN_URL.replace(/\/[^/]*$/, `/${databaseName}`) : undefined;
  const floorDir = mkdtempSync(join(tmpdir(), 'cic-bench-floor-'));
  let app: INestApplication | undefined;
  const floorClients: Sql[] = [];
  try {
    if (databaseUrl) {
      const admin = new Client({ connectionString: ADMIN_URL });
      await admin.connect();
      await admin.query(`create database ${databaseName}`);
      log(`\n### PostgreSQL: ${(await admin.query('show server_version')).rows[0].server_version}, database ${databaseName}`);
      await admin.end();
    } else log(`\n### PGlite, data directory ${dataDir}`);
    const settings: Settings = { ...settingsFromEnv({}), databaseUrl: databaseUrl ?? null, dataDir, port: 0, adminToken: TOKEN, logLevel: 'error', seed: false, seedAlliance: false, throttleWrites: 0 };
    const parallel = Array.from({ length: 8 }, (_, i) => `w-p${i + 1}`);
    const openBulk = async () => {
      if (databaseUrl) {
        const c = new Client({ connectionString: databaseUrl });
        await c.connect();
        return c as unknown as Sql;
      }
      return (await PGlite.create(pgliteDirectory(dataDir))) as unknown as Sql;
    };
    const [small, large] = await prepare(await openDatabase(settings), openBulk, parallel);
    const started = await startApp(settings);
    app = started.app;
    const queries = countQueries(started.orm);
    const post = api(started.base);
    if (databaseUrl) {
      for (let i = 0; i < 8; i++) {
        const c = new Client({ connectionString: databaseUrl });
        await c.connect();
        floorClients.push(c as unknown as Sql);
      }
    } else {
      const floor = await PGlite.create(floorDir);
      await floor.query(`create table bench_floor (id bigserial primary key, company_id text not null, payload jsonb not null)`);
      floorClients.push(floor as unknown as Sql);
    }
    const pair = await makePair(post, small);
    await allotments(post, small, 20); // warm up
    await refusals(started.base, small, 20);
    await probes(started.base, 20);
    await allotments(post, large, 20);
    await transfers(post, pair, 20);
    // One batch first, as the single writes above: the first few thousand bodies run class-validator unoptimised.
    if (BATCH > 0) await post(small, 'share-events/batch', { events: Array.from({ length: BATCH }, () => ({ type: 'allotment', ...allotment() })) });
    await floorWrites(floorClients.slice(0, 1), 50);

    queries.trace = [];
    await allotments(post, large, 1);
    log(`the statements of one allotment to a new holder:\n  ${queries.trace.join('\n  ')}`);
    queries.trace = [];
    await transfers(post, pair, 1);
    log(`the statements of one transfer:\n  ${queries.trace.join('\n  ')}`);
    queries.trace = null;
    log(loadAverage());
    const rows: Record<string, number[]> = { floor: [], small: [], large: [], rtSmall: [], rtLarge: [], pair: [], rtPair: [], floor8: [], seq8: [], par8: [], batch: [], refused: [], probe: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      let start = performance.now();
      rows.floor.push(rate(WRITES, await floorWrites(floorClients.slice(0, 1), WRITES)));
      if (!ONLY_BATCH) {
        rows.probe.push(rate(WRITES, await probes(started.base, WRITES)));
        rows.refused.push(rate(WRITES, await refusals(started.base, small, WRITES)));
        let before = queries.n;
        rows.small.push(rate(WRITES, await allotments(post, small, WRITES)));
        rows.rtSmall.push((queries.n - before) / WRITES);
        before = queries.n;
        rows.large.push(rate(WRITES, await allotments(post, large, WRITES)));
        rows.rtLarge.push((queries.n - before) / WRITES);
        before = queries.n;
        rows.pair.push(rate(WRITES / 4, await transfers(post, pair, WRITES / 4)));
        rows.rtPair.push((queries.n - before) / (WRITES / 4));
        if (floorClients.length === 8) rows.floor8.push(rate(WRITES, await floorWrites(floorClients, WRITES)));
        // One client taking the 8 companies in turn, then 8 clients one on each.
        start = performance.now();
        for (let i = 0; i < WRITES; i++) await post(parallel[i % 8], 'share-allotments', allotment());
        rows.seq8.push(rate(WRITES, performance.now() - start));
        start = performance.now();
        await Promise.all(parallel.map((id) => allotments(post, id, WRITES / 8)));
        rows.par8.push(rate(WRITES, performance.now() - start));
      }
      // The batch endpoint: BATCH allotments to new holders in one request.
      if (BATCH > 0) {
        const events = Array.from({ length: BATCH }, () => ({ type: 'allotment', ...allotment() }));
        start = performance.now();
        await post(small, 'share-events/batch', { events });
        rows.batch.push(rate(BATCH, performance.now() - start));
      }
      if (ONLY_BATCH) {
        log(`round ${round}: floor ${fmt(rows.floor.at(-1)!)}/s; batch of ${BATCH} allotments ${fmt(rows.batch.at(-1) ?? NaN)} events/s; ${loadAverage()}`);
        continue;
      }
      log(
        `round ${round}: floor ${fmt(rows.floor.at(-1)!)}/s; probe ${fmt(rows.probe.at(-1)!)}/s; refused at validation ${fmt(rows.refused.at(-1)!)}/s; API 1k ${fmt(rows.small.at(-1)!)}/s (${fmt(rows.rtSmall.at(-1)!)} statements a write),`,
        `${LARGE / 1000}k ${fmt(rows.large.at(-1)!)}/s (${fmt(rows.rtLarge.at(-1)!)}); to and fro ${fmt(rows.pair.at(-1)!)}/s (${fmt(rows.rtPair.at(-1)!)}); 8 companies sequential ${fmt(rows.seq8.at(-1)!)}/s,`,
        `8 clients ${fmt(rows.par8.at(-1)!)}/s${rows.floor8.length ? `, floor ×8 clients ${fmt(rows.floor8.at(-1)!)}/s` : ''}; batch ${fmt(rows.batch.at(-1) ?? NaN)} events/s; ${loadAverage()}`,
      );
    }
    const m = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length ? median(v) : NaN]));
    if (ONLY_BATCH) {
      log(`\nmedians of ${ROUNDS} rounds (${kind}): floor ${fmt(m.floor)} writes/s; batch of ${BATCH} allotments to new holders ${fmt(m.batch)} events/s (${(m.batch / m.floor).toFixed(2)}× the floor's writes/s); ${loadAverage()}`);
      return;
    }
    log(`\nmedians of ${ROUNDS} rounds of ${WRITES} writes (${kind}):`);
    log(`| | writes/s | ÷ floor | statements a write |`);
    log(`|---|--:|--:|--:|`);
    log(`| floor: BEGIN / INSERT ≈ 1 kB / COMMIT | ${fmt(m.floor)} | 1 | 3 |`);
    log(`| liveness probe over HTTP (GET /health/live: no token, no database) | ${fmt(m.probe)} | ${(m.probe / m.floor).toFixed(3)} | 0 |`);
    log(`| an allotment refused at validation over HTTP (400: the token and Nest's pipeline, no transaction) | ${fmt(m.refused)} | ${(m.refused / m.floor).toFixed(3)} | 1 |`);
    log(`| allotment to a new holder over HTTP, 1k-entry ledger | ${fmt(m.small)} | ${(m.small / m.floor).toFixed(3)} | ${fmt(m.rtSmall)} |`);
    log(`| allotment to a new holder over HTTP, ${LARGE / 1000}k-entry ledger | ${fmt(m.large)} | ${(m.large / m.floor).toFixed(3)} | ${fmt(m.rtLarge)} |`);
    log(`| transfer of one share to and fro over HTTP (1k ledger; the share's history grows) | ${fmt(m.pair)} | ${(m.pair / m.floor).toFixed(3)} | ${fmt(m.rtPair)} |`);
    log(`| 8 companies, one client | ${fmt(m.seq8)} | ${(m.seq8 / m.floor).toFixed(3)} | |`);
    log(`| 8 companies, 8 clients | ${fmt(m.par8)} | ${(m.par8 / m.floor).toFixed(3)} | (×${(m.par8 / m.seq8).toFixed(2)} sequential) |`);
    if (!Number.isNaN(m.floor8)) log(`| floor, 8 clients | ${fmt(m.floor8)} | ${(m.floor8 / m.floor).toFixed(3)} | |`);
    log(`| batch of ${BATCH} allotments to new holders, events/s | ${fmt(m.batch)} | ${(m.batch / m.floor).toFixed(3)} | |`);
    log(`large ÷ small: ${(m.large / m.small).toFixed(2)}; ${loadAverage()}`);
  } finally {
    for (const c of floorClients) await (c.end ?? c.close)?.call(c);
    await app?.close();
    if (databaseUrl && process.env.BENCH_KEEP === '1') log(`kept: database ${databaseName}`);
    else if (databaseUrl) {
      const admin = new Client({ connectionString: ADMIN_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${databaseName} with (force)`);
      await admin.end();
    }
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(floorDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  log(`bench:write — Node ${process.version}; ${ROUNDS} rounds of ${WRITES} writes; ${loadAverage()}`);
  for (const kind of BACKENDS) await runBackend(kind);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
