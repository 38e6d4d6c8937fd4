import { seriousViolations, useWebHarness } from './browser';

const web = useWebHarness();

describe('an address that is no page', () => {
  it('answers a browser with the service\'s own 404 page, in the NHS.UK layout with a link home, signed in or not', async () => {
    for (const role of [null, 'secretary'] as const) {
      const { context, page } = await web.session(role);
      const response = await page.goto('/deadlines');
      expect(response!.status()).toBe(404);
      expect(response!.headers()['content-type']).toMatch(/^text\/html/);
      expect(await page.locator('header.nhsuk-header').count()).toBe(1);
      expect(await page.locator('main h1').textContent()).toBe('Page not found');
      expect(await page.locator('main').textContent()).toContain('There is no such page');
      const home = page.locator('main a', { hasText: role ? 'Go to the home page' : 'Go to the sign-in page' });
      expect(await home.getAttribute('href')).toBe(role ? '/home' : '/');
      expect(await seriousViolations(page)).toEqual([]);
      await context.close();
    }
  });

  it('answers under /api with the API\'s JSON 404, even to a browser', async () => {
    const { context, page } = await web.session(null);
    const response = await page.goto('/api/deadlines');
    expect(response!.status()).toBe(404);
    expect(response!.headers()['content-type']).toMatch(/^application\/json/);
    expect(await response!.json()).toMatchObject({ statusCode: 404, code: 'ROUTE_NOT_FOUND' });
    await context.close();
  });
});
