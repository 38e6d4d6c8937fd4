/**
 * Offline verification of a ledger export against a floor, in one run: `npm run bench:verify`.
 * Builds an export of VERIFY_ENTRIES (default 100,000) share entries of one synthetic company in the
 * layout the service writes (header, one entry a line, the register last), with a signed checkpoint
 * and the register the fold gives, and beside it the canonical bytes that are hashed (the RFC 8785
 * JSON of each entry's content, concatenated). Then, in VERIFY_ROUNDS interleaved rounds:
 * - floor: `sha256sum` over the canonical bytes (one pass, no parsing, no JSON);
 * - verify: the verifier in a fresh process (bench/verify-worker), timed inside it, with its peak RSS;
 * - cli: `node dist/apps/cli/src/main.js verify --file …` end to end (process start included).
 * Prints the p50 of each, the ratio verify/floor and cli/floor, peak RSS and the load average.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { canonicalEntryText, canonicalJson, chain, type ChainedLedgerRecord, type Json } from '#domain';
import { checkpointMessage, keyIdOf, publishedKey } from '../apps/api/src/ledger/checkpoint';
import { shareRegisterFamily } from '../apps/api/src/ledger/codecs/share-register.codec';
import { buildProjection } from '../apps/api/src/share-register/register-writer';
import { inExportOrder } from '../apps/cli/src/register-comparison';
import { generateLedger } from './ledger-generator';
import { ms, summarise, timedRun } from './timing';

const ENTRIES = Number(process.env.VERIFY_ENTRIES ?? 100_000);
const ROUNDS = Number(process.env.VERIFY_ROUNDS ?? 5);
const COMPANY = 'bench-verify-co';
const ROOT = join(__dirname, '..', '..');
const NODE = process.execPath;

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => (stream.write(text) ? resolve() : stream.once('drain', resolve)));
}

function end(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => stream.end(resolve));
}

async function buildFiles(dir: string): Promise<{ exportFile: string; canonicalFile: string }> {
  const members = Math.max(100, Math.round(ENTRIES / 10));
  const shape = { members, events: ENTRIES, initialAllotments: Math.round(members / 5), allotments: Math.round(members * 0.8), cancellations: Math.round(members * 0.3), days: 3650, seed: 7 };
  const ledger = generateLedger(COMPANY, 'Verify Bench CIC', shape);
  const exportFile = join(dir, 'ledger.json');
  const canonicalFile = join(dir, 'canonical.bin');
  const out = createWriteStream(exportFile);
  const canonical = createWriteStream(canonicalFile);
  const entries: ChainedLedgerRecord[] = [];
  let head: { sequence: number; hash: string } | null = null;
  for (const event of ledger.events) {
    const entry = chain({ companyId: COMPANY, sequence: (head?.sequence ?? 0) + 1, ...shareRegisterFamily.encode(event), recordedAt: event.recordedAt, recordedBy: 'bench' }, head);
    entries.push(entry);
    head = { sequence: entry.sequence, hash: entry.hash };
  }
  const keys = generateKeyPairSync('ed25519');
  const unsigned = { companyId: COMPANY, sequence: head!.sequence, hash: head!.hash, signedAt: '2026-11-30T00:00:00.000Z' };
  const checkpoint = { ...unsigned, signature: sign(null, checkpointMessage(unsigned), keys.privateKey).toString('base64url') };
  const publicKey = publishedKey(keys.publicKey);
  const header = { format: 'cic-ledger-export', version: 3, companyId: COMPANY, exportedAtHead: head, checkpoint, publicKey, keyId: keyIdOf(publicKey), company: ledger.company };
  await write(out, `${JSON.stringify(header).slice(0, -1)},"entries":[\n`);
  for (const [i, e] of entries.entries()) {
    await write(out, `${i === 0 ? '' : ',\n'}${canonicalEntryText(e)}`);
    const content: Json = { companyId: e.companyId, sequence: e.sequence, kind: e.kind, effectiveOn: e.effectiveOn, recordedAt: e.recordedAt, recordedBy: e.recordedBy, payload: e.payload, previousHash: e.previousHash };
    await write(canonical, canonicalJson(content));
  }
  // The register as the service's export writes it: its rows in the tables' key order.
  await write(out, `\n],"register":${JSON.stringify(inExportOrder(buildProjection(ledger.company, ledger.events)))}}\n`);
  await Promise.all([end(out), end(canonical)]);
  return { exportFile, canonicalFile };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cic-bench-verify-'));
  try {
    const built = performance.now();
    const { exportFile, canonicalFile } = await buildFiles(dir);
    const mb = (f: string) => (statSync(f).size / 2 ** 20).toFixed(1);
    console.log(`export of ${ENTRIES.toLocaleString('en-GB')} entries: ${mb(exportFile)} MB; canonical bytes ${mb(canonicalFile)} MB (built in ${ms(performance.now() - built)} ms)`);
    console.log(`node ${process.versions.node}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    const floor: number[] = [];
    const verify: number[] = [];
    const cli: number[] = [];
    const rss: number[] = [];
    const worker = join(ROOT, 'dist/bench/verify-worker.js');
    const main = join(ROOT, 'dist/apps/cli/src/main.js');
    for (let round = 0; round < ROUNDS; round++) {
      floor.push(timedRun('sha256sum', [canonicalFile]).ms);
      const inner = JSON.parse(timedRun(NODE, [worker, exportFile]).stdout) as { ms: number; maxRssMb: number; valid: boolean; entries: number; message: string };
      if (!inner.valid || inner.entries !== ENTRIES) throw new Error(`the export did not verify: ${inner.message}`);
      verify.push(inner.ms);
      rss.push(inner.maxRssMb);
      const run = timedRun(NODE, [main, 'verify', '--file', exportFile]);
      if (!run.stdout.startsWith('valid:')) throw new Error(`the CLI did not verify: ${run.stdout}`);
      cli.push(run.ms);
    }
    const f = summarise(floor).p50;
    const v = summarise(verify).p50;
    const c = summarise(cli).p50;
    console.log(`rounds ${ROUNDS}, p50 (min–max) in ms:`);
    console.log(`  floor  sha256sum over the canonical bytes      ${ms(f)} (${ms(Math.min(...floor))}–${ms(Math.max(...floor))})`);
    console.log(`  verify chain + checkpoint + register fold     ${ms(v)} (${ms(Math.min(...verify))}–${ms(Math.max(...verify))})  = ${(f / v).toFixed(2)}× the floor's speed; peak RSS ${Math.max(...rss).toFixed(0)} MB`);
    console.log(`  cli    \`cic verify --file\`, process included  ${ms(c)} (${ms(Math.min(...cli))}–${ms(Math.max(...cli))})  = ${(f / c).toFixed(2)}× the floor's speed; ${(c / (ENTRIES / 100_000)).toFixed(0)} ms per 100,000 entries`);
    console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  } finally {
    if (process.env.BENCH_KEEP === '1') console.log(`kept: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

void main();
