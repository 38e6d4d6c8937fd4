import type { Response } from 'superagent';
import { passBoardResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

describe.each(databaseKinds())('register.csv (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
    // A holder entered with a name and an address a spreadsheet would run as formulas.
    const [{ memberId }] = await t.sql<{ memberId: string }>(`select member_id as "memberId" from share_holding where share_number = 1 and held_to is null`);
    const authorisedBy = await passBoardResolution(t, COMPANY, '2024-02-01', [{ action: 'transfer', shareNumber: 1 }]);
    await t.http
      .post(`${C}/share-transfers`)
      .set(t.auth('secretary'))
      .send({ shareNumber: 1, fromMemberId: memberId, to: { practiceId: 'practice-z00001', name: '=HYPERLINK("http://example.invalid","x")', address: '@SUM(1+1)' }, lodgedOn: '2024-02-01', effectiveOn: '2024-02-02', authorisedBy })
      .expect(201);
  });
  afterAll(() => t.close());

  it('neutralises cells starting with = + - @ (OWASP): a single quote first, and quoted', async () => {
    const res = await t.http.get(`${C}/reports/register.csv?asAt=2024-02-02`).set(t.auth('board')).expect(200);
    const line = res.text.split('\r\n').find((l) => l.includes('HYPERLINK'));
    expect(line).toMatch(/^"'=HYPERLINK\(""http:\/\/example\.invalid"",""x""\)","'@SUM\(1\+1\)",2024-02-02,,1,/);
    expect(res.text.split('\r\n').filter((l) => /^[=+\-@]/.test(l) || /,[=+\-@]/.test(l))).toEqual([]);
  });

  it('starts with a UTF-8 byte-order mark with ?bom=true, and without one by default', async () => {
    const withBom = await t.http.get(`${C}/reports/register.csv?asAt=2024-02-02&bom=true`).set(t.auth('board')).buffer(true).parse(rawText).expect(200);
    expect(withBom.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const plain = await t.http.get(`${C}/reports/register.csv?asAt=2024-02-02`).set(t.auth('board')).buffer(true).parse(rawText).expect(200);
    expect(plain.body.subarray(0, 12).toString()).toBe('Member name,');
    await t.http.get(`${C}/reports/register.csv?bom=yes`).set(t.auth('board')).expect(400);
  });
});

/** The body's bytes as sent (supertest's text parser would decode them and drop the byte-order mark). */
function rawText(res: Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
