/**
 * Benchmark (not a test) of the service scaled out on PostgreSQL: two instances on one database, many
 * companies, mixed reads and writes from 16 clients.
 *
 *   npm run build:code && npm run bench:scale
 *
 * In a database of its own (cic_scale_<pid> on BENCH_DATABASE_URL, an admin connection, default
 * postgres://postgres@127.0.0.1:5432/postgres), migrated as the service migrates at start, loads
 * SCALE_COMPANIES companies (default 1000) of 37–500 members each (uniform), with SCALE_EVENTS share
 * events each (default 1000), generated, proved valid by the domain's fold and inserted in bulk
 * (bench/scale-load.ts). Then starts two instances of the built service (`dist/apps/api/src/main.js`)
 * as child processes on that database, each with a data directory of its own holding the same
 * checkpoint signing key, and runs SCALE_ROUNDS rounds (default 2) of:
 *
 * - the floor: the 16 clients sending `GET /health/live` to the two instances (HTTP and Nest, no
 *   database), for SCALE_FLOOR_SECONDS (default 10);
 * - the mix (bench/scale-clients.ts: 80% reads, 20% writes) against one instance only, for
 *   SCALE_SECONDS (default 30);
 * - the mix against the two instances, each client's requests alternating between them, as long;
 *
 * the second round with the two mixes the other way round. Prints requests a second and p50/p99 by
 * kind (pooled over the rounds), as ratios to the floor and to the one instance, with the load
 * average before and after; the first request for a company at an instance against the same request
 * again (10 companies kept out of the mix); then verifies every company's chain and projection
 * (`GET /api/companies/:id/ledger/verify`) and prints how many verify. Any non-2xx is an error, and
 * errors or a company that does not verify make the exit status 1. The clients are async loops in
 * this process (fetch, keep-alive), on the same cores as the service and PostgreSQL.
 *
 * BENCH_KEEP=1 leaves the database in place (drop it yourself afterwards).
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { SIGNING_KEY_FILE } from '../apps/api/src/ledger/checkpoint-signer';
import { cleanUpOnSignal, dropDatabase, withClient } from './bulk-load';
import { coldAndWarm, HEALTH, MIX, runPhase, type PhaseResult } from './scale-clients';
import { loadCompanies, type ScaleCompany } from './scale-load';
import { startService, type ServiceProcess } from './service-process';
import { ms, seconds, stopwatch, summarise } from './timing';

const ROOT = join(__dirname, '..', '..');
const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const COMPANIES = Number(process.env.SCALE_COMPANIES ?? 1000);
const EVENTS = Number(process.env.SCALE_EVENTS ?? 1000);
const SECONDS = Number(process.env.SCALE_SECONDS ?? 30);
const FLOOR_SECONDS = Number(process.env.SCALE_FLOOR_SECONDS ?? 10);
const ROUNDS = Number(process.env.SCALE_ROUNDS ?? 2);
const CLIENTS = 16;
const RESERVED = 10;
const KEEP = process.env.BENCH_KEEP === '1';
const TOKEN = 'bench-secretary-token-0123456789';

const log = (...parts: unknown[]) => console.log(...parts);
const loadAverage = () => `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
const fmt = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: n < 10 ? 2 : 0 });

function databaseUrlFor(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Two instances on one database, each with its own data directory and the same signing key. */
async function startInstances(databaseUrl: string, dir: string): Promise<ServiceProcess[]> {
  const key = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
  const instances: ServiceProcess[] = [];
  for (const name of ['a', 'b']) {
    const dataDir = join(dir, name);
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, SIGNING_KEY_FILE), key, { mode: 0o600 });
    const env = {
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      ADMIN_TOKEN: TOKEN,
      SEED: 'false',
      THROTTLE_WRITES: '0',
      THROTTLE_AUTH_FAILURES: '0',
      LOG_LEVEL: 'error',
      LOG_FORMAT: 'json',
    };
    const started = await stopwatch(() => startService(ROOT, env));
    instances.push(started.value);
    log(`instance ${name}: pid ${started.value.pid}, ${started.value.base}, ready in ${seconds(started.ms)}`);
  }
  return instances;
}

/** The rounds of one phase as one: requests, errors and latencies added up. */
function pool(results: readonly PhaseResult[]): PhaseResult {
  const latencies = new Map<string, number[]>();
  for (const r of results) for (const [kind, xs] of r.latencies) latencies.set(kind, [...(latencies.get(kind) ?? []), ...xs]);
  const sum = (f: (r: PhaseResult) => number) => results.reduce((n, r) => n + f(r), 0);
  return {
    label: results[0].label,
    seconds: sum((r) => r.seconds),
    requests: sum((r) => r.requests),
    errors: sum((r) => r.errors),
    errorSamples: results.flatMap((r) => r.errorSamples),
    latencies,
  };
}

function report(floor: PhaseResult, one: PhaseResult, two: PhaseResult): void {
  const rate = (p: PhaseResult) => p.requests / p.seconds;
  log(`\n| phase | requests | req/s | ÷ floor | errors |\n|---|--:|--:|--:|--:|`);
  for (const p of [floor, one, two]) log(`| ${p.label} | ${fmt(p.requests)} | ${fmt(rate(p))} | ${(rate(p) / rate(floor)).toFixed(3)} | ${p.errors} |`);
  log(`\ntwo instances ÷ one instance: ${(rate(two) / rate(one)).toFixed(2)}× the requests a second`);
  const floorP50 = summarise(floor.latencies.get(HEALTH[0].kind)!).p50;
  log(`\n| operation | share | one instance p50 / p99 ms | two instances p50 / p99 ms | two: p50 ÷ floor p50 (${ms(floorP50)} ms) | two: req/s |\n|---|--:|--:|--:|--:|--:|`);
  const total = MIX.reduce((sum, op) => sum + op.weight, 0);
  for (const op of MIX) {
    const a = one.latencies.get(op.kind)!;
    const b = two.latencies.get(op.kind)!;
    const sa = a.length ? summarise(a) : null;
    const sb = b.length ? summarise(b) : null;
    log(
      `| ${op.kind}${op.write ? ' (write)' : ''} | ${Math.round((op.weight * 100) / total)}% | ${sa ? `${ms(sa.p50)} / ${ms(sa.p99)}` : '–'} |`,
      `${sb ? `${ms(sb.p50)} / ${ms(sb.p99)}` : '–'} | ${sb ? (sb.p50 / floorP50).toFixed(1) : '–'} | ${fmt(b.length / two.seconds)} |`,
    );
  }
  const all = (p: PhaseResult) => summarise([...p.latencies.values()].flat());
  const writes = (p: PhaseResult) => MIX.filter((op) => op.write).reduce((n, op) => n + p.latencies.get(op.kind)!.length, 0) / p.seconds;
  log(`| all | 100% | ${ms(all(one).p50)} / ${ms(all(one).p99)} | ${ms(all(two).p50)} / ${ms(all(two).p99)} | ${(all(two).p50 / floorP50).toFixed(1)} | ${fmt(rate(two))} |`);
  log(`\nwrites a second: one instance ${fmt(writes(one))}, two instances ${fmt(writes(two))}`);
  const errors = [floor, one, two].flatMap((p) => p.errorSamples);
  if (errors.length) log(`errors (first few):\n  ${errors.join('\n  ')}`);
}

/** GET …/ledger/verify for every company, 4 at a time through each instance; returns how many verify. */
async function verifyAll(instances: readonly ServiceProcess[], companies: readonly ScaleCompany[]): Promise<number> {
  let next = 0;
  let valid = 0;
  const failures: string[] = [];
  await Promise.all(
    Array.from({ length: instances.length * 4 }, async (_, worker) => {
      for (let i = next++; i < companies.length; i = next++) {
        const { id } = companies[i];
        const response = await fetch(`${instances[worker % instances.length].base}/api/companies/${id}/ledger/verify`, { headers: { authorization: `Bearer ${TOKEN}` } });
        const body = (await response.json()) as { valid?: boolean; projection?: { matches: boolean } };
        if (response.status === 200 && body.valid === true && body.projection?.matches === true) valid += 1;
        else if (failures.length < 5) failures.push(`${id}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
      }
    }),
  );
  if (failures.length) log(`chains that do not verify (first few):\n  ${failures.join('\n  ')}`);
  return valid;
}

async function main(): Promise<void> {
  const databaseName = `cic_scale_${process.pid}`;
  const databaseUrl = databaseUrlFor(databaseName);
  const dir = mkdtempSync(join(tmpdir(), 'cic-scale-'));
  let instances: ServiceProcess[] = [];
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    for (const instance of instances) await instance.stop().catch((e: unknown) => console.error('stopping an instance:', e));
    rmSync(dir, { recursive: true, force: true });
    if (KEEP) return log(`kept database ${databaseName}: ${databaseUrl}`);
    await dropDatabase(ADMIN_URL, databaseName, log);
  };
  cleanUpOnSignal(cleanup);
  try {
    const version = await withClient(ADMIN_URL, async (c: Client) => {
      const v = (await c.query<{ server_version: string; max_connections: string }>(`select current_setting('server_version') as server_version, current_setting('max_connections') as max_connections`)).rows[0];
      await c.query(`create database ${databaseName}`);
      return `${v.server_version} (max_connections ${v.max_connections})`;
    });
    log(`bench:scale — PostgreSQL ${version}; Node ${process.version}, ${cpus().length} cores; ${COMPANIES} companies × ${EVENTS} events; ${CLIENTS} clients; ${loadAverage()}`);
    const loaded = await stopwatch(() => loadCompanies(databaseUrl, join(dir, 'load'), COMPANIES, EVENTS, log));
    const companies = loaded.value;
    // The last few companies are kept out of the mix, for the first-request probe at the end.
    const reserved = companies.slice(-Math.min(RESERVED, Math.floor(companies.length / 2)));
    const mixed = companies.slice(0, companies.length - reserved.length);
    log(`load finished in ${seconds(loaded.ms)}; ${loadAverage()}`);
    instances = await startInstances(databaseUrl, dir);
    const bases = instances.map((i) => i.base);
    const options = { clients: CLIENTS, token: TOKEN };

    // Warm-up: every route of the mix through both instances, untimed.
    const warm = await runPhase('warm-up', bases, mixed, MIX, { ...options, seconds: Math.min(5, SECONDS), seed: 1 });
    log(`warm-up: ${warm.requests} requests, ${warm.errors} errors; ${loadAverage()}`);
    if (warm.errors) log(`  ${warm.errorSamples.join('\n  ')}`);

    const loadBefore = loadAverage();
    // Rounds in turn one instance then two, then two then one, so that a change in the machine's load
    // over the run weighs on both alike; each phase's requests and latencies are pooled over the rounds.
    const phases: Record<'floor' | 'one' | 'two', PhaseResult[]> = { floor: [], one: [], two: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      const run = async (which: 'floor' | 'one' | 'two') => {
        const seed = round * 10 + ['floor', 'one', 'two'].indexOf(which);
        const result =
          which === 'floor'
            ? await runPhase('floor: GET /health/live, two instances', bases, companies, HEALTH, { ...options, seconds: FLOOR_SECONDS, seed })
            : await runPhase(`mix, ${which} instance${which === 'two' ? 's' : ''}`, which === 'one' ? bases.slice(0, 1) : bases, mixed, MIX, { ...options, seconds: SECONDS, seed });
        phases[which].push(result);
        log(`round ${round}, ${result.label}: ${fmt(result.requests / result.seconds)} req/s, ${result.errors} errors; ${loadAverage()}`);
      };
      for (const which of round % 2 === 1 ? (['floor', 'one', 'two'] as const) : (['floor', 'two', 'one'] as const)) await run(which);
    }
    const [floor, one, two] = (['floor', 'one', 'two'] as const).map((which) => pool(phases[which]));
    report(floor, one, two);
    log(`\n${loadBefore} before the timed phases; ${loadAverage()} after`);

    const probe = await coldAndWarm(bases[0], reserved, MIX, TOKEN);
    log(`\nfirst request for a company at an instance, then the same again (${reserved.length} companies no request had reached, p50 ms):`);
    log(probe.map((p) => `${p.kind} ${ms(p.cold)} then ${ms(p.warm)}`).join('; '));

    const verified = await stopwatch(() => verifyAll(instances, companies));
    log(`\nverified afterwards (chain and projection, GET …/ledger/verify): ${verified.value} of ${COMPANIES} companies in ${seconds(verified.ms)}`);
    const errors = warm.errors + floor.errors + one.errors + two.errors;
    if (verified.value !== COMPANIES || errors > 0) {
      process.exitCode = 1;
      log(`FAILED: ${errors} errors, ${COMPANIES - verified.value} companies that do not verify`);
    }
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
