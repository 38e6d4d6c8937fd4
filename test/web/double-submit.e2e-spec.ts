import type { Page } from 'playwright-core';
import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const web = useWebHarness();

const C = `/api/companies/${COMPANY}`;

/** The forms a second sending could record twice: how to fill each, its button, and how many records carry `words`. */
const FORMS = [
  {
    path: '/resolutions',
    fill: async (page: Page, words: string) => page.getByLabel('Text of the resolution').fill(words),
    button: 'Propose the resolution',
    landsOn: /\/resolutions\/[^/]+$/,
    count: async (words: string) => ((await web.app.http.get(`${C}/resolutions`).set(web.app.auth('auditor')).expect(200)).body as { text: string }[]).filter((r) => r.text === words).length,
  },
  {
    path: '/meetings',
    fill: async (page: Page, words: string) => {
      await page.getByRole('radio', { name: 'Board meeting' }).check();
      await page.getByLabel('Date the meeting is held').fill('2026-06-10');
      await page.getByLabel('Item 1: text of the resolution').fill(words);
    },
    button: 'Call the meeting',
    landsOn: /\/meetings\/[^/]+$/,
    count: async (words: string) => ((await web.app.http.get(`${C}/resolutions`).set(web.app.auth('auditor')).expect(200)).body as { text: string }[]).filter((r) => r.text === words).length,
  },
  {
    path: '/inspection',
    fill: async (page: Page, words: string) => {
      await page.getByLabel('Date received').fill('2026-11-02');
      await page.getByLabel("Requester's name").fill(words);
      await page.getByLabel('Purpose of the request').fill('academic study of GP federations');
    },
    button: 'Record the request',
    landsOn: /\/inspection$/,
    count: async (words: string) =>
      ((await web.app.http.get(`${C}/inspection-requests?asAt=2026-11-30`).set(web.app.auth('auditor')).expect(200)).body as { requesterName: string }[]).filter((r) => r.requesterName === words).length,
  },
] as const;

/**
 * Sends the page's form, as filled, twice at once with the browser's cookies: a double click whose two
 * requests both reach the service. Where each ended up (after the redirect), and the page's heading.
 */
async function sendTwiceAtOnce(page: Page, action: string, times = 2): Promise<{ status: number; url: string; heading: string }[]> {
  // A string, evaluated in the page: this project's TypeScript has no DOM types.
  const fields = (await page.evaluate(`[...new FormData(document.querySelector('form[method="post"][action="${action}"]')).entries()].map(([k, v]) => [k, String(v)])`)) as [string, string][];
  const send = async () => {
    const res = await page.context().request.post(action, { form: Object.fromEntries(fields) });
    return { status: res.status(), url: new URL(res.url()).pathname, heading: /<h1[^>]*>([^<]*)</.exec(await res.text())?.[1]?.trim() ?? '' };
  };
  return Promise.all(Array.from({ length: times }, send));
}

/** Clicks the form's button: the answer's status and the page's error summary (empty without one). */
async function sendAndSee(page: Page, button: string): Promise<{ status: number; summary: string }> {
  const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: button }).click()]);
  await page.waitForLoadState('domcontentloaded');
  const summary = page.locator('.nhsuk-error-summary');
  return { status: answer.status(), summary: (await summary.count()) > 0 ? ((await summary.textContent()) ?? '').replace(/\s+/g, ' ') : '' };
}

describe('a page form sent twice records once (its one-time token)', () => {
  it.each(FORMS)('$path: a double submit records one record; sending the page again lands on it with "This was already recorded"', async (form) => {
    const { context, page } = await web.session('secretary');
    const words = `THAT the form sent twice at ${form.path} be recorded once (${Date.now()}).`;
    await page.goto(form.path);
    await form.fill(page, words);
    const [a, b] = await sendTwiceAtOnce(page, form.path);
    expect(a).toEqual({ status: 200, url: expect.stringMatching(form.landsOn), heading: expect.any(String) });
    expect(b).toEqual(a);
    expect(await form.count(words)).toBe(1);

    // The same page, not reloaded, sent once more (its token unchanged): it lands where the first did, and nothing more is written.
    const head = await ledgerHead(web.app);
    await page.getByRole('button', { name: form.button }).click();
    await page.waitForURL(form.landsOn);
    expect(new URL(page.url()).pathname).toBe(a!.url);
    expect(await page.getByText('This was already recorded.', { exact: false }).count()).toBe(1);
    expect(await ledgerHead(web.app)).toEqual(head);
    expect(await form.count(words)).toBe(1);

    // A page loaded again gives a new token, but the same answers just recorded are not recorded again
    // unless the secretary, told so, sends them once more from that page.
    await page.goto(form.path);
    await form.fill(page, words);
    expect(await sendAndSee(page, form.button)).toEqual({ status: 409, summary: expect.stringContaining('These answers were already recorded as') });
    expect(await form.count(words)).toBe(1);
    await page.getByRole('button', { name: form.button }).click();
    await page.waitForURL(form.landsOn);
    expect(await form.count(words)).toBe(2);
    await context.close();
  }, 120_000);

  it.each(FORMS)('$path: the token sent again with changed answers records nothing more, and the page says the first sending was recorded and the changes were not (422)', async (form) => {
    const { context, page } = await web.session('secretary');
    const words = `THAT the form at ${form.path} be recorded as first sent (${Date.now()}).`;
    const changed = `${words} With a change.`;
    await page.goto(form.path);
    await form.fill(page, words);
    const [first] = await sendTwiceAtOnce(page, form.path, 1);
    expect(first!.url).toMatch(form.landsOn);
    expect(await form.count(words)).toBe(1);

    // The same page, its token unchanged, with other answers: nothing is recorded, and the page says so, keeping the changes typed.
    await form.fill(page, changed);
    const head = await ledgerHead(web.app);
    const seen = await sendAndSee(page, form.button);
    expect(seen).toEqual({ status: 422, summary: expect.stringContaining('This form was already sent and recorded as') });
    expect(seen.summary).toContain('The changes in this second sending were not recorded');
    expect(new URL((await page.locator('.nhsuk-error-summary a').getAttribute('href'))!, page.url()).pathname).toBe(first!.url);
    expect(await page.getByText(changed, { exact: false }).count() + (await page.locator(`input[value="${changed}"]`).count())).toBeGreaterThan(0);
    expect(await ledgerHead(web.app)).toEqual(head);
    expect([await form.count(words), await form.count(changed)]).toEqual([1, 0]);

    // Sent again from that page, the changed answers are recorded, as a new record beside the first.
    await page.getByRole('button', { name: form.button }).click();
    await page.waitForURL(form.landsOn);
    expect([await form.count(words), await form.count(changed)]).toEqual([1, 1]);
    await context.close();
  }, 120_000);

  it.each(FORMS)('$path: back after recording, then the button again, does not record twice (409); a similar record, or the same sent once more, still records', async (form) => {
    const { context, page } = await web.session('secretary');
    const words = `THAT the form at ${form.path} sent, then sent again after going back, be recorded once (${Date.now()}).`;
    await page.goto(form.path);
    await form.fill(page, words);
    await page.getByRole('button', { name: form.button }).click();
    await page.waitForURL(form.landsOn);
    expect(await form.count(words)).toBe(1);

    // Back: the browser loads the form page again (not cached, with a new token) and fills in what was typed.
    await page.goBack();
    await page.waitForLoadState('domcontentloaded');
    expect(new URL(page.url()).pathname).toBe(form.path);
    const head = await ledgerHead(web.app);
    expect(await sendAndSee(page, form.button)).toEqual({ status: 409, summary: expect.stringContaining('These answers were already recorded as') });
    expect(await ledgerHead(web.app)).toEqual(head);
    expect(await form.count(words)).toBe(1);
    expect(await page.locator('.nhsuk-error-summary a').getAttribute('href')).toMatch(form.path === '/inspection' ? /^#requests$/ : form.landsOn);

    // Sent once more from that page, as it offers: a second record with the same answers, as the secretary means.
    await page.getByRole('button', { name: form.button }).click();
    await page.waitForURL(form.landsOn);
    expect(await form.count(words)).toBe(2);

    // A similar record (one word changed) is recorded as it is.
    await page.goto(form.path);
    await form.fill(page, `${words} Another.`);
    await page.getByRole('button', { name: form.button }).click();
    await page.waitForURL(form.landsOn);
    expect([await form.count(words), await form.count(`${words} Another.`)]).toEqual([2, 1]);
    await context.close();
  }, 120_000);

  it.each(FORMS)('$path: a form without its token, or with a forged one, is refused with 400 and nothing is written', async (form) => {
    const { context, page } = await web.session('secretary');
    const words = `THAT a forged form at ${form.path} be refused (${Date.now()}).`;
    for (const token of [null, 'forged.token', `${'A'.repeat(22)}.${'B'.repeat(43)}`]) {
      await page.goto(form.path);
      await form.fill(page, words);
      const input = `document.querySelector('form[method="post"][action="${form.path}"] input[name="_once"]')`;
      await page.evaluate(token === null ? `${input}.remove()` : `${input}.value = ${JSON.stringify(token)}`);
      const head = await ledgerHead(web.app);
      const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: form.button }).click()]);
      expect(answer.status()).toBe(400);
      await page.waitForLoadState('domcontentloaded');
      expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('Nothing was saved');
      expect(await ledgerHead(web.app)).toEqual(head);
      expect(await form.count(words)).toBe(0);
    }
    await context.close();
  }, 120_000);
});
