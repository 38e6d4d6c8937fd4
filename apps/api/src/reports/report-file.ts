import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Em, Orm } from '../database/orm';

/** A file ready to send: its bytes (small reports) or a stream (the register), with its SHA-256 when known up front. */
export interface ReportFile {
  readonly filename: string;
  readonly contentType: string;
  readonly body: Buffer | Readable;
  /** Hex SHA-256 of the whole body, sent as `X-Content-SHA256`; null for exports streamed without a first pass. */
  readonly sha256: string | null;
}

/** Hex SHA-256 of a stream's bytes, discarding them as they pass (bounded memory). */
export async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The whole stream's bytes (for small reports). */
export async function bufferOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Runs `work` in one read-only, repeatable-read transaction and resolves with its result as soon as it
 * is ready, while the transaction stays open until the stream `work` returned has ended (or failed, or
 * been destroyed because the client went away). So a streamed report reads every row from one snapshot.
 * On PGlite (one connection) other requests wait while such a stream is open.
 */
export function streamInTransaction<T extends { stream: Readable }>(orm: Orm, work: (em: Em) => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    orm.em
      .fork()
      .transactional(
        async (em) => {
          const result = await work(em);
          resolve(result);
          await finished(result.stream).catch(() => undefined);
        },
        { isolationLevel: 'repeatable read', readOnly: true },
      )
      .catch(reject); // a no-op once resolved
  });
}

/** A calendar date and an id made safe for a file name. */
export function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-');
}
