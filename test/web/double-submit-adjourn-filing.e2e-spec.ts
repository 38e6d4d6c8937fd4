import { today } from '../../apps/api/src/common/today';
import { ledgerHead } from '../support/ledger';
import { verifyDirectorsInOffice } from '../support/officers';
import { COMPANY } from '../support/test-app';
import { sendAtOnce, useWebHarness } from './browser';

const web = useWebHarness();

const C = `/api/companies/${COMPANY}`;


/** A board meeting called through the API, held on `heldOn`: its id. */
async function boardMeeting(heldOn: string): Promise<string> {
  const res = await web.app.http.post(`${C}/meetings`).set(web.app.auth('secretary')).send({ kind: 'board', heldOn, items: [{ text: `THAT the meeting of ${heldOn} be adjourned once (synthetic).` }] }).expect(201);
  return res.body.meetingId as string;
}

const adjournments = async (meetingId: string) => ((await web.app.http.get(`${C}/meetings/${meetingId}`).set(web.app.auth('auditor')).expect(200)).body as { adjournments: unknown[] }).adjournments.length;

describe('the adjournment form sent twice adjourns once (its one-time token)', () => {
  it('MA-3: a double submit records one adjournment and both land on the meeting; the page sent again says "This was already recorded." and writes nothing', async () => {
    const meetingId = await boardMeeting('2026-05-12');
    const path = `/meetings/${meetingId}`;
    const action = `${path}/adjournments`;
    const { context, page } = await web.session('secretary');
    await page.goto(path);
    await page.getByLabel('Adjourned to').fill('2026-05-19');
    const [a, b] = await sendAtOnce(page, action);
    expect(a).toEqual({ status: 200, url: path });
    expect(b).toEqual(a);
    expect(await adjournments(meetingId)).toBe(1);

    const head = await ledgerHead(web.app);
    await page.getByRole('button', { name: 'Adjourn the meeting' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(new URL(page.url()).pathname).toBe(path);
    expect(await page.getByText('This was already recorded. Meeting adjourned to 19 May 2026.').count()).toBe(1);
    expect(await ledgerHead(web.app)).toEqual(head);
    expect(await adjournments(meetingId)).toBe(1);
    await context.close();
  }, 120_000);

  it('the adjournment form without its token, or with a forged one, is refused with 400 and nothing is written', async () => {
    const meetingId = await boardMeeting('2026-05-13');
    const path = `/meetings/${meetingId}`;
    const { context, page } = await web.session('secretary');
    for (const token of [null, `${'A'.repeat(22)}.${'B'.repeat(43)}`]) {
      await page.goto(path);
      await page.getByLabel('Adjourned to').fill('2026-05-20');
      const input = `document.querySelector('form[method="post"][action="${path}/adjournments"] input[name="_once"]')`;
      await page.evaluate(token === null ? `${input}.remove()` : `${input}.value = ${JSON.stringify(token)}`);
      const head = await ledgerHead(web.app);
      const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Adjourn the meeting' }).click()]);
      expect(answer.status()).toBe(400);
      await page.waitForLoadState('domcontentloaded');
      expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('Nothing was saved');
      expect(await ledgerHead(web.app)).toEqual(head);
    }
    expect(await adjournments(meetingId)).toBe(0);
    await context.close();
  }, 120_000);
});

describe('the filing form sent twice records once (its one-time token)', () => {
  it('a double submit records the filing once and both land on Directors and filings; the page sent again says "This was already recorded." and writes nothing', async () => {
    // EC-3: the first duty may be a confirmation statement, which filed today confirms every director is verified.
    await verifyDirectorsInOffice(web.app, today());
    const { context, page } = await web.session('secretary');
    await page.goto('/directors');
    const duty = (await page.getByLabel('Duty').locator('option').nth(1).getAttribute('value'))!;
    const [kind, reference] = duty.split('|');
    await page.getByLabel('Duty').selectOption(duty);
    const before = await ledgerHead(web.app);
    const [a, b] = await sendAtOnce(page, '/directors/filings');
    expect(a).toEqual({ status: 200, url: '/directors' });
    expect(b).toEqual(a);
    expect((await ledgerHead(web.app)).headSequence).toBe(before.headSequence + 1);
    const duties = (await web.app.http.get(`${C}/deadlines?from=2014-09-01`).set(web.app.auth('board'))).body as { kind: string; reference: string; status: string }[];
    expect(duties.find((d) => d.kind === kind && d.reference === reference)?.status).toBe('done');

    const head = await ledgerHead(web.app);
    await page.getByRole('button', { name: 'Record the filing' }).click();
    await page.waitForURL('**/directors');
    expect(await page.getByText('This was already recorded. Filing recorded: ', { exact: false }).count()).toBe(1);
    expect(await page.locator('.nhsuk-error-summary').count()).toBe(0);
    expect(await ledgerHead(web.app)).toEqual(head);
    await context.close();
  }, 120_000);

  it('the filing form without its token is refused with 400 and nothing is written', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/directors');
    await page.getByLabel('Duty').selectOption((await page.getByLabel('Duty').locator('option').nth(1).getAttribute('value'))!);
    await page.evaluate(`document.querySelector('form[method="post"][action="/directors/filings"] input[name="_once"]').remove()`);
    const head = await ledgerHead(web.app);
    const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record the filing' }).click()]);
    expect(answer.status()).toBe(400);
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('Nothing was saved');
    expect(await ledgerHead(web.app)).toEqual(head);
    await context.close();
  }, 120_000);
});
