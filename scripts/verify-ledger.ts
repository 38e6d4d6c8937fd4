/**
 * Checks an exported ledger offline: `npm run verify-ledger -- <file> [--known-sequence N --known-hash H]
 * [--public-key K]` (the file from `GET /api/companies/:companyId/ledger/export`). Recomputes every
 * entry's SHA-256 with the domain's ChainVerifier and checks every link and the head the export names;
 * checks the export's checkpoint signature (with K, the service's published Ed25519 key, when given);
 * and, given a head the auditor already holds (from an earlier checkpoint), that the export still has
 * that entry with that hash. No database, no network. Prints `valid: …` and exits 0, or names the
 * first problem and exits 1.
 * Each hash is SHA-256 over the RFC 8785 (JCS) canonical JSON of the entry's content and the previous
 * hash, so any JCS implementation can reproduce it (see docs/design.md).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ChainVerifier, type ChainedLedgerRecord } from '#domain';
import { checkpointSignedBy, keyIdOf, type Checkpoint } from '../apps/api/src/ledger/checkpoint';

export interface VerifyResult {
  readonly valid: boolean;
  readonly message: string;
}

export interface VerifyOptions {
  /** A head the auditor holds: the export must have this entry with this hash. */
  readonly known?: { readonly sequence: number; readonly hash: string };
  /** The service's public key (base64url): the export's checkpoint must be signed with it. */
  readonly publicKey?: string;
}

interface LedgerExport {
  companyId: string;
  exportedAtHead: { sequence: number; hash: string };
  checkpoint?: Checkpoint;
  publicKey?: string;
  entries: ChainedLedgerRecord[];
}

const invalid = (message: string): VerifyResult => ({ valid: false, message: `invalid: ${message}` });

/** Verifies the text of an exported ledger. */
export function verifyLedgerExport(text: string, options: VerifyOptions = {}): VerifyResult {
  let data: LedgerExport;
  try {
    data = JSON.parse(text) as LedgerExport;
  } catch (error) {
    return { valid: false, message: `not a ledger export: ${(error as Error).message}` };
  }
  if (!data || typeof data.companyId !== 'string' || !Array.isArray(data.entries) || !data.exportedAtHead) {
    return { valid: false, message: 'not a ledger export: expected {companyId, exportedAtHead, entries}' };
  }
  const verifier = new ChainVerifier();
  let knownFound: string | null = null;
  for (const entry of data.entries) {
    if (entry.companyId !== data.companyId) return invalid(`entry ${entry.sequence} belongs to company ${entry.companyId}, not ${data.companyId}`);
    if (entry.sequence === options.known?.sequence) knownFound = entry.hash;
    if (!verifier.push(entry)) break;
  }
  const result = verifier.result();
  if (!result.valid) {
    const b = result.firstBreak;
    const detail = b.reason === 'sequence-gap' ? `expected sequence ${b.expectedSequence}` : `expected ${b.expected}, found ${b.found}`;
    return invalid(`first broken link at sequence ${b.sequence} (${b.reason}: ${detail})`);
  }
  const head = data.exportedAtHead;
  if (result.headSequence !== head.sequence || (result.events > 0 && result.headHash !== head.hash)) {
    return invalid(`the export names head ${head.sequence} ${head.hash} but its entries end at ${result.headSequence} ${result.events > 0 ? result.headHash : ''}`.trim());
  }
  const notes: string[] = [];
  const checkpoint = checkCheckpoint(data, options.publicKey);
  if (!checkpoint.valid) return checkpoint;
  if (checkpoint.message) notes.push(checkpoint.message);
  if (options.known) {
    const { sequence, hash } = options.known;
    if (knownFound === null) return invalid(`the ledger ends at entry ${result.headSequence}: entry ${sequence}, which you hold, is not in it (entries were removed)`);
    if (knownFound !== hash) return invalid(`entry ${sequence} has hash ${knownFound}, not the ${hash} you hold (the chain was rewritten)`);
    notes.push(`entry ${sequence} has the hash you hold`);
  }
  const summary = `valid: ${result.events} entries, head ${result.events > 0 ? result.headHash : head.hash}`;
  return { valid: true, message: [summary, ...notes].join('; ') };
}

/** The export's checkpoint: for the head it names, signed by the given key (or, without one, by the key the export names). */
function checkCheckpoint(data: LedgerExport, publicKey: string | undefined): VerifyResult {
  const c = data.checkpoint;
  if (c === undefined) return publicKey === undefined ? { valid: true, message: '' } : invalid('the export carries no checkpoint to check against the key');
  if (c.companyId !== data.companyId || c.sequence !== data.exportedAtHead.sequence || c.hash !== data.exportedAtHead.hash) {
    return invalid(`the checkpoint is for ${c.companyId} entry ${c.sequence} ${c.hash}, not the head the export names`);
  }
  const key = publicKey ?? data.publicKey;
  if (typeof key !== 'string' || !checkpointSignedBy(c, key)) {
    return invalid(publicKey === undefined ? 'the checkpoint is not signed by the key the export names' : `the checkpoint is not signed by the key given (${safeKeyId(publicKey)})`);
  }
  return {
    valid: true,
    message: publicKey === undefined
      ? `checkpoint signed by the key the export names (${keyIdOf(key)}); pass --public-key to check it is the service's`
      : `checkpoint signed by the key given (${keyIdOf(key)})`,
  };
}

function safeKeyId(key: string): string {
  try {
    return `key ${keyIdOf(key)}`;
  } catch {
    return 'an unreadable key';
  }
}

/** The command: verifies the file named by the first argument; returns the exit code. */
export function main(args: readonly string[], out: (line: string) => void = console.log): number {
  const usage = 'usage: npm run verify-ledger -- <ledger-export.json> [--known-sequence N --known-hash H] [--public-key=K]';
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { 'known-sequence': { type: 'string' }, 'known-hash': { type: 'string' }, 'public-key': { type: 'string' } },
    });
  } catch (error) {
    out(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const file = parsed.positionals[0];
  const { 'known-sequence': knownSequence, 'known-hash': knownHash, 'public-key': publicKey } = parsed.values;
  if (!file || (knownSequence === undefined) !== (knownHash === undefined) || (knownSequence !== undefined && !/^\d+$/.test(knownSequence))) {
    out(usage);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    out(`cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const known = knownSequence !== undefined && knownHash !== undefined ? { sequence: Number(knownSequence), hash: knownHash } : undefined;
  const result = verifyLedgerExport(text, { known, publicKey });
  out(result.message);
  return result.valid ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
