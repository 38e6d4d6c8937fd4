import { passSpecialResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { expectRefusal } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/** A transfer for the benefit of the community on `transferredOn`, `pence` below full value. */
const transfer = (transferredOn: string, pence: number) => ({
  transferredOn,
  description: `Clinic equipment (synthetic, ${transferredOn})`,
  recipientName: 'Example Surgery',
  recipientKind: 'not-asset-locked',
  marketValuePence: pence,
  considerationPence: 0,
  communityBenefit: 'Equipment for a free community clinic',
});

/**
 * CA 2006 s.390(3), CI-5, CI-3 over HTTP on a real database: the directors end each financial year on
 * one day, up to 7 days either side of the accounting reference date (30 September here). Once the
 * company has recorded a year as ending on 3 October 2025 (a dividend declared out of it), that day is
 * the year's end: the asset transfers' yearly totals (the CIC34 figure) and the dividends listed per
 * year count the next year from 4 October, and 30 September 2025 ends none of its years.
 */
describe.each(databaseKinds())('the financial year ends the company recorded (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const get = (path: string) => t.http.get(`${C}/${path}`).set(t.auth('auditor'));
  const year = async (end: string) => (await get(`asset-transfers?financialYearEnd=${end}`).expect(200)).body;
  const ids = (body: { transfers: { transferId: string }[] }) => body.transfers.map((x) => x.transferId);

  it('CI-5, s.390(3): a transfer on the boundary day is counted in exactly one of two adjacent years once a dividend recorded the earlier year end; another day of that period is 422 FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY, for the dividends listed too', async () => {
    const post = (body: object) => t.http.post(`${C}/asset-transfers`).set(t.auth('secretary')).send(body).expect(201);
    const [boundary, after] = [(await post(transfer('2025-10-02', 1_000))).body.transferId, (await post(transfer('2025-10-04', 20_000))).body.transferId];

    // Without any recorded year end, each year the directors may end is taken: the transfer of 2 October is in both, as before.
    expect((await year('2025-10-03')).financialYear).toEqual({ from: '2024-10-01', to: '2025-10-03', totalBelowFullConsiderationPence: 1_000 });
    expect((await year('2026-09-30')).financialYear).toEqual({ from: '2025-10-01', to: '2026-09-30', totalBelowFullConsiderationPence: 21_000 });
    expect((await year('2025-09-30')).financialYear).toEqual({ from: '2024-10-01', to: '2025-09-30', totalBelowFullConsiderationPence: 0 });

    // A dividend declared out of the year ending 3 October 2025 records that day as the year's end.
    const resolutionId = await passSpecialResolution(t, COMPANY, '2025-09-01', [], { text: 'THAT a final dividend be declared (synthetic).' });
    await t.http.post(`${C}/dividends`).set(t.auth('secretary')).send({
      declaredOn: '2025-11-14', financialYearEnd: '2025-10-03', distributableProfitsPence: 10_000_000, totalPence: 1_000,
      resolutionId, articlesAllowDividends: true, articlesClause: 'Article 36 (synthetic)',
    }).expect(201);

    const ending = await year('2025-10-03');
    const next = await year('2026-09-30');
    expect([ending.financialYear, ids(ending)]).toEqual([{ from: '2024-10-01', to: '2025-10-03', totalBelowFullConsiderationPence: 1_000 }, [boundary]]);
    expect([next.financialYear, ids(next)]).toEqual([{ from: '2025-10-04', to: '2026-09-30', totalBelowFullConsiderationPence: 20_000 }, [after]]);

    for (const end of ['2025-09-30', '2025-10-07']) {
      for (const path of [`asset-transfers?financialYearEnd=${end}`, `dividends?financialYearEnd=${end}`]) {
        const refused = await get(path);
        expectRefusal(refused, 422, 'FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY');
        expect([path, refused.body.details]).toEqual([path, { field: 'financialYearEnd', financialYearEnd: end, recordedYearEnd: '2025-10-03', periodEndsOn: '2025-09-30' }]);
        expect(refused.body.message).toContain("the company's financial year for its accounting reference period ending 2025-09-30 ended on 2025-10-03");
      }
    }
    // The recorded day, and the next period's year, are listed as ever.
    expect((await get('dividends?financialYearEnd=2025-10-03').expect(200)).body.declarations.map((d: { dividendId: string }) => d.dividendId)).toEqual(['dividend-2025-10-03-1']);
    expect((await get('dividends?financialYearEnd=2026-09-30').expect(200)).body).toEqual({ declarations: [], years: [] });
  });
});
