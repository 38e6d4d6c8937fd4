import type { Page } from 'playwright-core';
import { formatDate } from '#reports';
import { today } from '../../apps/api/src/common/today';
import { ledgerHead } from '../support/ledger';
import { holdersByShare } from '../support/register';
import { COMPANY } from '../support/test-app';
import { seriousViolations, startWebHarness, submit, type WebHarness } from './browser';

let web: WebHarness;
beforeAll(async () => {
  web = await startWebHarness();
}, 180_000);
afterAll(() => web?.close());

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

    // RM-3: a change of particulars with neither a new name nor a new address asks for one; nothing is written.
    await page.goto('/practices/practice-z00001');
    await page.locator('#change-effectiveOn').fill('2026-01-05');
    expect(await submit(page, 'Record the change')).toBe(422);
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('Enter a new name or a new address (or both)');
    expect(await ledgerHead(web.app)).toEqual(head);
    await context.close();
  });
});

/** The practices a page's "practice" list offers (the values of its options, the empty "Choose" one left out), or null when it shows none. */
async function practicesOffered(page: Page, path: string): Promise<string[] | null> {
  await page.goto(path);
  const select = page.locator('select#practiceId');
  if ((await select.count()) === 0) return null;
  return (await select.locator('option').evaluateAll((options) => options.map((o) => o.getAttribute('value') ?? ''))).filter((v) => v !== '');
}

const RECEIVING_PAGES = ['/share-changes?kind=transfer', '/share-changes?kind=allotment', '/transfers'];

describe('the practices a share may go to', () => {
  it('SH-5: the transferee and allottee lists offer only practices that may receive a share today, and say so when none may', async () => {
    const { context, page } = await web.session('secretary');
    // Every practice on the list holds its one share: none may receive another, and each page says so.
    for (const path of RECEIVING_PAGES) {
      expect([path, await practicesOffered(page, path)]).toEqual([path, null]);
      const said = (await page.locator('#practiceId').textContent())!.replace(/\s+/g, ' ');
      expect(said).toContain(`no practice can receive a share on ${formatDate(today())}`);
      expect(said).toContain('Every practice on the list is already a member or has ceased');
      expect(await page.locator('#practiceId a').getAttribute('href')).toBe('/practices');
      expect(await seriousViolations(page)).toEqual([]);
    }
    // The lodging form offers no button to send it; sent anyway (from a script), it is refused beside the statement, and nothing is written.
    const head = await ledgerHead(web.app);
    await page.goto('/transfers');
    expect(await page.getByRole('button', { name: 'Lodge the transfer' }).count()).toBe(0);
    await page.getByLabel('Share number').fill('1');
    await page.getByLabel('Transferor (the member who holds the share)').selectOption((await holdersByShare(web.app)).get(1)!);
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.evaluate(`document.querySelector('form[method="post"][action="/transfers"]').requestSubmit()`),
    ]);
    expect(refused.status()).toBe(422);
    await page.locator('.nhsuk-error-summary').waitFor();
    expect(await page.locator('.nhsuk-error-summary a[href="#practiceId"]').count()).toBe(1);
    expect(await page.locator('#practiceId-error').textContent()).toContain('Choose the practice the share is to be transferred to');
    expect(await ledgerHead(web.app)).toEqual(head);

    // Two practices join the list; one of them then merges into a member practice and ceases.
    for (const n of ['92', '93']) {
      const listed = await web.app.http
        .post(`/api/companies/${COMPANY}/practices`)
        .set(web.app.auth('secretary'))
        .send({ odsCode: `Z000${n}`, name: `Example Practice ${n}`, address: `${n} Example Street, London E1 9AA`, on: '2024-01-02' });
      expect(listed.status).toBe(201);
    }
    const closed = await web.app.http
      .post(`/api/companies/${COMPANY}/practices/practice-z00093/closure`)
      .set(web.app.auth('secretary'))
      .send({ effectiveOn: '2024-06-30', reason: 'merged', successorPracticeId: 'practice-z00001' });
    expect(closed.status).toBe(201);

    // Only the one on the list, open and not a member is offered: not the ceased one, nor any member's practice.
    for (const path of RECEIVING_PAGES) expect([path, await practicesOffered(page, path)]).toEqual([path, ['practice-z00092']]);
    expect(await page.locator('select#practiceId option[value="practice-z00092"]').textContent()).toBe('Example Practice 92 (Z00092)');
    await context.close();
  }, 120_000);
});

describe('closing a practice, and the duty its share raises', () => {
  it('SH-5, SR-1: "Closed" with a successor is refused beside the successor field, nothing written; a merger (07 into 08) reads as one on the home page, its surrender a reduction of capital; the "Record a filing" list offers no share duty', async () => {
    const { context, page } = await web.session('secretary');
    const head = await ledgerHead(web.app);
    await page.goto('/practices/practice-z00007');
    // SH-5 with SR-1: the form says that a merger's surplus share, surrendered, is a reduction of capital and what it needs.
    expect((await page.locator('#surrender-is-reduction').textContent())!.replace(/\s+/g, ' ')).toContain(
      "A surrender is a reduction of the company's capital (Companies Act 2006 s.641): record it on Record a share change with the members' special resolution that approves it and the date of the directors' solvency statement made in the 15 days before that resolution (s.642)",
    );
    await page.getByRole('radio', { name: 'Closed' }).check();
    await page.getByLabel('Successor practice (needed for a merger)').selectOption('practice-z00008');
    await page.getByLabel('Date it ceases').fill(today());
    expect(await submit(page, 'Record the closure')).toBe(422);
    expect(await page.locator('.nhsuk-error-summary a').getAttribute('href')).toBe('#successorPracticeId');
    expect(await page.locator('#successorPracticeId-error').textContent()).toContain('Only a merger names a successor practice');
    expect(await ledgerHead(web.app)).toEqual(head);

    await page.getByRole('radio', { name: 'Merged into another practice' }).check();
    await page.getByLabel('Successor practice (needed for a merger)').selectOption('practice-z00008');
    await page.getByLabel('Date it ceases').fill(today());
    expect(await submit(page, 'Record the closure')).toBe(303);
    const successor = (await page.locator('.nhsuk-summary-list').textContent())!;
    expect(successor).toContain('Ceased');

    await page.goto('/');
    const duty = (await page.locator('main').textContent())!.replace(/\s+/g, ' ');
    expect(duty).toContain(`Share 7 held for Demo Practice 07 (synthetic), which merged into Demo Practice 08 (synthetic) on ${formatDate(today())}: surrender it (Demo Practice 08 (synthetic), the successor, already holds its one share), a reduction of capital needing a special resolution and a solvency statement (s.641)`);

    await page.goto('/directors');
    const offered = await page.getByLabel('Duty').locator('option').evaluateAll((options) => options.map((o) => o.getAttribute('value') ?? ''));
    expect(offered.filter((v) => v.startsWith('practice-share|'))).toEqual([]);
    expect(offered.length).toBeGreaterThan(1);
    await context.close();
  }, 120_000);
});
