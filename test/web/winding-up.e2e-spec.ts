import type { Page } from 'playwright-core';
import { nameAssetLockedBodies } from '../support/asset-lock';
import { ledgerHead } from '../support/ledger';
import { seriousViolations, useWebHarness, wordsShown } from './browser';

const web = useWebHarness();
const BUTTON = 'Work out the distribution';

/** A table's rows as their cells' text, the responsive headings left out. */
async function rows(page: Page, table: string): Promise<string[][]> {
  // A string, evaluated in the page: this project's TypeScript has no DOM types.
  return (await page.evaluate(`[...document.querySelectorAll("${table} tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.lastElementChild ?? td).innerText.replace(/\\s+/g, " ").trim()))`)) as string[][];
}

/** Sends the page's GET form and gives the status of its answer, once the page has loaded. */
async function workOut(page: Page): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'GET' && new URL(r.url()).pathname === '/winding-up' && r.request().resourceType() === 'document'),
    page.getByRole('button', { name: BUTTON }).click(),
  ]);
  await page.waitForLoadState('domcontentloaded');
  return response.status();
}

/** The summary list's rows: each key with its value. */
async function summary(page: Page): Promise<Record<string, string>> {
  const pairs = (await page.evaluate(`[...document.querySelectorAll("#distribution-summary .nhsuk-summary-list__row")].map((r) => [r.querySelector("dt").innerText.trim(), r.querySelector("dd").innerText.replace(/\\s+/g, " ").trim()])`)) as [string, string][];
  return Object.fromEntries(pairs);
}

describe('the winding-up distribution page', () => {
  it('CI-4: a board member works out the distribution from the asset transfers page: £10.00 among the 37 fully paid £1 shares, and £100,000.00 with the rest as the CIC Regulator directs; nothing is written', async () => {
    const head = await ledgerHead(web.app);
    const { context, page } = await web.session('board');
    await page.goto('/asset-transfers');
    await page.locator('#winding-up-link a').click();
    expect(new URL(page.url()).pathname).toBe('/winding-up');
    await page.getByLabel('Residual assets').fill('10.00');
    expect(await workOut(page)).toBe(200);
    const shares = await rows(page, '#entitlements');
    expect(shares).toHaveLength(37);
    // 1,000p shared by 37 equal paid-up values: 27p each, the penny left to the first in the register's order.
    expect(shares[0]).toEqual(['Demo Practice 01 (synthetic)', '1', '£1.00', '£0.28']);
    expect(shares.slice(1).every((r) => r[2] === '£1.00' && r[3] === '£0.27')).toBe(true);
    expect(await summary(page)).toMatchObject({ 'Residual assets': '£10.00', 'Paid up on the members’ shares': '£37.00', 'Left for the asset lock': '£0.00', 'Who receives what is left': 'No one: nothing is left once the members have their share' });

    await page.getByLabel('Residual assets').fill('£100,000');
    expect(await workOut(page)).toBe(200);
    expect((await rows(page, '#entitlements')).every((r) => r[3] === '£1.00')).toBe(true);
    const s = await summary(page);
    expect(s).toMatchObject({ 'To the members': '£37.00: each receives the paid-up value of their shares', 'Left for the asset lock': '£99,963.00' });
    expect(s['Who receives what is left']).toMatch(/^As the CIC Regulator directs: the articles name no asset-locked body on \d{1,2} \w+ \d{4}$/);
    expect(await seriousViolations(page)).toEqual([]);
    // No id, code name or rule number reaches the page: the law by its regulation, the recipient in words.
    expect(await wordsShown(page, ['/winding-up?residualAssets=100000', '/winding-up'])).toEqual([]);
    expect(await ledgerHead(web.app)).toEqual(head);
    await context.close();
  });

  it('CI-4: as at a day the articles name bodies, what is left goes to them as the articles provide; an amount or date that cannot be used is shown beside its field, as typed', async () => {
    await nameAssetLockedBodies(web.app, '2024-04-01', [{ name: 'Example Community Trust', registrationNumber: '1234567' }]);
    const { context, page } = await web.session('auditor');
    await page.goto('/winding-up?residualAssets=500&asAt=2024-04-01');
    expect((await summary(page))['Who receives what is left']).toBe('Example Community Trust (No. 1234567), as the articles provide');
    expect(await page.locator('h2#distribution').textContent()).toBe('The distribution as at 1 April 2024');

    await page.goto('/winding-up?residualAssets=12.345&asAt=2024-04-01');
    expect(await page.locator('.nhsuk-error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['#residualAssets']);
    expect(await page.locator('#residualAssets-error').textContent()).toContain('Enter the residual assets in pounds, such as 25,000.00');
    expect(await page.getByLabel('Residual assets').inputValue()).toBe('12.345');
    expect(await page.locator('#entitlements').count()).toBe(0);
    const bad = await page.goto('/winding-up?residualAssets=-5&asAt=2024-02-30');
    expect(bad?.status()).toBe(422);
    expect(await page.locator('#asAt-error').textContent()).toContain('Enter the “as at” date as a real date');
    expect(await page.locator('#residualAssets-error').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
