import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { bootApp, testSettings } from './support/boot';
import { databaseKinds, postgresAvailable } from './support/databases';
import { ledgerHead } from './support/ledger';
import { expectRefusal, refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/** The records a route's list answers with (a bare list, or the register of asset transfers' `transfers`). */
const bare = (body: unknown) => body as Record<string, unknown>[];

/** The writes that a second sending could record twice, each with a body and another body, and how many ledger entries one makes. */
const ROUTES = [
  {
    path: 'resolutions',
    entries: 2,
    listOf: bare,
    idOf: (body: Record<string, unknown>) => body.resolutionId as string,
    body: { kind: 'board', procedure: 'meeting', meetingOn: '2026-11-02', text: 'THAT the minutes of the last meeting be approved.' },
    other: { kind: 'board', procedure: 'meeting', meetingOn: '2026-11-02', text: 'THAT the bank mandate be renewed.' },
  },
  {
    path: 'meetings',
    entries: 2,
    listOf: bare,
    idOf: (body: Record<string, unknown>) => body.meetingId as string,
    body: { kind: 'board', heldOn: '2026-11-03', items: [{ text: 'THAT the management accounts be received.' }] },
    other: { kind: 'board', heldOn: '2026-11-04', items: [{ text: 'THAT the management accounts be received.' }] },
  },
  {
    path: 'inspection-requests',
    entries: 1,
    listOf: bare,
    idOf: (body: Record<string, unknown>) => body.requestId as string,
    body: { receivedOn: '2026-11-02', kind: 'inspect', requesterName: 'A. Researcher (synthetic)', purpose: 'a study of GP federations', onwardRecipients: [] },
    other: { receivedOn: '2026-11-02', kind: 'copy', requesterName: 'A. Researcher (synthetic)', purpose: 'a study of GP federations', onwardRecipients: [] },
  },
  {
    // CI-5: a transfer recorded twice would count twice in the year's total the CIC34 report states.
    path: 'asset-transfers',
    entries: 1,
    listOf: (body: unknown) => (body as { transfers: Record<string, unknown>[] }).transfers,
    idOf: (body: Record<string, unknown>) => body.transferId as string,
    body: { transferredOn: '2026-11-02', description: 'A minibus, sold at market value (synthetic)', recipientName: 'Example Surgery', recipientKind: 'not-asset-locked', marketValuePence: 800_000, considerationPence: 800_000 },
    other: { transferredOn: '2026-11-02', description: 'A minibus, sold at market value (synthetic)', recipientName: 'Example Surgery', recipientKind: 'not-asset-locked', marketValuePence: 800_000, considerationPence: 750_000, communityBenefit: 'A community transport scheme' },
  },
] as const;

type Route = (typeof ROUTES)[number];

/** How many records of the route hold `id` (read as the auditor reads them). */
async function recordsWith(http: TestAgent, auth: { Authorization: string }, route: Route, id: string): Promise<number> {
  const listed = route.listOf((await http.get(`${C}/${route.path}?asAt=2026-11-30`).set(auth).expect(200)).body);
  return listed.filter((r) => route.idOf(r) === id).length;
}

/**
 * An `Idempotency-Key` (IETF draft) on the writes a second sending could record twice: a resolution
 * proposed, a meeting called, an inspection request received, a transfer of assets recorded. The key is kept in the database, in the
 * transaction of the record, under the company's lock.
 */
describe.each(databaseKinds())('a request sent twice with one Idempotency-Key records once (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t?.close());

  const send = (route: Route, key: string | null, body: object = route.body) => {
    const req = t.http.post(`${C}/${route.path}`).set(t.auth('secretary'));
    return (key === null ? req : req.set('Idempotency-Key', key)).send(body);
  };
  const refused = refusedUnchanged(() => ledgerHead(t));

  it.each(ROUTES)('POST …/$path twice with the same key and body: one record, the second answered as the first', async (route) => {
    const key = randomUUID();
    const first = await send(route, key).expect(201);
    const head = await ledgerHead(t);
    const second = await send(route, key).expect(201);
    expect(second.body).toEqual(first.body);
    expect(await ledgerHead(t)).toEqual(head);
    expect(await recordsWith(t.http, t.auth('auditor'), route, route.idOf(first.body))).toBe(1);
  });

  it.each(ROUTES)('POST …/$path: the key as a structured-field string ("…") is the same key', async (route) => {
    const key = randomUUID();
    const first = await send(route, key).expect(201);
    const second = await send(route, `"${key}"`).expect(201);
    expect(route.idOf(second.body)).toBe(route.idOf(first.body));
  });

  it.each(ROUTES)('POST …/$path: the same key with another body is refused with 422 IDEMPOTENCY_KEY_REUSED, nothing written', async (route) => {
    const key = randomUUID();
    const first = await send(route, key).expect(201);
    await refused(() => send(route, key, route.other), 422, 'IDEMPOTENCY_KEY_REUSED');
    expect(await recordsWith(t.http, t.auth('auditor'), route, route.idOf(first.body))).toBe(1);
  });

  it.each(ROUTES)('POST …/$path: another key, or none, records again as before', async (route) => {
    const a = await send(route, randomUUID()).expect(201);
    const b = await send(route, randomUUID()).expect(201);
    const c = await send(route, null).expect(201);
    const d = await send(route, null).expect(201);
    expect(new Set([a, b, c, d].map((r) => route.idOf(r.body))).size).toBe(4);
  });

  it.each(ROUTES)('POST …/$path: a key that is empty, too long or not printable ASCII is a 400 naming the header, nothing written', async (route) => {
    for (const bad of ['', 'x'.repeat(256), 'tab\there', 'clé']) {
      await refused(() => send(route, bad), 400, 'VALIDATION_FAILED', 'Idempotency-Key');
    }
    await send(route, 'x'.repeat(255)).expect(201);
  });

  it.each(ROUTES)('POST …/$path: the header sent twice (two lines, even of one key) is a 400 naming the header, nothing written', async (route) => {
    for (const keys of [[randomUUID(), randomUUID()], ['k', 'k']]) {
      await refused(() => t.http.post(`${C}/${route.path}`).set(t.auth('secretary')).set('Idempotency-Key', keys as unknown as string).send(route.body), 400, 'VALIDATION_FAILED', 'Idempotency-Key');
    }
  });

  it('a key is the caller’s own: the same key from another token does not answer with the first token’s record', async () => {
    const key = randomUUID();
    const route = ROUTES[0];
    const first = await send(route, key).expect(201);
    const otherToken = (await t.http.post('/api/tokens').set(t.auth('secretary')).send({ name: 'second secretary', role: 'secretary' }).expect(201)).body.token as string;
    const second = await t.http.post(`${C}/${route.path}`).set({ Authorization: `Bearer ${otherToken}` }).set('Idempotency-Key', key).send(route.body).expect(201);
    expect(route.idOf(second.body)).not.toBe(route.idOf(first.body));
  });
});

/** One record after the service restarts between the two sendings: the key is in the database, not in memory. */
describe.each(databaseKinds())('an Idempotency-Key holds across a restart (%s)', (kind) => {
  let t: TestApp;
  let second: INestApplication | undefined;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => {
    await second?.close();
    await t.database.drop();
  });

  it.each(ROUTES)('POST …/$path, a restart, then the same key: still one record', async (route) => {
    const key = randomUUID();
    const first = await (second ? request(second.getHttpServer()) : t.http).post(`${C}/${route.path}`).set(t.auth('secretary')).set('Idempotency-Key', key).send(route.body).expect(201);
    await (second ?? t.app).close();
    second = await bootApp({ ...testSettings(), databaseUrl: t.database.databaseUrl, dataDir: t.database.dataDir });
    const http = request(second.getHttpServer());
    const again = await http.post(`${C}/${route.path}`).set(t.auth('secretary')).set('Idempotency-Key', key).send(route.body).expect(201);
    expect(again.body).toEqual(first.body);
    expect(await recordsWith(http, t.auth('auditor'), route, route.idOf(first.body))).toBe(1);
  });
});

const describeOnPostgres = postgresAvailable() ? describe : describe.skip;

describeOnPostgres('concurrent requests with one Idempotency-Key (postgresql; skipped without TEST_DATABASE_URL, as PGlite is one connection and cannot race)', () => {
  let t: TestApp;
  let other: INestApplication;
  let hosts: TestAgent[];
  beforeAll(async () => {
    t = await startTestApp('postgresql');
    // Two stateless instances of the service on one database, each a real listening server.
    other = await bootApp({ ...testSettings(), databaseUrl: t.database.databaseUrl, dataDir: t.database.dataDir });
    hosts = [];
    for (const app of [t.app, other]) {
      await app.listen(0, '127.0.0.1');
      hosts.push(request(`http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`));
    }
  });
  afterAll(async () => {
    await other?.close();
    await t?.close();
  });

  it.each(ROUTES)('POST …/$path sent 6 times at once to two instances with one key: one record, every answer alike', async (route) => {
    const key = randomUUID();
    const head = await ledgerHead(t);
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => hosts[i % 2]!.post(`${C}/${route.path}`).set(t.auth('secretary')).set('Idempotency-Key', key).send(route.body)));
    for (const answer of answers) {
      expect(answer.status).toBe(201);
      expect(answer.body).toEqual(answers[0]!.body);
    }
    expect(await recordsWith(t.http, t.auth('auditor'), route, route.idOf(answers[0]!.body))).toBe(1);
    const after = await ledgerHead(t);
    expect(after.valid).toBe(true);
    // A board meeting and its one item (the resolution at a board meeting is its meeting's one item): two entries; a request or a transfer, one.
    expect(after.events - head.events).toBe(route.entries);
  });

  it('POST …/resolutions at once with one key and two bodies: one recorded, the other refused with 422', async () => {
    const key = randomUUID();
    const route = ROUTES[0];
    const answers = await Promise.all([route.body, route.other].map((body, i) => hosts[i]!.post(`${C}/${route.path}`).set(t.auth('secretary')).set('Idempotency-Key', key).send(body)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 422]);
    expectRefusal(answers.find((a) => a.status === 422)!, 422, 'IDEMPOTENCY_KEY_REUSED');
  });
});
