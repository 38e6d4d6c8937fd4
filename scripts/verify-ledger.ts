/**
 * Checks an exported ledger offline: `npm run verify-ledger -- <file> [--known-sequence N --known-hash H]
 * [--public-key=K]` (the file from `GET /api/companies/:companyId/ledger/export`; the same check as
 * `npm run cic -- verify --file <file>`). Reads the file as a stream and recomputes every entry's
 * SHA-256 with the domain's ChainVerifier, checks every link and the head the export names; checks the
 * export's checkpoint signature (with K, the service's published Ed25519 key, when given); given a head
 * the auditor already holds (from an earlier checkpoint), that the export still has that entry with
 * that hash; and that the register the export carries equals the fold of its share entries under the
 * company's articles, naming the first row that differs. No database, no network. Prints `valid: …`
 * and exits 0, or names the first problem and exits 1.
 * Each hash is SHA-256 over the RFC 8785 (JCS) canonical JSON of the entry's content and the previous
 * hash, so any JCS implementation can reproduce it (see docs/design.md).
 */
import { parseArgs } from 'node:util';
import { publicKeyProblem } from '../apps/api/src/ledger/checkpoint';
import { verifyExportFile } from '../apps/cli/src/export-reader';

export { verifyExportText as verifyLedgerExport } from '../apps/cli/src/export-reader';

/** The command: verifies the file named by the first argument; resolves to the exit code. */
export async function main(args: readonly string[], out: (line: string) => void = console.log): Promise<number> {
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
  const keyProblem = publicKey === undefined ? null : publicKeyProblem(publicKey);
  if (keyProblem !== null) {
    out(`--public-key: ${keyProblem}\n${usage}`);
    return 2;
  }
  const known = knownSequence !== undefined && knownHash !== undefined ? { sequence: Number(knownSequence), hash: knownHash } : undefined;
  try {
    const result = await verifyExportFile(file, { known, publicKey });
    out(result.message);
    return result.valid ? 0 : 1;
  } catch (error) {
    out(`cannot read ${file}: ${(error as Error).message}`);
    return 2;
  }
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
