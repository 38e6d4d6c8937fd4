import { randomBytes } from 'node:crypto';
import { statfs, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { SETTINGS, type Settings } from '../config/settings';

/** How long the check may take: a disk that hangs is as unready as one that refuses. */
const TIMEOUT_MS = 3000;
/** A megabyte as `df -m` counts it. */
const MB = 1024 * 1024;

/**
 * Readiness of the embedded database's data directory (`DATA_DIR`): a small file can be written in
 * it and removed, and its disk has at least `DATA_DIR_MIN_FREE_MB` free. A full or read-only disk
 * otherwise goes unnoticed until a write fails. The check is named `dataDirectory`; its message
 * gives the error's code (EACCES, ENOSPC, EROFS …) or the space free, never the path.
 */
@Injectable()
export class DataDirectoryHealth {
  constructor(
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly indicators: HealthIndicatorService,
  ) {}

  /** Whether the check applies: only the embedded database keeps its files in `DATA_DIR`. */
  get applies(): boolean {
    return !this.settings.databaseUrl;
  }

  writable() {
    return this.indicators
      .check('dataDirectory')
      .attempt(() => dataDirectoryState(this.settings.dataDir, this.settings.dataDirMinFreeMb))
      .withTimeout(TIMEOUT_MS);
  }
}

/**
 * `{freeMb}` when `dir` can be written and has at least `minFreeMb` megabytes (of 1,048,576 bytes)
 * free for this user; throws an error saying which is not so otherwise.
 */
export async function dataDirectoryState(dir: string, minFreeMb: number): Promise<{ freeMb: number }> {
  const probe = join(dir, `.writable-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    // `wx`: a new file only, never one already there.
    await writeFile(probe, 'ready\n', { flag: 'wx', mode: 0o600 });
  } catch (error) {
    throw new Error(`DATA_DIR cannot be written (${codeOf(error)})`);
  }
  await unlink(probe).catch(() => undefined);
  const space = await statfs(dir).catch((error: unknown) => {
    throw new Error(`DATA_DIR's free space cannot be read (${codeOf(error)})`);
  });
  const freeMb = Math.floor((space.bavail * space.bsize) / MB);
  if (freeMb < minFreeMb) throw new Error(`DATA_DIR has ${freeMb} MB free, less than the ${minFreeMb} MB of DATA_DIR_MIN_FREE_MB`);
  return { freeMb };
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown error';
}
