import { readFileSync } from 'node:fs';
import { useWebHarness } from './browser';

const web = useWebHarness();

describe('the register downloaded as CSV from the register page', () => {
  it('RM-1: a board member downloads the register for Excel; its columns are headed in words, not field names', async () => {
    const { context, page } = await web.session('board');
    await page.goto('/register');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the register for Excel (CSV)' }).click()]);
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]!.split(',')).toEqual([
      'Member name', 'Registered address', 'Date entered on register', 'Date ceased to be a member', 'Share numbers', 'Share class',
      'Nominal value (pence)', 'Amount paid up (pence)', 'Joint holders', 'Shares held and how each came and went', 'Earlier names and addresses',
      'Voided', 'Voided ledger entry', 'What the voided entry recorded', 'Date voided', 'Reason voided', 'Court order reference', 'Correcting ledger entry', 'Entered in its place',
    ]);
    expect(lines[0]).not.toMatch(/[a-z][A-Z]/);
    expect(lines.filter((l) => l.startsWith('Demo Practice 01 (synthetic),'))).toHaveLength(1);
    await context.close();
  }, 120_000);
});
