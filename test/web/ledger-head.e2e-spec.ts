import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { keyIdOf } from '../../apps/api/src/ledger/checkpoint';
import { ledgerHead } from '../support/ledger';
import { seriousViolations, useWebHarness } from './browser';

const web = useWebHarness();

/** The value of a row of the ledger page's summary of the signed head, by its key's words. */
async function headRow(page: Page, key: string): Promise<string> {
  const row = page.locator('main dl .nhsuk-summary-list__row', { has: page.locator('dt', { hasText: new RegExp(`^\\s*${key.replace(/[()]/g, '\\$&')}\\s*$`) }) });
  return (await row.locator('dd').first().textContent())!.trim();
}

/** Fills in "Check a head you wrote down earlier" and sends it; the status of the answer. */
async function checkHead(page: Page, entry: string, hash: string): Promise<number> {
  await page.getByLabel('Entry number').fill(entry);
  await page.getByLabel('Hash of that entry').fill(hash);
  const [response] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === '/ledger/check'), page.getByRole('button', { name: 'Check the head' }).click()]);
  await page.waitForLoadState('domcontentloaded');
  return response.status();
}

describe('the ledger page, for an auditor who is not a programmer', () => {
  it('shows the signed head (entry number, hash, signed at) and the full public key with its fingerprint, and says what they are for', async () => {
    const { context, page } = await web.session('auditor');
    await page.goto('/ledger');
    const head = await ledgerHead(web.app);
    expect(await headRow(page, 'Entry number')).toBe(String(head.headSequence));
    expect(await headRow(page, 'Hash')).toBe(head.headHash);
    expect(await headRow(page, 'Signed at')).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d UTC$/);
    const key = await headRow(page, "The service's public key (Ed25519, base64url)");
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await headRow(page, 'Key fingerprint')).toBe(keyIdOf(key));
    // The same key as the API's checkpoint names.
    const api = (await web.app.http.get(`/api/companies/tower-hamlets-gp-care-group/ledger/checkpoint`).set(web.app.auth('auditor')).expect(200)).body;
    expect(key).toBe(api.publicKey);
    const main = (await page.locator('main').textContent())!.replace(/\s+/g, ' ');
    expect(main).toContain('Write down the entry number and the hash below');
    expect(main).toContain('check with the form below that the ledger still holds that entry with that hash');
    await context.close();
  });

  it('checks a head written down: the true one is held; a wrong hash and an entry not there are not, in words; nothing is written', async () => {
    const { context, page } = await web.session('auditor');
    await page.goto('/ledger');
    const before = await ledgerHead(web.app);
    const entry = await headRow(page, 'Entry number');
    const hash = await headRow(page, 'Hash');

    // As written down by hand: capitals and a space are read as the same hash.
    expect(await checkHead(page, entry, `${hash.slice(0, 32).toUpperCase()} ${hash.slice(32)}`)).toBe(200);
    let answer = (await page.locator('#head-answer').textContent())!.replace(/\s+/g, ' ');
    expect(answer).toContain(`The ledger still holds entry ${entry} with that hash`);
    expect(answer).toContain(`Nothing up to and including entry ${entry} has been changed or removed since you wrote it down`);
    expect(await seriousViolations(page)).toEqual([]);

    // An earlier head, as on a report's footer, is held too.
    const earlier = (await web.app.http.get('/api/companies/tower-hamlets-gp-care-group/ledger?afterSequence=2&limit=1').set(web.app.auth('auditor')).expect(200)).body.entries[0];
    expect(await checkHead(page, '3', earlier.hash)).toBe(200);
    expect(await page.locator('#head-answer').textContent()).toContain('The ledger still holds entry 3 with that hash');

    const wrong = `${hash.slice(0, -1)}${hash.endsWith('0') ? '1' : '0'}`;
    expect(await checkHead(page, entry, wrong)).toBe(200);
    answer = (await page.locator('#head-answer').textContent())!.replace(/\s+/g, ' ');
    expect(answer).toContain(`The ledger does not hold entry ${entry} with that hash`);
    expect(answer).toContain(`Entry ${entry} now has the hash ${hash}`);
    expect(answer).toContain('or the ledger was rewritten after you wrote it down');
    // The answer is where the eye is: the page opens at the check, not at its top.
    expect(new URL(page.url()).hash).toBe('#check');
    expect(await page.locator('#head-answer').isVisible()).toBe(true);
    const box = (await page.locator('#head-answer').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(page.viewportSize()!.height);
    // The typed values stay in the form.
    expect(await page.getByLabel('Hash of that entry').inputValue()).toBe(wrong);

    const beyond = String(Number(entry) + 5);
    expect(await checkHead(page, beyond, hash)).toBe(200);
    answer = (await page.locator('#head-answer').textContent())!.replace(/\s+/g, ' ');
    expect(answer).toContain(`The ledger does not hold entry ${beyond}`);
    expect(answer).toContain(`The ledger ends at entry ${entry}`);

    // A read: no form that writes was sent, and the ledger is as it was.
    expect(await ledgerHead(web.app)).toEqual(before);
    await context.close();
  });

  it('bad input is answered by the field (422), the typed values kept, and nothing checked or written', async () => {
    const { context, page } = await web.session('auditor');
    await page.goto('/ledger');
    const before = await ledgerHead(web.app);
    expect(await checkHead(page, 'twelve', 'abc123')).toBe(422);
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('There is a problem');
    expect(await page.locator('#entry-error').textContent()).toContain('The entry number must be a whole number from 1, such as 12');
    expect(await page.locator('#hash-error').textContent()).toContain('The hash must be 64 characters, each a digit 0 to 9 or a letter a to f: this one has 6');
    expect(await page.getByLabel('Entry number').inputValue()).toBe('twelve');
    expect(await page.getByLabel('Hash of that entry').inputValue()).toBe('abc123');
    expect(await page.locator('#head-answer').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    expect(await checkHead(page, '4', 'z'.repeat(64))).toBe(422);
    expect(await page.locator('#hash-error').textContent()).toContain('this one has other characters');
    expect(await page.locator('#entry-error').count()).toBe(0);
    expect(await page.getByLabel('Entry number').inputValue()).toBe('4');

    expect(await checkHead(page, '', '')).toBe(422);
    expect(await page.locator('#entry-error').textContent()).toContain('Enter the entry number you wrote down');
    expect(await page.locator('#hash-error').textContent()).toContain('Enter the hash you wrote down');

    // The address takes only the form's two fields.
    expect((await page.goto('/ledger/check?entry=1&hash=a&other=1'))?.status()).toBe(400);
    expect(await ledgerHead(web.app)).toEqual(before);
    await context.close();
  });

  it("the page's steps for checking one entry by hand reproduce each hash from a real export, and link it to the next entry", async () => {
    const { context, page } = await web.session('auditor');
    await page.goto('/ledger');
    const head = await ledgerHead(web.app);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the ledger export (JSON)' }).click()]);
    const file = (await download.path())!;
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const hashes: string[] = [];
    for (let n = 1; n <= head.headSequence; n++) {
      // Find the entry's line: it ends with "sequence":N} (then a comma, but on the last entry's line).
      const found = lines.filter((l) => l.endsWith(`"sequence":${n}}`) || l.endsWith(`"sequence":${n}},`));
      expect([n, found.length]).toEqual([n, 1]);
      // Without the comma at its end.
      const line = found[0]!.replace(/,$/, '');
      // Note the hash (the 64 characters after "hash":"), then delete the whole ,"hash":"…" member.
      const noted = line.slice(line.indexOf('"hash":"') + 8, line.indexOf('"hash":"') + 8 + 64);
      const rest = line.replace(`,"hash":"${noted}"`, '');
      expect(rest.length).toBe(line.length - `,"hash":""`.length - 64);
      // Its SHA-256, with no line break at the end, is the hash noted.
      expect([n, createHash('sha256').update(rest, 'utf8').digest('hex')]).toEqual([n, noted]);
      // The next entry's previous hash is that hash; the first entry's is 64 zeros.
      expect(line).toContain(`"previousHash":"${n === 1 ? '0'.repeat(64) : hashes[n - 2]}"`);
      hashes.push(noted);
    }
    expect(hashes.at(-1)).toBe(head.headHash);

    // The one command the page gives, run as shown on the file saved as ledger.json, gives the head's hash.
    const command = (await page.locator('#hand-check-command').textContent())!;
    expect(command).toContain(`"sequence":${head.headSequence}}`);
    const dir = mkdtempSync(join(tmpdir(), 'ledger-by-hand-'));
    try {
      copyFileSync(file, join(dir, 'ledger.json'));
      const out = execFileSync('bash', ['-c', `set -o pipefail; ${command}`], { cwd: dir, encoding: 'utf8' });
      expect(out.split(/\s/)[0]).toBe(head.headHash);
      // The same command for an entry in the middle gives that entry's hash.
      const middle = Math.ceil(head.headSequence / 2);
      const forMiddle = command.replace(`"sequence":${head.headSequence}}`, `"sequence":${middle}}`);
      expect(execFileSync('bash', ['-c', `set -o pipefail; ${forMiddle}`], { cwd: dir, encoding: 'utf8' }).split(/\s/)[0]).toBe(hashes[middle - 1]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await context.close();
  });

  it('fits a phone (375 px), the head, the key, the answers and the command wrapping within the page', async () => {
    const { context, page } = await web.session('auditor');
    await page.setViewportSize({ width: 375, height: 667 });
    for (const path of ['/ledger', '/ledger/check?entry=x&hash=y', `/ledger/check?entry=3&hash=${'a'.repeat(64)}`]) {
      await page.goto(path);
      expect([path, await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')]).toEqual([path, 0]);
    }
    await context.close();
  });
});
