/**
 * The staff list uploaded on a TUPE transfer's page (TU-1: employee liability information) is read as
 * UTF-8 text: a file saved as a spreadsheet's "Unicode text" (UTF-16) or an empty file is refused
 * beside the field saying what is wrong with it and how to save it, and nothing is written.
 */
import { ledgerHead } from '../support/ledger';
import { useWebHarness } from './browser';

const web = useWebHarness({ seedAlliance: true });
const PAGE = '/alliance/tupe/tupe-2016-health-visiting';
const CSV = 'name,date_of_birth\nSynthetic Person,1980-01-01\n';

describe('the staff list uploaded on a TUPE transfer page', () => {
  it.each([
    ['UTF-16 with its byte-order mark (a spreadsheet\'s "Unicode text")', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]), 'is not a CSV file in UTF-8'],
    ['bytes that are not UTF-8 (Windows-1252)', Buffer.from('name,date_of_birth\nJos\xe9 Synthetic,1980-01-01\n', 'latin1'), 'is not a CSV file in UTF-8'],
    ['an empty file', Buffer.alloc(0), 'The file chosen is empty'],
  ])('%s: refused beside the field with what is wrong, nothing written', async (_what, buffer, problem) => {
    const { context, page } = await web.session('secretary');
    await page.goto(PAGE);
    await page.locator('#staffList').setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer });
    const before = await ledgerHead(web.app);
    const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Upload and check' }).click()]);
    await page.waitForLoadState('domcontentloaded');
    expect(answer.status()).toBe(422);
    const said = (await page.locator('#staffList-error').textContent())!;
    expect(said).toContain(problem);
    expect(said).not.toContain('Choose a CSV file');
    expect(await ledgerHead(web.app)).toEqual(before);
    await context.close();
  }, 120_000);

  it('TU-1: the page lists the columns the import takes, by header, with what each holds; a staff list refused is said for people, naming each column as in the header; pay has thousands separated', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto(PAGE);
    const columns = page.locator('table.app-staff-list-columns');
    for (const header of ['staff_number', 'name', 'role', 'band', 'fte', 'fte_hundredths', 'continuous_service_date', 'pension_scheme', 'assigned_percent', 'annual_pay_pence', 'objection_date']) {
      expect([header, await columns.locator('tbody tr', { has: page.locator('code', { hasText: new RegExp(`^${header}$`) }) }).count()]).toEqual([header, 1]);
    }
    expect(await columns.locator('tbody tr', { hasText: 'continuous_service_date' }).textContent()).toContain('The date continuous employment began');
    const pay = (await page.locator('main table').first().locator('tbody td:nth-child(5)').allTextContents()).map((t) => t.replace('Annual pay', '').trim()).filter((t) => t !== '');
    expect(pay.length).toBeGreaterThan(0);
    for (const p of pay) expect(p).toMatch(/^£\d{1,3}(,\d{3})*\.\d{2}$/);
    expect(pay.some((p) => p.includes(','))).toBe(true);

    const csv = 'staffnumber,name,role,band,fte,pension_scheme,assigned_percent\nS1,Synthetic Person,Nurse,5,1,nhs,100\n';
    await page.locator('#staffList').setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const before = await ledgerHead(web.app);
    const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Upload and check' }).click()]);
    await page.waitForLoadState('domcontentloaded');
    expect(answer.status()).toBe(422);
    const summary = (await page.locator('.nhsuk-error-summary').textContent())!;
    expect(summary).toContain('The header row has a column “staffnumber” that a staff list does not have: write it “staff_number”');
    expect(summary).toContain('The header row has no “continuous_service_date” column: add it, with the date continuous employment began');
    expect(summary).not.toContain('not a staff list column');
    expect(summary).not.toMatch(/, continuous_service_date:/);
    expect(await ledgerHead(web.app)).toEqual(before);
    await context.close();
  }, 120_000);
});
