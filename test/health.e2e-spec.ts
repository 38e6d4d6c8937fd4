import { startTestApp, type TestApp } from './support/test-app';
import { databaseKinds } from './support/databases';

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
