import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { TokensService } from '../apps/api/src/auth/tokens.service';
import { SETTINGS, type Settings } from '../apps/api/src/config/settings';
import { ADMIN_TOKEN, COMPANY, startTestApp, type TestApp } from './support/test-app';
import { apiClient } from './support/api-client';
import { databaseKinds } from './support/databases';

const C = `/api/companies/${COMPANY}`;
const DAY_MS = 86_400_000;
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

// One stream for every app of this file (see startTestApp).
const stream = new PassThrough();
let logs = '';
stream.on('data', (chunk: Buffer) => (logs += chunk.toString()));

describe.each(databaseKinds())('tokens: expiry, listing, revocation, last use (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { logLevel: 'debug', logFormat: 'json' }, { logs: stream });
    logs = '';
  });
  afterAll(() => t.close());

  const make = (body: Record<string, unknown>) => t.http.post('/api/tokens').set(t.auth('secretary')).send({ name: 'someone', role: 'board', ...body });
  const listed = async (tokenId: string) => {
    const res = await t.http.get('/api/tokens').set(t.auth('secretary')).expect(200);
    return res.body.find((entry: { tokenId: string }) => entry.tokenId === tokenId);
  };

  describe('expiry', () => {
    it('expiresInDays sets an expiry that many days ahead; expiresAt is kept as given', async () => {
      const before = Date.now();
      const inDays = await make({ expiresInDays: 30 }).expect(201);
      expect(new Date(inDays.body.expiresAt).getTime() - before).toBeGreaterThanOrEqual(30 * DAY_MS);
      expect(new Date(inDays.body.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(30 * DAY_MS);
      const year = new Date().getUTCFullYear() + 5;
      const at = await make({ expiresAt: `${year}-03-31T23:59:59+01:00` }).expect(201);
      expect(at.body).toMatchObject({ tokenId: at.body.id, expiresAt: `${year}-03-31T22:59:59.000Z` });
      await t.http.get(`${C}/register`).set(bearer(at.body.token)).expect(200);
    });

    it.each([
      [{ expiresInDays: 0 }],
      [{ expiresInDays: 1.5 }],
      [{ expiresInDays: 3651 }],
      [{ expiresAt: '2099-01-01' }],
      [{ expiresAt: '2099-01-01T10:00:00' }],
      [{ expiresAt: 'tomorrow' }],
      [{ expiresAt: '2001-01-01T00:00:00Z' }],
      [{ expiresAt: '9999-12-31T23:59:59Z' }],
      [{ expiresAt: new Date(Date.now() + 3651 * DAY_MS).toISOString() }],
      [{ name: '   ' }],
      [{ expiresAt: '2099-01-01T00:00:00Z', expiresInDays: 3 }],
    ])('%p is refused with 400 and makes no token', async (body) => {
      const [{ n: before }] = await t.sql<{ n: number }>('select count(*)::int as n from api_token');
      const res = await make(body).expect(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: expect.stringMatching(/^(expires|name$)/) })] });
      const [{ n: after }] = await t.sql<{ n: number }>('select count(*)::int as n from api_token');
      expect(after).toBe(before);
    });

    it('a token past its expiry is refused with 401 and listed as expired', async () => {
      const made = await make({ expiresInDays: 1 }).expect(201);
      await t.http.get(`${C}/register`).set(bearer(made.body.token)).expect(200);
      await t.sql(`update api_token set expires_at = now() - interval '1 second' where id = ?`, [made.body.tokenId]);
      const refused = await t.http.get(`${C}/register`).set(bearer(made.body.token)).expect(401);
      expect(refused.body).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: expect.stringMatching(/^the token expired at \d{4}-/) });
      expect(await listed(made.body.tokenId)).toMatchObject({ status: 'expired' });
    });
  });

  describe('listing', () => {
    it('the secretary sees every token with its status and last use, never a token or a hash; other roles get 403', async () => {
      const made = await make({ name: 'Auditor: Example LLP', role: 'auditor' }).expect(201);
      expect(await listed(made.body.tokenId)).toEqual({
        tokenId: made.body.tokenId,
        name: 'Auditor: Example LLP',
        role: 'auditor',
        origin: 'api',
        status: 'active',
        createdAt: made.body.createdAt,
        createdBy: 'admin',
        expiresAt: null,
        revokedAt: null,
        lastUsedAt: null,
      });
      const used = Date.now();
      await t.http.get(`${C}/ledger/verify`).set(bearer(made.body.token)).expect(200);
      const entry = await listed(made.body.tokenId);
      expect(new Date(entry.lastUsedAt).getTime()).toBeGreaterThanOrEqual(used - 1000);

      const all = await t.http.get('/api/tokens').set(t.auth('secretary')).expect(200);
      expect(all.body.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['admin', 'test board member', 'test auditor']));
      expect(all.body.find((e: { name: string }) => e.name === 'admin')).toMatchObject({ origin: 'admin-token', role: 'secretary', createdBy: null });
      const text = JSON.stringify(all.body);
      for (const secret of [ADMIN_TOKEN, t.tokens.board, t.tokens.auditor, made.body.token]) {
        expect(text).not.toContain(secret);
        expect(text).not.toContain(sha256(secret));
      }
      for (const role of ['board', 'auditor'] as const) {
        await t.http.get('/api/tokens').set(t.auth(role)).expect(403);
      }
    });
  });

  describe('revocation', () => {
    it('DELETE /api/tokens/:tokenId revokes: the token then gets 401; again is harmless; an unknown id is 404; only the secretary may', async () => {
      // Through the typed client (test/support/api-client.ts): the paths and answers of the OpenAPI document.
      const secretary = apiClient(t.http, t.tokens.secretary);
      const made = await secretary.post('/api/tokens', { body: { name: 'leaving member', role: 'board' } });
      expect(made.status).toBe(201);
      const member = apiClient(t.http, made.body.token);
      const path = { tokenId: made.body.tokenId };
      expect((await member.get('/api/companies/{companyId}/register', { path: { companyId: COMPANY } })).status).toBe(200);
      expect((await apiClient(t.http, t.tokens.board).delete('/api/tokens/{tokenId}', { path })).status).toBe(403);
      const revoked = await secretary.delete('/api/tokens/{tokenId}', { path });
      expect(revoked).toMatchObject({ status: 200, body: { tokenId: made.body.tokenId, status: 'revoked', revokedAt: expect.any(String) } });
      const refused = await member.get('/api/companies/{companyId}/register', { path: { companyId: COMPANY } });
      expect(refused).toEqual({ status: 401, body: { statusCode: 401, code: 'UNAUTHENTICATED', message: 'the token has been revoked' } });
      const again = await secretary.delete('/api/tokens/{tokenId}', { path });
      expect(again.body.revokedAt).toBe(revoked.body.revokedAt);
      const unknown = await secretary.delete('/api/tokens/{tokenId}', { path: { tokenId: 'no-such-token' } });
      expect(unknown).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    });
  });

  describe('the first token, on start', () => {
    const restartedWith = (overrides: Partial<Settings>) => new TokensService(t.orm, { ...t.app.get<Settings>(SETTINGS), ...overrides });

    it('a new ADMIN_TOKEN revokes the previous value\'s token; several instances starting together make one token and log no clash', async () => {
      const newAdmin = 'rotated-admin-token-0123456789';
      await Promise.all(Array.from({ length: 4 }, () => restartedWith({ adminToken: newAdmin }).ensureFirstSecretaryToken()));
      const refused = await t.http.get(`${C}/register`).set(bearer(ADMIN_TOKEN)).expect(401);
      expect(refused.body.message).toBe('the token has been revoked');
      await t.http.get(`${C}/register`).set(bearer(newAdmin)).expect(200);
      const rows = await t.sql<{ origin: string; revoked: boolean }>(
        `select origin, revoked_at is not null as revoked from api_token where origin = 'admin-token' order by created_at`,
      );
      expect(rows).toEqual([
        { origin: 'admin-token', revoked: true },
        { origin: 'admin-token', revoked: false },
      ]);
      // The same value again changes nothing.
      await restartedWith({ adminToken: newAdmin }).ensureFirstSecretaryToken();
      const [{ n }] = await t.sql<{ n: number }>(`select count(*)::int as n from api_token where origin = 'admin-token'`);
      expect(n).toBe(2);
      for (const secret of [ADMIN_TOKEN, newAdmin]) {
        expect(logs).not.toContain(secret);
        expect(logs).not.toContain(sha256(secret));
      }
      expect(logs).toContain('the token of its previous value is revoked');
    });

    it('without ADMIN_TOKEN and with no usable secretary token, one is generated (once, however many start together) and written 0600', async () => {
      await t.sql(`update api_token set revoked_at = now() where role = 'secretary' and revoked_at is null`);
      await Promise.all(Array.from({ length: 4 }, () => restartedWith({ adminToken: null }).ensureFirstSecretaryToken()));
      const generated = await t.sql<{ token_hash: string }>(`select token_hash from api_token where origin = 'generated' and revoked_at is null`);
      expect(generated).toHaveLength(1);
      const file = join(t.database.dataDir, 'secretary-token');
      const token = readFileSync(file, 'utf8').trim();
      expect(sha256(token)).toBe(generated[0].token_hash);
      await t.http.post('/api/tokens').set(bearer(token)).send({ name: 'after recovery', role: 'board' }).expect(201);
      expect(logs).not.toContain(token);
      expect(logs).not.toContain(sha256(token));
    });
  });
});
