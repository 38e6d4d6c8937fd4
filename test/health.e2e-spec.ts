import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync } from 'node:fs';
import { dataDirectoryState } from '../apps/api/src/health/data-directory.health';
import { startTestApp, type TestApp } from './support/test-app';
import { databaseKinds } from './support/databases';

/**
 * Makes a directory unwritable for this process, for real: its mode for a user; for root, whom modes
 * do not stop, the immutable attribute (chattr +i), which stops root too. Returns the undo, or null
 * where neither can be done (root on a file system or in a container that refuses the attribute).
 */
function makeUnwritable(dir: string): (() => void) | null {
  if (process.getuid?.() !== 0) {
    chmodSync(dir, 0o500);
    return () => chmodSync(dir, 0o700);
  }
  if (spawnSync('chattr', ['+i', dir]).status !== 0) return null;
  return () => {
    spawnSync('chattr', ['-i', dir]);
  };
}

describe.each(databaseKinds())('health checks (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('GET /health/live answers 200 without a token', async () => {
    const res = await t.http.get('/health/live').expect(200);
    expect(res.body).toEqual({ status: 'ok', info: {}, error: {}, details: {} });
  });

  it.each(['/health/live', '/health/ready'])('%s is a probe, not a page: no session, no page script policy, no CSRF check', async (path) => {
    const res = await t.http.get(path).expect(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['content-security-policy']).not.toContain('nonce-');
    // A page's POST without a CSRF token is refused before its route; a probe's is refused as a method the probe is not served with.
    expect((await t.http.post(path).send('a=1').type('form').expect(405)).headers.allow).toBe('GET, HEAD');
  });

  it('GET /health/ready answers 200 when the database answers and every migration has run', async () => {
    const res = await t.http.get('/health/ready').expect(200);
    expect(res.body).toMatchObject({
      status: 'ok',
      details: { database: { status: 'up' }, migrations: { status: 'up' } },
      error: {},
    });
  });

  it('GET /health/ready answers 503 naming a migration that has not run; /health and /health/live stay 200', async () => {
    const [last] = await t.sql<{ id: number; name: string; executed_at: Date }>('select * from mikro_orm_migrations order by id desc limit 1');
    await t.sql('delete from mikro_orm_migrations where id = ?', [last.id]);
    try {
      const res = await t.http.get('/health/ready').expect(503);
      expect(res.body).toMatchObject({
        status: 'error',
        error: { migrations: { status: 'down', pending: [last.name] } },
        details: { database: { status: 'up' } },
      });
      await t.http.get('/health').expect(200);
      await t.http.get('/health/live').expect(200);
    } finally {
      await t.sql('insert into mikro_orm_migrations (id, name, executed_at) values (?, ?, ?)', [last.id, last.name, last.executed_at]);
    }
    await t.http.get('/health/ready').expect(200);
  });

  it('GET /health/ready checks the embedded database\'s data directory (dataDirectory: written to, space free) and leaves no file there; not on PostgreSQL', async () => {
    const res = await t.http.get('/health/ready').expect(200);
    if (kind === 'pglite') {
      expect(res.body.details.dataDirectory).toMatchObject({ status: 'up', freeMb: expect.any(Number) });
      expect(readdirSync(t.database.dataDir!).filter((name) => name.startsWith('.writable-'))).toEqual([]);
    } else {
      expect(res.body.details.dataDirectory).toBeUndefined();
    }
  });

  (kind === 'pglite' ? it : it.skip)('DATA_DIR made unwritable after start: /health/ready answers 503 naming dataDirectory; /health/live and /health stay 200; ready again once writable', async () => {
    const dataDir = t.database.dataDir!;
    const undo = makeUnwritable(dataDir);
    if (!undo) {
      // Root where the immutable attribute is refused: the check itself, on a directory root cannot write.
      await expect(dataDirectoryState('/proc/self', 0)).rejects.toThrow(/^DATA_DIR cannot be written \(E[A-Z]+\)$/);
      return;
    }
    try {
      const ready = await t.http.get('/health/ready').expect(503);
      expect(ready.body).toMatchObject({
        status: 'error',
        error: { dataDirectory: { status: 'down', message: expect.stringMatching(/^DATA_DIR cannot be written \((EACCES|EPERM)\)$/) } },
        details: { database: { status: 'up' }, migrations: { status: 'up' } },
      });
      // The body names the check and the error's code, never the directory.
      expect(JSON.stringify(ready.body)).not.toContain(dataDir);
      await t.http.get('/health/live').expect(200);
      await t.http.get('/health').expect(200);
    } finally {
      undo();
    }
    await t.http.get('/health/ready').expect(200);
  });

  (kind === 'pglite' ? it : it.skip)('a disk with less free space than DATA_DIR_MIN_FREE_MB: /health/ready answers 503 naming dataDirectory and the space; /health/live stays 200', async () => {
    const short = await startTestApp(kind, { dataDirMinFreeMb: 1_000_000_000 });
    try {
      const ready = await short.http.get('/health/ready').expect(503);
      expect(ready.body.error).toEqual({ dataDirectory: expect.objectContaining({ status: 'down', message: expect.stringMatching(/^DATA_DIR has \d+ MB free, less than the 1000000000 MB of DATA_DIR_MIN_FREE_MB$/) }) });
      await short.http.get('/health/live').expect(200);
    } finally {
      await short.close();
    }
  });

  describe('when the database fails', () => {
    afterEach(() => jest.restoreAllMocks());
    const databaseThat = (execute: () => Promise<unknown>) => jest.spyOn(t.orm.em, 'fork').mockReturnValue({ execute } as never);

    it('an error: live but not ready, and GET /health says unavailable (503)', async () => {
      databaseThat(() => Promise.reject(new Error('connection refused')));
      const ready = await t.http.get('/health/ready').expect(503);
      expect(ready.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
      const summary = await t.http.get('/health').expect(503);
      expect(summary.body).toEqual({ status: 'unavailable', database: kind });
      await t.http.get('/health/live').expect(200);
    });

    it('no answer within 3 s (PGlite queues a query behind a long transaction): not ready', async () => {
      databaseThat(() => new Promise(() => {}));
      const started = Date.now();
      const ready = await t.http.get('/health/ready').expect(503);
      expect(ready.body).toMatchObject({ error: { database: { status: 'down' } } });
      expect(Date.now() - started).toBeLessThan(10_000);
    });
  });
});
