/**
 * Checks an exported ledger offline: `npm run verify-ledger -- <file>` (the file from
 * `GET /api/companies/:companyId/ledger/export`). Recomputes every entry's SHA-256 with the domain's
 * ChainVerifier and checks every link and the head the export names. No database, no network.
 * Prints `valid: N entries, head <hash>` and exits 0, or names the first broken link and exits 1.
 * Each hash is SHA-256 over the RFC 8785 (JCS) canonical JSON of the entry's content and the previous
 * hash, so any JCS implementation can reproduce it (see docs/design.md).
 */
import { readFileSync } from 'node:fs';
import { ChainVerifier, type ChainedLedgerRecord } from '#domain';

export interface VerifyResult {
  readonly valid: boolean;
  readonly message: string;
}

interface LedgerExport {
  companyId: string;
  exportedAtHead: { sequence: number; hash: string };
  entries: ChainedLedgerRecord[];
}

/** Verifies the text of an exported ledger. */
export function verifyLedgerExport(text: string): VerifyResult {
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
  for (const entry of data.entries) {
    if (entry.companyId !== data.companyId) {
      return { valid: false, message: `invalid: entry ${entry.sequence} belongs to company ${entry.companyId}, not ${data.companyId}` };
    }
    if (!verifier.push(entry)) break;
  }
  const result = verifier.result();
  if (!result.valid) {
    const b = result.firstBreak;
    const detail =
      b.reason === 'sequence-gap'
        ? `expected sequence ${b.expectedSequence}`
        : `expected ${b.expected}, found ${b.found}`;
    return { valid: false, message: `invalid: first broken link at sequence ${b.sequence} (${b.reason}: ${detail})` };
  }
  const head = data.exportedAtHead;
  if (result.headSequence !== head.sequence || (result.events > 0 && result.headHash !== head.hash)) {
    return {
      valid: false,
      message: `invalid: the export names head ${head.sequence} ${head.hash} but its entries end at ${result.headSequence} ${result.events > 0 ? result.headHash : ''}`.trim(),
    };
  }
  return { valid: true, message: `valid: ${result.events} entries, head ${result.events > 0 ? result.headHash : head.hash}` };
}

/** The command: verifies the file named by the first argument; returns the exit code. */
export function main(args: readonly string[], out: (line: string) => void = console.log): number {
  const file = args[0];
  if (!file) {
    out('usage: npm run verify-ledger -- <ledger-export.json>');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    out(`cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
  const result = verifyLedgerExport(text);
  out(result.message);
  return result.valid ? 0 : 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
