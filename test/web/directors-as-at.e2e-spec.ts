import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;
const web = useWebHarness();

describe('Directors page as at a date', () => {
  it("EC-4, s.162: the board as at a day before a director's change of name shows the name then; from the change, the new name", async () => {
    const { app } = web;
    const appointed = await app.http.post(`${C}/officers`).set(app.auth('secretary')).send({
      role: 'director', name: 'Dr Page Before (synthetic)', serviceAddress: '1 Demo Yard', countryOfResidence: 'United Kingdom', nationality: 'British',
      occupation: 'General practitioner', dateOfBirth: '1970-01-01', residentialAddress: '2 Private Road, London E3 9ZZ', appointedOn: '2026-01-05',
    }).expect(201);
    await app.http.post(`${C}/officers/${appointed.body.officerId}/particulars`).set(app.auth('secretary')).send({ effectiveOn: '2026-04-01', name: 'Dr Page After (synthetic)', serviceAddress: '2 Demo Yard' }).expect(201);
    const { page } = await web.session('board');
    const row = () => page.locator('table', { hasText: 'The board as at' }).locator('tbody tr', { hasText: 'Dr Page' });
    await page.goto('/directors?asAt=2026-03-31');
    expect(await row().textContent()).toContain('Dr Page Before (synthetic)');
    expect(await row().textContent()).toContain('1 Demo Yard');
    await page.goto('/directors?asAt=2026-04-01');
    expect(await row().textContent()).toContain('Dr Page After (synthetic)');
    expect(await row().textContent()).toContain('2 Demo Yard');
  });

  it('EC-1: the board as at a day shows each director as in office then: a resignation dated later is not shown', async () => {
    const { app } = web;
    const appointed = await app.http.post(`${C}/officers`).set(app.auth('secretary')).send({
      role: 'director', name: 'Dr Leaves Later (synthetic)', serviceAddress: '3 Demo Yard', countryOfResidence: 'United Kingdom', nationality: 'British',
      occupation: 'General practitioner', dateOfBirth: '1971-01-01', residentialAddress: '4 Private Road, London E3 9ZZ', appointedOn: '2026-01-06',
    }).expect(201);
    await app.http.post(`${C}/officers/${appointed.body.officerId}/resignation`).set(app.auth('secretary')).send({ resignedOn: '2026-06-30' }).expect(201);
    const { page } = await web.session('board');
    await page.goto('/directors?asAt=2026-06-01');
    const row = (await page.locator('table', { hasText: 'The board as at' }).locator('tbody tr', { hasText: 'Dr Leaves Later' }).textContent())!;
    expect(row).toContain('6 January 2026');
    expect(row).not.toContain('30 June 2026');
    expect(await page.locator('table', { hasText: 'The board as at' }).locator('th', { hasText: 'Left office' }).count()).toBe(0);
    await page.goto('/directors?asAt=2026-06-30');
    expect(await page.locator('table', { hasText: 'The board as at' }).locator('tbody tr', { hasText: 'Dr Leaves Later' }).count()).toBe(0);
  });

  it('the "As at" form on a page shown again after a refused form goes to the section\'s own page, not the form\'s address', async () => {
    const { page } = await web.session('secretary');
    await page.goto('/directors');
    await page.getByRole('button', { name: 'Record the filing' }).click();
    await page.waitForURL('**/directors/filings');
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('Choose the duty the filing is for');
    await page.fill('#asAt', '2026-06-30');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL('**/directors?asAt=2026-06-30');
    expect(await page.locator('h1').textContent()).toContain('Directors');
  });

  it('a page as at a day before incorporation (1 September 2014) says the company did not yet exist; from that day it does not', async () => {
    const { page } = await web.session('board');
    const notice = () => page.locator('main .nhsuk-inset-text', { hasText: 'incorporated' });
    for (const path of ['/register?asAt=2014-08-31', '/practices/practice-z00001?asAt=2014-08-31', '/directors?asAt=1800-01-01', '/officers?asAt=2014-08-31']) {
      await page.goto(path);
      expect({ path, notice: await notice().count() }).toEqual({ path, notice: 1 });
    }
    expect(await notice().textContent()).toContain('The company was incorporated on 1 September 2014: on 31 August 2014 it did not yet exist');
    for (const path of ['/register?asAt=2014-09-01', '/practices/practice-z00001?asAt=2014-09-01', '/directors']) {
      await page.goto(path);
      expect({ path, notice: await notice().count() }).toEqual({ path, notice: 0 });
    }
  });
});
