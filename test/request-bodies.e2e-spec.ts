/**
 * How the service reads a request's bytes, before any route sees them: only UTF-8 text (never U+FFFD
 * in the ledger for bytes that were not), only the media types the route takes, only a JSON object,
 * any label of UTF-8 in the charset, and only a body in the content coding it names. Each refusal is
 * in the one error shape (a page for a page's form), and writes nothing.
 */
import { deflateSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const NOT_UTF8 = Buffer.from([0xff, 0xfe]);
const resolution = (text: string | Buffer) => Buffer.concat([Buffer.from('{"kind":"board","procedure":"meeting","meetingOn":"2020-01-01","text":"'), Buffer.from(text), Buffer.from('"}')]);

describe.each(databaseKinds())('request bodies are read as what they say they are, or refused with nothing written (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  /** The ledger's length and head, which a refused request leaves as they were. */
  const head = () => t.sql(`select count(*)::int as entries, (select hash from ledger_entry order by sequence desc limit 1) as head from ledger_entry`);
  /** The secretary's POST with these exact bytes (no serialising by the client). */
  const post = (path: string, headers: Record<string, string>, body: Buffer | string) => {
    let call = t.http.post(path).set(t.auth('secretary'));
    for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
    return call.serialize((bytes: unknown) => bytes as string).send(body as never);
  };
  const refused = async (send: () => PromiseLike<request.Response>, status: number, code: string, message: RegExp) => {
    const before = await head();
    const res = await send();
    expect([res.status, Object.keys(res.body).sort(), res.body]).toEqual([status, ['code', 'message', 'statusCode'], { statusCode: status, code, message: expect.stringMatching(message) }]);
    expect(await head()).toEqual(before);
  };

  it('a JSON or CSV body that is not UTF-8 is a 400 saying so, with no charset or with charset=utf-8, and nothing is written', async () => {
    for (const type of ['application/json', 'application/json; charset=utf-8']) {
      await refused(() => post(`${C}/resolutions`, { 'content-type': type }, resolution(Buffer.concat([Buffer.from('THAT x'), NOT_UTF8]))), 400, 'BAD_REQUEST', /not valid UTF-8/);
    }
    // An encoded surrogate (ED A0 80) and a sequence cut short are no more UTF-8 than \xff is.
    for (const bytes of [[0xed, 0xa0, 0x80], [0xe2, 0x82]]) {
      await refused(() => post(`${C}/resolutions`, { 'content-type': 'application/json' }, resolution(Buffer.from(bytes))), 400, 'BAD_REQUEST', /not valid UTF-8/);
    }
    const csv = Buffer.concat([Buffer.from('kind,reference,filedOn\nconfirmation-statement,2016-'), NOT_UTF8, Buffer.from(',2016-09-01\n')]);
    for (const type of ['text/csv', 'text/csv; charset=utf-8']) {
      await refused(() => post(`${C}/filings/import`, { 'content-type': type }, csv), 400, 'BAD_REQUEST', /not valid UTF-8/);
    }
    // UTF-8 text beyond ASCII, with or without a byte-order mark, is read as sent.
    for (const bom of [Buffer.alloc(0), Buffer.from([0xef, 0xbb, 0xbf])]) {
      const res = await post(`${C}/resolutions`, { 'content-type': 'application/json' }, Buffer.concat([bom, resolution('THAT the café’s lease be renewed')])).expect(201);
      expect(res.body.text).toBe('THAT the café’s lease be renewed');
    }
  });

  it('a body of a type the route does not take is a 415 naming the types it does', async () => {
    await refused(() => post(`${C}/resolutions`, { 'content-type': 'text/csv' }, 'kind,procedure\nboard,meeting\n'), 415, 'UNSUPPORTED_MEDIA_TYPE', /text\/csv; this route takes application\/json$/);
    await refused(() => post(`${C}/filings/import`, { 'content-type': 'text/plain' }, 'kind,reference,filedOn\n'), 415, 'UNSUPPORTED_MEDIA_TYPE', /text\/plain; this route takes text\/csv or application\/json$/);
  });

  it('JSON that is not an object (null, a number, a string, true, an array) is a 400 saying a JSON object is wanted; malformed JSON says it is not JSON', async () => {
    for (const [body, what] of [['null', 'null'], ['42', 'a number'], ['"THAT x"', 'a string'], ['true', 'a boolean'], ['[]', 'an array'], [' null\n', 'null']]) {
      await refused(() => post(`${C}/resolutions`, { 'content-type': 'application/json' }, body), 400, 'BAD_REQUEST', new RegExp(`^the request body must be a JSON object \\(\\{\\.\\.\\.\\}\\), not ${what}$`));
    }
    await refused(() => post(`${C}/resolutions`, { 'content-type': 'application/json' }, '{"text":'), 400, 'BAD_REQUEST', /^the request body is not valid JSON: /);
  });

  it('charset=utf8, UTF8, "utf-8" and other labels of UTF-8 are read as UTF-8; any other charset is still a 415', async () => {
    for (const charset of ['utf8', 'UTF8', '"utf-8"', '"UTF8"', 'unicode-1-1-utf-8']) {
      const before = (await head())[0].entries as number;
      const text = `THAT the café (${charset.replaceAll('"', '')}) be let`;
      const res = await post(`${C}/resolutions`, { 'content-type': `application/json; charset=${charset}` }, resolution(text));
      expect([charset, res.status, res.body.text]).toEqual([charset, 201, text]);
      expect((await head())[0].entries).toBeGreaterThan(before);
    }
    const csv = await post(`${C}/filings/import`, { 'content-type': 'text/csv; charset=utf8' }, 'kind,reference,filedOn\n');
    expect(csv.status).not.toBe(415);
    await refused(() => post(`${C}/resolutions`, { 'content-type': 'application/json; charset=utf-7' }, resolution('THAT x')), 415, 'UNSUPPORTED_MEDIA_TYPE', /charset utf-7; send it in UTF-8/);
  });

  it('a body that is not in the content coding it names is a 400 saying so; a coding the service does not read is a 415 naming those it does', async () => {
    for (const coding of ['gzip', 'deflate', 'br', 'GZIP']) {
      await refused(() => post(`${C}/resolutions`, { 'content-type': 'application/json', 'content-encoding': coding }, resolution('THAT x')), 400, 'BAD_REQUEST', new RegExp(`^the request body is not valid ${coding.toLowerCase()} data`));
    }
    // Cut short: the gzip stream ends before its end.
    await refused(() => post(`${C}/resolutions`, { 'content-type': 'application/json', 'content-encoding': 'gzip' }, gzipSync(resolution('THAT x')).subarray(0, 20)), 400, 'BAD_REQUEST', /not valid gzip data/);
    for (const coding of ['compress', 'x-gzip-unknown', 'gzip, gzip']) {
      await refused(() => post(`${C}/resolutions`, { 'content-type': 'application/json', 'content-encoding': coding }, gzipSync(gzipSync(resolution('THAT x')))), 415, 'UNSUPPORTED_MEDIA_TYPE', /Content-Encoding .+, which the service does not read; send it uncompressed, or compressed with gzip, deflate, br or zstd/);
    }
    // Compressed as it says, the body is read, and not UTF-8 once inflated it is refused as such.
    for (const [coding, squeeze] of [['gzip', gzipSync], ['deflate', deflateSync]] as const) {
      await post(`${C}/resolutions`, { 'content-type': 'application/json', 'content-encoding': coding }, squeeze(resolution(`THAT the ${coding} body be read`))).expect(201);
      await refused(() => post(`${C}/resolutions`, { 'content-type': 'application/json', 'content-encoding': coding }, squeeze(resolution(NOT_UTF8))), 400, 'BAD_REQUEST', /not valid UTF-8/);
    }
  });

  it('a page form that is not UTF-8, in its bytes or in its %-escapes, is a 400 page and nothing is written; one in UTF-8 is recorded', async () => {
    const agent = request.agent(t.app.getHttpServer());
    const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1];
    const start = await agent.get('/').set('Accept', 'text/html');
    await agent.post('/sign-in').type('form').send({ _csrf: csrfOf(start.text), token: t.tokens.secretary }).expect(303);
    const token = csrfOf((await agent.get('/resolutions').set('Accept', 'text/html').expect(200)).text);
    const form = (text: Buffer | string) => Buffer.concat([Buffer.from(`_csrf=${encodeURIComponent(token)}&kind=board&procedure=meeting&meetingOn=2020-01-01&text=`), Buffer.from(text)]);
    const send = (body: Buffer, type = 'application/x-www-form-urlencoded') =>
      agent.post('/resolutions').set('Accept', 'text/html').set('content-type', type).serialize((bytes: unknown) => bytes as string).send(body as never);
    for (const [name, body] of [['a raw \\xff', form(Buffer.concat([Buffer.from('THAT x'), NOT_UTF8]))], ['an escaped %FF%FE', form('THAT%20x%FF%FE')], ['an escaped surrogate', form('THAT%20x%ED%A0%80')]] as const) {
      for (const type of ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=utf-8']) {
        const before = await head();
        const res = await send(body, type);
        expect([name, type, res.status, res.headers['content-type']]).toEqual([name, type, 400, expect.stringMatching(/^text\/html/)]);
        expect(res.text).toContain('The form could not be read');
        expect(await head()).toEqual(before);
      }
    }
    // UTF-8, escaped or raw, is read as sent; each send carries the one-time token of a page of its own.
    const once = async () => `&_once=${encodeURIComponent(/name="_once" value="([^"]+)"/.exec((await agent.get('/resolutions').set('Accept', 'text/html').expect(200)).text)![1]!)}`;
    const entries = (await head())[0].entries as number;
    await send(form(`THAT%20caf%C3%A9%20rent%20rise%20by%2010%25${await once()}`)).expect(303);
    await send(Buffer.concat([form(Buffer.from('THAT the café be let')), Buffer.from(await once())])).expect(303);
    expect((await head())[0].entries).toBeGreaterThan(entries);
    const texts = (await t.http.get(`${C}/resolutions`).set(t.auth('board')).expect(200)).body.map((r: { text: string }) => r.text);
    expect(texts).toEqual(expect.arrayContaining(['THAT café rent rise by 10%', 'THAT the café be let']));
  });
});
