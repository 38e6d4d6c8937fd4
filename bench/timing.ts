import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export interface Timing {
  readonly runs: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly min: number;
  readonly max: number;
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarise(samples: readonly number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { runs: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Runs `work` `warmup` times untimed, then `runs` times one after another; returns the timing and the last result. */
export async function measure<T>(runs: number, warmup: number, work: () => Promise<T>): Promise<{ timing: Timing; last: T }> {
  let last: T | undefined;
  for (let i = 0; i < warmup; i++) last = await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    last = await work();
    samples.push(performance.now() - start);
  }
  return { timing: summarise(samples), last: last as T };
}

/** Times one piece of synchronous or asynchronous work, in milliseconds. */
export async function stopwatch<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

export const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
export const seconds = (n: number) => `${(n / 1000).toFixed(1)} s`;

/** Runs a command to its end and times it (ms, wall clock, process start included); throws when it exits non-zero. */
export function timedRun(command: string, args: string[]): { ms: number; stdout: string } {
  const start = performance.now();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  const elapsed = performance.now() - start;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr}${run.stdout}`);
  return { ms: elapsed, stdout: run.stdout };
}
