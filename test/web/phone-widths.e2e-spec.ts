import type { Page } from 'playwright-core';
import { COMPANY } from '../support/test-app';
import { seriousViolations, useWebHarness, wordsShown } from './browser';

const web = useWebHarness({ seedAlliance: true });

/** A name of 120 characters with no space in it: nothing to break a line at. */
const LONG_NAME = `Longnamerequester${'x'.repeat(96)}(synthetic)`.slice(0, 120);

/**
 * The headings of responsive tables' cells (shown on a phone beside each value) that break over more
 * than one line: a value that may break anywhere must not squeeze its heading ("Con cer ning").
 */
const brokenHeadings = (page: Page): Promise<string[]> =>
  page.evaluate(`[...document.querySelectorAll('main .nhsuk-table__heading')]
    .filter((h) => {
      const text = document.createRange();
      text.selectNodeContents(h);
      return new Set([...text.getClientRects()].map((line) => Math.round(line.top))).size > 1;
    })
    .map((h) => h.textContent.trim())`);

/** How much wider than the window the page is (CSS pixels; 0 when it fits). */
const overflow = (page: Page): Promise<number> =>
  // A string, evaluated in the page: this project's TypeScript has no DOM types.
  page.evaluate('document.documentElement.scrollWidth - window.innerWidth');

describe('every page fits a phone screen (375 × 667): nothing scrolls sideways', () => {
  it('the home, ledger, meetings, resolutions, alliance and inspection pages, with a 120-character name and long hashes', async () => {
    const secretary = web.app.auth('secretary');
    await web.app.http
      .post(`/api/companies/${COMPANY}/inspection-requests`)
      .set(secretary)
      .send({ receivedOn: '2026-11-02', kind: 'copy', requesterName: LONG_NAME, requesterAddress: `${'Unbrokenaddressline'.repeat(6)}LondonE11AA`, purpose: LONG_NAME, onwardRecipients: [] })
      .expect(201);
    const meeting = await web.app.http
      .post(`/api/companies/${COMPANY}/meetings`)
      .set(secretary)
      .send({ kind: 'board', heldOn: '2026-06-10', items: [{ text: `THAT ${LONG_NAME} be thanked.` }, { text: 'THAT the budget be approved (synthetic).' }] })
      .expect(201);
    const resolutionId = meeting.body.items[0].resolutionId as string;
    const tupe = (await web.app.http.get(`/api/companies/${COMPANY}/tupe-transfers`).set(secretary).expect(200)).body;

    for (const role of ['secretary', 'board'] as const) {
      const { context, page } = await web.session(role);
      await page.setViewportSize({ width: 375, height: 667 });
      const paths = ['/home', '/ledger', '/meetings', `/meetings/${meeting.body.meetingId}`, '/resolutions', `/resolutions/${resolutionId}`, '/alliance', `/alliance/tupe/${tupe[0].transferId}`];
      paths.push('/inspection', '/register', '/practices', '/practices/practice-z00001', '/transfers', '/certificates', '/company', '/ledger/corrections', '/directors', '/officers');
      if (role === 'secretary') paths.push('/share-changes', '/access');
      await page.goto('/register');
      paths.push((await page.locator('main table tbody a').first().getAttribute('href'))!);
      const wide: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        const by = await overflow(page);
        if (by > 0) wide.push(`${path} (${by} px too wide)`);
        const broken = await brokenHeadings(page);
        if (broken.length > 0) wide.push(`${path} (headings broken: ${[...new Set(broken)].join(', ')})`);
      }
      expect({ role, wide }).toEqual({ role, wide: [] });
      await page.goto('/ledger');
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    }
  }, 180_000);
});

describe('the alliance pages in words', () => {
  it('partners\' roles and TUPE transfers are named in words, not by their code names', async () => {
    const { context, page } = await web.session('board');
    await page.goto('/alliance');
    expect(await page.locator('main').textContent()).toContain('Alliance manager');
    const tupe = page.locator('main a[href^="/alliance/tupe/"]').first();
    expect((await tupe.textContent())!.trim()).toBe('Health visiting, 1 April 2016');
    const href = (await tupe.getAttribute('href'))!;
    expect(await wordsShown(page, ['/alliance', href])).toEqual([]);
    expect((await page.locator('h1').textContent())!.trim()).toBe('TUPE transfer: Health visiting, 1 April 2016');
    await context.close();
  }, 60_000);
});
