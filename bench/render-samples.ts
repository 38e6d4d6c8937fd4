/**
 * Renders each report once from synthetic sample data and keeps page 1 of each as a PNG under
 * docs/reports/, for looking at the layout without running the service.
 *
 *   npm run build && node dist/bench/render-samples.js [--keep-pdfs]
 *
 * Needs poppler's `pdftoppm` (apt-get install poppler-utils). The PDFs are written to a temporary
 * directory (printed with --keep-pdfs, deleted otherwise), never into the repository.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { renderAllianceReport, renderRegisterOfMembers, renderResolutionCopy, renderShareCertificate } from '#reports';
import { sampleAlliance, sampleCertificate, sampleRegister, sampleResolution } from './reports-data';

const samples: readonly (readonly [string, () => Readable])[] = [
  ['register-of-members', () => renderRegisterOfMembers(sampleRegister(37, 9))],
  ['share-certificate', () => renderShareCertificate(sampleCertificate())],
  ['alliance', () => renderAllianceReport(sampleAlliance())],
  ['resolution-copy', () => renderResolutionCopy(sampleResolution())],
];

async function main(): Promise<void> {
  const keep = process.argv.includes('--keep-pdfs');
  const out = resolve(__dirname, '../../docs/reports');
  const scratch = mkdtempSync(join(tmpdir(), 'report-samples-'));
  mkdirSync(out, { recursive: true });
  try {
    for (const [name, render] of samples) {
      const pdf = join(scratch, `${name}.pdf`);
      await pipeline(render(), createWriteStream(pdf));
      execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', pdf, join(scratch, name)]);
      renameSync(join(scratch, `${name}.png`), join(out, `${name}.png`));
      console.log(`docs/reports/${name}.png`);
    }
  } finally {
    if (keep) console.log(`PDFs kept in ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
