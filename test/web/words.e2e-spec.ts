import { addDays } from '#domain';
import { formatDate } from '#reports';
import { today } from '../../apps/api/src/common/today';
import { COMPANY } from '../support/test-app';
import { useWebHarness, wordsShown } from './browser';

const web = useWebHarness();

/** A ledger entry's kind name (`share.transfer`, `practice.closed`, `inspection.request-received.v2`). */
const KIND = /\b[a-z-]+\.[a-z-]+(\.v\d+)?\b/;

describe('what the pages report in words, not codes', () => {
  it('RM-3, SH-5: the ledger and home pages say what each entry records (a share allotted, a practice ceased), never its kind name', async () => {
    await web.app.http.post(`/api/companies/${COMPANY}/practices/practice-z00005/closure`).set(web.app.auth('secretary')).send({ effectiveOn: '2026-10-20', reason: 'closed' }).expect(201);

    const { context, page } = await web.session('auditor');
    await page.goto('/ledger');
    const kinds = (await page.locator('main table tbody tr td:nth-child(2) > span:last-child').allTextContents()).map((text) => text.trim());
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.filter((text) => KIND.test(text))).toEqual([]);
    expect(kinds).toContain('Share allotted');
    expect(kinds).toContain('Practice ceased');
    expect(await page.getByRole('columnheader', { name: 'What it records' }).count()).toBe(1);
    // A page after the last entry says there is none, not "Entries 100000 onwards" over an empty table.
    await page.goto('/ledger?after=99999');
    expect((await page.locator('main table').textContent())!.replace(/\s+/g, ' ')).toContain('No entries after entry 99999.');
    expect(await page.locator('main table caption').textContent()).not.toContain('onwards');
    // Anything but a whole number is refused, naming the parameter, not shown as the first page.
    for (const bad of ['abc', '-1', '1.5', '2014-02-30']) {
      const refused = await page.goto(`/ledger?after=${bad}`);
      expect(refused!.status()).toBe(400);
      expect(await page.locator('main').textContent()).toContain('after must be a whole number');
    }
    expect((await page.goto('/ledger?asAt=2014-02-30'))!.status()).toBe(400);

    await page.goto('/home');
    const last = (await page.locator('main dl').first().textContent())!;
    expect(last).toContain('Practice ceased, effective 20 October 2026');
    expect(last).not.toMatch(KIND);
    await context.close();
  }, 120_000);

  it('IN-3: an inspection request answered by applying to the court says so in words; a resolution says it was passed at a meeting or in writing', async () => {
    const secretary = web.app.auth('secretary');
    const received = await web.app.http
      .post(`/api/companies/${COMPANY}/inspection-requests`)
      .set(secretary)
      .send({ receivedOn: '2026-11-02', kind: 'copy', requesterName: 'W. Words (synthetic)', requesterAddress: '3 Example Row, London E1 3AA', purpose: 'a study of GP federations', onwardRecipients: [] })
      .expect(201);
    await web.app.http.post(`/api/companies/${COMPANY}/inspection-requests/${received.body.requestId}/answer`).set(secretary).send({ answeredOn: '2026-11-04', answer: 'applied-to-court' }).expect(201);

    const { context, page } = await web.session('secretary');
    await page.goto('/inspection');
    const row = (await page.locator('main table tbody tr', { hasText: 'W. Words (synthetic)' }).textContent())!;
    expect(row).toContain('Applied to the court (not a proper purpose) on 4 November 2026');
    expect(row).not.toContain('applied-to-court');

    await page.goto('/resolutions');
    const ways = (await page.locator('main table tbody tr td:nth-child(2) > span:last-child').allTextContents()).map((text) => text.trim());
    expect(ways.length).toBeGreaterThan(0);
    for (const way of ways) expect(way).toMatch(/, (at a meeting|in writing)$/);
    await context.close();
  }, 120_000);

  it('MA-2: a meeting\'s item reads "no attendance recorded yet", then "no votes recorded yet", until a vote is entered; only then may it read failed', async () => {
    const heldOn = addDays(today(), -3);
    const called = await web.app.http.post(`/api/companies/${COMPANY}/meetings`).set(web.app.auth('secretary')).send({ kind: 'board', heldOn, items: [{ text: 'THAT the words be plain (synthetic).' }] }).expect(201);
    const { meetingId } = called.body as { meetingId: string };
    const resolutionId = called.body.items[0].resolutionId as string;
    const { context, page } = await web.session('secretary');
    await page.goto(`/meetings/${meetingId}`);
    const item = page.locator('main h3', { hasText: 'Item 1' });
    expect((await item.textContent())!.trim()).toMatch(/: no attendance recorded yet$/);

    const directors = page.locator('input[name="directorId"]');
    for (let i = 0; i < (await directors.count()); i++) await directors.nth(i).check();
    await page.getByRole('button', { name: 'Record attendance' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect((await item.textContent())!.trim()).toMatch(/: no votes recorded yet$/);
    expect(await page.locator('main').textContent()).not.toMatch(/failed|not enough votes/i);
    await page.goto('/meetings');
    expect(await page.locator('main table tbody tr', { hasText: formatDate(heldOn) }).textContent()).toContain('no votes recorded yet');
    await page.goto(`/resolutions/${resolutionId}`);
    const outcome = (await page.locator('main dl').textContent())!;
    expect(outcome).toContain('no votes recorded yet');
    expect(outcome).not.toMatch(/failed|not enough votes/);

    // One vote against: now the item has failed, and says why.
    await page.goto(`/meetings/${meetingId}`);
    await page.getByLabel('Item 1: who votes (present at the sitting)').selectOption({ index: 1 });
    await page.getByRole('radio', { name: 'Against', exact: true }).check();
    await page.getByRole('button', { name: 'Record the vote on item 1' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect((await item.textContent())!.trim()).toMatch(/: failed$/);
    expect(await page.getByText('Failed: not enough votes in favour').count()).toBe(1);
    await context.close();
  }, 120_000);

  it('a resolution\'s PDF link tells a screen reader which resolution by its reference and words, not its id', async () => {
    const { context, page } = await web.session('board');
    await page.goto('/resolutions');
    const links = page.locator('main table a[href$="/copy.pdf"]');
    expect(await links.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await links.count()); i++) {
      const hidden = (await links.nth(i).locator('.nhsuk-u-visually-hidden').textContent())!;
      expect(hidden).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      expect(hidden).toMatch(/^ copy of [A-Z]{2}-\d{4}-\d{2}: THAT /);
    }
    await context.close();
  }, 60_000);

  it('no page shows an id or a code name where words belong: token roles, a ceased practice\'s successor and reason, meetings and resolutions', async () => {
    const secretary = web.app.auth('secretary');
    await web.app.http.post(`/api/companies/${COMPANY}/practices/practice-z00007/closure`).set(secretary).send({ effectiveOn: addDays(today(), -1), reason: 'merged', successorPracticeId: 'practice-z00008' }).expect(201);
    const { context, page } = await web.session('secretary');
    expect(await wordsShown(page, ['/home', '/ledger', '/meetings', '/resolutions', '/inspection', '/practices', '/practices/practice-z00007', '/transfers', '/certificates', '/company', '/access', '/directors', '/practices/practice-z00001'])).toEqual([]);
    await page.goto('/practices');
    const ceased = (await page.locator('main table tbody tr', { hasText: 'Z00007' }).textContent())!;
    expect(ceased).toContain('(merged into another practice, carried on by Demo Practice 08');
    expect(await page.locator('header').textContent()).toContain('(Company secretary)');
    await context.close();
  }, 180_000);
});
