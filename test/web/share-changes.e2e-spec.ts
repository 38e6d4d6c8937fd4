import { formatDate } from '#reports';
import { dutyWords } from '../../apps/api/src/web/duty-words';
import { today } from '../../apps/api/src/common/today';
import { passBoardResolution, passSpecialResolution } from '../support/authority';
import { ledgerHead } from '../support/ledger';
import { verifyDirectorsInOffice } from '../support/officers';
import { holdersByShare, readRegister } from '../support/register';
import { COMPANY } from '../support/test-app';
import { seriousViolations, startWebHarness, type WebHarness } from './browser';

let web: WebHarness;
/** The board resolution that authorises the transfer of share 1 (and the cancellations below). */
let authorisedBy: string;
beforeAll(async () => {
  web = await startWebHarness();
  // Free the places of practices Z00036 and Z00037 (cancel their shares), so each can receive a share.
  authorisedBy = await passBoardResolution(web.app, COMPANY, '2023-12-01', [
    { action: 'cancellation', shareNumber: 36 },
    { action: 'cancellation', shareNumber: 37 },
    { action: 'transfer', shareNumber: 1 },
    { action: 'allotment', shareNumber: 100 },
  ]);
  // SR-1: a surrender reduces capital: the members' special resolution, with the solvency statement made in the 15 days before it.
  const reduction = await passSpecialResolution(web.app, COMPANY, '2023-12-01', [
    { action: 'cancellation', shareNumber: 36 },
    { action: 'cancellation', shareNumber: 37 },
  ]);
  for (const shareNumber of [36, 37]) {
    const cancelled = await web.app.http
      .post(`/api/companies/${COMPANY}/share-cancellations`)
      .set(web.app.auth('secretary'))
      .send({ shareNumber, reason: 'surrender', effectiveOn: '2023-12-31', authorisedBy: reduction, solvencyStatementOn: '2023-11-25' });
    expect(cancelled.status).toBe(201);
  }
}, 180_000);
afterAll(() => web?.close());

/** A resolution's human reference (`BR-2023-01`), as the pages print it. */
const referenceOf = async (resolutionId: string): Promise<string> => {
  const res = await web.app.http.get(`/api/companies/${COMPANY}/resolutions/${resolutionId}`).set(web.app.auth('board')).expect(200);
  expect(res.body.reference).toMatch(/^[A-Z]{2,3}-\d{4}-\d{2}$/);
  return res.body.reference as string;
};

describe('recording a share change through the form', () => {
  it('SH-3: the secretary previews a transfer authorised by a board resolution, records it, and the register shows the new holder of the share', async () => {
    const holder = (await readRegister(web.app, 'status=current&limit=100')).members.find((m) => m.shares.some((s) => s.shareNumber === 1))!;
    const head = await ledgerHead(web.app);
    const holders = await holdersByShare(web.app);

    const { context, page } = await web.session('secretary');
    await page.goto('/share-changes?kind=transfer');
    await page.getByLabel('Share number').fill('1');
    await page.getByLabel('Transferor (the member who holds the share)').selectOption(holder.memberId);
    await page.getByLabel('Practice', { exact: true }).selectOption('practice-z00037');
    await page.getByLabel('Date the instrument of transfer was lodged').fill('2024-01-02');
    await page.getByLabel('Date the transfer is registered').fill('2024-01-15');
    await page.getByLabel('Authorising resolution').selectOption(authorisedBy);

    // The preview: the transferor loses share 1 and the transferee gains it; nothing is recorded.
    const [previewed] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Preview the register after the change' }).click()]);
    expect(previewed.status()).toBe(200);
    const preview = page.locator('#preview');
    expect(await preview.textContent()).toContain(`Transfer of share No. 1 on 15 January 2024, authorised by resolution ${await referenceOf(authorisedBy)}.`);
    const rows = (await preview.locator('tbody tr').allTextContents()).map((r) => r.replace(/\s+/g, ' ').trim());
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(holder.name);
    expect(rows[0]).toMatch(/Member holding share No\. 1\b.*(Former member \(no shares\)|Member holding share No\. (?!1\b))/);
    expect(rows[1]).toMatch(/Not on the register Member holding share No\. 1$/);
    expect(await ledgerHead(web.app)).toEqual(head);
    expect(await holdersByShare(web.app)).toEqual(holders);
    expect(await page.locator('.nhsuk-error-summary').count()).toBe(0);
    // The form keeps what was typed; the secretary confirms with the real submit.
    expect(await page.getByLabel('Share number').inputValue()).toBe('1');
    await page.getByRole('button', { name: 'Record the transfer' }).click();
    await page.waitForURL('**/register?asAt=2024-01-15&status=all');

    expect(await page.getByText(`Transfer of share No. 1 recorded as ledger entry ${head.headSequence + 1}.`).count()).toBe(1);
    const newHolder = (await holdersByShare(web.app, '2024-01-15')).get(1)!;
    expect(newHolder).not.toBe(holder.memberId);
    const row = page.locator('main table tbody tr', { hasText: 'No. 1 (' });
    expect(await row.count()).toBe(1);
    expect(await row.locator('a').getAttribute('href')).toBe(`/register/members/${encodeURIComponent(newHolder)}?asAt=2024-01-15`);
    expect((await ledgerHead(web.app)).headSequence).toBe(head.headSequence + 1);
    // RM-1: the new member's page as at the day before its entry says when it was entered, and links to that day.
    const before = await page.goto(`/register/members/${encodeURIComponent(newHolder)}?asAt=2024-01-14`);
    expect(before?.status()).toBe(404);
    const main = (await page.locator('main').textContent())!.replace(/\s+/g, ' ');
    expect(main).toMatch(/was entered in the register of members on 15 January 2024, after 14 January 2024\./);
    await page.locator('main a', { hasText: 'as at 15 January 2024' }).click();
    expect(await page.locator('main').textContent()).toContain('Share history as at the end of 15 January 2024');
    await context.close();
  });

  it('SH-5: a back-dated change offers the practices that could receive a share on its day, once the form is sent with that day', async () => {
    const { context, page } = await web.session('secretary');
    const offered = async () => (await page.getByLabel('Practice', { exact: true }).locator('option').evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value))).filter((v) => v !== '');
    await page.goto('/share-changes?kind=transfer');
    // Today Z00037 holds share 1 (the transfer above, from 15 January 2024): it is not offered.
    expect(await offered()).not.toContain('practice-z00037');
    for (const [day, z36, z37] of [['2024-01-10', true, true], ['2023-12-30', false, false]] as const) {
      await page.getByLabel('Date the transfer is registered').fill(day);
      const [sent] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Preview the register after the change' }).click()]);
      expect(sent.status()).toBe(422);
      const practices = await offered();
      expect([day, practices.includes('practice-z00036'), practices.includes('practice-z00037')]).toEqual([day, z36, z37]);
    }
    await context.close();
  });

  it('SH-3, articles: a transfer without the board resolution the articles need is refused beside the field, and nothing is written', async () => {
    const before = { head: await ledgerHead(web.app), holders: await holdersByShare(web.app) };
    const holder = before.holders.get(2)!;
    const { context, page } = await web.session('secretary');
    await page.goto('/share-changes?kind=transfer');
    await page.getByLabel('Share number').fill('2');
    await page.getByLabel('Transferor (the member who holds the share)').selectOption(holder);
    await page.getByLabel('Practice', { exact: true }).selectOption('practice-z00036');
    await page.getByLabel('Date the instrument of transfer was lodged').fill('2024-02-01');
    await page.getByLabel('Date the transfer is registered').fill('2024-02-10');
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record the transfer' }).click()]);
    expect(response.status()).toBe(422);

    const summary = page.locator('.nhsuk-error-summary');
    expect(await summary.textContent()).toContain('The articles need a board resolution that authorises the transfer of share 2, passed by 10 February 2024: choose a passed resolution that authorises it');
    expect(await summary.getByRole('link').getAttribute('href')).toBe('#authorisedBy');
    expect(await page.locator('#authorisedBy-error').textContent()).toContain('The articles need a board resolution');
    // What was typed is kept.
    expect(await page.getByLabel('Share number').inputValue()).toBe('2');
    expect(await ledgerHead(web.app)).toEqual(before.head);
    expect(await holdersByShare(web.app)).toEqual(before.holders);

    // Its preview is refused for the same reason, by the same check, and writes nothing either.
    const [previewed] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Preview the register after the change' }).click()]);
    expect(previewed.status()).toBe(422);
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('The articles need a board resolution that authorises the transfer of share 2');
    expect(await page.locator('#authorisedBy-error').count()).toBe(1);
    expect(await page.locator('#preview').count()).toBe(0);
    expect(await ledgerHead(web.app)).toEqual(before.head);
    expect(await holdersByShare(web.app)).toEqual(before.holders);
    await context.close();
  });

  it('RM-1: an allotment to a new holder is previewed without entering the holder, and a preview of a share never issued is refused', async () => {
    const before = { head: await ledgerHead(web.app), members: (await readRegister(web.app, 'status=all&limit=1000')).members.length };
    const { context, page } = await web.session('secretary');
    await page.goto('/share-changes?kind=cancellation');
    await page.getByLabel('Share number').fill('9999');
    await page.getByLabel('Cancelled (a reduction of capital)', { exact: true }).check();
    await page.getByLabel('Date of cancellation').fill('2024-03-01');
    // SR-1: the reduction's solvency statement is given, so that the share number is the one fault.
    await page.getByLabel("Date of the directors' solvency statement (surrender or cancellation)").fill('2024-02-20');
    const [refused] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Preview the register after the change' }).click()]);
    expect(refused.status()).toBe(422);
    expect(await page.locator('.nhsuk-error-summary a[href="#shareNumber"]').count()).toBe(1);
    expect(await page.locator('#preview').count()).toBe(0);

    // An allotment form sent as it opens (the date filled with today) names what is missing, the practice, not the optional share number.
    await page.goto('/share-changes?kind=allotment');
    const [empty] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Preview the register after the change' }).click()]);
    expect(empty.status()).toBe(422);
    const summary = (await page.locator('.nhsuk-error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).sort();
    expect(summary).toEqual(['#practiceId']);

    // After the latest entry (the register of the share's members is folded) and back-dated before it (the whole ledger is).
    for (const effectiveOn of ['2024-03-01', '2024-01-10']) {
      await page.goto('/share-changes?kind=allotment');
      await page.getByLabel('Share number (optional)').fill('100');
      await page.getByLabel('Practice', { exact: true }).selectOption('practice-z00036');
      await page.getByLabel('Date of allotment').fill(effectiveOn);
      await page.getByLabel('Authorising resolution').selectOption(authorisedBy);
      const [previewed] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Preview the register after the change' }).click()]);
      expect([effectiveOn, previewed.status()]).toEqual([effectiveOn, 200]);
      expect(await page.locator('#preview').textContent()).toContain(`Allotment of share No. 100 on ${formatDate(effectiveOn)}, authorised by resolution ${await referenceOf(authorisedBy)}.`);
      const rows = (await page.locator('#preview tbody tr').allTextContents()).map((r) => r.replace(/\s+/g, ' ').trim());
      expect(rows).toEqual([expect.stringMatching(/Not on the register Member holding share No\. 100$/)]);
    }
    expect(await seriousViolations(page)).toEqual([]);
    expect(await ledgerHead(web.app)).toEqual(before.head);
    expect((await readRegister(web.app, 'status=all&limit=1000')).members.length).toBe(before.members);
    await context.close();
  });
});

describe('resolutions and filings through the forms', () => {
  it('RS-1, MA-2: the secretary proposes a board resolution at a meeting, records every director\'s vote for it, and it has passed', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/resolutions');
    await page.getByRole('radio', { name: "The board's" }).check();
    await page.getByRole('radio', { name: 'At a meeting' }).check();
    await page.getByLabel('Text of the resolution').fill('THAT the accounts for the year be approved.');
    await page.getByRole('button', { name: 'Propose the resolution' }).click();
    await page.waitForURL(/\/resolutions\/[^/]+$/);
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    // Named by its reference, as the board knows it, never by its internal id.
    const { reference } = (await web.app.http.get(`/api/companies/${COMPANY}/resolutions/${id}`).set(web.app.auth('auditor')).expect(200)).body as { reference: string };
    expect(reference).toMatch(/^BR-\d{4}-\d{2}$/);
    expect(await page.getByText(`Resolution ${reference} proposed.`).count()).toBe(1);
    expect(await page.title()).toContain(reference);
    expect(await page.locator('body').textContent()).not.toContain(id);
    const director = page.getByRole('combobox', { name: 'Director' });
    const directors = (await director.locator('option').allTextContents()).slice(1);
    expect(directors.length).toBeGreaterThan(0);
    for (const name of directors) {
      await director.selectOption({ label: name });
      await page.getByRole('radio', { name: 'For', exact: true }).check();
      await page.getByRole('button', { name: 'Record it' }).click();
      await page.waitForLoadState('domcontentloaded');
      expect(await page.getByText('Vote recorded.').count()).toBe(1);
    }
    const api = await web.app.http.get(`/api/companies/${COMPANY}/resolutions/${encodeURIComponent(id)}`).set(web.app.auth('board'));
    expect(api.body.outcome.status).toBe('passed');
    expect(await page.locator('main').textContent()).toContain('passed');
    await context.close();
  });

  it('compliance calendar: the secretary records a filing for a duty the calendar lists, and the calendar shows it done', async () => {
    // EC-3: a confirmation statement filed from 18 November 2025 confirms every director is verified, so they are first.
    await verifyDirectorsInOffice(web.app, today());
    const { context, page } = await web.session('secretary');
    await page.goto('/directors');
    const option = page.getByLabel('Duty').locator('option').nth(1);
    const duty = await option.getAttribute('value');
    const [kind, reference] = duty!.split('|');
    // The option names the duty by its form and what it concerns; the flash by its words and the same.
    const subject = /^[^:]+: (.+), due \d{1,2} [A-Z][a-z]+ \d{4}$/.exec((await option.textContent())!)![1]!;
    expect(subject).not.toContain(reference);
    await page.getByLabel('Duty').selectOption(duty!);
    await page.getByRole('button', { name: 'Record the filing' }).click();
    await page.waitForURL('**/directors');
    expect(await page.getByText(`Filing recorded: ${dutyWords(kind!)}, ${subject}, filed on `).count()).toBe(1);
    // The first option may be a duty long overdue: done now, it is listed only by a window that reaches back to it.
    const duties = (await web.app.http.get(`/api/companies/${COMPANY}/deadlines?from=2014-09-01`).set(web.app.auth('board'))).body as { kind: string; reference: string; status: string }[];
    expect(duties.find((d) => d.kind === kind && d.reference === reference)?.status).toBe('done');
    await context.close();
  });
});
