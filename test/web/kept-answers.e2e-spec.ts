import type { Page } from 'playwright-core';
import { today } from '../../apps/api/src/common/today';
import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { seriousViolations, submit, useWebHarness } from './browser';

const web = useWebHarness();
const C = `/api/companies/${COMPANY}`;

/** A date that is no real date, as typed where the browser gives a text field (or as sent by hand). */
const IMPOSSIBLE = '2026-02-30';

/** Types `text` into the field `id` as text: a date field does not take a date that is none, but a form may still be sent with one. */
async function typeAsText(page: Page, id: string, text: string): Promise<void> {
  await page.evaluate(`document.getElementById(${JSON.stringify(id)}).type = 'text'`);
  await page.locator(`#${id}`).fill(text);
}

/** The chosen option of the select `id`: its value and its words. */
async function chosen(page: Page, id: string): Promise<{ value: string; text: string }> {
  const select = page.locator(`#${id}`);
  return { value: await select.inputValue(), text: (await select.locator('option:checked').textContent())!.trim() };
}

describe('a form sent back to be put right shows exactly what was typed or chosen', () => {
  it('an impossible date (2026-02-30) stays as typed, with the words beside it, on the officers, resolutions and filings forms; the other answers are kept too', async () => {
    const { context, page } = await web.session('secretary');
    const before = await ledgerHead(web.app);

    // EC-2: appoint an officer.
    await page.goto('/officers');
    await page.locator('#appoint-name').fill('Kept Answers Director (synthetic)');
    await typeAsText(page, 'appoint-appointedOn', IMPOSSIBLE);
    expect(await submit(page, 'Appoint')).toBe(422);
    expect(await page.locator('#appoint-appointedOn').inputValue()).toBe(IMPOSSIBLE);
    expect(await page.locator('#appoint-appointedOn-error').textContent()).toContain('real date');
    expect(await page.locator('#appoint-name').inputValue()).toBe('Kept Answers Director (synthetic)');
    expect(await seriousViolations(page)).toEqual([]);

    // WR-1: propose a written resolution.
    await page.goto('/resolutions');
    await page.getByRole('radio', { name: "The board's" }).check();
    await page.getByRole('radio', { name: 'In writing' }).check();
    await page.getByLabel('Text of the resolution').fill('THAT the kept answers be approved (synthetic).');
    await typeAsText(page, 'circulatedOn', IMPOSSIBLE);
    expect(await submit(page, 'Propose the resolution')).toBe(422);
    expect(await page.locator('#circulatedOn').inputValue()).toBe(IMPOSSIBLE);
    expect(await page.locator('#circulatedOn-error').textContent()).toContain('real date');
    expect(await page.getByLabel('Text of the resolution').inputValue()).toBe('THAT the kept answers be approved (synthetic).');

    // FC-1: record a filing.
    await page.goto('/directors');
    const duty = (await page.locator('#duty option').nth(1).getAttribute('value'))!;
    await page.locator('#duty').selectOption(duty);
    await typeAsText(page, 'filedOn', IMPOSSIBLE);
    expect(await submit(page, 'Record the filing')).toBe(422);
    expect(await page.locator('#filedOn').inputValue()).toBe(IMPOSSIBLE);
    expect(await page.locator('#filedOn-error').textContent()).toContain('real date');
    expect(await page.locator('#duty').inputValue()).toBe(duty);

    // Shown as typed in a text field; a form with a real date, or none, keeps its date field.
    expect(await page.locator('#filedOn').getAttribute('type')).toBe('text');
    await page.goto('/directors');
    expect(await page.locator('#filedOn').getAttribute('type')).toBe('date');

    expect(await ledgerHead(web.app)).toEqual(before);
    await context.close();
  });

  it('SR-3: a certificate chosen for replacement that another user replaced meanwhile is refused, and stays chosen, by its number and holder', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/certificates');
    await page.locator('#issue-shareNumber').selectOption('4');
    await page.locator('#issue-issuedOn').fill('2024-05-01');
    expect(await submit(page, 'Record the certificate')).toBe(303);
    const issued = (await page.locator('.nhsuk-notification-banner').textContent())!.match(/C-\d{4}/)![0];
    const number = String(Number(issued.slice(2)));

    await page.locator('#replacement-replacesCertificate').selectOption(number);
    await page.getByRole('radio', { name: 'Lost' }).check();
    await page.getByLabel("Date the holder's indemnity was received").fill('2024-05-10');
    await page.getByLabel('Date the replacement is issued').fill('2024-05-11');
    // Meanwhile the certificate is replaced by someone else: it is no longer in force.
    await web.app.http
      .post(`${C}/shares/4/certificates/replacement`)
      .set(web.app.auth('secretary'))
      .send({ reason: 'defaced', indemnityReceivedOn: '2024-05-10', issuedOn: '2024-05-11', replacesCertificate: Number(number) })
      .expect(201);
    const before = await ledgerHead(web.app);
    expect(await submit(page, 'Issue the replacement')).toBe(422);
    expect(await page.locator('#replacement-replacesCertificate-error').count()).toBe(1);
    const kept = await chosen(page, 'replacement-replacesCertificate');
    expect(kept.value).toBe(number);
    expect(kept.text).toContain(issued);
    expect(kept.text).toContain('share No. 4');
    expect(await page.locator('#replacement-indemnityReceivedOn').inputValue()).toBe('2024-05-10');
    expect(await ledgerHead(web.app)).toEqual(before);
    await context.close();
  });

  it('SH-5: a successor practice that ceased meanwhile is refused, and stays chosen, by its name', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/practices/practice-z00021');
    await page.getByRole('radio', { name: 'Merged into another practice' }).check();
    const successor = (await page.locator('#successorPracticeId option[value="practice-z00022"]').textContent())!.trim();
    await page.locator('#successorPracticeId').selectOption('practice-z00022');
    await page.getByLabel('Date it ceases').fill(today());
    // Meanwhile the successor closes.
    await web.app.http.post(`${C}/practices/practice-z00022/closure`).set(web.app.auth('secretary')).send({ effectiveOn: today(), reason: 'closed' }).expect(201);
    const before = await ledgerHead(web.app);
    expect(await submit(page, 'Record the closure')).toBe(422);
    expect(await page.locator('#successorPracticeId-error').count()).toBe(1);
    expect(await chosen(page, 'successorPracticeId')).toEqual({ value: 'practice-z00022', text: successor });
    expect(await page.getByRole('radio', { name: 'Merged into another practice' }).isChecked()).toBe(true);
    expect(await ledgerHead(web.app)).toEqual(before);
    await context.close();
  });
});
