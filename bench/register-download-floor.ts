/**
 * The floor for `bench/register-download.bench.ts`, run in a fresh process so its peak RSS is its own:
 *
 *   node dist/bench/register-download-floor.js <view.json>
 *
 * Reads the register's view model (basis and every entry, as the service passes them to the reports
 * library; written by the benchmark from the same database) into memory, then times
 * renderRegisterOfMembers from the call to the last byte, hashed and counted on the way to nowhere.
 * Prints one line of JSON: { ms, cpuMs, maxRssMb, bytes, sha256, entries }.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { renderRegisterOfMembers, type RegisterEntryView, type RegisterOfMembersView } from '#reports';

/** The register's view model with its entries read out, as the benchmark writes it. */
export type StoredRegisterView = Omit<RegisterOfMembersView, 'entries'> & { readonly entries: readonly RegisterEntryView[] };

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: register-download-floor.js <view.json>');
  const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredRegisterView;
  const view: RegisterOfMembersView = { ...stored, entries: () => stored.entries };
  const hash = createHash('sha256');
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done();
    },
  });
  const cpu = process.cpuUsage();
  const start = performance.now();
  await pipeline(renderRegisterOfMembers(view), sink);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const result = { ms, cpuMs: (used.user + used.system) / 1000, maxRssMb, bytes, sha256: hash.digest('hex'), entries: stored.entries.length };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
