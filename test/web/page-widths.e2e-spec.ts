import type { Page } from 'playwright-core';
import { addDays } from '#domain';
import { today } from '../../apps/api/src/common/today';
import { passBoardResolution } from '../support/authority';
import { COMPANY } from '../support/test-app';
import { seriousViolations, useWebHarness } from './browser';

const web = useWebHarness();

/** A name of 120 characters with no space in it: nothing to break a line at. */
const LONG_NAME = `Longnamepractice${'x'.repeat(96)}(synthetic)`.slice(0, 120);
const LONG_ADDRESS = `${'Unbrokenaddressline'.repeat(6)}LondonE11AA`;

/** How wide the page and each of its tables are, against the window's width (CSS pixels). */
const widths = (page: Page): Promise<{ window: number; page: number; tables: number[] }> =>
  // A string, evaluated in the page: this project's TypeScript has no DOM types.
  page.evaluate(`({
    window: window.innerWidth,
    page: document.documentElement.scrollWidth,
    tables: [...document.querySelectorAll('main table')].map((t) => Math.ceil(t.getBoundingClientRect().right)),
  })`);

/**
 * The words of up to 20 characters (no hyphen or dash, where a line may end) in the page's table cells
 * that are split across two lines.
 */
const brokenWords = (page: Page): Promise<string[]> =>
  page.evaluate(`(() => {
    const broken = [];
    const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement.closest('td')) continue;
      for (const m of n.data.matchAll(/[^\\s\\-\u2010-\u2015]+/g)) {
        if ([...m[0]].length > 20) continue;
        const range = document.createRange();
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  })()`);

async function expectFits(page: Page, path: string): Promise<void> {
  await page.goto(path);
  const seen = await widths(page);
  expect({ path, page: seen.page, tables: seen.tables.filter((right) => right > seen.window) }).toEqual({ path, page: seen.window, tables: [] });
}

describe('long names and small screens', () => {
  it('RM-1: a member whose name is 120 characters without a space is shown on the register and the other lists without the table overflowing the window', async () => {
    const on = today();
    const secretary = web.app.auth('secretary');
    const practice = await web.app.http
      .post(`/api/companies/${COMPANY}/practices`)
      .set(secretary)
      .send({ odsCode: 'Z00039', name: LONG_NAME, address: LONG_ADDRESS, on: addDays(on, -30) })
      .expect(201);
    const authorisedBy = await passBoardResolution(web.app, COMPANY, addDays(on, -6), [{ action: 'allotment', shareNumber: 38 }]);
    await web.app.http
      .post(`/api/companies/${COMPANY}/share-allotments`)
      .set(secretary)
      .send({ shareNumber: 38, holder: { practiceId: practice.body.practiceId }, effectiveOn: addDays(on, -5), authorisedBy })
      .expect(201);
    await web.app.http.post(`/api/companies/${COMPANY}/officers`).set(secretary).send({
      role: 'director', name: LONG_NAME, serviceAddress: LONG_ADDRESS, countryOfResidence: 'United Kingdom', nationality: 'British',
      occupation: 'General practitioner', dateOfBirth: '1970-01-01', residentialAddress: LONG_ADDRESS, appointedOn: addDays(on, -2),
    }).expect(201);

    const { context, page } = await web.session('secretary');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/register?name=${encodeURIComponent(LONG_NAME.slice(0, 20))}`);
    expect(await page.locator('main table tbody tr', { hasText: LONG_NAME }).count()).toBe(1);
    const member = await page.locator('main table tbody a', { hasText: LONG_NAME }).getAttribute('href');
    for (const width of [1100, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of [`/register?name=${encodeURIComponent(LONG_NAME.slice(0, 20))}`, '/register', member!, '/practices', '/home', '/directors', '/officers', '/meetings', '/ledger']) {
        await expectFits(page, path);
        // On a wide screen a cell breaks between words ("Demo Director 1", not "Demo Direct / or 1"); only the unbroken name may break anywhere.
        expect({ path, width, broken: await brokenWords(page) }).toEqual({ path, width, broken: [] });
      }
    }
    // On a phone, the pages and forms that name the practice (its page, the lists to choose it from) fit too.
    await page.setViewportSize({ width: 375, height: 667 });
    for (const path of [member!, `/practices/${practice.body.practiceId}`, '/practices/practice-z00036', '/practices', '/share-changes?kind=transfer', '/share-changes?kind=allotment', '/transfers', '/certificates', '/meetings']) await expectFits(page, path);
    await context.close();
  }, 180_000);

  it('EC-4: the officers page fits a phone screen (375 × 667) and a tablet (800 and 1,000 px wide) for the secretary, who sees every particular, and for a board member', async () => {
    for (const role of ['secretary', 'board'] as const) {
      const { context, page } = await web.session(role);
      for (const width of [375, 800, 1000]) {
        await page.setViewportSize({ width, height: 667 });
        await expectFits(page, '/officers');
        expect({ role, width, broken: await brokenWords(page) }).toEqual({ role, width, broken: width === 375 ? expect.any(Array) : [] });
        // On a phone, and for the secretary's nine columns on a tablet, each officer is a card of "heading value" lines: the column's heading is shown beside each value.
        const first = page.locator('main table').first().locator('tbody tr').first();
        const cards = width === 375 || role === 'secretary';
        expect({ role, width, headingShown: await first.locator('.nhsuk-table__heading', { hasText: 'Service address' }).isVisible() }).toEqual({ role, width, headingShown: cards });
      }
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    }
  }, 120_000);
});
