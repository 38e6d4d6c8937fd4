import type { Readable } from 'node:stream';

/** A file ready to send: read from the spool, with its SHA-256 and length. */
export interface ReportFile {
  readonly filename: string;
  readonly contentType: string;
  readonly body: Readable;
  /** Hex SHA-256 of the whole body, sent as `X-Content-SHA256`. */
  readonly sha256: string;
  readonly length: number;
}

/** A calendar date and an id made safe for a file name. */
export function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-');
}
