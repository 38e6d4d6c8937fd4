import { admin } from './support/postgres-admin';
import { postgresAvailable } from './support/databases';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The database up but refusing connections: every request that needs it is answered 503
 * SERVICE_UNAVAILABLE with Retry-After, in the one error shape, never 500; once it accepts
 * connections again the same request succeeds. PostgreSQL only: PGlite runs in the process.
 */
(postgresAvailable() ? describe : describe.skip)('the database refusing connections (postgresql)', () => {
  let t: TestApp;
  let name: string;
  beforeAll(async () => {
    t = await startTestApp('postgresql');
    name = new URL(t.database.databaseUrl!).pathname.slice(1);
  }, 180_000);
  afterAll(async () => {
    await admin((client) => client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`)).catch(() => undefined);
    await t?.close();
  });

  const refuse = () =>
    admin(async (client) => {
      await client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
      await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
    });
  const allow = () => admin((client) => client.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`));

  it('GET /api/companies and a write answer 503 with Retry-After, then 200 once it accepts connections again', async () => {
    await t.http.get('/api/companies').set(t.auth('secretary')).expect(200);
    await refuse();
    try {
      for (let i = 0; i < 3; i++) {
        const res = await t.http.get('/api/companies').set(t.auth('secretary'));
        expect(res.status).toBe(503);
        expect(res.headers['retry-after']).toBe('30');
        expect(res.body).toEqual({ statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: expect.stringContaining('nothing was saved') });
      }
      const write = await t.http.post('/api/tokens').set(t.auth('secretary')).send({ name: 'a new token', role: 'auditor' });
      expect(write.status).toBe(503);
    } finally {
      await allow();
    }
    // A connection the pool held when the backends were ended may fail once more; then it recovers.
    let status = 0;
    for (let i = 0; i < 5 && status !== 200; i++) status = (await t.http.get('/api/companies').set(t.auth('secretary'))).status;
    expect(status).toBe(200);
  }, 60_000);
});
