/**
 * Benchmark (not a test) of the service's start-up on the embedded database.
 *
 *   npm run bench:startup
 *
 * Each round starts the service as `npm start` does (`node scripts/start.mjs`, the built output) on an
 * empty data directory, stops it, and starts it again on the directory it left, timing each from the
 * spawn to the first 200 from GET /health. In the same round, as floors, Node and PGlite alone
 * (bench/startup-floor.ts) open an empty directory (initdb) and the service's existing one. Each
 * figure is reported as a ratio to its floor, so that a busy machine moves both alike.
 * Targets: first start under 5 s, a start on an existing directory under 2 s.
 *
 * BENCH_RUNS: rounds (default 5). The service's own "ready … in N ms" is reported beside.
 * BENCH_IDLE_LOAD=2.0 waits (up to 10 minutes) before timing until the 1-minute load average is below
 * that, for a machine shared with other work; the load average is printed with the results either way.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exited, freePort, healthStatus } from './service-process';

const ROOT = join(__dirname, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const DEADLINE_MS = 60_000;
const IDLE_LOAD = process.env.BENCH_IDLE_LOAD ? Number(process.env.BENCH_IDLE_LOAD) : null;

interface Round {
  readonly floorEmpty: number;
  readonly firstStart: number;
  readonly firstReady: number;
  readonly floorExisting: number;
  readonly existingStart: number;
  readonly existingReady: number;
}

async function main(): Promise<void> {
  if (IDLE_LOAD !== null) {
    for (let i = 0; i < 60 && loadavg()[0] >= IDLE_LOAD; i++) await new Promise((done) => setTimeout(done, 10_000));
  }
  const rounds: Round[] = [];
  const loadBefore = loadavg()[0];
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'cic-startup-bench-'));
    try {
      const floorEmpty = await timeFloor(join(dir, 'floor', 'pglite'));
      const first = await timeService(join(dir, 'service'));
      const floorExisting = await timeFloor(join(dir, 'service', 'pglite'));
      const existing = await timeService(join(dir, 'service'));
      const round = {
        floorEmpty,
        firstStart: first.ms,
        firstReady: first.ready,
        floorExisting,
        existingStart: existing.ms,
        existingReady: existing.ready,
      };
      rounds.push(round);
      console.error(`round ${i + 1}: ${JSON.stringify(Object.fromEntries(Object.entries(round).map(([k, v]) => [k, Math.round(v)])))}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  report(rounds, loadBefore, loadavg()[0]);
}

/** Node and PGlite alone: from the spawn to `select 1` answering. */
async function timeFloor(pgliteDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'dist/bench/startup-floor.js'), pgliteDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('open') && resolve());
    child.on('exit', (code) => reject(new Error(`the floor exited with ${code} before opening ${pgliteDir}`)));
  });
  const ms = performance.now() - started;
  await exited(child);
  return ms;
}

/** The service as `npm start` runs it: from the spawn to the first 200 from /health; then stopped. */
async function timeService(dataDir: string): Promise<{ ms: number; ready: number }> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', ADMIN_TOKEN: '', SEED: '', SEED_ALLIANCE: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let exitCode: number | null | undefined;
  child.on('exit', (code) => (exitCode = code));
  try {
    while ((await healthStatus(port)) !== 200) {
      if (exitCode !== undefined) throw new Error(`the service exited with ${exitCode}:\n${output}`);
      if (performance.now() - started > DEADLINE_MS) throw new Error(`no 200 from /health within ${DEADLINE_MS} ms:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const ms = performance.now() - started;
    const ready = /ready on \S+ in (\d+) ms/.exec(output);
    return { ms, ready: ready ? Number(ready[1]) : NaN };
  } finally {
    child.kill('SIGTERM');
    await exited(child);
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function report(rounds: readonly Round[], loadBefore: number, loadAfter: number): void {
  const m = (pick: (r: Round) => number) => median(rounds.map(pick));
  const s = (n: number) => `${(n / 1000).toFixed(2)} s`;
  const x = (n: number) => `${n.toFixed(2)}×`;
  console.log(`Node ${process.version}, ${cpus().length} cores; 1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after; ${rounds.length} rounds, medians.\n`);
  console.log('| start | to first 200 from /health | service says ready in | floor: Node + PGlite alone, same directory | ratio to floor | target |');
  console.log('|---|--:|--:|--:|--:|--:|');
  console.log(
    `| empty data directory | ${s(m((r) => r.firstStart))} | ${s(m((r) => r.firstReady))} | ${s(m((r) => r.floorEmpty))} (initdb) | ${x(m((r) => r.firstStart / r.floorEmpty))} | < 5 s |`,
  );
  console.log(
    `| existing data directory | ${s(m((r) => r.existingStart))} | ${s(m((r) => r.existingReady))} | ${s(m((r) => r.floorExisting))} | ${x(m((r) => r.existingStart / r.floorExisting))} | < 2 s |`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
