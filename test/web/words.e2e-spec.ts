import { COMPANY } from '../support/test-app';
import { startWebHarness, type WebHarness } from './browser';

let web: WebHarness;
beforeAll(async () => {
  web = await startWebHarness();
}, 180_000);
afterAll(() => web?.close());

/** A ledger entry's kind name (`share.transfer`, `practice.closed`, `inspection.request-received.v2`). */
const KIND = /\b[a-z-]+\.[a-z-]+(\.v\d+)?\b/;

describe('what the pages report in words, not codes', () => {
  it('RM-3, SH-5: the ledger and home pages say what each entry records (a share allotted, a practice ceased), never its kind name', async () => {
    await web.app.http.post(`/api/companies/${COMPANY}/practices/practice-z00005/closure`).set(web.app.auth('secretary')).send({ effectiveOn: '2026-10-20', reason: 'closed' }).expect(201);

    const { context, page } = await web.session('auditor');
    await page.goto('/ledger');
    const kinds = (await page.locator('main table tbody tr td:nth-child(2)').allTextContents()).map((text) => text.trim());
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.filter((text) => KIND.test(text))).toEqual([]);
    expect(kinds).toContain('Share allotted');
    expect(kinds).toContain('Practice ceased');
    expect(await page.getByRole('columnheader', { name: 'What it records' }).count()).toBe(1);

    await page.goto('/home');
    const last = (await page.locator('main dl').first().textContent())!;
    expect(last).toContain('Practice ceased, effective 2026-10-20');
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
    expect(row).toContain('Applied to the court (not a proper purpose) on 2026-11-04');
    expect(row).not.toContain('applied-to-court');

    await page.goto('/resolutions');
    const ways = (await page.locator('main table tbody tr td:nth-child(2)').allTextContents()).map((text) => text.trim());
    expect(ways.length).toBeGreaterThan(0);
    for (const way of ways) expect(way).toMatch(/, (at a meeting|in writing)$/);
    await context.close();
  }, 120_000);
});
