import type { Page } from 'playwright-core';
import { databaseKinds } from '../support/databases';
import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { sendAtOnce, useWebHarness, type WebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;

/** A members' ordinary resolution passed at a general meeting on 2024-06-20 (two votes for), approving the dividends: its id. */
async function passMembersResolution(web: WebHarness): Promise<string> {
  const secretary = web.app.auth('secretary');
  const proposed = await web.app.http.post(`${C}/resolutions`).set(secretary)
    .send({ kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: '2024-06-01', meetingOn: '2024-06-20', text: 'THAT the dividends of the year to 31 March 2024 be declared (synthetic).' }).expect(201);
  for (const member of proposed.body.entitled.slice(0, 2) as { memberId: string }[]) {
    await web.app.http.post(`${C}/resolutions/${proposed.body.resolutionId}/votes`).set(secretary).send({ memberId: member.memberId, vote: 'for' }).expect(201);
  }
  return proposed.body.resolutionId as string;
}

/**
 * The two forms, each filled with answers told apart by `n` (a dividend's total of £n, a transfer's
 * description naming n): its path, button, the words its page says once recorded, and how many records
 * the API lists with those answers.
 */
function formsOf(web: WebHarness, resolutionId: () => string) {
  return [
    {
      path: '/dividends',
      button: 'Record the dividend',
      recorded: (n: number) => `Dividend of £${n}.00 declared on 1 July 2024 recorded`,
      fill: async (page: Page, n: number) => {
        await page.getByLabel('Date the dividend was declared').fill('2024-07-01');
        await page.getByLabel('Last day of the financial year it is paid out of').fill('2024-09-30');
        await page.getByLabel('Distributable profits of that year').fill('100,000.00');
        await page.getByLabel('Total dividend declared').fill(`${n}.00`);
        await page.getByLabel('Resolution of the members that approved it').selectOption(resolutionId());
        await page.getByLabel('Article that allows dividends').fill('Article 36 (synthetic)');
        await page.getByLabel("The company's articles allow it to pay dividends, by the article above").check();
      },
      count: async (n: number) =>
        ((await web.app.http.get(`${C}/dividends`).set(web.app.auth('auditor')).expect(200)).body as { declarations: { totalPence: number }[] }).declarations.filter((d) => d.totalPence === n * 100).length,
    },
    {
      path: '/asset-transfers',
      button: 'Record the transfer',
      recorded: (n: number) => `The transfer of 30 June 2024 to Example Community Trust ${n} is recorded`,
      fill: async (page: Page, n: number) => {
        await page.getByLabel('Date of the transfer').fill('2024-06-30');
        await page.getByLabel('What was transferred').fill(`Clinical equipment lot ${n} (synthetic)`);
        await page.getByLabel('Name of the recipient').fill(`Example Community Trust ${n}`);
        await page.getByLabel(/Not asset-locked/).check();
        await page.getByLabel('Market value (£)').fill('12,500.00');
        await page.getByLabel('Consideration received (£)').fill('12,500.00');
      },
      count: async (n: number) =>
        ((await web.app.http.get(`${C}/asset-transfers`).set(web.app.auth('auditor')).expect(200)).body as { transfers: { description: string }[] }).transfers.filter((t) => t.description === `Clinical equipment lot ${n} (synthetic)`).length,
    },
  ] as const;
}


/** Clicks the form's button, refused: the answer's status and the page's error summary, once the page shows it. */
async function sendAndSee(page: Page, button: string): Promise<{ status: number; summary: string }> {
  const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: button }).click()]);
  const summary = page.locator('.nhsuk-error-summary');
  if (answer.status() >= 400) await summary.waitFor();
  return { status: answer.status(), summary: (await summary.count()) > 0 ? ((await summary.textContent()) ?? '').replace(/\s+/g, ' ') : '' };
}

/** Clicks the form's button on a page showing no banner, recorded: the banner of the page it lands on, and whether it shows an error summary. */
async function sendAndLand(page: Page, button: string): Promise<{ status: number; banner: string; errors: number }> {
  const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: button }).click()]);
  const banner = page.locator('.nhsuk-notification-banner');
  if (answer.status() !== 303) return { status: answer.status(), banner: '', errors: await page.locator('.nhsuk-error-summary').count() };
  await banner.waitFor();
  return { status: answer.status(), banner: ((await banner.textContent()) ?? '').replace(/\s+/g, ' '), errors: await page.locator('.nhsuk-error-summary').count() };
}

describe.each(databaseKinds())('the dividend and asset transfer forms sent twice record once (their one-time token) (%s)', (kind) => {
  const web = useWebHarness({}, kind);
  let resolutionId = '';
  beforeAll(async () => {
    resolutionId = await passMembersResolution(web);
  }, 120_000);
  const [dividends, transfers] = formsOf(web, () => resolutionId);

  it.each([
    { form: dividends, n: 101 },
    { form: transfers, n: 101 },
  ])('CI-3, CI-2: $form.path sent twice at once records one; the page sent again (its token unchanged) says "This was already recorded." and writes nothing', async ({ form, n }) => {
    const { context, page } = await web.session('secretary');
    await page.goto(form.path);
    await form.fill(page, n);
    const [a, b] = await sendAtOnce(page, form.path);
    expect(a).toEqual({ status: 200, url: form.path });
    expect(b).toEqual(a);
    expect(await form.count(n)).toBe(1);

    // The same page, not reloaded, sent once more: it lands on the register, and nothing more is written.
    const head = await ledgerHead(web.app);
    expect(await sendAndLand(page, form.button)).toEqual({ status: 303, banner: expect.stringContaining(`This was already recorded. ${form.recorded(n)}`), errors: 0 });
    expect(new URL(page.url()).pathname).toBe(form.path);
    expect(await ledgerHead(web.app)).toEqual(head);
    expect(await form.count(n)).toBe(1);
    await context.close();
  }, 120_000);

  it.each([
    { form: dividends, n: 102 },
    { form: transfers, n: 102 },
  ])('$form.path: the same answers under a new token (the page loaded again) are not recorded twice (409), unless sent once more from the page that says so', async ({ form, n }) => {
    const { context, page } = await web.session('secretary');
    await page.goto(form.path);
    await form.fill(page, n);
    expect(await sendAndLand(page, form.button)).toEqual({ status: 303, banner: expect.stringContaining(form.recorded(n)), errors: 0 });
    expect(await form.count(n)).toBe(1);

    await page.goto(form.path);
    await form.fill(page, n);
    const head = await ledgerHead(web.app);
    expect(await sendAndSee(page, form.button)).toEqual({ status: 409, summary: expect.stringContaining('These answers were already recorded as') });
    expect(await ledgerHead(web.app)).toEqual(head);
    expect(await form.count(n)).toBe(1);

    // Sent once more from that page, as it offers: a second record with the same answers, as the secretary means.
    expect(await sendAndLand(page, form.button)).toEqual({ status: 303, banner: expect.not.stringContaining('already recorded'), errors: 0 });
    expect(await form.count(n)).toBe(2);
    await context.close();
  }, 120_000);

  it.each([
    { form: dividends, n: 103 },
    { form: transfers, n: 103 },
  ])('$form.path: a form without its token, or with a forged one, is refused with 400 and nothing is written', async ({ form, n }) => {
    const { context, page } = await web.session('secretary');
    for (const token of [null, 'forged.token', `${'A'.repeat(22)}.${'B'.repeat(43)}`]) {
      await page.goto(form.path);
      await form.fill(page, n);
      const input = `document.querySelector('form[method="post"][action="${form.path}"] input[name="_once"]')`;
      await page.evaluate(token === null ? `${input}.remove()` : `${input}.value = ${JSON.stringify(token)}`);
      const head = await ledgerHead(web.app);
      expect(await sendAndSee(page, form.button)).toEqual({ status: 400, summary: expect.stringContaining('Nothing was saved') });
      expect(await ledgerHead(web.app)).toEqual(head);
      expect(await form.count(n)).toBe(0);
    }
    await context.close();
  }, 120_000);
});
