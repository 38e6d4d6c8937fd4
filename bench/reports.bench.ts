/**
 * Benchmark (not a test) of the register of members PDF.
 *
 *   npm run bench:reports
 *
 * For 37, 10,000 and 100,000 members, renders the register (two layout passes, streamed to
 * /dev/null) and, as a floor, raw pdfkit writing the same rows with no layout logic. Every
 * measurement runs in a fresh child process (bench/reports-worker.ts), so each peak RSS is that run's
 * alone. Prints a Markdown table with the median time of the runs and the lowest and highest peak
 * RSS. Targets: within 1.5x of the floor at 10,000 members; peak RSS under 150 MB at 100,000.
 *
 * BENCH_RUNS: runs per size and mode (default 3); BENCH_LARGE_RUNS the same for 100,000 (default 3).
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

interface Result {
  readonly members: number;
  readonly mode: 'report' | 'floor';
  readonly ms: number;
  readonly maxRssMb: number;
  readonly bytes: number;
}

const SIZES = [37, 10_000, 100_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const LARGE_RUNS = Number(process.env.BENCH_LARGE_RUNS ?? 3);
const worker = join(__dirname, 'reports-worker.js');

function run(members: number, mode: Result['mode']): Result {
  const out = execFileSync(process.execPath, [worker, String(members), mode], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as Result;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function main(): void {
  const cpu = cpus();
  console.log(`Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${fmt(totalmem() / 2 ** 30, 1)} GB RAM, Node ${process.version}`);
  console.log('');
  console.log('| Members | Register report: time | Floor (raw pdfkit): time | Report ÷ floor | Report peak RSS | Floor peak RSS | PDF size | Runs |');
  console.log('|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const members of SIZES) {
    const runs = members >= 100_000 ? LARGE_RUNS : RUNS;
    const report: Result[] = [];
    const floor: Result[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternate so drift on the machine affects both alike.
      floor.push(run(members, 'floor'));
      report.push(run(members, 'report'));
    }
    const r = median(report.map((x) => x.ms));
    const f = median(floor.map((x) => x.ms));
    const rss = (xs: Result[]) => {
      const peaks = xs.map((x) => x.maxRssMb);
      const [low, high] = [Math.min(...peaks), Math.max(...peaks)];
      return low === high || xs.length === 1 ? fmt(high) : `${fmt(low)}–${fmt(high)}`;
    };
    console.log(
      `| ${fmt(members)} | ${fmt(r)} ms | ${fmt(f)} ms | ${fmt(r / f, 2)}× | ${rss(report)} MB | ${rss(floor)} MB | ${fmt(report[0].bytes / 2 ** 20, 1)} MB | ${runs} |`,
    );
  }
}

main();
