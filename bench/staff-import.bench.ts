/**
 * Benchmark (not a test) of a TUPE staff list import: how long it holds the company's write lock, and
 * how long other requests wait while it runs.
 *
 *   npm run build && npm run bench:staff
 *
 * For each backend (BENCH_BACKENDS=pglite,postgresql; PostgreSQL through BENCH_DATABASE_URL or
 * TEST_DATABASE_URL, an admin connection, default postgres://postgres@127.0.0.1:5432/postgres, where
 * cic_bench_staff_<pid> is created and dropped) the service starts on an empty database, seeds the
 * company and its 2016 health visiting transfer, and listens on a local port. Then, over HTTP:
 *
 * - idle: for BENCH_IDLE_MS (3000), two readers, each on a thread of its own, send requests one after
 *   another (10 ms apart): `GET /health/live` (no database: it waits only for the event loop) and a
 *   page of the register of members (the database too). This is the floor.
 * - the same readers while a staff list of about 5 MB of CSV (the route's limit) is imported, first
 *   with every row new, then the same list with every row changed.
 *
 * Prints per phase: the time the lock is held (from the start of Ledger.writeForCompany's work to its
 * commit), the whole import, p50 and longest wait of each reader, the longest event-loop delay
 * (perf_hooks.monitorEventLoopDelay), each reader's wait as a ratio of the idle floor, and how many
 * reads each reader had answered.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import type { TransferringEmployee } from '#domain';
import { AppModule } from '../apps/api/src/app.module';
import { APP_OPTIONS, configureApp } from '../apps/api/src/bootstrap';
import { SETTINGS, settingsFromEnv, type Settings } from '../apps/api/src/config/settings';
import { Ledger } from '../apps/api/src/ledger/ledger';
import { healthVisitingTransfer2016 } from '../apps/api/src/seed/health-visiting-2016';
import { TOWER_HAMLETS_COMPANY_ID } from '../apps/api/src/seed/tower-hamlets';
import { staffListToCsv } from '../apps/api/src/tupe/staff-list-csv';
import { ms, summarise } from './timing';

const TARGET_BYTES = 4.9 * 1024 * 1024;
const TOKEN = 'bench-secretary-token-0123456789';
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'pglite,postgresql').split(',');
const IDLE_MS = Number(process.env.BENCH_IDLE_MS ?? 3000);
const COMPANY = `/api/companies/${TOWER_HAMLETS_COMPANY_ID}`;
const READS = { health: '/health/live', register: `${COMPANY}/register?limit=5` } as const;

/** Time from the lock being taken to the commit that releases it, for each Ledger.writeForCompany call, in ms. */
const locked: number[] = [];
const write = Ledger.prototype.writeForCompany;
Ledger.prototype.writeForCompany = async function (this: Ledger, companyId, recordedBy, work) {
  let taken = 0;
  try {
    return await write.call(this, companyId, recordedBy, (w) => {
      taken = performance.now();
      return work(w);
    });
  } finally {
    if (taken > 0) locked.push(performance.now() - taken);
  }
} as typeof write;

/** About 4.9 MB of staff list CSV made from the seed's 140 records; `suffix` changes every name. */
function staffList(suffix: string): string {
  const { employees } = healthVisitingTransfer2016();
  const rows: TransferringEmployee[] = [];
  const header = staffListToCsv([]).length;
  for (let i = 0, bytes = header; bytes < TARGET_BYTES; i += 1) {
    const row = { ...employees[i % employees.length], staffNumber: `B${String(i).padStart(6, '0')}`, name: `Synthetic Employee B${i}${suffix}` };
    rows.push(row);
    bytes += staffListToCsv([row]).length - header;
  }
  return staffListToCsv(rows);
}

interface Phase {
  readonly label: string;
  readonly rows: string;
  readonly lock: string;
  readonly whole: string;
  readonly reads: Record<keyof typeof READS, Reads>;
  readonly loopMax: number;
}

/**
 * One reader on a thread of its own (so that its timings do not stop when the service's event loop
 * does): sends `GET url` one after another, 10 ms apart, until told to stop; posts back every wait in
 * ms, and how many requests failed (a connection reset while the service's event loop was held).
 */
const READER = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
let running = true;
parentPort.on('message', () => { running = false; });
(async () => {
  const waits = [];
  let failed = 0;
  while (running) {
    const sent = performance.now();
    try {
      const response = await fetch(workerData.url, { headers: { authorization: 'Bearer ' + workerData.token } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(workerData.url + ': ' + response.status);
      waits.push(performance.now() - sent);
    } catch {
      failed += 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  parentPort.postMessage({ waits, failed });
})();
`;

interface Reads {
  readonly waits: number[];
  readonly failed: number;
}

function startReader(url: string): { stop: () => Promise<Reads> } {
  const worker = new Worker(READER, { eval: true, workerData: { url, token: TOKEN } });
  const waits = new Promise<Reads>((resolve, reject) => worker.once('message', resolve).once('error', reject));
  return {
    stop: async () => {
      worker.postMessage('stop');
      const result = await waits;
      await worker.terminate();
      return result;
    },
  };
}

/** Runs the readers while `during` runs (or for IDLE_MS without it); returns each reader's waits and the longest event-loop delay. */
async function measurePhase(base: string, label: string, during: (() => Promise<{ rows: number; whole: number }>) | null): Promise<Phase> {
  locked.length = 0;
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const readers = { health: startReader(`${base}${READS.health}`), register: startReader(`${base}${READS.register}`) };
  await new Promise((resolve) => setTimeout(resolve, 200));
  const done = during === null ? (await new Promise((resolve) => setTimeout(resolve, IDLE_MS)), null) : await during();
  const reads = { health: await readers.health.stop(), register: await readers.register.stop() };
  loop.disable();
  return {
    label,
    rows: done === null ? '' : done.rows.toLocaleString('en-GB'),
    lock: locked.length === 0 ? '' : `${ms(Math.max(...locked))} ms`,
    whole: done === null ? '' : `${ms(done.whole)} ms`,
    reads,
    loopMax: loop.max / 1e6,
  };
}

async function importList(base: string, csv: string): Promise<{ rows: number; whole: number }> {
  const start = performance.now();
  const response = await fetch(`${base}${COMPANY}/tupe-transfers/${healthVisitingTransfer2016().transfer.id}/employees`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/csv' },
    body: csv,
  });
  const body = (await response.json()) as { rowsRead: number };
  if (response.status !== 201) throw new Error(`import: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  return { rows: body.rowsRead, whole: performance.now() - start };
}

async function runBackend(kind: string): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cic-bench-staff-'));
  const databaseName = `cic_bench_staff_${process.pid}`;
  const databaseUrl = kind === 'postgresql' ? ADMIN_URL.replace(/\/[^/]*$/, `/${databaseName}`) : null;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: ADMIN_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  let app: INestApplication | undefined;
  try {
    if (databaseUrl) await admin(`create database ${databaseName}`);
    const settings: Settings = {
      ...settingsFromEnv({}), databaseUrl, dataDir, port: 0, adminToken: TOKEN, seedAlliance: true, throttleAuthFailures: 0, throttleWrites: 0, logLevel: 'error',
    };
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).overrideProvider(SETTINGS).useValue(settings).compile();
    app = configureApp(moduleRef.createNestApplication({ ...APP_OPTIONS, logger: ['error', 'fatal'] }));
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const lists = { new: staffList(''), changed: staffList(' (changed)') };
    const mb = (Buffer.byteLength(lists.new) / 1024 / 1024).toFixed(1);
    const phases = [
      await measurePhase(base, 'idle (floor)', null),
      await measurePhase(base, `import ${mb} MB, all rows new`, () => importList(base, lists.new)),
      await measurePhase(base, `import ${mb} MB, every row changed`, () => importList(base, lists.changed)),
    ];
    print(kind, phases);
  } finally {
    await app?.close();
    if (databaseUrl) await admin(`drop database if exists ${databaseName}`);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function print(kind: string, phases: readonly Phase[]): void {
  const floor = { health: summarise(phases[0].reads.health.waits), register: summarise(phases[0].reads.register.waits) };
  console.log(`\n### ${kind}\n`);
  console.log('| phase | rows | lock held | whole import | `GET /health/live` p50 / max (× floor), reads | register page p50 / max (× floor), reads | event-loop delay max |');
  console.log('|---|--:|--:|--:|--:|--:|--:|');
  for (const p of phases) {
    const cell = (which: keyof typeof READS) => {
      const t = summarise(p.reads[which].waits);
      const failed = p.reads[which].failed > 0 ? `, ${p.reads[which].failed} failed` : '';
      return `${ms(t.p50)} / ${ms(t.max)} ms (${(t.p50 / floor[which].p50).toFixed(1)}× / ${(t.max / floor[which].max).toFixed(1)}×), ${t.runs} served${failed}`;
    };
    console.log(`| ${p.label} | ${p.rows} | ${p.lock} | ${p.whole} | ${cell('health')} | ${cell('register')} | ${ms(p.loopMax)} ms |`);
  }
}

async function main(): Promise<void> {
  console.log(`Node ${process.version}; load average ${loadavg().map((n) => n.toFixed(2)).join(', ')} at the start`);
  for (const kind of BACKENDS) await runBackend(kind);
  console.log(`\nload average ${loadavg().map((n) => n.toFixed(2)).join(', ')} at the end`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
