/**
 * `GET …/ledger/verify` through the service's own LedgerService against a floor, in one run:
 * `npm run bench:verify-api`. In a database of its own on PostgreSQL (`cic_bench_av_<pid>`, dropped at
 * the end unless BENCH_KEEP=1) it loads one company of API_VERIFY_EVENTS share events (default
 * 1,000,000; a tenth as many members) in bulk with its hash chain and register projection, and writes
 * beside it the canonical bytes that are hashed (the RFC 8785 JSON of each entry's content). Then, in
 * BENCH_ROUNDS interleaved rounds (3):
 * - floor: `sha256sum` over the canonical bytes;
 * - verify: the chain and the projection against the fold, in a fresh process (bench/api-verify-worker),
 *   timed inside it, with its peak RSS and its RSS before the verify began.
 * API_VERIFY_DATABASE=<name> reuses a database kept by an earlier run (nothing is loaded or dropped).
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { canonicalJson, chain, type ChainedLedgerRecord, type Json } from '#domain';
import { openDatabase, type Orm } from '../apps/api/src/database/orm';
import { shareRegisterFamily } from '../apps/api/src/ledger/codecs/share-register.codec';
import { cleanUpOnSignal, dropDatabase, withClient } from './bulk-load';
import { generateLedger, type GeneratedLedger } from './ledger-generator';
import { load } from './register-load';
import { ms, summarise, timedRun } from './timing';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const EVENTS = Number(process.env.API_VERIFY_EVENTS ?? 1_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const KEPT = process.env.API_VERIFY_DATABASE;
const KEEP = process.env.BENCH_KEEP === '1' || KEPT !== undefined;
const COMPANY = 'bench-api-verify';
const ROOT = join(__dirname, '..', '..');
const log = (...parts: unknown[]) => console.log(...parts);
const load1 = () => loadavg().map((l) => l.toFixed(2)).join(' ');

/** The canonical bytes the chain hashes, entry by entry, as the bulk loader chains them (recorded by `bench`). */
async function writeCanonical(ledger: GeneratedLedger, file: string): Promise<void> {
  const out = createWriteStream(file);
  let head: ChainedLedgerRecord | null = null;
  for (const [i, event] of ledger.events.entries()) {
    const entry: ChainedLedgerRecord = chain({ companyId: COMPANY, sequence: i + 1, ...shareRegisterFamily.encode(event), recordedAt: event.recordedAt, recordedBy: 'bench' }, head);
    const content: Json = { companyId: entry.companyId, sequence: entry.sequence, kind: entry.kind, effectiveOn: entry.effectiveOn, recordedAt: entry.recordedAt, recordedBy: entry.recordedBy, payload: entry.payload, previousHash: entry.previousHash };
    if (!out.write(canonicalJson(content))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    head = entry;
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function main(): Promise<void> {
  const databaseName = KEPT ?? `cic_bench_av_${process.pid}`;
  const databaseUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${databaseName}`);
  const dir = mkdtempSync(join(tmpdir(), 'cic-bench-api-verify-'));
  const canonical = join(dir, 'canonical.bin');
  const cleanup = async () => {
    rmSync(dir, { recursive: true, force: true });
    if (KEEP) log(`kept database ${databaseName}`);
    else await dropDatabase(ADMIN_URL, databaseName, log);
  };
  cleanUpOnSignal(cleanup);
  let orm: Orm | null = null;
  let client: Client | null = null;
  try {
    log(`bench:verify-api — Node ${process.version}; ${EVENTS.toLocaleString('en-GB')} events; load average ${load1()}`);
    if (KEPT === undefined) await withClient(ADMIN_URL, (c) => c.query(`create database ${databaseName}`));
    orm = await openDatabase({ databaseUrl, dataDir: dir });
    client = new Client({ connectionString: databaseUrl });
    await client.connect();
    const shape = { members: EVENTS / 10, events: EVENTS, initialAllotments: EVENTS / 50, allotments: (EVENTS * 8) / 100, cancellations: (EVENTS * 3) / 100, days: 3653, seed: EVENTS };
    const spec = { id: COMPANY, name: 'Bench API Verify CIC', label: 'verify', shape };
    let ledger: GeneratedLedger;
    if (KEPT === undefined) ledger = await load(orm, client, spec);
    else ledger = generateLedger(spec.id, spec.name, shape);
    await writeCanonical(ledger, canonical);
    await client.query('vacuum (analyze) ledger_entry, register_entry, share_holding, register_total');
    await client.end();
    client = null;
    await orm.close();
    orm = null;
    const floor: number[] = [];
    const verify: number[] = [];
    let peak = 0;
    let started = 0;
    for (let round = 0; round < ROUNDS; round++) {
      floor.push(timedRun('sha256sum', [canonical]).ms);
      const run = JSON.parse(timedRun(process.execPath, [join(ROOT, 'dist/bench/api-verify-worker.js'), databaseUrl, COMPANY]).stdout) as { ms: number; maxRssMb: number; startedRssMb: number; valid: boolean; events: number; projectionMatches: boolean | null };
      if (!run.valid || run.events !== EVENTS || run.projectionMatches !== true) throw new Error(`the ledger did not verify: ${JSON.stringify(run)}`);
      verify.push(run.ms);
      peak = Math.max(peak, run.maxRssMb);
      started = Math.max(started, run.startedRssMb);
      log(`round ${round + 1}: floor ${ms(floor[round]!)} ms, verify ${ms(run.ms)} ms, peak RSS ${run.maxRssMb.toFixed(0)} MB (${run.startedRssMb.toFixed(0)} MB before it began); load average ${load1()}`);
    }
    const f = summarise(floor).p50;
    const v = summarise(verify).p50;
    log(`p50 of ${ROUNDS} rounds: floor (sha256sum over the canonical bytes) ${ms(f)} ms; verify ${ms(v)} ms = ${(f / v).toFixed(3)}× the floor's speed; peak RSS ${peak.toFixed(0)} MB (${started.toFixed(0)} MB before the verify began)`);
    log(`load average after: ${load1()}`);
  } finally {
    await client?.end();
    await orm?.close();
    await cleanup();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
