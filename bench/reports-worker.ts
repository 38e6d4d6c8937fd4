/**
 * One measurement for `bench/reports.bench.ts`, run in a fresh process so peak RSS belongs to it
 * alone:  node dist/bench/reports-worker.js <members> <report|floor|warm>
 *
 * report: the register of members through renderRegisterOfMembers, piped to /dev/null.
 * floor:  raw pdfkit writing the same rows (same strings, page size, and Noto Sans embedded from the
 *         same package, without fallback for other scripts) at fixed positions,
 *         with no measuring, wrapping, headers, footers or second pass: what drawing alone costs. It
 *         waits for the reader between pages too, so its memory is comparable.
 * warm:   in one process, the register of <members> and the share certificate each rendered once
 *         (the first render loads and parses the fonts it needs) and then LATER more times, and the
 *         floor likewise; checks every render of a document gives the same bytes, the register's
 *         also after a certificate was rendered.
 * Prints one line of JSON: { members, mode, ms, cpuMs, maxRssMb, bytes } (warm: see {@link warm}).
 * cpuMs is the process's CPU time over the render: on a shared machine it moves less than the time.
 */
import { createWriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Transform, Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { formatDate, formatMoney, renderRegisterOfMembers, renderShareCertificate } from '#reports';
import { sampleCertificate, sampleEntries, sampleRegister } from './reports-data';

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

/** Renders a later time in the warm mode. */
const LATER = 5;

/** Time, CPU time and bytes of one render, streamed to a buffer. */
async function timed(render: (sink: Writable) => Promise<void>): Promise<{ ms: number; cpuMs: number; pdf: Buffer }> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const cpu = process.cpuUsage();
  const start = performance.now();
  await render(sink);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, pdf: Buffer.concat(chunks) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** First and later renders of the register, the certificate and the floor, in this one process. */
async function warm(members: number): Promise<Record<string, unknown>> {
  const register = (sink: Writable) => pipeline(renderRegisterOfMembers(sampleRegister(members, 9)), sink);
  const certificate = (sink: Writable) => pipeline(renderShareCertificate(sampleCertificate()), sink);
  const floorOf = (sink: Writable) => floor(members, sink);
  const out: Record<string, unknown> = { members, mode: 'warm' };
  let identical = true;
  const firsts: Record<string, Buffer> = {};
  for (const [name, render] of [['register', register], ['certificate', certificate], ['floor', floorOf]] as const) {
    const first = await timed(render);
    const later = [];
    for (let i = 0; i < LATER; i++) later.push(await timed(render));
    if (name !== 'floor') identical &&= later.every((r) => r.pdf.equals(first.pdf));
    firsts[name] = first.pdf;
    Object.assign(out, {
      [`${name}FirstMs`]: first.ms,
      [`${name}LaterMs`]: median(later.map((r) => r.ms)),
      [`${name}LaterCpuMs`]: median(later.map((r) => r.cpuMs)),
    });
  }
  // The register again, after the certificate and the floor were drawn with the same fonts.
  identical &&= (await timed(register)).pdf.equals(firsts.register);
  return { ...out, identical, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

async function main(): Promise<void> {
  const members = Number(process.argv[2]);
  const mode = process.argv[3];
  if (!Number.isInteger(members) || (mode !== 'report' && mode !== 'floor' && mode !== 'warm')) {
    throw new Error('usage: reports-worker.js <members> <report|floor|warm>');
  }
  if (mode === 'warm') {
    process.stdout.write(`${JSON.stringify(await warm(members))}\n`);
    return;
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
  const cpu = process.cpuUsage();
  const start = performance.now();
  if (mode === 'report') await pipeline(renderRegisterOfMembers(sampleRegister(members, 50)), count);
  else await floor(members, count);
  await finished;
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ members, mode, ms, cpuMs: (used.user + used.system) / 1000, maxRssMb, bytes })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
