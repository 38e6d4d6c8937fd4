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
 * `take` returns (copy what must be kept). Given `rest` as well as `stopAt`, the line that begins with
 * `stopAt` is not dropped but handed to `rest`, with the remainder of the file after it, as the pieces
 * read (views of the chunks, in order; never joined into one buffer), once the file is read.
 */
export async function forEachLineOfBytes(
  path: string,
  take: (bytes: Buffer, line: number) => boolean,
  progress?: (bytes: number) => void,
  stopAt?: number,
  rest?: (pieces: Buffer[]) => void,
): Promise<void> {
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  let carried: Buffer[] = [];
  /** With `rest`: the pieces from the line that begins with `stopAt`, once it is reached. */
  let tail: Buffer[] | null = null;
  let line = 0;
  let bytes = 0;
  let going = true;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      bytes += buffer.length;
      progress?.(bytes);
      if (tail !== null) {
        tail.push(buffer);
        continue;
      }
      let start = 0;
      // A line that begins in this chunk (none carried from the one before) and begins with `stopAt`.
      const stopsHere = (at: number) => carried.length === 0 && at < buffer.length && buffer[at] === stopAt;
      for (let end = buffer.indexOf(NEWLINE); end !== -1 && going; end = buffer.indexOf(NEWLINE, start)) {
        if (stopsHere(start)) break;
        // The line that began in the chunk before is joined to its end in this one.
        const text = carried.length > 0 ? Buffer.concat([...carried, buffer.subarray(start, end)]) : buffer.subarray(start, end);
        carried = [];
        start = end + 1;
        going = take(text, ++line);
      }
      if (!going) return;
      if (stopsHere(start)) {
        if (rest === undefined) return;
        tail = [buffer.subarray(start)];
      } else if (start < buffer.length) carried.push(buffer.subarray(start));
    }
    if (tail !== null) rest!(tail);
    else if (carried.length > 0) take(Buffer.concat(carried), ++line);
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

/** The pieces of bytes up to the first newline, or all of them when there is none (views, not copies). */
export function firstLine(pieces: readonly Buffer[]): Buffer[] {
  const line: Buffer[] = [];
  for (const piece of pieces) {
    const end = piece.indexOf(NEWLINE);
    if (end === -1) line.push(piece);
    else return [...line, piece.subarray(0, end)];
  }
  return line;
}
