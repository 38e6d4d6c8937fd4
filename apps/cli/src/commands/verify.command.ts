import { statSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { publicKeyProblem } from '../../../api/src/ledger/checkpoint';
import type { LedgerVerification } from '../../../api/src/ledger/ledger.service';
import type { Output } from '../output';
import { progressBar } from '../progress';
import { withService } from '../service-context';

interface VerifyOptions {
  file?: string;
  knownSequence?: number;
  knownHash?: string;
  publicKey?: string;
}

function publicKey(value: string): string {
  const problem = publicKeyProblem(value);
  if (problem !== null) throw new InvalidArgumentError(problem);
  return value;
}

function sequence(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('must be a whole number');
  return Number(value);
}

/**
 * `verify <companyId>`: the ledger in the database, as `GET …/ledger/verify` checks it (the chain, the
 * projections against the fold, a head the auditor holds). `verify --file <export>`: an export file,
 * offline, read as a stream (see verifyExportFile). Exit code 0 when valid, 1 when not.
 */
export function verifyCommand(program: Command, out: Output): void {
  program
    .command('verify')
    .description('verify a company\'s ledger in the database, or an exported ledger file offline')
    .argument('[companyId]', 'the company whose ledger to verify in the database')
    .option('--file <export.json>', 'verify this export file instead (no database, no network)')
    .option('--known-sequence <n>', 'a head you hold (e.g. from a checkpoint): its sequence…', sequence)
    .option('--known-hash <hash>', '…and its hash: the ledger must still have that entry unchanged')
    .option('--public-key <key>', 'the service\'s Ed25519 public key (base64url); write --public-key=K when K starts with -', publicKey)
    .action(async (companyId: string | undefined, options: VerifyOptions, command: Command) => {
      if ((options.knownSequence === undefined) !== (options.knownHash === undefined)) command.error('give --known-sequence and --known-hash together');
      const known = options.knownSequence !== undefined && options.knownHash !== undefined ? { sequence: options.knownSequence, hash: options.knownHash } : undefined;
      if (options.file !== undefined) {
        if (companyId !== undefined) command.error('give a companyId or --file, not both');
        const { verifyExportFile } = await import('../export-reader.js');
        const bar = progressBar('verifying', Math.ceil(statSync(options.file).size / 1e6), 'MB');
        const result = await verifyExportFile(options.file, { known, publicKey: options.publicKey }, (bytes) => bar.update(Math.floor(bytes / 1e6))).finally(() => bar.stop());
        out.line(result.message);
        process.exitCode = result.valid ? 0 : 1;
        return;
      }
      if (companyId === undefined) command.error('give a companyId, or --file <export.json>');
      if (options.publicKey !== undefined) command.error('--public-key checks an export file\'s checkpoint: use it with --file');
      const { LedgerService } = await import('../../../api/src/ledger/ledger.service.js');
      const result = await withService((app) => app.get(LedgerService).verify(companyId, known ?? null));
      out.line(onlineSummary(result));
      out.json(result);
      process.exitCode = result.valid ? 0 : 1;
    });
}

function onlineSummary(r: LedgerVerification): string {
  if (!r.valid && 'firstBreak' in r) return `invalid: first broken link at sequence ${r.firstBreak.sequence} (${r.firstBreak.reason})`;
  if (r.knownHead !== undefined && r.knownHead.found !== 'same') return `invalid: ${r.knownHead.problem}`;
  if (r.projection !== undefined && !r.projection.matches) return 'invalid: the register projection does not equal the fold of the ledger (see projection)';
  return `valid: ${r.events} entries${'headHash' in r ? `, head ${r.headHash}` : ''}; the projection equals the fold of the ledger`;
}
