import { seriousViolations, startWebHarness, type WebHarness } from './browser';

let web: WebHarness;
beforeAll(async () => {
  web = await startWebHarness();
}, 120_000);
afterAll(() => web?.close());

describe('signing in to the pages', () => {
  it('shows the sign-in page to a visitor at /, and the home page once signed in with a token', async () => {
    const { context, page } = await web.session(null);
    await page.goto('/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Access token').fill(web.app.tokens.secretary);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/home');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
