import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { PassThrough } from 'node:stream';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A request body that stalls is not held for Node's default five minutes: after REQUEST_TIMEOUT_SECONDS
 * (here 2 s; Node checks every 30 s) it is answered 408 and its connection closed.
 */
describe('a stalled request body (pglite)', () => {
  let t: TestApp;
  let port: number;
  const logs = new PassThrough();
  let output = '';
  logs.on('data', (chunk: Buffer) => (output += chunk.toString()));
  beforeAll(async () => {
    t = await startTestApp('pglite', { requestTimeoutSeconds: 2, logLevel: 'info', logFormat: 'json' }, { logs });
    await t.app.listen(0, '127.0.0.1');
    port = ((t.app.getHttpServer() as Server).address() as AddressInfo).port;
  }, 180_000);
  afterAll(() => t?.close());

  it('a POST with Content-Length 100 that sends 2 bytes is answered 408 and closed within the timeout and one check', async () => {
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(`POST /api/tokens HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${t.tokens.secretary}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"`);
      });
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('close', () => resolve(received));
      socket.on('error', () => undefined);
    });
    const seconds = (Date.now() - started) / 1000;
    expect(seconds).toBeGreaterThanOrEqual(2);
    expect(seconds).toBeLessThan(2 + 30 + 5);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    // Its line says the server timed it out (408), not that the client went away or that it was answered.
    const line = output
      .split('\n')
      .filter(Boolean)
      .map((text) => JSON.parse(text) as { level: number; msg: string; route?: string; res?: { statusCode: number }; timedOut?: boolean; aborted?: boolean })
      .find((entry) => entry.route === '/api/tokens');
    expect(line).toMatchObject({ level: 40, res: { statusCode: 408 }, timedOut: true });
    expect(line?.aborted).toBeUndefined();
    expect(line?.msg).toMatch(/^POST \/api\/tokens 408 \d+ ms \(the request was still arriving after REQUEST_TIMEOUT_SECONDS\)$/);
  }, 60_000);
});
