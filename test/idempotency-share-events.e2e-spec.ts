import { randomUUID } from 'node:crypto';
import { CompaniesService } from '../apps/api/src/companies/companies.service';
import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { NO_SHARE_AUTHORITY, openCompany } from './support/open-company';
import { refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

/**
 * An `Idempotency-Key` on every share-event route: a double submit of an allotment, a transfer
 * (registered, lodged, then registered or refused), a cancellation, a batch, a practice admitted or a
 * vote records once, and its second sending is answered as the first was, not refused as a clash
 * with itself (MEMBER_ALREADY_HOLDS_A_SHARE, TRANSFER_ALREADY_DECIDED, VOTE_ALREADY_RECORDED …).
 */
describe.each(databaseKinds())('share events sent twice with one Idempotency-Key record once (%s)', (kind) => {
  let t: TestApp;
  const company = `keyed-${kind}`;
  const C = `/api/companies/${company}`;
  let holders: string[] = [];

  beforeAll(async () => {
    t = await startTestApp(kind);
    await t.app.get(CompaniesService).create(openCompany(company, `Keyed writes CIC ${kind}`), []);
    await t.sql(`update company set governance = ? where id = ?`, [NO_SHARE_AUTHORITY, company]);
    const batch = await t.http.post(`${C}/share-events/batch`).set(t.auth('secretary')).send({
      events: Array.from({ length: 6 }, (_, i) => ({ type: 'allotment', effectiveOn: '2024-01-02', holder: { name: `Holder ${i + 1}`, address: `${i + 1} Key Street` } })),
    }).expect(201);
    holders = (batch.body.entries as { payload: { holder: { memberId: string } } }[]).map((e) => e.payload.holder.memberId);
  });
  afterAll(() => t?.close());

  const post = (path: string, key: string | null, body: object) => {
    const req = t.http.post(`${C}/${path}`).set(t.auth('secretary'));
    return (key === null ? req : req.set('Idempotency-Key', key)).send(body);
  };
  const refused = refusedUnchanged(() => ledgerHead(t, company));

  /** Each route with a body, another body for the same key, and the second sending's refusal without a key. */
  const ROUTES = () => [
    { path: 'share-allotments', body: { effectiveOn: '2024-02-01', holder: { name: 'New Holder', address: '9 Key Street' } }, other: { effectiveOn: '2024-02-02', holder: { name: 'Other Holder', address: '9 Key Street' } } },
    { path: 'share-transfers', body: { shareNumber: 1, fromMemberId: holders[0], to: { name: 'Transferee One', address: '1 New Road' }, lodgedOn: '2024-03-01', effectiveOn: '2024-03-02' }, other: { shareNumber: 2, fromMemberId: holders[1], to: { name: 'Transferee Two', address: '2 New Road' }, lodgedOn: '2024-03-01', effectiveOn: '2024-03-02' } },
    { path: 'share-cancellations', body: { shareNumber: 3, memberId: holders[2], reason: 'surrender', effectiveOn: '2024-04-02', solvencyStatementOn: '2024-04-01' }, other: { shareNumber: 4, memberId: holders[3], reason: 'surrender', effectiveOn: '2024-04-02', solvencyStatementOn: '2024-04-01' } },
  ];

  it.each([0, 1, 2])('route %#: the same key and body twice is one entry, the second answered as the first; without a key the second is refused', async (i) => {
    const route = ROUTES()[i]!;
    const key = randomUUID();
    const first = await post(route.path, key, route.body).expect(201);
    const head = await ledgerHead(t, company);
    const second = await post(route.path, key, route.body).expect(201);
    expect(second.body).toEqual(first.body);
    expect(await ledgerHead(t, company)).toEqual(head);
    // The same body under another key is a new request: a transfer or cancellation made already is refused; an allotment to a new holder is another allotment.
    const third = await post(route.path, randomUUID(), route.body);
    if (route.path === 'share-allotments') expect(third.body.sequence).toBeGreaterThan(first.body.sequence);
    else expect(third.status).toBe(409);
    // The key sent with another body records nothing.
    await refused(() => post(route.path, key, route.other), 422, 'IDEMPOTENCY_KEY_REUSED');
  });

  it('a lodged transfer, its registration and a refusal of another each record once per key', async () => {
    const lodge = { status: 'lodged', shareNumber: 5, fromMemberId: holders[4], to: { name: 'Lodged Transferee', address: '5 New Road' }, lodgedOn: '2024-05-01' };
    const key = randomUUID();
    const lodged = await post('share-transfers', key, lodge).expect(201);
    expect(lodged.body.transferId).toBe(String(lodged.body.sequence));
    expect((await post('share-transfers', key, lodge).expect(201)).body).toEqual(lodged.body);
    // Lodging the same instrument again without the key is refused while the first awaits the directors (s.771).
    await refused(() => post('share-transfers', null, lodge), 409, 'TRANSFER_ALREADY_LODGED');

    const registration = { effectiveOn: '2024-05-10' };
    const registerKey = randomUUID();
    const registered = await post(`share-transfers/${lodged.body.transferId}/registration`, registerKey, registration).expect(201);
    const head = await ledgerHead(t, company);
    expect((await post(`share-transfers/${lodged.body.transferId}/registration`, registerKey, registration).expect(201)).body).toEqual(registered.body);
    expect(await ledgerHead(t, company)).toEqual(head);

    const other = await post('share-transfers', null, { ...lodge, shareNumber: 6, fromMemberId: holders[5], to: { name: 'Refused Transferee', address: '6 New Road' } }).expect(201);
    const refusal = { refusedOn: '2024-05-20', reasons: 'The instrument was not duly stamped.' };
    const refuseKey = randomUUID();
    const refusedOnce = await post(`share-transfers/${other.body.transferId}/refusal`, refuseKey, refusal).expect(201);
    expect((await post(`share-transfers/${other.body.transferId}/refusal`, refuseKey, refusal).expect(201)).body).toEqual(refusedOnce.body);
    const decided = (await t.http.get(`${C}/share-transfers?status=refused`).set(t.auth('auditor')).expect(200)).body.transfers as { transferId: string }[];
    expect(decided.filter((d) => d.transferId === other.body.transferId)).toHaveLength(1);
  });

  it('a batch sent twice with one key is one extension of the chain, answered with the same entries', async () => {
    const body = { events: [1, 2].map((n) => ({ type: 'allotment', effectiveOn: '2024-06-01', holder: { name: `Batch Holder ${n}`, address: `${n} Batch Lane` } })) };
    const key = randomUUID();
    const first = await post('share-events/batch', key, body).expect(201);
    expect(first.body.count).toBe(2);
    const head = await ledgerHead(t, company);
    const second = await post('share-events/batch', key, body).expect(201);
    expect(second.body).toEqual(first.body);
    expect(await ledgerHead(t, company)).toEqual(head);
    await refused(() => post('share-events/batch', key, { events: body.events.slice(0, 1) }), 422, 'IDEMPOTENCY_KEY_REUSED');
  });
});

describe.each(databaseKinds())('a practice admitted and a vote sent twice with one Idempotency-Key record once (%s)', (kind) => {
  let t: TestApp;
  const C = `/api/companies/${COMPANY}`;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t?.close());

  const post = (path: string, key: string | null, body: object) => {
    const req = t.http.post(`${C}/${path}`).set(t.auth('secretary'));
    return (key === null ? req : req.set('Idempotency-Key', key)).send(body);
  };
  const refused = refusedUnchanged(() => ledgerHead(t));

  it('RM-1: POST …/practices twice with one key is one practice on the list; without the key the second is 409 PRACTICE_ALREADY_LISTED', async () => {
    const body = { odsCode: 'Z99001', name: 'Keyed Surgery (synthetic)', address: '1 Key Road, London E1 1AA', on: '2026-11-02' };
    const key = randomUUID();
    const first = await post('practices', key, body).expect(201);
    const head = await ledgerHead(t);
    const second = await post('practices', key, body).expect(201);
    expect(second.body).toEqual(first.body);
    expect(await ledgerHead(t)).toEqual(head);
    await refused(() => post('practices', null, body), 409, 'PRACTICE_ALREADY_LISTED');
    const listed = (await t.http.get(`${C}/practices?asAt=2026-11-30`).set(t.auth('auditor')).expect(200)).body as { odsCode: string }[];
    expect(listed.filter((p) => p.odsCode === 'Z99001')).toHaveLength(1);
    await refused(() => post('practices', key, { ...body, name: 'Another name' }), 422, 'IDEMPOTENCY_KEY_REUSED');
  });

  it('POST …/votes twice with one key is one vote; without the key the second is refused as recorded already', async () => {
    const resolution = (await post('resolutions', null, { kind: 'board', procedure: 'meeting', meetingOn: '2026-11-02', text: 'THAT the bank mandate be renewed.' }).expect(201)).body as { resolutionId: string };
    const directors = (await t.http.get(`${C}/directors?asAt=2026-11-02`).set(t.auth('auditor')).expect(200)).body as { directorId: string }[];
    const vote = { directorId: directors[0]!.directorId, vote: 'for' };
    const key = randomUUID();
    const first = await post(`resolutions/${resolution.resolutionId}/votes`, key, vote).expect(201);
    const head = await ledgerHead(t);
    const second = await post(`resolutions/${resolution.resolutionId}/votes`, key, vote).expect(201);
    expect(second.body).toEqual(first.body);
    expect(await ledgerHead(t)).toEqual(head);
    await refused(() => post(`resolutions/${resolution.resolutionId}/votes`, null, vote), 409, 'VOTE_ALREADY_RECORDED');
  });
});
