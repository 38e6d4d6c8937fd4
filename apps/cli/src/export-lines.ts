import { createReadStream } from 'node:fs';

/** Bytes read from the file at a time. */
const CHUNK = 1 << 20;
const NEWLINE = 0x0a;

/**
 * Calls `take` with each line of a file (without its newline) and the line's number (1 = the first),
 * in order, reading the file as a stream so that memory stays bounded; stops when `take` returns
 * false, or before a line whose first byte is `stopAt` (so that a reader with no use for an export's
 * register, its last and longest line, never builds it). Lines are found in the bytes and each decoded
 * on its own (a newline byte never occurs inside a UTF-8 sequence), so no chunk-sized string is built
 * and split; a line longer than a chunk is kept in pieces and joined once, at its end. `progress` is
 * called with the bytes read so far. Rejects with what `take` throws, or when the file cannot be read.
 */
export function forEachLine(
  path: string,
  take: (text: string, line: number) => boolean,
  progress?: (bytes: number) => void,
  stopAt?: number,
): Promise<void> {
  return forEachLineOfBytes(path, (bytes, line) => take(bytes.toString('utf8'), line), progress, stopAt);
}

/**
 * {@link forEachLine} with each line's bytes, not decoded: a view of the chunk read, valid only until
 * `take` returns (copy what must be kept).
 */
export async function forEachLineOfBytes(
  path: string,
  take: (bytes: Buffer, line: number) => boolean,
  progress?: (bytes: number) => void,
  stopAt?: number,
): Promise<void> {
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  let rest: Buffer[] = [];
  let line = 0;
  let bytes = 0;
  let going = true;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      bytes += buffer.length;
      progress?.(bytes);
      let start = 0;
      // A line that begins in this chunk (none carried from the one before) and begins with `stopAt`.
      const stopsHere = (at: number) => rest.length === 0 && at < buffer.length && buffer[at] === stopAt;
      for (let end = buffer.indexOf(NEWLINE); end !== -1 && going; end = buffer.indexOf(NEWLINE, start)) {
        if (stopsHere(start)) return;
        // The line that began in the chunk before is joined to its end in this one.
        const text = rest.length > 0 ? Buffer.concat([...rest, buffer.subarray(start, end)]) : buffer.subarray(start, end);
        rest = [];
        start = end + 1;
        going = take(text, ++line);
      }
      if (!going || stopsHere(start)) return;
      if (start < buffer.length) rest.push(buffer.subarray(start));
    }
    if (rest.length > 0) take(Buffer.concat(rest), ++line);
  } finally {
    stream.destroy();
  }
}

/** The first byte of the line that ends an export's entries (`]`). */
export const ENTRIES_END = 0x5d;

/** The end of the header line of an export as the service writes it (`{…,"entries":[`). */
export const ENTRIES_OPEN = ',"entries":[';

/** An entry line of an export as the service writes it (`{…},` or, the last, `{…}`), parsed. */
export function parseEntryLine(text: string): unknown {
  return JSON.parse(text.endsWith(',') ? text.slice(0, -1) : text);
}

/** Whether a line of an export in the service's layout ends its entries (`]}`, or `],"register":{…}}`). */
export const endsEntries = (text: string): boolean => text.startsWith(']');
