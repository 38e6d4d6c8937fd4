import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const UNKNOWN_TOKEN = `cic_${'A'.repeat(43)}`;

/**
 * A request body is read only once the route's guard has let the caller through: without a valid
 * bearer token a request is a 401, with a token lacking the route's role a 403, whatever its body;
 * only then is malformed JSON a 400, a body too large a 413 and one of another type or charset a 415.
 */
describe.each(databaseKinds())('the body is read after the token and the role (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const state = () => t.sql(`select count(*)::int as entries, (select count(*)::int from api_token) as tokens from ledger_entry`);
  const bodies: [string, string, string, number, string][] = [
    ['malformed JSON', 'application/json', '{"name":', 400, 'BAD_REQUEST'],
    ['a JSON body over 100 kB', 'application/json', JSON.stringify({ name: 'x'.repeat(200_000), serviceAddress: 'x', appointedOn: '2020-01-01' }), 413, 'PAYLOAD_TOO_LARGE'],
    ['a body in text/plain', 'text/plain', 'hello', 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['JSON in utf-16le', 'application/json; charset=utf-16le', '{}', 415, 'UNSUPPORTED_MEDIA_TYPE'],
  ];

  it.each(bodies)('%s: no token or an unknown one 401, a board member\'s token on a secretary\'s route 403, the secretary\'s token its own 400, 413 or 415; nothing written', async (_name, type, body, status, code) => {
    const before = await state();
    const send = (authorization?: string) => {
      const req = t.http.post(`${C}/directors`).set('content-type', type);
      return (authorization ? req.set('Authorization', authorization) : req).send(body);
    };
    const answers = [await send(), await send(`Bearer ${UNKNOWN_TOKEN}`), await send(`Bearer ${t.tokens.board}`), await send(`Bearer ${t.tokens.secretary}`)];
    expect(answers.map((res) => [res.status, res.body.code])).toEqual([[401, 'UNAUTHENTICATED'], [401, 'UNAUTHENTICATED'], [403, 'FORBIDDEN'], [status, code]]);
    expect(Object.keys(answers[3].body).sort()).toEqual(['code', 'message', 'statusCode']);
    expect(await state()).toEqual(before);
  });

  it('a batch of share events is read up to 8 MB, any other JSON body up to 100 kB', async () => {
    const events = Array.from({ length: 3000 }, () => ({ type: 'allotment', effectiveOn: 'not a date', holder: { practiceId: 'practice-z00001' } }));
    expect(JSON.stringify({ events }).length).toBeGreaterThan(150_000);
    const batch = await t.http.post(`${C}/share-events/batch`).set(t.auth('secretary')).send({ events });
    expect([batch.status, batch.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const other = await t.http.post(`${C}/share-allotments`).set(t.auth('secretary')).send({ events });
    expect([other.status, other.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('a request without a token is answered 401 before its body has even arrived; the secretary\'s waits for it', async () => {
    const server = t.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // Headers announce a 1,000-byte body that is never sent: only a server that does not read it answers.
    const answer = (headers: Record<string, string>) =>
      new Promise<number | 'no answer'>((resolve) => {
        const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: `${C}/directors`, headers: { 'content-type': 'application/json', 'content-length': '1000', ...headers } });
        const timer = setTimeout(() => {
          req.destroy();
          resolve('no answer');
        }, 1500);
        req.on('response', (res) => {
          clearTimeout(timer);
          res.resume();
          req.destroy();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', () => undefined);
        req.flushHeaders();
      });
    expect(await answer({})).toBe(401);
    expect(await answer({ authorization: `Bearer ${t.tokens.board}` })).toBe(403);
    expect(await answer({ authorization: `Bearer ${t.tokens.secretary}` })).toBe('no answer');
  });
});
