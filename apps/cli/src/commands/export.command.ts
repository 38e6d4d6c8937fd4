import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import type { Output } from '../output';
import { withService } from '../service-context';

/**
 * `export <companyId> [--out file]`: the ledger export `GET …/ledger/export` gives (entries, signed
 * checkpoint, public key, company and articles, register), to a file or standard output.
 */
export function exportCommand(program: Command, out: Output): void {
  program
    .command('export')
    .description('export a company\'s ledger as JSON (what GET …/ledger/export gives), for `verify --file`')
    .argument('<companyId>', 'the company')
    .option('--out <file>', 'write to this file (default: standard output)')
    .action(async (companyId: string, options: { out?: string }) => {
      const { LedgerExportService } = await import('../../../api/src/reports/ledger-export.service.js');
      await withService(async (app) => {
        const file = await app.get(LedgerExportService).export(companyId);
        await pipeline(file.body, options.out === undefined ? process.stdout : createWriteStream(options.out), { end: options.out !== undefined });
        if (options.out !== undefined) out.error(`wrote ${file.length} bytes to ${options.out} (sha256 ${file.sha256})`);
      });
    });
}
