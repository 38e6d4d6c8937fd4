import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { flat, pageTexts } from '../../libs/reports/test/read-pdf';
import { readRegister } from '../support/register';
import { seriousViolations, startWebHarness, type WebHarness } from './browser';

let web: WebHarness;
/** Every page a board member or auditor may open (and the secretary's own, below). */
let READ_PAGES: string[];
beforeAll(async () => {
  web = await startWebHarness({ seedAlliance: true });
  const register = await readRegister(web.app, 'status=current&limit=1');
  READ_PAGES = ['/home', '/register', `/register/members/${register.members[0].memberId}`, '/resolutions', '/directors', '/alliance', '/alliance/tupe/tupe-2016-health-visiting', '/ledger'];
}, 180_000);
afterAll(() => web?.close());

const SECRETARY_PAGES = ['/share-changes', '/share-changes?kind=allotment', '/share-changes?kind=cancellation', '/access'];

async function open(page: Page, path: string): Promise<number> {
  const response = await page.goto(path);
  return response?.status() ?? 0;
}

/** Forms in the page's main content that send a POST (the header's sign-out form is not one of them). */
const writeForms = (page: Page) => page.locator('main form[method="post"]').count();

describe('what each role sees on the pages', () => {
  it('the secretary sees every page, with its forms, and no page has a serious or critical accessibility violation', async () => {
    const { context, page } = await web.session('secretary');
    // The pages every role sees get their accessibility check in the board's test; these are the secretary's own.
    for (const path of [...READ_PAGES, ...SECRETARY_PAGES]) {
      expect([path, await open(page, path)]).toEqual([path, 200]);
      if (SECRETARY_PAGES.includes(path) || path.startsWith('/alliance/tupe') || path === '/resolutions' || path === '/directors') {
        expect([path, await seriousViolations(page)]).toEqual([path, []]);
      }
    }
    await open(page, '/share-changes');
    expect(await writeForms(page)).toBe(1);
    await open(page, '/alliance/tupe/tupe-2016-health-visiting');
    expect(await page.getByRole('columnheader', { name: 'Date of birth' }).count()).toBe(1);
    await context.close();
  }, 300_000);

  it('TU-4: a staff list (employee liability information) with bad rows is refused listing every one of them, and nothing is saved', async () => {
    const transfer = '/alliance/tupe/tupe-2016-health-visiting';
    const staff = async () => (await web.app.http.get(`/api/companies/tower-hamlets-gp-care-group/tupe-transfers/tupe-2016-health-visiting/employees`).set(web.app.auth('secretary'))).body;
    const before = await staff();
    const csv = [
      'staff_number,name,role,band,fte,continuous_service_date,pension_scheme,assigned_percent',
      'N-1,Ann Example,Health visitor,6,1,2010-04-01,nhs,100',
      'N-2,,Health visitor,6,1,2010-04-01,nhs,100',
      'N-3,Bob Example,Nursery nurse,11,1,2012-04-01,nhs,100',
    ].join('\n');
    const { context, page } = await web.session('secretary');
    await page.goto(transfer);
    await page.getByLabel('Staff list (CSV)').setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Upload and check' }).click()]);
    expect(response.status()).toBe(422);
    const problems = (await page.locator('.nhsuk-error-summary li').allTextContents()).map((p) => p.trim());
    // Row 1 is the header; row 2 is right, rows 3 (no name) and 4 (no band 11) are not.
    expect(problems.some((p) => p.startsWith('Row 3, name'))).toBe(true);
    expect(problems.some((p) => p.startsWith('Row 4, band'))).toBe(true);
    expect(problems.some((p) => p.startsWith('Row 2,'))).toBe(false);
    expect(await staff()).toEqual(before);
    await context.close();
  });

  // Accessibility is checked once per page: here on the board's pages (the auditor's are the same pages).
  it.each(['board', 'auditor'] as const)('as %s: never a write form, a secretary page or personal data', async (role) => {
    const { context, page } = await web.session(role);
    for (const path of READ_PAGES) {
      expect([path, await open(page, path)]).toEqual([path, 200]);
      expect([path, await writeForms(page)]).toEqual([path, path === '/ledger' ? 1 : 0]);
      if (role === 'board') expect([path, await seriousViolations(page)]).toEqual([path, []]);
    }
    // The ledger's one form is "Verify now", which writes nothing.
    await open(page, '/ledger');
    expect(await page.locator('main form[method="post"]').getAttribute('action')).toBe('/ledger/verify');
    // TUPE personal data (dates of birth, pay, names) is the secretary's only.
    await open(page, '/alliance/tupe/tupe-2016-health-visiting');
    expect(await page.getByRole('columnheader', { name: 'Date of birth' }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Annual pay' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Access' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Share changes' }).count()).toBe(0);
    for (const path of SECRETARY_PAGES) {
      expect([path, await open(page, path)]).toEqual([path, 403]);
      expect(await page.locator('main form').count()).toBe(0);
    }
    // A write sent anyway (with the page's own CSRF token) is refused for the role, and records nothing.
    await open(page, '/home');
    const before = (await web.app.http.get('/api/companies/tower-hamlets-gp-care-group/ledger/verify').set(web.app.auth('auditor'))).body.headSequence;
    const csrf = await page.locator('header form').getAttribute('action');
    const token = new URL(csrf!, web.baseUrl).searchParams.get('_csrf')!;
    const refused = await page.request.post('/share-changes/transfer', { form: { _csrf: token, shareNumber: '1', effectiveOn: '2024-01-01' } });
    expect(refused.status()).toBe(403);
    const after = (await web.app.http.get('/api/companies/tower-hamlets-gp-care-group/ledger/verify').set(web.app.auth('auditor'))).body.headSequence;
    expect(after).toBe(before);
    await context.close();
  }, 300_000);

  it('a board member finds members by the start of their name, and downloads the register of members as a PDF naming them', async () => {
    const { context, page } = await web.session('board');
    await open(page, '/register');
    await page.getByLabel('Name begins with').fill('demo practice 0');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForLoadState('domcontentloaded');
    const found = (await page.locator('main table tbody tr td:first-child').allTextContents()).map((n) => n.trim());
    expect(found.length).toBeGreaterThan(0);
    for (const name of found) expect(name.toLowerCase().startsWith('demo practice 0')).toBe(true);
    await open(page, '/register');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the register (PDF)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = flat((await pageTexts(pdf)).join(' '));
    const firstMember = (await page.locator('main table tbody tr td a').first().textContent())!.trim();
    expect(text).toContain(flat(firstMember));
    await context.close();
  });

  it('an auditor verifies the ledger with "Verify now" and the home page then shows it verified', async () => {
    const { context, page } = await web.session('auditor');
    await open(page, '/ledger');
    await page.getByRole('button', { name: 'Verify now' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.getByRole('heading', { name: 'Ledger verified: intact' }).count()).toBe(1);
    const head = (await web.app.http.get('/api/companies/tower-hamlets-gp-care-group/ledger/verify').set(web.app.auth('auditor'))).body;
    expect(await page.locator('main').textContent()).toContain(head.headHash);
    await open(page, '/home');
    expect(await page.getByText('Intact').count()).toBe(1);
    await context.close();
  });
});
