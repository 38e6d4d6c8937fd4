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
});
