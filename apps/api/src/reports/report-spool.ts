import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ChainHead } from '#domain';
import { Inject, Injectable } from '@nestjs/common';
import { SETTINGS, type Settings } from '../config/settings';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { CheckpointSigner } from '../ledger/checkpoint-signer';
import { Ledger } from '../ledger/ledger';
import type { ReportFile } from './report-file';

/** The folder of built reports under the data directory. */
export const REPORT_CACHE_DIR = 'report-cache';
/** Built reports kept; the least recently built go first. */
const MAX_CACHED = 500;
/** Bump when any report's layout or content changes, so that files built by older code are not served. */
const FORMAT = 6;

/** What a download is: the report, its parameters, and how its bytes are sent. */
export interface SpoolRequest {
  readonly companyId: string;
  readonly report: string;
  readonly params: Readonly<Record<string, string | number | boolean | null>>;
  readonly contentType: string;
  /**
   * Built from the database on every request, never served from an earlier finished build (a request
   * arriving while one is waiting for the database or being built shares it): for what an auditor takes away to check (the ledger
   * export), which must be what is stored now even when someone altered an entry behind the service's
   * back without moving the head.
   */
  readonly fresh?: boolean;
}

/** A document being built: its file name and its bytes as they are produced. */
export interface SpoolBuild {
  readonly filename: string;
  /**
   * The bytes, read within the snapshot's transaction; or a function giving them, called once that
   * transaction has ended with an entity manager outside any transaction (each query its own), for rows
   * that cannot change after the snapshot: ledger entries up to the head the build read. The database
   * is then free between queries while a long document is written (PGlite has one connection).
   */
  readonly body: Readable | ((em: Em) => Readable);
}

/** A built document: its spool key and description. */
interface Found {
  readonly key: string;
  readonly meta: CachedMeta;
}

interface CachedMeta {
  readonly filename: string;
  readonly contentType: string;
  readonly sha256: string;
  readonly length: number;
}

/**
 * Downloads never hold a database connection while a client reads. A document is built from one
 * repeatable-read snapshot straight into a spool file under the data directory, the transaction
 * ends, and the file is streamed. Every report is reproducible (the same records, report and
 * parameters give the same bytes), so the file is kept, content-addressed by the report, its
 * parameters and the ledger head it was built at, and a repeat is served from disk without building;
 * except a `fresh` request (the ledger export), which is built again every time.
 */
@Injectable()
export class ReportSpool {
  private readonly dir: string;
  /** Documents being built now, by key, so that concurrent requests for one build it once. */
  private readonly building = new Map<string, Promise<CachedMeta>>();
  /** Fresh documents requested and not yet built, by the request alone (the head is read in the build's transaction). */
  private readonly freshBuilds = new Map<string, Promise<Found>>();

  constructor(
    @Inject(ORM) private readonly orm: Orm,
    @Inject(SETTINGS) settings: Settings,
    private readonly ledger: Ledger,
    private readonly signer: CheckpointSigner,
  ) {
    this.dir = join(settings.dataDir, REPORT_CACHE_DIR);
  }

  async file(request: SpoolRequest, build: (em: Em) => Promise<SpoolBuild>): Promise<ReportFile> {
    const { key, meta } = request.fresh ? await this.sharedFresh(request, build) : await this.found(request, build);
    return { filename: meta.filename, contentType: meta.contentType, sha256: meta.sha256, length: meta.length, body: createReadStream(this.path(key, 'body')) };
  }

  /**
   * A fresh document: a request that arrives while one for the same document is waiting for the
   * database or being built shares that build. The share is taken before the transaction, because on
   * PGlite's one connection a second request's transaction only begins once the first build is over.
   */
  private sharedFresh(request: SpoolRequest, build: (em: Em) => Promise<SpoolBuild>): Promise<Found> {
    const id = cacheKey(request, null, this.signer.keyId);
    const pending = this.freshBuilds.get(id);
    if (pending !== undefined) return pending;
    const started = this.found(request, build).finally(() => this.freshBuilds.delete(id));
    this.freshBuilds.set(id, started);
    return started;
  }

  /** The document at the ledger head: from disk if built before (not for a fresh one), else built once for every concurrent request. */
  private async found(request: SpoolRequest, build: (em: Em) => Promise<SpoolBuild>): Promise<Found> {
    const snapshot = deferred();
    try {
      const found = await this.orm.em.fork().transactional(
        async (em): Promise<Found | { key: string; building: Promise<CachedMeta> }> => {
          const head = await this.ledger.head(em, request.companyId);
          const key = cacheKey(request, head, this.signer.keyId);
          const meta = request.fresh ? null : this.cached(key);
          if (meta !== null) return { key, meta };
          // Another request is building this very document: wait for it outside any transaction, so a
          // burst of requests builds it once.
          const building = this.building.get(key);
          if (building !== undefined) return { key, building };
          const built = build(em);
          const spooled = built.then(async ({ filename, body }) => {
            if (typeof body !== 'function') return this.spool(key, request.contentType, { filename, body });
            await snapshot.ended;
            return this.spool(key, request.contentType, { filename, body: body(this.orm.em.fork()) });
          });
          this.building.set(key, spooled);
          // Whoever waits for it sees a failure; this only keeps it from counting as unhandled meanwhile.
          spooled.finally(() => this.building.delete(key)).catch(() => undefined);
          if (typeof (await built).body === 'function') return { key, building: spooled };
          return { key, meta: await spooled };
        },
        { isolationLevel: 'repeatable read', readOnly: true },
      );
      snapshot.end();
      return 'meta' in found ? found : { key: found.key, meta: await found.building };
    } catch (error) {
      snapshot.fail(error);
      throw error;
    }
  }

  /**
   * A small JSON record kept beside the built reports (and pruned with them), named by `parts`: the one
   * kept when `usable` accepts it, else the one `make` gives, kept for the next call. For what a report
   * carries that must not change between builds of the same records (the ledger export's checkpoint).
   */
  keptRecord<T>(parts: readonly unknown[], usable: (kept: T) => boolean, make: () => T): T {
    const key = `record-${createHash('sha256').update(JSON.stringify(parts)).digest('hex')}`;
    try {
      const kept = JSON.parse(readFileSync(this.path(key, 'json'), 'utf8')) as T;
      if (usable(kept)) return kept;
    } catch {
      // None kept yet, or unreadable: made again.
    }
    const made = make();
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    this.writeJson(key, made);
    return made;
  }

  /** Writes `value` as the key's description, whole or not at all (a temporary file moved into place). */
  private writeJson(key: string, value: unknown): void {
    const tmp = this.path(`${key}.${randomBytes(6).toString('hex')}`, 'tmp');
    writeFileSync(tmp, JSON.stringify(value), { mode: 0o600 });
    renameSync(tmp, this.path(key, 'json'));
  }

  private cached(key: string): CachedMeta | null {
    try {
      return JSON.parse(readFileSync(this.path(key, 'json'), 'utf8')) as CachedMeta;
    } catch {
      return null;
    }
  }

  /** Writes the document to a temporary file while hashing it, then moves it and its description into place. */
  private async spool(key: string, contentType: string, built: { filename: string; body: Readable }): Promise<CachedMeta> {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const tmp = this.path(`${key}.${randomBytes(6).toString('hex')}`, 'tmp');
    const hash = createHash('sha256');
    let length = 0;
    const measure = new Transform({
      transform(chunk: Buffer | string, _encoding, done) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        hash.update(bytes);
        length += bytes.length;
        done(null, bytes);
      },
    });
    try {
      await pipeline(built.body, measure, createWriteStream(tmp, { mode: 0o600 }));
      renameSync(tmp, this.path(key, 'body'));
    } catch (error) {
      rmSync(tmp, { force: true });
      throw error;
    }
    const meta: CachedMeta = { filename: built.filename, contentType, sha256: hash.digest('hex'), length };
    this.writeJson(key, meta);
    this.prune();
    return meta;
  }

  /** Keeps the newest MAX_CACHED reports. A file being sent stays readable after it is removed. */
  private prune(): void {
    const described = readdirSync(this.dir).filter((f) => f.endsWith('.json'));
    if (described.length <= MAX_CACHED) return;
    const byAge = described.map((f) => ({ f, at: statSync(join(this.dir, f)).mtimeMs })).sort((a, b) => a.at - b.at);
    for (const { f } of byAge.slice(0, described.length - MAX_CACHED)) {
      const key = f.slice(0, -'.json'.length);
      rmSync(this.path(key, 'json'), { force: true });
      rmSync(this.path(key, 'body'), { force: true });
    }
  }

  private path(key: string, extension: 'body' | 'json' | 'tmp'): string {
    return join(this.dir, `${key}.${extension}`);
  }
}

/** A promise that the snapshot's transaction has ended (or failed), and the means to settle it. */
function deferred(): { ended: Promise<void>; end(): void; fail(error: unknown): void } {
  let end!: () => void;
  let fail!: (error: unknown) => void;
  const ended = new Promise<void>((resolve, reject) => {
    end = resolve;
    fail = reject;
  });
  ended.catch(() => undefined);
  return { ended, end, fail };
}

/** SHA-256 of what the document is built from: report, parameters, company and ledger head. */
/** Reports print the signing key's fingerprint, so a new key builds them again. */
function cacheKey(request: SpoolRequest, head: ChainHead | null, keyId: string): string {
  const params = Object.keys(request.params)
    .sort()
    .map((k) => [k, request.params[k]]);
  const basis = JSON.stringify([FORMAT, request.companyId, request.report, params, head?.sequence ?? 0, head?.hash ?? null, keyId]);
  return createHash('sha256').update(basis).digest('hex');
}

/** Removes every built report (after the projection is rebuilt, the register's may have come from bad rows). */
export function clearReportCache(dataDir: string): void {
  rmSync(join(dataDir, REPORT_CACHE_DIR), { recursive: true, force: true });
}

/** A document already in memory, as a stream to spool. */
export function bytes(body: Buffer | string): Readable {
  return Readable.from([typeof body === 'string' ? Buffer.from(body, 'utf8') : body]);
}
