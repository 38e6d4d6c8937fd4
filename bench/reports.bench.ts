/**
 * Benchmark (not a test) of the register of members PDF.
 *
 *   npm run bench:reports
 *
 * For 37, 10,000 and 100,000 members, renders the register (two layout passes, streamed to
 * /dev/null) and, as a floor, raw pdfkit writing the same rows with no layout logic. Every
 * measurement runs in a fresh child process (bench/reports-worker.ts), so each peak RSS is that run's
 * alone. Prints a Markdown table with the median time and CPU time of the runs and the lowest and
 * highest peak RSS, then one of first and later renders of the small documents in one process, and
 * the load average before and after.
 *
 * BENCH_RUNS: runs per size and mode (default 3); BENCH_LARGE_RUNS the same for 100,000 (default 3);
 * BENCH_SIZES: the sizes, comma-separated (default 37,10000,100000).
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

interface Result {
  readonly members: number;
  readonly mode: 'report' | 'floor';
  readonly ms: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly bytes: number;
}

interface Warm {
  readonly registerFirstMs: number;
  readonly registerLaterMs: number;
  readonly registerLaterCpuMs: number;
  readonly certificateFirstMs: number;
  readonly certificateLaterMs: number;
  readonly certificateLaterCpuMs: number;
  readonly floorFirstMs: number;
  readonly floorLaterMs: number;
  readonly floorLaterCpuMs: number;
  readonly identical: boolean;
  readonly maxRssMb: number;
}

const SIZES = (process.env.BENCH_SIZES ?? '37,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 3);
const worker = join(__dirname, 'reports-worker.js');

function run<T = Result>(members: number, mode: Result['mode'] | 'warm'): T {
  const out = execFileSync(process.execPath, [worker, String(members), mode], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const load = () => loadavg().map((l) => fmt(l, 1)).join(' / ');

function main(): void {
  const cpu = cpus();
  console.log(`Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${fmt(totalmem() / 2 ** 30, 1)} GB RAM, Node ${process.version}`);
  console.log(`Load average (1 / 5 / 15 min) before: ${load()}`);
  console.log('');
  console.log('| Members | Register report: time | CPU | Floor (raw pdfkit): time | CPU | Report ÷ floor: time | CPU | Report peak RSS | Floor peak RSS | PDF size | Floor PDF size | Runs |');
  console.log('|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const members of SIZES) {
    const runs = members >= 100_000 ? LARGE_RUNS : RUNS;
    const report: Result[] = [];
    const floor: Result[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternate so drift on the machine affects both alike.
      floor.push(run(members, 'floor'));
      report.push(run(members, 'report'));
    }
    const [r, f] = [median(report.map((x) => x.ms)), median(floor.map((x) => x.ms))];
    const [rc, fc] = [median(report.map((x) => x.cpuMs)), median(floor.map((x) => x.cpuMs))];
    const rss = (xs: Result[]) => {
      const peaks = xs.map((x) => x.maxRssMb);
      const [low, high] = [Math.min(...peaks), Math.max(...peaks)];
      return low === high || xs.length === 1 ? fmt(high) : `${fmt(low)}–${fmt(high)}`;
    };
    const mb = (bytes: number) => `${fmt(bytes / 2 ** 20, 1)} MB`;
    console.log(
      `| ${fmt(members)} | ${fmt(r)} ms | ${fmt(rc)} ms | ${fmt(f)} ms | ${fmt(fc)} ms | ${fmt(r / f, 2)}× | ${fmt(rc / fc, 2)}× | ${rss(report)} MB | ${rss(floor)} MB | ${mb(report[0].bytes)} | ${mb(floor[0].bytes)} | ${runs} |`,
    );
  }
  console.log('');
  console.log('In one process: the first render (fonts loaded and parsed) and the median of five later ones.');
  console.log('');
  console.log('| Document | First render | Later renders: time | CPU | Floor later: time | Later ÷ floor later | Same bytes every render | Peak RSS | Runs |');
  console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|');
  const warm: Warm[] = [];
  for (let i = 0; i < RUNS; i++) warm.push(run<Warm>(37, 'warm'));
  const m = (pick: (w: Warm) => number) => median(warm.map(pick));
  const floorLater = m((w) => w.floorLaterMs);
  const identical = warm.every((w) => w.identical) ? 'yes' : 'NO';
  const peak = `${fmt(Math.max(...warm.map((w) => w.maxRssMb)))} MB`;
  for (const [name, first, later, laterCpu] of [
    ['Register, 37 members', m((w) => w.registerFirstMs), m((w) => w.registerLaterMs), m((w) => w.registerLaterCpuMs)],
    ['Share certificate (after the register)', m((w) => w.certificateFirstMs), m((w) => w.certificateLaterMs), m((w) => w.certificateLaterCpuMs)],
  ] as const) {
    console.log(`| ${name} | ${fmt(first)} ms | ${fmt(later)} ms | ${fmt(laterCpu)} ms | ${fmt(floorLater)} ms | ${fmt(later / floorLater, 2)}× | ${identical} | ${peak} | ${RUNS} |`);
  }
  console.log('');
  console.log(`Load average after: ${load()}`);
}

main();
