import { createHash } from 'node:crypto';
import { passBoardResolution, passSpecialResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { holdersByShare, readRegister } from './support/register';
import { ADMIN_TOKEN, COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/**
 * Tokens against the database: made, stored as hashes, looked up with their role. Which role may call
 * which route, and the 401 for every malformed or unknown header, are the controllers' specs (the
 * `*.controller.spec.ts` files beside the controllers, with the token table replaced).
 *
 * Write routes, each with a body the secretary can record (the deputy secretary's test proves it), so
 * a 403 is the guard's doing and not the body's. The share events' bodies are completed in beforeAll
 * with what is known only once the company is seeded: the transferor (SH-3) and the board resolution
 * authorising the allotment and the transfer (articles: share events need a board resolution), and the
 * members' special resolution authorising the surrender, a reduction of capital (SR-1).
 */
const WRITES: { path: string; body: Record<string, unknown> }[] = [
  // SR-1: a surrender is a reduction of capital: its solvency statement, made in the 15 days before the special resolution.
  { path: `${C}/share-cancellations`, body: { shareNumber: 3, reason: 'surrender', effectiveOn: '2024-01-01', note: 'practice closed', solvencyStatementOn: '2023-11-28' } },
  { path: `${C}/share-allotments`, body: { effectiveOn: '2024-02-01', holder: { practiceId: 'practice-z00003' } } },
  {
    path: `${C}/share-transfers`,
    body: { shareNumber: 2, to: { practiceId: 'practice-z00002', name: 'New partners of Demo Practice 02' }, lodgedOn: '2024-03-01', effectiveOn: '2024-03-02' },
  },
  { path: '/api/tokens', body: { name: 'would-be secretary', role: 'secretary' } },
];

const UNKNOWN_TOKEN = `cic_${'A'.repeat(43)}`;

describe.each(databaseKinds())('authentication and roles over HTTP (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const holderOf2 = (await holdersByShare(t)).get(2);
    const authorisedBy = await passBoardResolution(t, COMPANY, '2023-12-01', [
      { action: 'cancellation', shareNumber: 3 },
      { action: 'allotment', shareNumber: 38 },
      { action: 'transfer', shareNumber: 2 },
    ]);
    Object.assign(WRITES[0].body, { authorisedBy: await passSpecialResolution(t, COMPANY, '2023-12-01', [{ action: 'cancellation', shareNumber: 3 }]) });
    Object.assign(WRITES[1].body, { authorisedBy });
    Object.assign(WRITES[2].body, { fromMemberId: holderOf2, authorisedBy });
  });
  afterAll(() => t.close());

  /** What a write would change: the ledger head, the member rows and the token rows. */
  const writeState = async () => {
    const verify = await ledgerHead(t);
    const [counts] = await t.sql<{ members: number; tokens: number }>(
      'select (select count(*)::int from member) as members, (select count(*)::int from api_token) as tokens',
    );
    return { events: verify.events, headHash: verify.headHash, ...counts };
  };

  it.each(['board', 'auditor'] as const)('the guard finds a %s token in the token table and its role: it reads (200) and is refused a write with 403, and nothing is written', async (role) => {
    const before = await writeState();
    for (const path of [`${C}/register`, `${C}/ledger/verify`]) await t.http.get(path).set(t.auth(role)).expect(200);
    for (const write of WRITES) {
      const res = await t.http.post(write.path).set(t.auth(role)).send(write.body);
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ statusCode: 403, code: 'FORBIDDEN', message: expect.stringContaining('secretary') });
      expect(res.body.message).toContain(role);
    }
    expect(await writeState()).toEqual(before);
  });

  it('a well-formed token that is not in the token table is 401 UNAUTHENTICATED, "not recognised", and nothing is written', async () => {
    const before = await writeState();
    const unknown = { Authorization: `Bearer ${UNKNOWN_TOKEN}` };
    for (const res of [await t.http.get(`${C}/register`).set(unknown), await t.http.post(WRITES[0].path).set(unknown).send(WRITES[0].body)]) {
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: expect.stringMatching(/not recognised/) });
    }
    expect(await writeState()).toEqual(before);
  });

  it('the secretary makes a token shown once, stored only as its SHA-256 hash, and it works with its role', async () => {
    const before = await writeState();
    const res = await t.http.post('/api/tokens').set(t.auth('secretary')).send({ name: 'Board member: Dr Example', role: 'board' }).expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      tokenId: res.body.id,
      name: 'Board member: Dr Example',
      role: 'board',
      token: expect.stringMatching(/^cic_[A-Za-z0-9_-]{43}$/),
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      expiresAt: null,
    });
    const token: string = res.body.token;
    expect((await writeState()).tokens).toBe(before.tokens + 1);
    // No route shows a token again: the list has neither tokens nor hashes, and there is no route for one token.
    const list = await t.http.get('/api/tokens').set(t.auth('secretary')).expect(200);
    expect(list.body.find((entry: { tokenId: string }) => entry.tokenId === res.body.id)).toMatchObject({ name: 'Board member: Dr Example', status: 'active' });
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect(JSON.stringify(list.body)).not.toContain(createHash('sha256').update(token, 'utf8').digest('hex'));
    expect((await t.http.get(`/api/tokens/${res.body.id}`).set(t.auth('secretary')).expect(405)).headers.allow).toBe('DELETE');

    const newToken = { Authorization: `Bearer ${token}` };
    const reg = await t.http.get(`${C}/register?status=current`).set(newToken).expect(200);
    expect(reg.body.totals).toEqual((await readRegister(t, 'status=current', 'secretary')).totals);
    const refused = await t.http.post(WRITES[0].path).set(newToken).send(WRITES[0].body).expect(403);
    expect(refused.body).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('board') });
    await t.http.post('/api/tokens').set(newToken).send({ name: 'escalation', role: 'secretary' }).expect(403);

    const rows = await t.sql<{ id: string; token_hash: string; created_by: string | null }>(`select * from api_token`);
    const stored = JSON.stringify(rows);
    for (const clear of [token, ADMIN_TOKEN, t.tokens.board, t.tokens.auditor]) expect(stored).not.toContain(clear);
    for (const row of rows) expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const mine = rows.find((r) => r.id === res.body.id)!;
    expect(mine.token_hash).toBe(createHash('sha256').update(token, 'utf8').digest('hex'));
    expect(mine.created_by).toBe('admin');
  });

  it('a new secretary token can write', async () => {
    const before = await writeState();
    const made = await t.http.post('/api/tokens').set(t.auth('secretary')).send({ name: 'deputy secretary', role: 'secretary' }).expect(201);
    const deputy = { Authorization: `Bearer ${made.body.token}` };
    // The bodies the other roles were refused are accepted from a secretary, in order.
    for (const write of WRITES.slice(0, 3)) {
      const res = await t.http.post(write.path).set(deputy).send(write.body);
      expect(res.status).toBe(201);
      expect(res.body.recordedBy).toBe('deputy secretary');
      expect(res.body.payload.authorisedBy).toBe(write.body.authorisedBy);
    }
    const after = await t.http.get(`${C}/ledger/verify`).set(deputy).expect(200);
    expect(after.body).toMatchObject({ valid: true, events: before.events + 3 });
  });

  it('GET /health is public and names the database kind', async () => {
    for (const headers of [{}, { Authorization: `Bearer ${UNKNOWN_TOKEN}` }]) {
      const res = await t.http.get('/health').set(headers).expect(200);
      expect(res.body).toEqual({ status: 'ok', database: kind });
    }
  });

  it('GET /docs/openapi.json is public and lists the register, ledger and share-event paths', async () => {
    const res = await t.http.get('/docs/openapi.json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    const paths = Object.keys(res.body.paths);
    for (const path of ['register', 'ledger', 'ledger/verify', 'share-allotments', 'share-transfers', 'share-cancellations']) {
      expect(paths).toContain(`/api/companies/{companyId}/${path}`);
    }
    // POST records a transfer (registered, or lodged); GET lists the lodged ones (SH-3).
    expect(Object.keys(res.body.paths['/api/companies/{companyId}/share-transfers']).sort()).toEqual(['get', 'post']);
    expect(paths).toContain('/api/tokens');
    expect(res.body.components.securitySchemes).toMatchObject({ bearer: { type: 'http', scheme: 'bearer' } });
  });
});
