/**
 * TU-5 (reg 12) and TU-8 (regs 15–16) on a TUPE transfer's page: "Claims and their time limits" says
 * each claim the transfer's breaches open in one sentence (who may claim against whom, for what, by
 * when, for how much, open or closed); the compliant seeded transfer says none arises. A board member
 * reads the same total, and the page shows no employee's pay to them.
 */
import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const web = useWebHarness({ seedAlliance: true });
const API = `/api/companies/${COMPANY}/tupe-transfers`;

const row = (n: number, over: Record<string, unknown> = {}) => ({
  staff_number: `WC-${n}`, name: `Synthetic Page Claims ${n}`, role: 'Health visitor (synthetic)', band: '6', fte: 1, continuous_service_date: '2012-09-01',
  date_of_birth: `1984-05-${String(n).padStart(2, '0')}`, annual_pay_pence: '3100000', pension_scheme: 'nhs', assigned_percent: 100,
  s1_particulars: 'on file', discipline_grievance_2y: 'none', claims_2y: 'none', collective_agreements: 'AfC', ...over,
});

/** The section's text, spaces collapsed. */
async function claimsSection(page: import('playwright-core').Page): Promise<string> {
  const heading = page.getByRole('heading', { name: 'Claims and their time limits' });
  await heading.waitFor();
  const text = await heading.evaluate((h) => {
    const parts: string[] = [];
    for (let e = h.nextElementSibling; e && e.tagName !== 'H2' && e.tagName !== 'TABLE'; e = e.nextElementSibling) parts.push(e.textContent ?? '');
    return parts.join(' ');
  });
  return text.replace(/\s+/g, ' ').trim();
}

describe('the claims on a TUPE transfer page', () => {
  beforeAll(async () => {
    // ELI late (due 2018-08-04, received 2018-08-20) and the transferor informed nobody: both claims.
    const http = web.app.http;
    const secretary = web.app.auth('secretary');
    await http.post(API).set(secretary).send({
      transferId: 'tupe-web-claims', transferorId: 'barts-health', transfereeId: COMPANY, type: 'service-provision-change', transferDate: '2018-09-01',
      representation: { basis: 'recognised-union', unionRecognised: true },
      measures: { transferor: { envisaged: false, description: 'None' }, transferee: { envisaged: false, description: 'None' } },
      pension: { route: 'new-fair-deal', reference: 'SYNTHETIC-DIRECTION-TEST' },
    }).expect(201);
    await http.post(`${API}/tupe-web-claims/eli-receipts`).set(secretary).send({ receivedOn: '2018-08-20' }).expect(201);
    await http.post(`${API}/tupe-web-claims/employees`).set(secretary).send({ rows: [row(1), row(2), row(3, { annual_pay_pence: '2345678' }), row(4, { annual_pay_pence: null })] }).expect(201);
  }, 180_000);

  it('TU-5 and TU-8: each claim in a sentence, open within the three months and closed the day after', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/alliance/tupe/tupe-web-claims?asAt=2018-12-01');
    const closed = await claimsSection(page);
    expect(closed).toContain('Reg 12 (TU-5): the company may claim against Barts Health NHS Trust for the late employee liability information, by 30 November 2018 — at least £2,000.00 for 4 employees. Closed.');
    expect(closed).toContain(
      "Regs 15–16 (TU-8): the employees or their representatives may claim against Barts Health NHS Trust and the company, jointly and severally, for the failure to inform or consult, by 30 November 2018 — up to £21,364.20 (13 weeks' pay each) for 4 employees (1 employee without pay recorded, not counted). Closed.",
    );
    await page.goto('/alliance/tupe/tupe-web-claims?asAt=2018-11-30');
    const open = await claimsSection(page);
    expect(open).toContain('by 30 November 2018 — at least £2,000.00 for 4 employees. Open.');
    expect(open).not.toContain('Closed.');
    await context.close();
  }, 120_000);

  it('a board member reads the same total; the page shows them no employee\'s pay', async () => {
    const { context, page } = await web.session('board');
    await page.goto('/alliance/tupe/tupe-web-claims?asAt=2018-10-01');
    expect(await claimsSection(page)).toContain("up to £21,364.20 (13 weeks' pay each) for 4 employees");
    const body = (await page.locator('main').textContent())!;
    for (const pay of ['£31,000.00', '£23,456.78', '£7,750.00', '£5,864.20']) expect(body).not.toContain(pay);
    await context.close();
  }, 120_000);

  it('the seeded 2016 transfer from Barts Health has no findings, so no claim arises', async () => {
    const { context, page } = await web.session('auditor');
    await page.goto('/alliance/tupe/tupe-2016-health-visiting?asAt=2016-05-01');
    expect(await claimsSection(page)).toBe('No claim arises from the checks.');
    await context.close();
  }, 120_000);
});
