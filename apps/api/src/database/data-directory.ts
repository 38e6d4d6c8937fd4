import { accessSync, chmodSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { lock } from 'proper-lockfile';

/** The file, in DATA_DIR, of the secretary token generated on first start. */
export const TOKEN_FILE = 'secretary-token';

/** The lock that keeps a second process off a PGlite directory (a folder, made and refreshed by proper-lockfile). */
export const LOCK_FILE = 'pglite.lock';

/**
 * Makes DATA_DIR readable by the service's user only, whatever it was before: the folder and the
 * PGlite folder 0700, the token file 0600. `create`: make DATA_DIR if it is missing (the embedded
 * database always needs it; with PostgreSQL it holds only a generated token, made when needed).
 */
export function secureDataDirectory(dataDir: string, { create }: { create: boolean }): void {
  if (create) {
    checkDataDirectory(dataDir);
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  }
  if (!existsSync(dataDir)) return;
  for (const dir of [dataDir, join(dataDir, 'pglite')]) if (existsSync(dir)) chmodSync(dir, 0o700);
  const tokenFile = join(dataDir, TOKEN_FILE);
  if (existsSync(tokenFile)) chmodSync(tokenFile, 0o600);
}

/** DATA_DIR cannot be made or written: the service refuses to start, saying why in one line. */
export class DataDirectoryRefusedError extends Error {
  constructor(dataDir: string, why: string) {
    super(`DATA_DIR ${dataDir} cannot be used: ${why}. Set DATA_DIR to a directory the service's user can write.`);
    this.name = 'DataDirectoryRefusedError';
  }
}

/** The kernel's own file systems: nothing can be made there, and making a folder under /proc loops for good. */
const KERNEL_FILE_SYSTEMS = ['/proc', '/sys'];

/**
 * Refuses DATA_DIR before anything is made in it: under /proc or /sys, or with its nearest existing
 * ancestor (itself, if it exists) not a directory or not writable by the service's user.
 */
export function checkDataDirectory(dataDir: string): void {
  const path = resolve(dataDir);
  const kernel = KERNEL_FILE_SYSTEMS.find((root) => path === root || path.startsWith(root + sep));
  if (kernel) throw new DataDirectoryRefusedError(dataDir, `it is under ${kernel}, which holds no files of the service`);
  let ancestor = path;
  for (;;) {
    const found = statOrNull(ancestor, dataDir);
    if (found) {
      if (!found.isDirectory()) throw new DataDirectoryRefusedError(dataDir, `${ancestor} is not a directory`);
      try {
        accessSync(ancestor, constants.W_OK);
      } catch {
        throw new DataDirectoryRefusedError(dataDir, `${ancestor} is not writable by this user`);
      }
      return;
    }
    const parent = dirname(ancestor);
    if (parent === ancestor) throw new DataDirectoryRefusedError(dataDir, 'none of its folders exists');
    ancestor = parent;
  }
}

function statOrNull(path: string, dataDir: string): ReturnType<typeof statSync> | null {
  try {
    return statSync(path);
  } catch (error) {
    // ENOENT: not there; ENOTDIR: a file on the way, found by the next step up.
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new DataDirectoryRefusedError(dataDir, `${path} cannot be read (${code ?? 'unknown error'})`);
  }
}

export interface LockTimings {
  /** How often the holder refreshes the lock's time. */
  readonly updateMs: number;
  /** A lock not refreshed for this long is taken over (proper-lockfile's minimum is 2 s). */
  readonly staleMs: number;
}

/**
 * The holder refreshes its lock every 5 s. A lock refreshed in the last 10 s belongs to a running
 * process. One older than that was left by a process that stopped without releasing it (kill -9, a
 * power cut) or is frozen; it is waited for until 30 s after its last refresh, then taken over (the
 * frozen holder, if it wakes, finds its lock compromised and stops).
 */
export const LOCK_TIMINGS: LockTimings = { updateMs: 5_000, staleMs: 30_000 };

export class DataDirectoryInUseError extends Error {
  constructor(dataDir: string, refreshedMsAgo: number, timings: LockTimings) {
    const retryIn = Math.ceil((2 * timings.updateMs - refreshedMsAgo) / 1000);
    super(
      `DATA_DIR ${dataDir} is in use by another process of this service (its lock ${join(dataDir, LOCK_FILE)} was refreshed ` +
        `${Math.round(refreshedMsAgo / 1000)} s ago). PGlite allows one process per data directory: stop the other one, or ` +
        `give this one another DATA_DIR.${retryIn > 0 ? ` If that process was killed, start again in ${retryIn} s.` : ''}`,
    );
    this.name = 'DataDirectoryInUseError';
  }
}

/**
 * Takes the exclusive lock on a PGlite data directory, or throws DataDirectoryInUseError at once if
 * a running process holds it; a lock its holder stopped refreshing is waited for and taken over (see
 * LOCK_TIMINGS). Returns the release. `onCompromised` is called if the lock is lost while held.
 */
export async function lockDataDirectory(
  dataDir: string,
  onCompromised: (error: Error) => void,
  onWaiting: (message: string) => void = () => {},
  timings: LockTimings = LOCK_TIMINGS,
): Promise<() => Promise<void>> {
  const options = { stale: timings.staleMs, update: timings.updateMs, realpath: false, lockfilePath: join(dataDir, LOCK_FILE), onCompromised };
  try {
    return await lock(dataDir, options);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ELOCKED') throw error;
  }
  const age = refreshedMsAgo(dataDir);
  if (age < 2 * timings.updateMs) throw new DataDirectoryInUseError(dataDir, age, timings);
  onWaiting(
    `the lock on ${dataDir} was last refreshed ${Math.round(age / 1000)} s ago: its holder seems to have stopped; ` +
      `waiting up to ${Math.ceil((timings.staleMs - age) / 1000)} s to take it over`,
  );
  const step = Math.max(100, Math.round(timings.updateMs / 5));
  try {
    const retries = Math.ceil((timings.staleMs - age) / step) + 5;
    return await lock(dataDir, { ...options, retries: { retries, minTimeout: step, maxTimeout: step, factor: 1 } });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ELOCKED') throw error;
    throw new DataDirectoryInUseError(dataDir, refreshedMsAgo(dataDir), timings);
  }
}

function refreshedMsAgo(dataDir: string): number {
  try {
    return Date.now() - statSync(join(dataDir, LOCK_FILE)).mtimeMs;
  } catch {
    return 0;
  }
}
