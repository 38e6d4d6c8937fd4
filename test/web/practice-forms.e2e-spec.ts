import type { Page } from 'playwright-core';
import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { seriousViolations, startWebHarness, type WebHarness } from './browser';

let web: WebHarness;
beforeAll(async () => {
  web = await startWebHarness();
}, 180_000);
afterAll(() => web?.close());

/** Submits the form the button belongs to and gives the POST's status. */
async function submit(page: Page, button: string): Promise<number> {
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: button }).click()]);
  await page.waitForLoadState('domcontentloaded');
  return response.status();
}

describe('admitting a practice to the list through the form', () => {
  it('RM-1: the date it joins the list is not filled in for the secretary; left empty it is refused beside the field, and nothing is written', async () => {
    const head = await ledgerHead(web.app);
    const { context, page } = await web.session('secretary');
    await page.goto('/practices');
    // The form opens with no date: a practice joins the list on a day the secretary gives, never today by default.
    expect(await page.getByLabel('Date it joins the list').inputValue()).toBe('');
    await page.getByLabel('ODS code').fill('Z00091');
    await page.getByLabel('Name of the practice').fill('Example Undated Practice');
    await page.getByLabel('Address of the practice').fill('91 Example Street, London E1 9AA');
    expect(await submit(page, 'Admit the practice')).toBe(422);

    const summary = page.locator('.nhsuk-error-summary');
    expect(await summary.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['#on']);
    expect(await page.locator('#on-error').textContent()).toContain('Enter the date the practice joins the list');
    expect(await page.getByText('is on the list of practices from').count()).toBe(0);
    // What was typed is kept, the date still empty.
    expect(await page.getByLabel('Name of the practice').inputValue()).toBe('Example Undated Practice');
    expect(await page.getByLabel('Date it joins the list').inputValue()).toBe('');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await ledgerHead(web.app)).toEqual(head);
    const listed = await web.app.http.get(`/api/companies/${COMPANY}/practices?asAt=2999-12-31`).set(web.app.auth('secretary')).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain('Z00091');

    // A date cleared after one was typed is refused the same way.
    await page.getByLabel('Date it joins the list').fill('2024-03-01');
    await page.getByLabel('Date it joins the list').fill('');
    expect(await submit(page, 'Admit the practice')).toBe(422);
    expect(await page.locator('#on-error').textContent()).toContain('Enter the date the practice joins the list');
    expect(await ledgerHead(web.app)).toEqual(head);
    await context.close();
  });
});

