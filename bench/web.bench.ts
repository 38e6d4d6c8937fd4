/**
 * Benchmark (not a test) of the web pages: the server-side time to answer each page, signed in.
 *
 *   npm run bench:web
 *
 * 1. The seeded company (with the alliance and filings seed, and a board meeting and a lodged transfer
 *    recorded through the API so that their pages have one to show) on the embedded database: each page of
 *    the web interface, GET through HTTP on this machine with the session cookie, timed from the
 *    request to the last byte of the HTML (so the figure includes the session lookup, the services'
 *    reads and the Nunjucks render).
 * 2. The register page at 100,000 members on PostgreSQL (BENCH_WEB_LARGE=0 skips it): a generated
 *    and bulk-loaded ledger of bench:register's shape (300,000 entries), then the first page, a later page (by
 *    its cursor) and a search by name. Target for every page: p50 under 100 ms.
 *
 * Each page is given as a ratio to a floor measured in the same run, just before it: a page with nothing
 * on it, i.e. a board member's request for the secretary's Access page, answered with the 403 page.
 * It pays what every page pays (HTTP, the session read from the database and its rolling expiry
 * written back, the check that the session's token is still usable, the CSP nonce, Nunjucks rendering
 * the layout) and nothing of a page's own reads or content.
 *
 * BENCH_DATABASE_URL: admin connection for part 2 (default postgres://postgres@127.0.0.1:5432/postgres);
 * the database cic_webbench_<pid> is created there and dropped at the end. BENCH_SCALE multiplies the
 * large ledger (e.g. 0.1 for a quick trial). BENCH_RUNS: timed requests per page (default 30).
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import { AppModule } from '../apps/api/src/app.module';
import { APP_OPTIONS, configureApp } from '../apps/api/src/bootstrap';
import { CompaniesService } from '../apps/api/src/companies/companies.service';
import { SETTINGS, settingsFromEnv, type Settings } from '../apps/api/src/config/settings';
import { openDatabase } from '../apps/api/src/database/orm';
import { buildProjection } from '../apps/api/src/share-register/register-writer';
import { insertLedger, insertMembers, insertProjection } from './bulk-load';
import { generateLedger } from './ledger-generator';
import { measure, ms, seconds, stopwatch } from './timing';
import { TOWER_HAMLETS_COMPANY_ID } from '../apps/api/src/seed/tower-hamlets';
import { today } from '../apps/api/src/common/today';
import { addMeetingAndLodgedTransfer, boardToken, signInPages, type PageClient } from './web-session';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 5;
const LARGE = process.env.BENCH_WEB_LARGE !== '0';
const ADMIN_TOKEN = 'bench-secretary-token-0123456789';
const log = (...parts: unknown[]) => console.log(...parts);

async function startApp(settings: Settings): Promise<{ app: INestApplication; base: string }> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).overrideProvider(SETTINGS).useValue(settings).compile();
  const app = configureApp(moduleRef.createNestApplication({ ...APP_OPTIONS, logger: ['error', 'fatal'] }));
  await app.listen(0, '127.0.0.1');
  return { app, base: `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}` };
}

/** The floor: the 403 page a board member gets for the secretary's Access page (the layout, signed in, nothing else). */
const FLOOR_PATH = '/access';

async function timePages(pages: PageClient, floorPages: PageClient, paths: readonly [string, string][]): Promise<void> {
  log('| page | path | p50 ms | p95 ms | min ms | HTML kB | floor p50 ms | p50 ÷ floor |');
  log('|---|---|---:|---:|---:|---:|---:|---:|');
  const ratios: number[] = [];
  for (const [name, path] of paths) {
    // The floor is measured again before each page, so that each ratio is taken at the same load.
    const floor = await measure(RUNS, WARMUP, () => floorPages.get(FLOOR_PATH, 403));
    const { timing, last } = await measure(RUNS, WARMUP, () => pages.get(path));
    const ratio = timing.p50 / floor.timing.p50;
    ratios.push(ratio);
    log(`| ${name} | \`${path}\` | ${ms(timing.p50)} | ${ms(timing.p95)} | ${ms(timing.min)} | ${(Buffer.byteLength(last) / 1024).toFixed(0)} | ${ms(floor.timing.p50)} | ${ratio.toFixed(1)} |`);
  }
  log(`\nratios to the floor: ${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}; load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

/** The first link in `html` to a page under `prefix` (e.g. a meeting from the meetings page), or null. */
function firstLink(html: string, prefix: string): string | null {
  const match = new RegExp(`href="(${prefix.replace(/[/?]/g, (c) => `\\${c}`)}[^"?#/]+)`).exec(html);
  return match ? match[1].replace(/&amp;/g, '&') : null;
}

async function seeded(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cic-webbench-'));
  const settings: Settings = { ...settingsFromEnv({}), dataDir, port: 0, adminToken: ADMIN_TOKEN, seed: true, seedAlliance: true, seedFilings: true, throttleWrites: 0, logLevel: 'error' };
  const { app, base } = await startApp(settings);
  try {
    await addMeetingAndLodgedTransfer(base, ADMIN_TOKEN, TOWER_HAMLETS_COMPANY_ID, today());
    const pages = await signInPages(base, ADMIN_TOKEN);
    const floorPages = await signInPages(base, await boardToken(base, ADMIN_TOKEN));
    const member = firstLink(await pages.get('/register'), '/register/members/') ?? '/register';
    const linked = async (list: string, prefix: string, name: string): Promise<[string, string][]> => {
      const path = firstLink(await pages.get(list), prefix);
      return path ? [[name, path]] : [];
    };
    log(`\n== Seeded company on PGlite (secretary; ${RUNS} timed requests per page after ${WARMUP} untimed)\n`);
    await timePages(pages, floorPages, [
      ['home', '/home'],
      ['register of members', '/register'],
      ['register, as at 2017-04-01', '/register?asAt=2017-04-01&status=all'],
      ['register, search by name', '/register?name=s'],
      ['member', member],
      ["member's particulars", `${member}/particulars`],
      ['record a share change', '/share-changes?kind=transfer'],
      ['transfers', '/transfers'],
      ...(await linked('/transfers', '/transfers/', 'transfer')),
      ['certificate register', '/certificates'],
      ['correct a share entry', '/ledger/corrections'],
      ['practices', '/practices'],
      ...(await linked('/practices', '/practices/', 'practice')),
      ['resolutions', '/resolutions'],
      ...(await linked('/resolutions', '/resolutions/', 'resolution')),
      ['meetings', '/meetings'],
      ...(await linked('/meetings', '/meetings/', 'meeting')),
      ['directors and filings', '/directors'],
      ['officers', '/officers'],
      ['company and PSC', '/company'],
      ['inspection', '/inspection'],
      ['alliance', '/alliance'],
      ['TUPE transfer', '/alliance/tupe/tupe-2016-health-visiting'],
      ['ledger', '/ledger'],
      ['access', '/access'],
    ]);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function large(): Promise<void> {
  const databaseName = `cic_webbench_${process.pid}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${databaseName}`;
  const databaseUrl = url.toString();
  const dataDir = mkdtempSync(join(tmpdir(), 'cic-webbench-'));
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${databaseName}`);
  let app: INestApplication | null = null;
  try {
    const members = Math.round(100_000 * SCALE);
    log(`\n== Register page at ${members.toLocaleString('en-GB')} members on PostgreSQL`);
    const orm = await openDatabase({ databaseUrl, dataDir });
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const generated = await stopwatch(() =>
      generateLedger('bench-web', 'Bench Web CIC', {
        members,
        // A third of bench:register's million entries: the register page reads the projection, not the ledger.
        events: Math.round(300_000 * SCALE),
        initialAllotments: Math.round(20_000 * SCALE),
        allotments: Math.round(80_000 * SCALE),
        cancellations: Math.round(30_000 * SCALE),
        days: 3653,
        seed: 1_000_000,
      }),
    );
    const ledger = generated.value;
    const projection = buildProjection(ledger.company, ledger.events);
    await new CompaniesService(orm).create(ledger.company, []);
    await insertMembers(client, 'bench-web', ledger.holders);
    await insertLedger(client, 'bench-web', ledger.events, 'bench');
    await insertProjection(client, 'bench-web', projection);
    await client.query('vacuum (analyze)');
    await client.end();
    await orm.close(true);
    log(`generated and loaded in ${seconds(generated.ms)} + load; ${projection.entries.length.toLocaleString('en-GB')} register entries\n`);
    const settings: Settings = { ...settingsFromEnv({}), databaseUrl, dataDir, port: 0, adminToken: ADMIN_TOKEN, seed: false, seedAlliance: false, throttleWrites: 0, logLevel: 'error' };
    const started = await startApp(settings);
    app = started.app;
    const pages = await signInPages(started.base, ADMIN_TOKEN);
    const floorPages = await signInPages(started.base, await boardToken(started.base, ADMIN_TOKEN));
    const first = await pages.get('/register?status=all');
    const next = /href="(\/register\?[^"]*cursor=[^"]+)"/.exec(first)?.[1]?.replace(/&amp;/g, '&');
    const name = /href="\/register\/members\/[^"]+">([^<]{3})/.exec(first)?.[1] ?? 'a';
    await timePages(pages, floorPages, [
      ['register, first page (all entries)', '/register?status=all'],
      ['register, current members', '/register'],
      ...(next ? [['register, next page (cursor)', next] as [string, string]] : []),
      ['register, search by name', `/register?name=${encodeURIComponent(name)}`],
      ['register, as at the middle of the history', `/register?asAt=${ledger.dates[Math.floor(ledger.dates.length / 2)]}`],
    ]);
  } finally {
    await app?.close();
    await admin.query(`drop database if exists ${databaseName} with (force)`);
    await admin.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  log(`Node ${process.version}; ${cpus().length} cores; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  await seeded();
  if (LARGE) await large();
  log(`\nload average at the end ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
