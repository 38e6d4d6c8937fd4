/**
 * Screenshots of the main pages, for docs/ui/ (linked from the README):
 *
 *   npm run screenshots:web
 *
 * Starts the built service (as `npm start` does) on a fresh data directory with the full seed, signs
 * in with Debian's Chromium (playwright-core, no browser download) as the secretary and as a board
 * member, and saves one PNG per page. CHROMIUM names another browser binary.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'docs', 'ui');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync'];

async function main(): Promise<void> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'cic-screenshots-'));
  const adminToken = `cic_${randomBytes(24).toString('base64url')}`;
  const service = spawn(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_TOKEN: adminToken, LOG_LEVEL: 'error', THROTTLE_WRITES: '0' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/health`, 120_000);
    const board = await fetch(`${base}/api/tokens`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${adminToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Dr A. Board', role: 'board' }),
    }).then((r) => r.json() as Promise<{ token: string }>);
    mkdirSync(OUT, { recursive: true });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    try {
      const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await shot(page, '/', 'sign-in');
      await signIn(page, adminToken);
      await shot(page, '/home', 'home');
      await shot(page, '/register', 'register');
      const member = await page.locator('main table tbody tr td a').first().getAttribute('href');
      await shot(page, member!, 'member');
      await shot(page, '/share-changes?kind=transfer', 'share-change');
      // A refused transfer: the share is not the transferor's (and, in the seeded company, where every practice on the list is a member, no practice can receive it).
      await page.getByLabel('Share number').fill('2');
      await page.getByLabel('Transferor (the member who holds the share)').selectOption({ index: 2 });
      if ((await page.locator('select#practiceId').count()) > 0) await page.locator('select#practiceId').selectOption({ index: 1 });
      await page.getByRole('button', { name: 'Record the transfer' }).click();
      await page.waitForLoadState('domcontentloaded');
      await page.screenshot({ path: join(OUT, 'share-change-refused.png'), fullPage: true });
      await shot(page, '/resolutions', 'resolutions');
      await shot(page, '/directors', 'directors');
      await shot(page, '/alliance', 'alliance');
      await shot(page, '/alliance/tupe/tupe-2016-health-visiting', 'tupe-transfer');
      await shot(page, '/alliance/contracts/community-health-services/commissioner', 'contract-commissioner');
      await page.goto('/ledger');
      await page.getByRole('button', { name: 'Verify now' }).click();
      await page.waitForLoadState('domcontentloaded');
      await page.screenshot({ path: join(OUT, 'ledger.png'), fullPage: false });
      await shot(page, '/access', 'access');
      await registerYearShots(page);
      await previewShot(page, base, adminToken);
      await shot(page, '/officers', 'officers');
      await shot(page, '/company', 'company');
      await shot(page, '/inspection', 'inspection');
      await meeting(page);
      await shot(page, '/meetings', 'meetings');
      const boardContext = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 900 } });
      const boardPage = await boardContext.newPage();
      await signIn(boardPage, board.token);
      await shot(boardPage, '/resolutions', 'resolutions-board');
      await shot(boardPage, '/officers', 'officers-board');
    } finally {
      await browser.close();
    }
    console.log(`screenshots written to ${OUT}`);
  } finally {
    service.kill('SIGTERM');
    await new Promise((resolve) => service.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The register year's pages: practices, a transfer lodged, the certificate register with a replacement, a correction, a member's particulars. */
async function registerYearShots(page: Page): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  await page.goto('/practices');
  await page.getByLabel('ODS code').fill('Z00038');
  await page.getByLabel('Name of the practice').fill('Example New Practice');
  await page.getByLabel('Address of the practice').fill('38 Example Street, London E1 8AA');
  await page.getByLabel('Date it joins the list').fill(today);
  await page.getByRole('button', { name: 'Admit the practice' }).click();
  await page.waitForLoadState('domcontentloaded');
  await page.screenshot({ path: join(OUT, 'practices.png'), fullPage: false });
  await shot(page, '/practices/practice-z00038', 'practice');
  await page.goto('/transfers');
  await page.getByLabel('Share number').fill('2');
  await page.getByLabel('Transferor (the member who holds the share)').selectOption({ index: 2 });
  await page.getByLabel('Transferee practice').selectOption('practice-z00038');
  await page.getByRole('button', { name: 'Lodge the transfer' }).click();
  await page.waitForLoadState('domcontentloaded');
  await page.screenshot({ path: join(OUT, 'transfer.png'), fullPage: true });
  await shot(page, '/transfers', 'transfers');
  await page.goto('/certificates');
  // A holding without a certificate in force, if any (the seed gives every holding one; a lodged transfer is not yet registered).
  const shares = page.locator('#issue-shareNumber option');
  if ((await shares.count()) > 1) {
    await page.locator('#issue-shareNumber').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Record the certificate' }).click();
    await page.waitForLoadState('domcontentloaded');
  }
  await page.locator('#replacement-replacesCertificate').selectOption({ index: 1 });
  await page.getByRole('radio', { name: 'Lost' }).check();
  await page.getByLabel("Date the holder's indemnity was received").fill(today);
  await page.getByRole('button', { name: 'Issue the replacement' }).click();
  await page.waitForLoadState('domcontentloaded');
  await page.screenshot({ path: join(OUT, 'certificates.png'), fullPage: true });
  await shot(page, '/ledger/corrections', 'correction');
  await page.goto('/register');
  const member = await page.locator('main table tbody tr td a').first().getAttribute('href');
  await shot(page, `${member!.split('?')[0]}/particulars`, 'member-particulars');
}

/**
 * The preview of an authorised transfer of share 3 to the practice admitted above: a board resolution
 * authorising it passed through the API (every director voting for it), then "Preview" on the form.
 */
async function previewShot(page: Page, base: string, token: string): Promise<void> {
  const today = new Date().toISOString().slice(0, 10);
  const api = async (path: string, body: object) => {
    const res = await fetch(`${base}/api/companies/tower-hamlets-gp-care-group${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<{ resolutionId: string; board: { directorId: string }[] }>;
  };
  const resolution = await api('/resolutions', { kind: 'board', procedure: 'meeting', meetingOn: today, text: 'THAT the transfer of share No. 3 be approved.', authorises: [{ action: 'transfer', shareNumber: 3 }] });
  for (const { directorId } of resolution.board) await api(`/resolutions/${resolution.resolutionId}/votes`, { directorId, vote: 'for' });
  await page.goto('/share-changes?kind=transfer');
  await page.getByLabel('Share number').fill('3');
  const holder = await page.locator('#fromMemberId option', { hasText: '(No. 3)' }).getAttribute('value');
  await page.getByLabel('Transferor (the member who holds the share)').selectOption(holder!);
  await page.getByLabel('Practice', { exact: true }).selectOption('practice-z00038');
  await page.getByLabel('Authorising resolution').selectOption(resolution.resolutionId);
  await page.getByRole('button', { name: 'Preview the register after the change' }).click();
  await page.waitForLoadState('domcontentloaded');
  await page.screenshot({ path: join(OUT, 'share-change-preview.png'), fullPage: true });
}

async function shot(page: Page, path: string, name: string): Promise<void> {
  await page.goto(path);
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: !['register', 'alliance', 'directors', 'tupe-transfer', 'officers', 'officers-board', 'company'].includes(name) });
}

/** A board meeting called, attended and voted through the forms, and its page saved. */
async function meeting(page: Page): Promise<void> {
  await page.goto('/meetings');
  await page.getByRole('radio', { name: 'Board meeting' }).check();
  await page.getByLabel('Item 1: text of the resolution').fill('THAT the annual budget be approved.');
  await page.getByRole('button', { name: 'Call the meeting' }).click();
  await page.waitForURL(/\/meetings\/[^/]+$/);
  const directors = page.locator('input[name="directorId"]');
  for (let i = 0; i < (await directors.count()); i++) await directors.nth(i).check();
  await page.getByRole('button', { name: 'Record attendance' }).click();
  await page.waitForLoadState('domcontentloaded');
  const who = page.getByLabel('Item 1: who votes (present at the sitting)');
  for (const name of (await who.locator('option').allTextContents()).slice(1)) {
    await who.selectOption({ label: name });
    await page.getByRole('radio', { name: 'For', exact: true }).check();
    await page.getByRole('button', { name: 'Record the vote on item 1' }).click();
    await page.waitForLoadState('domcontentloaded');
  }
  await page.screenshot({ path: join(OUT, 'meeting.png'), fullPage: true });
}

async function signIn(page: Page, token: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Access token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/home');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`the service did not answer ${url} in ${deadlineMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
