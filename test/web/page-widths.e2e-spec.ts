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
    for (const path of [`/register?name=${encodeURIComponent(LONG_NAME.slice(0, 20))}`, '/register', member!, '/practices', '/home', '/directors', '/officers', '/meetings']) await expectFits(page, path);
    // On a phone, the pages and forms that name the practice (its page, the lists to choose it from) fit too.
    await page.setViewportSize({ width: 375, height: 667 });
    for (const path of [member!, `/practices/${practice.body.practiceId}`, '/practices/practice-z00036', '/practices', '/share-changes?kind=transfer', '/share-changes?kind=allotment', '/transfers', '/certificates', '/meetings']) await expectFits(page, path);
    await context.close();
  }, 180_000);

  it('EC-4: the officers page fits a phone screen (375 × 667) for the secretary, who sees every particular, and for a board member', async () => {
    for (const role of ['secretary', 'board'] as const) {
      const { context, page } = await web.session(role);
      await page.setViewportSize({ width: 375, height: 667 });
      await expectFits(page, '/officers');
      // Each officer a card of "heading value" lines: the column's heading is shown beside each value.
      const first = page.locator('main table').first().locator('tbody tr').first();
      expect(await first.locator('.nhsuk-table__heading', { hasText: 'Service address' }).isVisible()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    }
  }, 120_000);
});
