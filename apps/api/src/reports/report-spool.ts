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
   * arriving while one is being built shares it): for what an auditor takes away to check (the ledger
   * export), which must be what is stored now even when someone altered an entry behind the service's
   * back without moving the head.
   */
  readonly fresh?: boolean;
}

/** A document being built: its file name and its bytes as they are produced. */
export interface SpoolBuild {
  readonly filename: string;
  readonly body: Readable;
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

  constructor(
    @Inject(ORM) private readonly orm: Orm,
    @Inject(SETTINGS) settings: Settings,
    private readonly ledger: Ledger,
    private readonly signer: CheckpointSigner,
  ) {
    this.dir = join(settings.dataDir, REPORT_CACHE_DIR);
  }

  async file(request: SpoolRequest, build: (em: Em) => Promise<SpoolBuild>): Promise<ReportFile> {
    type Found = { key: string; meta: CachedMeta } | { key: string; building: Promise<CachedMeta> };
    const found = await this.orm.em.fork().transactional(
      async (em): Promise<Found> => {
        const head = await this.ledger.head(em, request.companyId);
        const key = cacheKey(request, head, this.signer.keyId);
        const meta = request.fresh ? null : this.cached(key);
        if (meta !== null) return { key, meta };
        // Another request is building this very document (a fresh one too: its snapshot is as new as this
        // request): wait for it outside any transaction, so a burst of requests builds it once.
        const building = this.building.get(key);
        if (building !== undefined) return { key, building };
        const spooled = build(em).then((built) => this.spool(key, request.contentType, built));
        this.building.set(key, spooled);
        try {
          return { key, meta: await spooled };
        } finally {
          this.building.delete(key);
        }
      },
      { isolationLevel: 'repeatable read', readOnly: true },
    );
    const meta = 'meta' in found ? found.meta : await found.building;
    return { filename: meta.filename, contentType: meta.contentType, sha256: meta.sha256, length: meta.length, body: createReadStream(this.path(found.key, 'body')) };
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
  private async spool(key: string, contentType: string, built: SpoolBuild): Promise<CachedMeta> {
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
