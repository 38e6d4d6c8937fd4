/**
 * A TUPE transfer as at a day, on its page and in the API: an objection made after the day has not been
 * made yet (TU-3, reg 4(7)), so the staff table, the totals and the findings treat that employee as
 * transferring: their missing employee liability information is a breach then (TU-4, reg 11), and is
 * none once they have objected.
 */
import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const web = useWebHarness({ seedAlliance: true });
const API = `/api/companies/${COMPANY}/tupe-transfers`;

const row = (n: number, over: Record<string, unknown> = {}) => ({
  staff_number: `WA-${n}`, name: `Synthetic As At ${n}`, role: 'School nurse (synthetic)', band: '6', fte: 1, continuous_service_date: '2012-09-01',
  date_of_birth: `1984-05-${String(n).padStart(2, '0')}`, annual_pay_pence: '3100000', pension_scheme: 'nhs', assigned_percent: 100,
  s1_particulars: 'on file', discipline_grievance_2y: 'none', claims_2y: 'none', collective_agreements: 'AfC', ...over,
});

type Finding = { rule: string; severity: string; staffNumber: string | null };

describe('a TUPE transfer as at a day before an objection', () => {
  beforeAll(async () => {
    const http = web.app.http;
    const secretary = web.app.auth('secretary');
    await http.post(API).set(secretary).send({
      transferId: 'tupe-web-as-at', transferorId: 'barts-health', transfereeId: COMPANY, type: 'service-provision-change', transferDate: '2018-09-01',
      representation: { basis: 'recognised-union', unionRecognised: true },
      measures: { transferor: { envisaged: false, description: 'None' }, transferee: { envisaged: false, description: 'None' } },
      pension: { route: 'new-fair-deal', reference: 'SYNTHETIC-DIRECTION-TEST' },
    }).expect(201);
    await http.post(`${API}/tupe-web-as-at/eli-receipts`).set(secretary).send({ receivedOn: '2018-08-01' }).expect(201);
    const rows = [row(1), row(2, { objection_date: '2018-08-10' }), row(3, { date_of_birth: null, objection_date: '2018-08-25' })];
    await http.post(`${API}/tupe-web-as-at/employees`).set(secretary).send({ rows }).expect(201);
  }, 180_000);

  it('TU-3, TU-4: as at 15 August WA-3 has not objected: the page shows them transferring, and their missing date of birth is a breach; from 25 August neither', async () => {
    const findings = async (asAt: string) =>
      ((await web.app.http.get(`${API}/tupe-web-as-at?asAt=${asAt}`).set(web.app.auth('auditor')).expect(200)).body.findings as Finding[]).map((f) => `${f.rule} ${f.severity} ${f.staffNumber ?? ''}`.trim());
    expect(await findings('2018-08-15')).toContain('TU-4 breach WA-3');
    expect(await findings('2018-08-25')).not.toContain('TU-4 breach WA-3');

    const { context, page } = await web.session('board');
    const objected = async (asAt: string) => {
      await page.goto(`/alliance/tupe/tupe-web-as-at?asAt=${asAt}`);
      const rows = page.locator('table', { hasText: 'Objected' }).locator('tbody tr');
      const cells: string[][] = [];
      for (let n = 0; n < (await rows.count()); n += 1) cells.push((await rows.nth(n).locator('td').allTextContents()).map((x) => x.replace(/\s+/g, ' ').trim()));
      return { cells, listed: (await page.locator('main').textContent())!.replace(/\s+/g, ' ') };
    };
    const before = await objected('2018-08-15');
    expect(before.listed).toContain('3 (2 transfer, 1 objected)');
    expect([before.cells.length, before.cells.filter((c) => c.some((x) => /\bYes$/.test(x))).length]).toEqual([3, 1]);
    const after = await objected('2018-08-25');
    expect(after.listed).toContain('3 (1 transfer, 2 objected)');
    expect([after.cells.length, after.cells.filter((c) => c.some((x) => /\bYes$/.test(x))).length]).toEqual([3, 2]);
    await context.close();
  }, 120_000);
});
