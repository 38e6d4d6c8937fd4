import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirectoryInUseError, DataDirectoryRefusedError, LOCK_FILE, lockDataDirectory, secureDataDirectory, TOKEN_FILE, type LockTimings } from './data-directory';

/** Short timings so that a stale lock is seconds, not half a minute, away. */
const FAST: LockTimings = { updateMs: 500, staleMs: 2_000 };
const mode = (path: string) => statSync(path).mode & 0o777;
const neverCompromised = (error: Error) => {
  throw error;
};

describe('the data directory', () => {
  let dataDir: string;
  beforeEach(() => (dataDir = join(mkdtempSync(join(tmpdir(), 'cic-data-dir-')), 'data')));
  afterEach(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

  describe('is made private to the service\'s user, whatever it was before', () => {
    it('a new one is made 0700', () => {
      secureDataDirectory(dataDir, { create: true });
      expect(mode(dataDir)).toBe(0o700);
    });

    it('an existing folder, its PGlite folder and token file are set to 0700, 0700 and 0600', () => {
      mkdirSync(join(dataDir, 'pglite'), { recursive: true, mode: 0o777 });
      writeFileSync(join(dataDir, TOKEN_FILE), 'cic_x\n', { mode: 0o666 });
      secureDataDirectory(dataDir, { create: true });
      expect([mode(dataDir), mode(join(dataDir, 'pglite')), mode(join(dataDir, TOKEN_FILE))]).toEqual([0o700, 0o700, 0o600]);
    });

    it('with PostgreSQL a missing one is not made (it only ever holds a generated token)', () => {
      secureDataDirectory(dataDir, { create: false });
      expect(existsSync(dataDir)).toBe(false);
    });
  });

  describe('is locked by one process at a time', () => {
    beforeEach(() => secureDataDirectory(dataDir, { create: true }));

    it('a second lock while the first is held is refused at once, naming the directory', async () => {
      const release = await lockDataDirectory(dataDir, neverCompromised, undefined, FAST);
      const started = Date.now();
      await expect(lockDataDirectory(dataDir, neverCompromised, undefined, FAST)).rejects.toThrow(DataDirectoryInUseError);
      await expect(lockDataDirectory(dataDir, neverCompromised, undefined, FAST)).rejects.toThrow(`DATA_DIR ${dataDir} is in use by another process`);
      expect(Date.now() - started).toBeLessThan(FAST.updateMs);
      await release();
      expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
      await (await lockDataDirectory(dataDir, neverCompromised, undefined, FAST))();
    });

    it('a lock left by a killed process (no longer refreshed) is waited for until stale, then taken over', async () => {
      mkdirSync(join(dataDir, LOCK_FILE));
      const lastRefresh = new Date(Date.now() - 3 * FAST.updateMs);
      utimesSync(join(dataDir, LOCK_FILE), lastRefresh, lastRefresh);
      const waiting: string[] = [];
      const started = Date.now();
      const release = await lockDataDirectory(dataDir, neverCompromised, (message) => waiting.push(message), FAST);
      expect(waiting).toEqual([expect.stringContaining('its holder seems to have stopped')]);
      expect(Date.now() - lastRefresh.getTime()).toBeGreaterThanOrEqual(FAST.staleMs);
      expect(Date.now() - started).toBeLessThan(FAST.staleMs + 1_000);
      await release();
    });

    it('a lock far past its stale time is taken over at once', async () => {
      mkdirSync(join(dataDir, LOCK_FILE));
      const longAgo = new Date(Date.now() - 60_000);
      utimesSync(join(dataDir, LOCK_FILE), longAgo, longAgo);
      const waiting: string[] = [];
      const release = await lockDataDirectory(dataDir, neverCompromised, (message) => waiting.push(message), FAST);
      expect(waiting).toEqual([]);
      await release();
    });
  });
});

describe('a DATA_DIR that cannot be made is refused at once, naming DATA_DIR', () => {
  let scratch: string;
  beforeEach(() => (scratch = mkdtempSync(join(tmpdir(), 'cic-data-dir-refused-'))));
  afterEach(() => {
    chmodSync(scratch, 0o700);
    rmSync(scratch, { recursive: true, force: true });
  });
  const refusal = (dataDir: string) => {
    const started = Date.now();
    let thrown: unknown;
    try {
      secureDataDirectory(dataDir, { create: true });
    } catch (error) {
      thrown = error;
    }
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(thrown).toBeInstanceOf(DataDirectoryRefusedError);
    return (thrown as Error).message;
  };

  it('under /proc or /sys (making a folder under /proc/self loops for good)', () => {
    expect(refusal('/proc/self/nope')).toBe("DATA_DIR /proc/self/nope cannot be used: it is under /proc, which holds no files of the service. Set DATA_DIR to a directory the service's user can write.");
    expect(refusal('/sys/nope/data')).toContain('under /sys');
  });

  it('under a file, or itself a file', () => {
    writeFileSync(join(scratch, 'a-file'), 'x');
    expect(refusal(join(scratch, 'a-file', 'data'))).toContain(`${join(scratch, 'a-file')} is not a directory`);
    expect(refusal(join(scratch, 'a-file'))).toContain('is not a directory');
  });

  (process.getuid?.() === 0 ? it.skip : it)('in a directory the user cannot write (root writes anywhere: skipped as root)', () => {
    chmodSync(scratch, 0o500);
    expect(refusal(join(scratch, 'data', 'deeper'))).toContain(`${scratch} is not writable by this user`);
  });

  it('a writable parent: made', () => {
    secureDataDirectory(join(scratch, 'one', 'two'), { create: true });
    expect(statSync(join(scratch, 'one', 'two')).isDirectory()).toBe(true);
  });
});
