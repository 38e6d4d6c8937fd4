/**
 * The kinds of input that once reached the database or the stack and came back as a 500: a NUL
 * character (text fields, path parameters, the register cursor), a lone surrogate in text that is
 * hashed into the ledger, JSON nested 15,000 levels deep, `null` for an optional date, and a date
 * past what the calendar can compute. Each is now a 400 in the one error shape, and changes nothing.
 */
import type { Response } from 'supertest';
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const deepArray = `{"name":${'['.repeat(15_000)}${']'.repeat(15_000)}}`;
const deepObject = `{"kind":"board","procedure":"meeting","meetingOn":"2020-01-01","text":${'{"a":'.repeat(15_000)}1${'}'.repeat(15_000)}}`;

describe.each(databaseKinds())('hostile input is a 400 and changes nothing (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  /** The ledger head and the row counts a rejected write must leave as they were. */
  const state = () =>
    t.sql(`select (select count(*)::int from ledger_entry) as entries, (select max(hash) from ledger_entry where sequence = (select max(sequence) from ledger_entry)) as head,
                  (select count(*)::int from member) as members, (select count(*)::int from share_holding) as holdings`);

  const cases: [string, () => PromiseLike<Response>, string][] = [
    ['a NUL in a director’s name', () => t.http.post(`${C}/directors`).set(t.auth('secretary')).send({ name: 'A\u0000B', serviceAddress: 'x', appointedOn: '2020-01-01' }), 'name'],
    ['a NUL in a holder’s address', () => t.http.post(`${C}/share-allotments`).set(t.auth('secretary')).send({ effectiveOn: '2020-01-01', holder: { name: 'X', address: '1 \u0000 St' } }), 'holder.address'],
    ['a NUL in the company id of the path', () => t.http.get(`/api/companies/abc%00def/register`).set(t.auth('board')), 'companyId'],
    ['a NUL in a resolution id of the path', () => t.http.get(`${C}/resolutions/abc%00def`).set(t.auth('board')), 'resolutionId'],
    ['a NUL in the register cursor', () => t.http.get(`${C}/register?cursor=%00`).set(t.auth('board')), 'cursor'],
    ['a lone surrogate in a resolution’s text', () => t.http.post(`${C}/resolutions`).set(t.auth('secretary')).send({ kind: 'board', procedure: 'meeting', meetingOn: '2020-01-01', text: 'THAT \ud800' }), 'text'],
    ['a lone surrogate in a director’s name', () => t.http.post(`${C}/directors`).set(t.auth('secretary')).send({ name: 'A\udc00', serviceAddress: 'x', appointedOn: '2020-01-01' }), 'name'],
    ['JSON arrays nested 15,000 deep', () => t.http.post(`${C}/directors`).set(t.auth('secretary')).set('content-type', 'application/json').send(deepArray), 'name'],
    ['JSON objects nested 15,000 deep', () => t.http.post(`${C}/resolutions`).set(t.auth('secretary')).set('content-type', 'application/json').send(deepObject), 'text'],
    ['meetingOn: null on a resolution', () => t.http.post(`${C}/resolutions`).set(t.auth('secretary')).send({ kind: 'board', procedure: 'meeting', meetingOn: null, text: 'THAT x' }), 'meetingOn'],
    ['authorisedBy: null on an allotment', () => t.http.post(`${C}/share-allotments`).set(t.auth('secretary')).send({ effectiveOn: '2020-01-01', holder: { practiceId: 'practice-z00001' }, authorisedBy: null }), 'authorisedBy'],
    ['deadlines to 9999-12-31', () => t.http.get(`${C}/deadlines?to=9999-12-31`).set(t.auth('board')), 'to'],
    ['a register as at 9999-12-31', () => t.http.get(`${C}/register?asAt=9999-12-31`).set(t.auth('board')), 'asAt'],
    ['knownAt in year 0000', () => t.http.get(`${C}/register?knownAt=0000-01-01T00:00:00Z`).set(t.auth('board')), 'knownAt'],
    ['knownAt without its offset (a date alone)', () => t.http.get(`${C}/register?knownAt=2020-01-01`).set(t.auth('board')), 'knownAt'],
    ['knownAt without its offset (a local time)', () => t.http.get(`${C}/register?knownAt=2020-01-01T10:00:00`).set(t.auth('board')), 'knownAt'],
    ['a __proto__ field beside a valid allotment', () => t.http.post(`${C}/share-allotments`).set(t.auth('secretary')).set('content-type', 'application/json').send('{"effectiveOn":"2020-01-01","holder":{"practiceId":"practice-z00001"},"__proto__":{"admin":true}}'), '__proto__'],
    ['a field given twice in the JSON body (JSON.parse would keep the last)', () => t.http.post(`${C}/share-allotments`).set(t.auth('secretary')).set('content-type', 'application/json').send('{"effectiveOn":"2020-01-01","holder":{"practiceId":"practice-z00001"},"effectiveOn":"2020-01-02"}'), 'effectiveOn'],
    ['a field given twice inside the holder', () => t.http.post(`${C}/share-allotments`).set(t.auth('secretary')).set('content-type', 'application/json').send('{"effectiveOn":"2020-01-01","holder":{"practiceId":"practice-z00001","practiceId":"practice-z00002"}}'), 'holder.practiceId'],
    ['a constructor field inside the holder', () => t.http.post(`${C}/share-allotments`).set(t.auth('secretary')).send({ effectiveOn: '2020-01-01', holder: { practiceId: 'practice-z00001', constructor: 'x' } }), 'holder.constructor'],
    ['a share number that is not a number', () => t.http.get(`${C}/shares/abc/certificate.pdf`).set(t.auth('board')), 'shareNumber'],
    ['share number 0', () => t.http.get(`${C}/shares/0/certificate.pdf`).set(t.auth('board')), 'shareNumber'],
  ];

  it.each(cases)('%s', async (_name, send, field) => {
    const before = await state();
    const res = await send();
    expect(res.status).toBe(400);
    expect(Object.keys(res.body).sort()).toEqual(['code', 'details', 'message', 'statusCode']);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await state()).toEqual(before);
  });

  it('a body that is not JSON is a 415 saying so, not a list of missing fields, and changes nothing', async () => {
    const before = await state();
    const body = JSON.stringify({ effectiveOn: '2020-01-01', holder: { practiceId: 'practice-z00001' } });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await t.http.post(`${C}/share-allotments`).set(t.auth('secretary')).set('content-type', type).send(body);
      expect(res.status).toBe(415);
      expect(res.body).toMatchObject({ statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining(type) });
    }
    // JSON declared in a charset other than UTF-8, or compressed, is refused by the body parser: 415 too.
    for (const [header, value] of [['content-type', 'application/json; charset=latin1'], ['content-encoding', 'br-unknown']]) {
      const res = await t.http.post(`${C}/share-allotments`).set(t.auth('secretary')).set('content-type', 'application/json').set(header, value).send(body);
      expect([value, res.status, res.body.code, res.body.message]).toEqual([value, 415, 'UNSUPPORTED_MEDIA_TYPE', expect.stringMatching(/charset|encoding|UTF-8/i)]);
    }
    // A request with no body at all still reaches its route and is refused there for what is missing.
    const empty = await t.http.post(`${C}/share-allotments`).set(t.auth('secretary'));
    expect(empty.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(await state()).toEqual(before);
  });

  it('a JSON or CSV body declared in a charset other than UTF-8 (utf-16le, UTF-16, windows-1252) is a 415 in the one error shape, and changes nothing', async () => {
    const before = await state();
    const body = JSON.stringify({ effectiveOn: '2020-01-01', holder: { practiceId: 'practice-z00001' } });
    for (const [charset, bytes] of [['utf-16le', Buffer.from(body, 'utf16le')], ['UTF-16', Buffer.from(body, 'utf16le')], ['"utf-16le"', Buffer.from(body, 'utf16le')], ['utf-32', Buffer.from(body)]] as const) {
      const res = await t.http.post(`${C}/share-allotments`).set(t.auth('secretary')).set('content-type', `application/json; charset=${charset}`).send(bytes);
      expect([charset, res.status, Object.keys(res.body).sort()]).toEqual([charset, 415, ['code', 'message', 'statusCode']]);
      expect(res.body).toMatchObject({ statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('UTF-8') });
    }
    const csv = await t.http.post(`${C}/filings/import`).set(t.auth('secretary')).set('content-type', 'text/csv; charset=windows-1252').send('kind,reference,filedOn\n');
    expect([csv.status, csv.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    expect(await state()).toEqual(before);
    // UTF-8 declared in any case, quoted or not, is read as before (here refused for what it says: the practice already holds a share).
    for (const charset of ['UTF-8', '"utf-8"']) {
      const res = await t.http.post(`${C}/share-allotments`).set(t.auth('secretary')).set('content-type', `application/json; charset=${charset}`).send(body);
      expect([charset, res.status, res.body.code]).toEqual([charset, 409, 'PRACTICE_ALREADY_A_MEMBER']);
    }
  });

  it('the widest window of deadlines still answers, and promptly', async () => {
    const started = Date.now();
    await t.http.get(`${C}/deadlines?from=1800-01-01&to=2999-12-31&asAt=2025-01-01`).set(t.auth('board')).expect(200);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
