/**
 * Queries the downloads and pages do not take: a download (PDF, CSV, the ledger's export), on the API
 * or the pages, refuses a parameter it does not take, or one sent twice, with a 400 naming it, as
 * `copy.pdf` refuses `asAt=garbage`; a page's `asAt` is sent once as `asAt=YYYY-MM-DD`, never ignored.
 */
import request from 'supertest';
import { passBoardResolution } from './support/authority';
import { todayAndTomorrow } from './support/dates';
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

describe.each(databaseKinds())('downloads and pages refuse a query they do not take (%s)', (kind) => {
  let t: TestApp;
  let agent: ReturnType<typeof request.agent>;
  let meetingId: string;
  let resolutionId: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const secretary = t.auth('secretary');
    resolutionId = await passBoardResolution(t, COMPANY, '2024-06-01', [{ action: 'transfer', shareNumber: 5 }]);
    const [chair] = (await t.http.get(`${C}/directors?asAt=2024-06-01`).set(secretary).expect(200)).body as { directorId: string }[];
    meetingId = (await t.http.post(`${C}/meetings`).set(secretary)
      .send({ kind: 'board', heldOn: '2024-06-05', chairDirectorId: chair!.directorId, items: [{ text: 'THAT the accounts be noted (synthetic).' }], attendance: [{ directorId: chair!.directorId }] }).expect(201)).body.meetingId;
    await t.http.post(`${C}/shares/7/certificates`).set(secretary).send({ issuedOn: (await todayAndTomorrow()).today }).expect(201);
    agent = request.agent(t.app.getHttpServer());
    const start = await agent.get('/').set('Accept', 'text/html');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(start.text)![1]!;
    await agent.post('/sign-in').type('form').send({ _csrf: csrf, token: t.tokens.secretary }).expect(303);
  }, 300_000);
  afterAll(() => t?.close());

  /** Each download: its address, and whether it takes `asAt`. */
  const apiDownloads = (): [string, boolean][] => [
    [`${C}/reports/register-of-members.pdf`, true],
    [`${C}/reports/register.csv`, true],
    [`${C}/reports/alliance.pdf`, true],
    [`${C}/reports/officers.pdf`, true],
    [`${C}/resolutions/${resolutionId}/copy.pdf`, true],
    [`${C}/meetings/${meetingId}/minutes.pdf`, false],
    [`${C}/shares/7/certificate.pdf`, false],
    [`${C}/certificates/1/certificate.pdf`, false],
    [`${C}/ledger/export`, false],
  ];
  const pageDownloads = (): [string, boolean][] => [
    ['/register/register-of-members.pdf', true],
    ['/register/register.csv', true],
    ['/officers/officers.pdf', true],
    ['/alliance/alliance.pdf', true],
    [`/resolutions/${encodeURIComponent(resolutionId)}/copy.pdf`, true],
    [`/meetings/${encodeURIComponent(meetingId)}/minutes.pdf`, false],
    ['/register/shares/7/certificate.pdf', false],
    ['/certificates/1/certificate.pdf', false],
    ['/ledger/export', false],
  ];
  const badQueries = (takesAsAt: boolean): [string, string][] => [
    ['colour=red', 'colour'],
    ['asAt[]=2024-06-30', 'asAt[]'],
    ['asAt[x]=2024-06-30', 'asAt[x]'],
    ['asAt=2024-06-30&asAt=2024-07-01', 'asAt'],
    ...(takesAsAt ? [] : ([['asAt=garbage', 'asAt'], ['asAt=2024-06-30', 'asAt']] as [string, string][])),
  ];

  it('every API download answers without a query, and refuses a parameter it does not take, or sent twice, with 400 VALIDATION_FAILED naming it', async () => {
    for (const [path, takesAsAt] of apiDownloads()) {
      expect([path, (await t.http.get(path).set(t.auth('auditor'))).status]).toEqual([path, 200]);
      for (const [query, field] of badQueries(takesAsAt)) {
        const res = await t.http.get(`${path}?${query}`).set(t.auth('auditor'));
        expect([path, query, res.status, res.body.code]).toEqual([path, query, 400, 'VALIDATION_FAILED']);
        expect([path, query, JSON.stringify(res.body.details)]).toEqual([path, query, expect.stringContaining(`"${field}`)]);
      }
    }
  }, 120_000);

  it('every page download answers without a query, and refuses a parameter it does not take, or sent twice, with a 400 page naming it', async () => {
    for (const [path, takesAsAt] of pageDownloads()) {
      expect([path, (await agent.get(path).set('Accept', 'text/html')).status]).toEqual([path, 200]);
      for (const [query, field] of badQueries(takesAsAt)) {
        const res = await agent.get(`${path}?${query}`).set('Accept', 'text/html');
        expect([path, query, res.status, res.headers['content-type']]).toEqual([path, query, 400, expect.stringMatching(/^text\/html/)]);
        expect([path, query, res.text.replace(/&#39;/g, "'")]).toEqual([path, query, expect.stringContaining(`'${field}'`)]);
      }
    }
  }, 120_000);

  it('a page read as at a day takes asAt once, as asAt=YYYY-MM-DD: asAt[]=… or asAt sent twice is a 400 page naming it, not ignored', async () => {
    for (const page of ['/home', '/register', '/officers', '/directors', '/company', '/meetings', '/resolutions', '/practices', '/inspection', `/meetings/${encodeURIComponent(meetingId)}`]) {
      expect([page, (await agent.get(`${page}?asAt=2024-06-30`).set('Accept', 'text/html')).status]).toEqual([page, 200]);
      for (const [query, field] of [['asAt[]=2024-06-30', 'asAt[]'], ['asAt=2024-06-30&asAt=2024-07-01', 'asAt']]) {
        const res = await agent.get(`${page}?${query}`).set('Accept', 'text/html');
        expect([page, query, res.status, res.text.replace(/&#39;/g, "'").includes(`'${field}'`)]).toEqual([page, query, 400, true]);
      }
    }
  }, 120_000);
});
