/**
 * One offline verification of an export file in a fresh process, for the verify benchmark: prints
 * `{ms, maxRssMb, valid, entries, message}` as JSON. `node dist/bench/verify-worker.js <file>`.
 */
import { performance } from 'node:perf_hooks';
import { verifyExportFile } from '../apps/cli/src/export-reader';

async function main(file: string): Promise<void> {
  const start = performance.now();
  const result = await verifyExportFile(file);
  const ms = performance.now() - start;
  process.stdout.write(`${JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024, valid: result.valid, entries: result.entries, message: result.message })}\n`);
}

void main(process.argv[2]);
