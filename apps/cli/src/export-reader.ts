import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { ChainedLedgerRecord } from '#domain';
import type { ProjectionRows } from '../../api/src/share-register/projection-difference';
import { ExportVerifier, type VerifyOptions, type VerifyResult } from './export-verifier';

/** Bytes read from the file at a time. */
const CHUNK = 1 << 20;
/** The end of the header line of an export as the service writes it. */
const ENTRIES_OPEN = ',"entries":[';
const NEWLINE = 0x0a;

/**
 * Verifies the text of a ledger export held in memory (any JSON layout): parses it whole, then feeds
 * the {@link ExportVerifier}.
 */
export function verifyExportText(text: string, options: VerifyOptions = {}): VerifyResult {
  let data: { entries?: unknown; register?: ProjectionRows } & Record<string, unknown>;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { valid: false, message: `not a ledger export: ${(error as Error).message}`, entries: 0 };
  }
  const verifier = new ExportVerifier(options);
  if (!data || !Array.isArray(data.entries) || !verifier.start(data)) return verifier.finish();
  for (const entry of data.entries as ChainedLedgerRecord[]) if (!verifier.push(entry)) break;
  return verifier.finish(data.register);
}

/**
 * Verifies an export file as it is read, in bounded memory: the service writes its header on the first
 * line, one entry per line, and the register on the last, so each line is parsed on its own and
 * dropped. A file in any other layout (re-indented, say) is parsed whole instead.
 * `progress` is called with the number of bytes read so far.
 */
export async function verifyExportFile(path: string, options: VerifyOptions = {}, progress?: (bytes: number) => void): Promise<VerifyResult> {
  const verifier = new ExportVerifier(options);
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  let rest: Buffer[] = [];
  let line = 0;
  let bytes = 0;
  let register: ProjectionRows | undefined;
  /** 'read' while entries come; 'done' after the last line or a problem; 'whole' when the layout is another. */
  let state = 'read' as 'read' | 'done' | 'whole';
  const take = (text: string): void => {
    line += 1;
    if (line === 1) {
      if (!text.endsWith(ENTRIES_OPEN)) state = 'whole';
      else if (!verifier.start(JSON.parse(`${text.slice(0, -ENTRIES_OPEN.length)}}`))) state = 'done';
    } else if (text.startsWith(']')) {
      // `]}` ends an export without a register; `],"register":{…}}` one with.
      if (text.length > 2) register = (JSON.parse(`{${text.slice(2)}`) as { register: ProjectionRows }).register;
      state = 'done';
    } else if (!verifier.push(JSON.parse(text.endsWith(',') ? text.slice(0, -1) : text))) {
      state = 'done';
    }
  };
  try {
    for await (const chunk of stream) {
      bytes += (chunk as Buffer).length;
      progress?.(bytes);
      // Lines are found in the bytes and each decoded on its own (a newline byte never occurs inside a
      // UTF-8 sequence), so no chunk-sized string is built and split.
      const buffer = chunk as Buffer;
      let start = 0;
      for (let end = buffer.indexOf(NEWLINE); end !== -1 && state === 'read'; end = buffer.indexOf(NEWLINE, start)) {
        // The line that began in the chunk before is joined to its end in this one.
        take(rest.length > 0 ? Buffer.concat([...rest, buffer.subarray(start, end)]).toString('utf8') : buffer.toString('utf8', start, end));
        rest = [];
        start = end + 1;
      }
      if (state !== 'read') break;
      // A line longer than a chunk (the register) is kept in pieces and joined once, at its end.
      if (start < buffer.length) rest.push(buffer.subarray(start));
    }
    if (state === 'read' && rest.length > 0) take(Buffer.concat(rest).toString('utf8'));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return { valid: false, message: `not a ledger export: line ${line}: ${error.message}`, entries: 0 };
  } finally {
    stream.destroy();
  }
  if ((state as string) === 'whole') return verifyExportText(await readFile(path, 'utf8'), options);
  return verifier.finish(register);
}
