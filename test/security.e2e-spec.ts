import { COMPANY, startTestApp, type TestApp } from './support/test-app';
import { databaseKinds } from './support/databases';

const C = `/api/companies/${COMPANY}`;

describe.each(databaseKinds())('HTTP hardening (%s)', (kind) => {
  describe('headers', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(kind);
    });
    afterAll(() => t.close());

    it.each(['/health', `${C}/register`, '/api/nowhere', '/nowhere', '/docs/openapi.json'])('%s has helmet\'s headers and no X-Powered-By', async (path) => {
      const res = await t.http.get(path).set(t.auth('board'));
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'content-security-policy': expect.stringContaining("default-src 'self'"),
        'strict-transport-security': expect.any(String),
        'referrer-policy': 'no-referrer',
      });
    });

    it('every /api response, refusals and errors included, is Cache-Control: no-store', async () => {
      const responses = [
        await t.http.get(`${C}/register`).set(t.auth('board')).expect(200),
        await t.http.get(`${C}/reports/register.csv`).set(t.auth('board')).expect(200),
        await t.http.get(`${C}/register`).expect(401),
        await t.http.post('/api/tokens').set(t.auth('board')).send({ name: 'x', role: 'board' }).expect(403),
        await t.http.get('/api/nowhere').set(t.auth('board')).expect(404),
        await t.http.post('/api/tokens').set(t.auth('secretary')).send({ name: '' }).expect(400),
      ];
      for (const res of responses) expect(res.headers['cache-control']).toBe('no-store');
    });
  });

  describe('limits (3 failed authentications a minute per address, 2 writes a minute per token)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp(kind, { throttleAuthFailures: 3, throttleWrites: 2 });
    });
    afterAll(() => t.close());

    it('a token making more than 2 writes in a minute gets 429 with Retry-After; reads and other tokens go on', async () => {
      const secretary = t.auth('secretary');
      await t.http.post('/api/tokens').set(secretary).send({ name: 'one', role: 'board' }).expect(201);
      const second = await t.http.post('/api/tokens').set(secretary).send({ name: 'deputy', role: 'secretary' }).expect(201);
      const third = await t.http.post('/api/tokens').set(secretary).send({ name: 'three', role: 'board' }).expect(429);
      expect(third.body).toEqual({ statusCode: 429, code: 'TOO_MANY_REQUESTS', message: expect.stringContaining('more than 2 writes in a minute') });
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(third.headers['retry-after'])).toBeLessThanOrEqual(60);
      await t.http.get(`${C}/register`).set(secretary).expect(200);
      await t.http.post('/api/tokens').set({ Authorization: `Bearer ${second.body.token}` }).send({ name: 'by deputy', role: 'board' }).expect(201);
      const [{ n }] = await t.sql<{ n: number }>("select count(*)::int as n from api_token where name = 'three'");
      expect(n).toBe(0);
    });

    it('after 3 failed authentications an address gets 429 with Retry-After, even with a good token, and /health still answers', async () => {
      for (const header of [{}, { Authorization: 'Bearer wrong-1' }, { Authorization: 'Bearer wrong-2' }]) {
        await t.http.get(`${C}/register`).set(header).expect(401);
      }
      const fourth = await t.http.get(`${C}/register`).set({ Authorization: 'Bearer wrong-3' }).expect(429);
      expect(fourth.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS', message: expect.stringContaining('failed authentications') });
      expect(Number(fourth.headers['retry-after'])).toBeGreaterThan(0);
      const good = await t.http.get(`${C}/register`).set(t.auth('board')).expect(429);
      expect(Number(good.headers['retry-after'])).toBeLessThanOrEqual(60);
      await t.http.get('/health').expect(200);
    });
  });
});
