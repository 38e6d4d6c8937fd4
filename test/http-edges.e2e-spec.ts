/**
 * Requests refused before any route handles them. A method a path is not served with is 405 with
 * `Allow` naming the methods it is (RFC 9110 §15.5.6): JSON in the one error shape on the API, the
 * error page on a page; a path no route has is still 404. A request whose headers are larger than
 * the server reads is 431 with the one error shape, and a request that is not HTTP 400; nothing is
 * written by any of them.
 */
import { connect, type AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/** A raw response read off the socket until the server closes it. */
interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

describe.each(databaseKinds())('requests refused before any route (%s)', (kind) => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await startTestApp(kind);
    await t.app.listen(0, '127.0.0.1');
    port = ((t.app.getHttpServer() as Server).address() as AddressInfo).port;
  }, 180_000);
  afterAll(async () => {
    if (!t) return;
    (t.app.getHttpServer() as Server).closeAllConnections();
    await t.close();
  });

  /** Sends `bytes` as they are and reads everything the server answers until it closes the connection. */
  const raw = (bytes: string) =>
    new Promise<RawResponse>((resolve, reject) => {
      const chunks: Buffer[] = [];
      const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' && chunks.length > 0 ? undefined : reject(error)));
      socket.on('close', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const [head = '', body = ''] = text.split('\r\n\r\n', 2) as [string?, string?];
        const [statusLine = '', ...lines] = head.split('\r\n');
        const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
        resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
      });
    });

  it('DELETE on the register, which is only read, is 405 allowing GET and HEAD, with the one error shape, and writes nothing', async () => {
    const before = await ledgerHead(t);
    for (const path of [`${C}/register`, '/api/companies/no-such-company/register']) {
      const res = await t.http.delete(path).set(t.auth('secretary'));
      expect([path, res.status, res.headers.allow]).toEqual([path, 405, 'GET, HEAD']);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.body).toEqual({
        statusCode: 405,
        code: 'METHOD_NOT_ALLOWED',
        message: 'this address does not take DELETE: it takes GET, HEAD',
        details: { method: 'DELETE', allow: ['GET', 'HEAD'] },
      });
    }
    // Refused before any route, as an unknown path is: without a token too.
    expect((await t.http.put(`${C}/register`)).status).toBe(405);
    expect(await ledgerHead(t)).toEqual(before);
  });

  it('a path served with GET and POST names both in Allow; a path served only with POST or DELETE answers GET and HEAD 405', async () => {
    const tokens = await t.http.patch('/api/tokens').set(t.auth('secretary')).send({ name: 'never made' });
    expect([tokens.status, tokens.headers.allow, tokens.body.code]).toEqual([405, 'GET, HEAD, POST', 'METHOD_NOT_ALLOWED']);
    expect((await t.http.get('/api/tokens').set(t.auth('secretary')).expect(200)).body.some((token: { name: string }) => token.name === 'never made')).toBe(false);
    const allotments = await t.http.get(`${C}/share-allotments`).set(t.auth('secretary'));
    expect([allotments.status, allotments.headers.allow, allotments.body.code]).toEqual([405, 'POST', 'METHOD_NOT_ALLOWED']);
    const head = await t.http.head(`${C}/share-allotments`).set(t.auth('secretary'));
    expect([head.status, head.headers.allow]).toEqual([405, 'POST']);
    const oneToken = await t.http.get('/api/tokens/any-token-id').set(t.auth('secretary'));
    expect([oneToken.status, oneToken.headers.allow]).toEqual([405, 'DELETE']);
  });

  it('a path no route has is still 404 ROUTE_NOT_FOUND, whatever the method, with no Allow header', async () => {
    for (const [method, path] of [['delete', '/api/nowhere'], ['get', `${C}/no-such-list`], ['post', `${C}/register/extra`]] as const) {
      const res = await t.http[method](path).set(t.auth('secretary'));
      expect([method, path, res.status, res.body.code, res.headers.allow]).toEqual([method, path, 404, 'ROUTE_NOT_FOUND', undefined]);
    }
  });

  it('a page asked with a method it is not served with is a 405 page in HTML, with Allow', async () => {
    const home = await t.http.put('/home').set('Accept', 'text/html');
    expect([home.status, home.headers.allow]).toEqual([405, 'GET, HEAD']);
    expect(home.headers['content-type']).toMatch(/^text\/html/);
    expect(home.text).toContain('This page cannot be used that way');
    expect(home.text).not.toContain('METHOD_NOT_ALLOWED');
    const resolutions = await t.http.delete('/resolutions').set('Accept', 'text/html');
    expect([resolutions.status, resolutions.headers.allow]).toEqual([405, 'GET, HEAD, POST']);
    // A GET reaches the router: a page path served only with POST answers it 405 too.
    const signOut = await t.http.get('/sign-out').set('Accept', 'text/html');
    expect([signOut.status, signOut.headers.allow, signOut.headers['content-type']]).toEqual([405, 'POST', expect.stringMatching(/^text\/html/)]);
    // A page path no route has is still the 404 page.
    const none = await t.http.put('/no-such-page').set('Accept', 'text/html');
    expect(none.status).not.toBe(405);
    expect((await t.http.get('/no-such-page').set('Accept', 'text/html')).status).toBe(404);
  });

  it('a 20,000-character address is 431 with the one error shape as JSON, naming the limit, and the connection closed', async () => {
    const res = await raw(`GET ${C}/register?status=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    expect(res.status).toBe(431);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers.connection).toBe('close');
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
    expect(JSON.parse(res.body)).toEqual({
      statusCode: 431,
      code: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
      message: "The request's headers, its address included, are larger than the service accepts (16384 bytes).",
    });
  });

  it('a huge cookie is 431 too, and the service goes on answering', async () => {
    const res = await raw(`GET /home HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: a=${'b'.repeat(30_000)}\r\n\r\n`);
    expect([res.status, JSON.parse(res.body).code]).toEqual([431, 'REQUEST_HEADER_FIELDS_TOO_LARGE']);
    await t.http.get('/health/live').expect(200);
  });

  it('a request that is not HTTP is 400 BAD_REQUEST with the one error shape', async () => {
    const res = await raw('NOT HTTP AT ALL\r\n\r\n');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ statusCode: 400, code: 'BAD_REQUEST', message: 'the request could not be read as HTTP' });
  });
});
