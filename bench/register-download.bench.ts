/**
 * Benchmark (not a test) of downloading the register of members PDF through the API.
 *
 *   npm run bench:register-pdf
 *
 * In a database of its own, loads a company with BENCH_MEMBERS members (default 100,000) in bulk, then
 * reads the register's view model once as the service builds it (ReportsService.registerView, one
 * repeatable-read snapshot) and writes it to a file. Then BENCH_ROUNDS interleaved rounds (default 3),
 * each of:
 *   library: the reports library rendering those same rows in a fresh process (bench/register-download-floor.ts),
 *            from the call to the last byte, with its peak RSS;
 *   API:     the real service started as a child process on the same database and data directory with an
 *            empty report cache, GET …/reports/register-of-members.pdf timed to the first and last byte
 *            of the body, and the service's peak RSS (VmHWM) after it.
 * Then, on one more cold service, the body is read slowly while pg_stat_activity is sampled: the
 * service must hold no connection active or idle in a transaction once the body is being sent (and is
 * seen doing so while it builds, which shows the check can see it); a second download, from the
 * cache, must be byte-identical. Prints a table, the medians, API ÷ library, load average before and after.
 *
 * BENCH_DATABASE_URL: an admin connection (default postgres://postgres@127.0.0.1:5432/postgres); the
 * database cic_bench_pdf_<pid> is created there and dropped at the end, on failure too.
 * BENCH_KEEP=1 leaves the database and the data directory in place (remove them yourself afterwards).
 * BENCH_SERVICE_NODE_OPTIONS: extra node flags for the service (e.g. "--cpu-prof --cpu-prof-dir=prof").
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import type { CalendarDate } from '#domain';
import type { RegisterEntryView } from '#reports';
import { AppModule } from '../apps/api/src/app.module';
import { SETTINGS, settingsFromEnv, type Settings } from '../apps/api/src/config/settings';
import { ORM } from '../apps/api/src/database/database.module';
import { openDatabase, type Orm } from '../apps/api/src/database/orm';
import { REPORT_CACHE_DIR } from '../apps/api/src/reports/report-spool';
import { ReportsService } from '../apps/api/src/reports/reports.service';
import { cleanUpOnSignal, dropDatabase, withClient } from './bulk-load';
import type { StoredRegisterView } from './register-download-floor';
import { load, type CompanySpec } from './register-load';
import { download, startService, type Download, type ServiceProcess } from './service-process';
import { seconds, stopwatch } from './timing';

/** The repository root (this file runs from dist/bench). */
const ROOT = join(__dirname, '..', '..');

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const KEEP = process.env.BENCH_KEEP === '1';
const SERVICE_NODE_OPTIONS = (process.env.BENCH_SERVICE_NODE_OPTIONS ?? '').split(' ').filter((o) => o !== '');
const ADMIN_TOKEN = 'bench-secretary-token-0123456789';
const COMPANY = 'bench-register-pdf';
/** The targets of the product issue. */
const TARGET_RATIO = 1.3;
const TARGET_RSS_MB = 200;

/** Every member joins by allotment; one in twenty later passes the share on, one in twenty gives it up. */
const SPEC: CompanySpec = {
  id: COMPANY,
  name: 'Bench Register PDF CIC',
  label: `${MEMBERS.toLocaleString('en-GB')} members`,
  shape: {
    members: MEMBERS,
    events: MEMBERS + 2 * Math.round(MEMBERS / 20),
    initialAllotments: Math.round(MEMBERS / 5),
    allotments: MEMBERS,
    cancellations: Math.round(MEMBERS / 20),
    days: 3653,
    seed: 2_026,
  },
};

interface Floor {
  readonly ms: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly bytes: number;
  readonly sha256: string;
  readonly entries: number;
}

interface Round {
  readonly floor: Floor;
  readonly api: Download;
  readonly readyRssMb: number;
  readonly peakRssMb: number;
  /** The service's CPU time over the download. */
  readonly cpuMs: number;
}

const log = (...parts: unknown[]) => console.log(...parts);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const load3 = () => loadavg().map((l) => fmt(l, 2)).join(' / ');
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const yesNo = (ok: boolean) => (ok ? 'yes' : 'NO');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function floor(viewFile: string): Floor {
  const out = execFileSync(process.execPath, [join(__dirname, 'register-download-floor.js'), viewFile], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as Floor;
}

/** The view model as ReportsService builds it for the download, its entries read out once, from one snapshot. */
async function readView(settings: Settings, asAt: CalendarDate): Promise<StoredRegisterView> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).overrideProvider(SETTINGS).useValue(settings).compile();
  const app = await moduleRef.createNestApplication({ logger: ['error', 'fatal'] }).init();
  try {
    const reports = app.get(ReportsService);
    return await app.get<Orm>(ORM).em.fork().transactional(
      async (em) => {
        const view = await reports.registerView(em, COMPANY, asAt);
        const entries: RegisterEntryView[] = [];
        for await (const entry of view.entries()) entries.push(entry);
        return { ...view, entries };
      },
      { isolationLevel: 'repeatable read', readOnly: true },
    );
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const databaseName = `cic_bench_pdf_${process.pid}`;
  const url = new URL(ADMIN_URL);
  url.pathname = `/${databaseName}`;
  const databaseUrl = url.toString();
  const work = mkdtempSync(join(tmpdir(), 'cic-bench-pdf-'));
  const dataDir = join(work, 'data');
  const viewFile = join(work, 'register-view.json');
  mkdirSync(dataDir, { mode: 0o700 });
  let client: Client | null = null;
  let service: ServiceProcess | null = null;
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    await service?.stop().catch((e: unknown) => console.error('stopping the service:', e));
    await client?.end().catch((e: unknown) => console.error('closing the client:', e));
    if (KEEP) {
      log(`kept database ${databaseName} (${databaseUrl}) and data directory ${dataDir}`);
      return;
    }
    rmSync(work, { recursive: true, force: true });
    await dropDatabase(ADMIN_URL, databaseName, log);
  };
  cleanUpOnSignal(cleanup);

  try {
    const cpu = cpus();
    const version = await withClient(ADMIN_URL, async (c) => {
      await c.query(`create database ${databaseName}`);
      return (await c.query<{ server_version: string }>('show server_version')).rows[0].server_version;
    });
    log(`Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${fmt(totalmem() / 2 ** 30, 1)} GB RAM; Node ${process.version}; PostgreSQL ${version}; database ${databaseName}`);

    const orm: Orm = await openDatabase({ databaseUrl, dataDir });
    client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const ledger = await load(orm, client, SPEC);
    await orm.close(true);
    await client.query('vacuum (analyze)');
    await client.query('checkpoint').catch((e: Error) => log(`checkpoint skipped: ${e.message}`));
    const asAt = ledger.dates[ledger.dates.length - 1];

    const settings: Settings = { ...settingsFromEnv({}), databaseUrl, dataDir, port: 0, adminToken: ADMIN_TOKEN, seed: false, seedAlliance: false };
    const read = await stopwatch(() => readView(settings, asAt));
    writeFileSync(viewFile, JSON.stringify(read.value));
    const entries = read.value.entries.length;
    log(`the register as at ${asAt}: ${fmt(entries)} entries (current and former), read as the service builds them in ${seconds(read.ms)}; ${fmt(statSync(viewFile).size / 2 ** 20, 1)} MB as JSON`);

    const path = `/api/companies/${COMPANY}/reports/register-of-members.pdf?asAt=${asAt}`;
    const env = { DATABASE_URL: databaseUrl, DATA_DIR: dataDir, ADMIN_TOKEN };
    const headers = { Authorization: `Bearer ${ADMIN_TOKEN}` };
    const cold = async (nodeOptions: readonly string[] = []) => {
      rmSync(join(dataDir, REPORT_CACHE_DIR), { recursive: true, force: true });
      service = await startService(ROOT, { ...env, SEED: 'false', LOG_FORMAT: 'json', LOG_LEVEL: 'info' }, 120_000, nodeOptions);
      return service;
    };
    const stop = async () => {
      await service?.stop();
      service = null;
    };

    const loadBefore = load3();
    log(`\nLoad average (1 / 5 / 15 min) before: ${loadBefore}`);
    const rounds: Round[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const api = async () => {
        const s = await cold(i === 0 ? SERVICE_NODE_OPTIONS : []);
        const [readyRssMb, cpuBefore] = [s.peakRssMb(), s.cpuMs()];
        const d = await download(`${s.base}${path}`, { headers });
        if (d.status !== 200) throw new Error(`GET ${path}: ${d.status}`);
        const [peakRssMb, cpuMs] = [s.peakRssMb(), s.cpuMs() - cpuBefore];
        await stop();
        return { api: d, readyRssMb, peakRssMb, cpuMs };
      };
      // Alternate which goes first, so drift on the machine falls on both alike.
      const [f, a] = i % 2 === 0 ? [floor(viewFile), await api()] : [undefined, await api()];
      const round = { floor: f ?? floor(viewFile), ...a };
      rounds.push(round);
      log(`round ${i + 1}: library ${fmt(round.floor.ms)} ms; API first byte ${fmt(round.api.firstByteMs)} ms, last ${fmt(round.api.lastByteMs)} ms; service peak RSS ${fmt(round.peakRssMb)} MB; load ${load3()}`);
    }

    // The connection check: the body read slowly from a cold service while its connections are sampled.
    const states = async () =>
      (
        await client!.query<{ state: string | null }>(
          `select state from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and backend_type = 'client backend'`,
          [databaseName],
        )
      ).rows.map((r) => r.state ?? 'unknown');
    const held = (s: readonly string[]) => s.filter((x) => x === 'active' || x.startsWith('idle in transaction')).length;
    const seen = { building: { samples: 0, held: 0 }, streaming: { samples: 0, held: 0 } };
    let phase: 'building' | 'streaming' = 'building';
    const s = await cold();
    const sampler = (async () => {
      while (phase === 'building') {
        const now = await states();
        if (phase === 'building') {
          seen.building.samples += 1;
          seen.building.held += held(now) > 0 ? 1 : 0;
        }
        await sleep(10);
      }
    })();
    const slow = await download(`${s.base}${path}`, {
      headers,
      onHeaders: () => (phase = 'streaming'),
      slowly: {
        chunks: 40,
        pause: async () => {
          seen.streaming.samples += 1;
          seen.streaming.held += held(await states()) > 0 ? 1 : 0;
          await sleep(25);
        },
      },
    });
    await sampler;
    const again = await download(`${s.base}${path}`, { headers });
    await stop();
    const released = seen.streaming.held === 0 && seen.streaming.samples > 0;
    const shas = new Set([...rounds.map((r) => r.api.sha256), slow.sha256, again.sha256]);
    const identical = shas.size === 1 && slow.declaredSha256 === slow.sha256 && again.bytes === slow.bytes;
    const sameAsLibrary = rounds.every((r) => r.floor.sha256 === slow.sha256);
    const loadAfter = load3();

    log(`\n| Round | Library: time | CPU | peak RSS | API: first byte | last byte | CPU | Service peak RSS (at ready) | API ÷ library: time | CPU |`);
    log('|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
    rounds.forEach((r, i) =>
      log(
        `| ${i + 1} | ${fmt(r.floor.ms)} ms | ${fmt(r.floor.cpuMs)} ms | ${fmt(r.floor.maxRssMb)} MB | ${fmt(r.api.firstByteMs)} ms | ${fmt(r.api.lastByteMs)} ms | ${fmt(r.cpuMs)} ms | ${fmt(r.peakRssMb)} MB (${fmt(r.readyRssMb)} MB) | ${fmt(r.api.lastByteMs / r.floor.ms, 2)}× | ${fmt(r.cpuMs / r.floor.cpuMs, 2)}× |`,
      ),
    );
    const lib = median(rounds.map((r) => r.floor.ms));
    const last = median(rounds.map((r) => r.api.lastByteMs));
    const ratio = last / lib;
    const peak = Math.max(...rounds.map((r) => r.peakRssMb));
    log(
      `| median | ${fmt(lib)} ms | ${fmt(median(rounds.map((r) => r.floor.cpuMs)))} ms | ${fmt(median(rounds.map((r) => r.floor.maxRssMb)))} MB | ${fmt(median(rounds.map((r) => r.api.firstByteMs)))} ms | ${fmt(last)} ms | ${fmt(median(rounds.map((r) => r.cpuMs)))} ms | ${fmt(median(rounds.map((r) => r.peakRssMb)))} MB | **${fmt(ratio, 2)}×** | ${fmt(median(rounds.map((r) => r.cpuMs)) / median(rounds.map((r) => r.floor.cpuMs)), 2)}× |`,
    );
    log(`\n${fmt(entries)} entries; PDF ${fmt(slow.bytes / 2 ** 20, 1)} MB (${fmt(slow.bytes)} bytes), sha256 ${slow.sha256.slice(0, 16)}…`);
    log(`every download byte-identical (each cold round, the slow read, a second download from the cache; X-Content-SHA256 matches): ${yesNo(identical)}`);
    log(`the library's PDF from the same rows is byte-identical to the API's: ${yesNo(sameAsLibrary)}`);
    log(
      `connection released before the body is streamed: ${yesNo(released)} — held (active or idle in transaction) in ${seen.streaming.held} of ${seen.streaming.samples} samples while the body was read slowly; in ${seen.building.held} of ${seen.building.samples} while the document was built`,
    );
    log(`Load average (1 / 5 / 15 min) before: ${loadBefore}; after: ${loadAfter}`);
    const met = ratio <= TARGET_RATIO && peak < TARGET_RSS_MB && released && identical;
    log(
      `\ntarget (API ≤ ${TARGET_RATIO}× the library's time on the same rows, service peak RSS < ${TARGET_RSS_MB} MB, connection released before streaming): ${met ? 'MET' : 'NOT MET'} — ${fmt(ratio, 2)}×, peak ${fmt(peak)} MB, released ${yesNo(released)}`,
    );
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
