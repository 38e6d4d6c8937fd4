import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;
const web = useWebHarness();

describe('Pages as at a date show nothing dated after it', () => {
  it('EC-3, EC-2: the officers page as at 15 May shows a director verified on 1 June as not verified, and no TM01 for a resignation on 1 June', async () => {
    const { app } = web;
    const appoint = async (name: string) =>
      (await app.http.post(`${C}/officers`).set(app.auth('secretary')).send({
        role: 'director', name, serviceAddress: '1 Demo Yard', countryOfResidence: 'United Kingdom', nationality: 'British',
        occupation: 'General practitioner', dateOfBirth: '1970-01-01', residentialAddress: '2 Private Road, London E3 9ZZ', appointedOn: '2026-01-05',
      }).expect(201)).body.officerId as string;
    const verified = await appoint('Dr Page Verified Later (synthetic)');
    const resigned = await appoint('Dr Page Resigned Later (synthetic)');
    await app.http.post(`${C}/officers/${verified}/identity-verification`).set(app.auth('secretary')).send({ verifiedOn: '2026-06-01', route: 'companies-house', personalCode: 'ABC12345DEF' }).expect(201);
    await app.http.post(`${C}/officers/${resigned}/resignation`).set(app.auth('secretary')).send({ resignedOn: '2026-06-01' }).expect(201);

    for (const role of ['board', 'secretary'] as const) {
      const { page, context } = await web.session(role);
      const board = page.locator('table', { hasText: 'Directors and secretaries in office' });
      const notifications = page.locator('table', { hasText: 'Notifications to Companies House' });
      await page.goto('/officers?asAt=2026-05-15');
      const row = await board.locator('tbody tr', { hasText: 'Dr Page Verified Later' }).textContent();
      expect(row).toContain('Not verified');
      expect(row).not.toContain('1 June 2026');
      expect(row).not.toContain('ABC12345DEF');
      expect(await notifications.locator('tbody tr', { hasText: 'TM01' }).filter({ hasText: 'Dr Page Resigned Later' }).count()).toBe(0);
      await page.goto('/officers?asAt=2026-06-01');
      expect(await board.locator('tbody tr', { hasText: 'Dr Page Verified Later' }).textContent()).toContain('1 June 2026, with Companies House');
      expect(await notifications.locator('tbody tr', { hasText: 'TM01' }).filter({ hasText: 'Dr Page Resigned Later' }).count()).toBe(1);
      await context.close();
    }
  });

  it('SH-5: the practices pages as at 1 March show a practice merged on 1 November as eligible, with no practice ceased', async () => {
    const { app } = web;
    await app.http.post(`${C}/practices/practice-z00010/closure`).set(app.auth('secretary')).send({ effectiveOn: '2026-11-01', reason: 'merged', successorPracticeId: 'practice-z00011' }).expect(201);
    const { page } = await web.session('board');
    await page.goto('/practices?asAt=2026-03-01');
    const summary = await page.locator('main p', { hasText: 'eligible as at' }).textContent();
    expect(summary).toContain('37 eligible as at 1 March 2026.');
    expect(summary).not.toContain('ceased');
    expect(await page.locator('tbody tr', { hasText: 'Z00010' }).textContent()).not.toContain('Ceased');
    await page.goto('/practices/practice-z00010?asAt=2026-03-01');
    const status = await page.locator('.nhsuk-summary-list__row', { hasText: 'Status as at 1 March 2026' }).textContent();
    expect(status).toContain('Eligible to hold a share');
    expect(status).not.toContain('Ceased');
    await page.goto('/practices/practice-z00010?asAt=2026-11-01');
    expect(await page.locator('.nhsuk-summary-list__row', { hasText: 'Status as at 1 November 2026' }).textContent()).toContain('Ceased 1 November 2026');
  });
});
