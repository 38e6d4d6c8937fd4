/**
 * A client that starts a download and stops reading holds no database connection: the document is
 * built into a spool file from one snapshot and the transaction ends before the file is sent. With
 * a ledger export far larger than the socket buffers and clients that never read it, health and
 * other reads still answer promptly (PGlite, one connection), and the pool is not exhausted by more
 * stalled clients than it has connections (PostgreSQL).
 */
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { chain, type ChainedLedgerRecord } from '#domain';
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
/** Entries of ~1 kB each: an export of some 25 MB, more than the kernel buffers between server and client hold. */
const PADDING_ENTRIES = 20_000;

describe.each(databaseKinds())('downloads never pin the database (%s)', (kind) => {
  let t: TestApp;
  let port: number;
  const stalled: Socket[] = [];
  beforeAll(async () => {
    t = await startTestApp(kind);
    await padLedger(t, PADDING_ENTRIES);
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  }, 120_000);
  afterAll(async () => {
    await Promise.all(stalled.map((socket) => new Promise((resolve) => socket.once('close', resolve).destroy())));
    (t.app.getHttpServer() as { closeAllConnections(): void }).closeAllConnections();
    await t.close();
  });

  /** Sends a GET and never reads the response: the socket is paused as soon as it connects. */
  const stall = (path: string) =>
    new Promise<Socket>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${t.tokens.auditor}\r\n\r\n`);
        socket.pause();
        stalled.push(socket);
        resolve(socket);
      });
    });
  /** Asks `GET /health` every half second until it answers 200; fails after `ms` with the last status. */
  const healthyWithin = async (ms: number): Promise<void> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const status = (await within(ms, t.http.get('/health'))).status;
      if (status === 200) return;
      if (Date.now() > deadline) throw new Error(`health still answered ${status} after ${ms} ms`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  };
  const within = async <T>(ms: number, work: Promise<T>): Promise<T> =>
    Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))]);

  it('health and another read answer promptly while clients hold an export they do not read', async () => {
    const clients = kind === 'postgresql' ? 12 : 2;
    for (let i = 0; i < clients; i += 1) await stall(`${C}/ledger/export`);
    await stall(`${C}/reports/register.csv?asAt=2020-01-01`);
    // Let the server build the exports and send until the buffers are full. Building them holds the
    // database (one snapshot each), for longer on a loaded machine: wait until that is over (a server
    // that kept the connection while sending would never answer here), then ask for prompt answers.
    // While they are built, health may answer 503 (its `select 1` waits at most 3 s behind them on
    // PGlite's one connection): ask until it answers 200, for up to a minute.
    await new Promise((resolve) => setTimeout(resolve, 8000));
    await healthyWithin(60_000);
    // A server that held a connection per stalled client would never answer these (the pool waits
    // for a free connection without limit, and PGlite has one): 15 s tells that apart from a slow
    // answer on a loaded machine, where the spooled files are still being written.
    for (let round = 0; round < 3; round += 1) {
      await within(15_000, t.http.get('/health').expect(200));
      await within(15_000, t.http.get(`${C}/register?status=current&limit=5`).set(t.auth('board')).expect(200));
      await within(15_000, t.http.get(`${C}/ledger?limit=5`).set(t.auth('board')).expect(200));
    }
    // The stalled exports really are unfinished: most of the body was never read.
    const [{ size }] = await t.sql<{ size: number }>(`select sum(length(payload::text))::int as size from ledger_entry`);
    expect(size).toBeGreaterThan(15_000_000);
  }, 120_000);
});

/** Appends entries of a kind no register reads, chained on the head, straight into the table. */
async function padLedger(t: TestApp, count: number): Promise<void> {
  const [head] = await t.sql<ChainedLedgerRecord>(
    `select sequence, hash, to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "recordedAt" from ledger_entry where company_id = ? order by sequence desc limit 1`,
    [COMPANY],
  );
  let previous: { sequence: number; hash: string } = head;
  const filler = 'x'.repeat(900);
  for (let start = 0; start < count; start += 1000) {
    const rows: ChainedLedgerRecord[] = [];
    for (let i = start; i < Math.min(count, start + 1000); i += 1) {
      const entry = chain({ companyId: COMPANY, sequence: previous.sequence + 1, kind: 'test.padding', effectiveOn: '2020-01-01', recordedAt: head.recordedAt, recordedBy: 'test', payload: { i, filler } }, previous);
      rows.push(entry);
      previous = entry;
    }
    await t.sql(
      `insert into ledger_entry (company_id, sequence, kind, effective_on, recorded_at, recorded_by, payload, previous_hash, hash) values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)').join(', ')}`,
      rows.flatMap((e) => [e.companyId, e.sequence, e.kind, e.effectiveOn, e.recordedAt, e.recordedBy, JSON.stringify(e.payload), e.previousHash, e.hash]),
    );
  }
}
