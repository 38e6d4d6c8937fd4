/**
 * A read that takes no query refuses one, as the downloads do (bad-input-queries.e2e-spec.ts): a
 * parameter such as `asAt` on a route that cannot read as at a day is a 400 naming it, never quietly
 * ignored so that the answer looks as if it were as at that day.
 */
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

describe.each(databaseKinds())('reads that take no query (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    // With the alliance and TUPE seed: the partner organisations and the 2016 transfer from Barts Health.
    t = await startTestApp(kind, { seedAlliance: true });
  }, 300_000);
  afterAll(() => t?.close());

  it('a read that takes no query (the companies, tokens, certificates, organisations, the checkpoint, a staff list) refuses one with 400 naming it, rather than ignoring it', async () => {
    const secretary = t.auth('secretary');
    const reads = ['/api/companies', `/api/companies/${COMPANY}`, '/api/tokens', `${C}/certificates`, `${C}/organisations`, `${C}/organisations/barts-health`, `${C}/ledger/checkpoint`, `${C}/tupe-transfers/tupe-2016-health-visiting/employees`];
    for (const path of reads) {
      expect([path, (await t.http.get(path).set(secretary)).status]).toEqual([path, 200]);
      for (const [query, field] of [['asAt=2024-06-30', 'asAt'], ['asAt=abc', 'asAt'], ['colour=red', 'colour']]) {
        const res = await t.http.get(`${path}?${query}`).set(secretary);
        expect([path, query, res.status, res.body.code]).toEqual([path, query, 400, 'VALIDATION_FAILED']);
        expect([path, query, JSON.stringify(res.body.details)]).toEqual([path, query, expect.stringContaining(`"${field}`)]);
      }
    }
  }, 120_000);
});
