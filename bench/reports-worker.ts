/**
 * One measurement for `bench/reports.bench.ts`, run in a fresh process so peak RSS belongs to it
 * alone:  node dist/bench/reports-worker.js <members> <report|floor>
 *
 * report: the register of members through renderRegisterOfMembers, piped to /dev/null.
 * floor:  raw pdfkit writing the same rows (same strings, page size, and Noto Sans embedded from the
 *         same package, without fallback for other scripts) at fixed positions,
 *         with no measuring, wrapping, headers, footers or second pass: what drawing alone costs. It
 *         waits for the reader between pages too, so its memory is comparable.
 * Prints one line of JSON: { members, mode, ms, maxRssMb, bytes }.
 */
import { createWriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { formatDate, formatMoney, renderRegisterOfMembers } from '#reports';
import { sampleEntries, sampleRegister } from './reports-data';

/** Raw pdfkit, the same rows at fixed positions; waits for the reader between pages, as the report does. */
async function floor(members: number, sink: Writable): Promise<void> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, info: { CreationDate: new Date(0) } });
  const files = dirname(require.resolve('@fontsource/noto-sans/package.json'));
  doc.registerFont('regular', join(files, 'files/noto-sans-latin-400-normal.woff'));
  doc.registerFont('bold', join(files, 'files/noto-sans-latin-700-normal.woff'));
  const stream = doc as unknown as Readable;
  let wake: (() => void) | undefined;
  stream._read = () => {
    wake?.();
    wake = undefined;
  };
  const done = pipeline(stream, sink);
  let y = Infinity;
  for (const e of sampleEntries(members, 50)) {
    if (y > 770) {
      if (stream.readableLength >= stream.readableHighWaterMark) await new Promise<void>((resolve) => (wake = resolve));
      doc.addPage();
      y = 50;
    }
    doc.font('bold', 8).fillColor('#111111').text(e.name, 48, y, { lineBreak: false });
    doc.font('regular', 8).text(e.address, 48, y + 10, { lineBreak: false });
    doc.text(formatDate(e.registeredOn), 211, y, { lineBreak: false });
    doc.text(e.ceasedOn === null ? '—' : formatDate(e.ceasedOn), 288, y, { lineBreak: false });
    const share = e.shares[0];
    doc.text(share ? String(share.shareNumber) : '—', 368, y, { lineBreak: false });
    doc.text(share ? share.shareClass : '—', 402, y, { lineBreak: false });
    doc.text(share ? formatMoney(share.nominalPence) : '—', 450, y, { lineBreak: false });
    doc.text(share ? formatMoney(share.paidUpPence) : '—', 500, y, { lineBreak: false });
    y += 26;
  }
  doc.end();
  await done;
}

async function main(): Promise<void> {
  const members = Number(process.argv[2]);
  const mode = process.argv[3];
  if (!Number.isInteger(members) || (mode !== 'report' && mode !== 'floor')) {
    throw new Error('usage: reports-worker.js <members> <report|floor>');
  }
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  count.pipe(createWriteStream('/dev/null'));
  const finished = new Promise((resolve, reject) => count.on('end', resolve).on('error', reject));
  const start = performance.now();
  if (mode === 'report') await pipeline(renderRegisterOfMembers(sampleRegister(members, 50)), count);
  else await floor(members, count);
  await finished;
  const ms = performance.now() - start;
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ members, mode, ms, maxRssMb, bytes })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
