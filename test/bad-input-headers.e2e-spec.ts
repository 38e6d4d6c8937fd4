/**
 * A header that carries one value (`Authorization`, `Content-Type`, `Idempotency-Key`) sent more than
 * once is refused with 400 `VALIDATION_FAILED` naming it, on the API and on the pages (the 400 page),
 * before anything is checked or read: Node would keep one of two tokens or media types, and the service
 * would act on a guess. Nothing is written.
 */
import request from 'supertest';
import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { expectRefusal, refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const FORM = 'application/x-www-form-urlencoded';

describe.each(databaseKinds())('a single-valued header sent twice is 400 naming it, nothing written (%s)', (kind) => {
  let t: TestApp;
  let bearer: string;
  let auditor: string;
  /** The tokens issued and the ledger's head: a refused request changes neither. */
  const state = async () => {
    const tokens = (await t.http.get('/api/tokens').set(t.auth('secretary')).expect(200)).body as { tokenId: string; name: string; role: string; status: string }[];
    return [tokens.map(({ tokenId, name, role, status }) => ({ tokenId, name, role, status })), await ledgerHead(t)];
  };
  const refused = () => refusedUnchanged(state);
  beforeAll(async () => {
    t = await startTestApp(kind);
    bearer = t.auth('secretary').Authorization;
    auditor = t.auth('auditor').Authorization;
  }, 180_000);
  afterAll(() => t?.close());

  const issue = JSON.stringify({ name: 'Second auditor', role: 'auditor' });

  it('two Authorization headers, of one token or of two, on a write or a read: 400 naming Authorization', async () => {
    for (const tokens of [[bearer, bearer], [bearer, auditor], [auditor, bearer], [bearer, 'Bearer not-a-token']]) {
      const res = await refused()(() => t.http.post('/api/tokens').set('Authorization', tokens as unknown as string).set('Content-Type', 'application/json').send(issue), 400, 'VALIDATION_FAILED', 'Authorization');
      expect(res.body.message).toContain('Authorization');
      expectRefusal(await t.http.get(`${C}/ledger`).set('Authorization', tokens as unknown as string), 400, 'VALIDATION_FAILED', 'Authorization');
    }
    // Sent once, the same request records.
    await t.http.post('/api/tokens').set('Authorization', bearer).set('Content-Type', 'application/json').send(issue).expect(201);
  });

  it('two Content-Type headers, alike or not: 400 naming Content-Type; with two tokens as well, both are named', async () => {
    for (const types of [['application/json', 'application/json'], ['application/json', 'text/csv']]) {
      await refused()(() => t.http.post('/api/tokens').set('Authorization', bearer).send(issue).set('Content-Type', types as unknown as string), 400, 'VALIDATION_FAILED', 'Content-Type');
    }
    const both = await refused()(() => t.http.post('/api/tokens').set('Authorization', [bearer, bearer] as unknown as string).send(issue).set('Content-Type', ['application/json', 'application/json'] as unknown as string), 400, 'VALIDATION_FAILED');
    expect(both.body.details.map((d: { field: string }) => d.field)).toEqual(['Authorization', 'Content-Type']);
  });

  it('a page form sent with two Content-Type headers, or a page asked for with two Authorization headers, is the 400 page, and nothing is written', async () => {
    const agent = request.agent(t.app.getHttpServer());
    const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    const start = await agent.get('/').set('Accept', 'text/html');
    await agent.post('/sign-in').type('form').send({ _csrf: csrfOf(start.text), token: t.tokens.secretary }).expect(303);
    const access = (await agent.get('/access').set('Accept', 'text/html').expect(200)).text;
    const formId = /name="formId" value="([^"]+)"/.exec(access)![1]!;
    const form = `_csrf=${encodeURIComponent(csrfOf(access))}&formId=${encodeURIComponent(formId)}&name=Page%20auditor&role=auditor`;
    const before = await state();
    const page = await agent.post('/access/tokens').set('Accept', 'text/html').type('form').send(form).set('Content-Type', [FORM, FORM] as unknown as string);
    expect([page.status, page.type]).toEqual([400, 'text/html']);
    expect(page.text).toContain('This could not be done');
    const asked = await agent.get('/home').set('Accept', 'text/html').set('Authorization', [bearer, auditor] as unknown as string);
    expect([asked.status, asked.type]).toEqual([400, 'text/html']);
    expect(await state()).toEqual(before);
    // The same form sent with its one Content-Type is recorded.
    await agent.post('/access/tokens').set('Accept', 'text/html').set('Content-Type', FORM).send(form).expect((res) => expect(res.status).toBeLessThan(400));
    expect(await state()).not.toEqual(before);
  });
});
