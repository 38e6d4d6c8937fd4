import { useWebHarness } from './browser';

const web = useWebHarness();

describe('the pages load everything from the service itself', () => {
  it('asks no other host for anything (the NHS.UK fonts included) and logs no error, signed in or not', async () => {
    for (const [role, paths] of [[null, ['/']], ['secretary', ['/home', '/register', '/meetings', '/directors']]] as const) {
      const { context, page } = await web.session(role);
      const elsewhere: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(web.baseUrl) && !request.url().startsWith('data:')) elsewhere.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      for (const path of paths) {
        await page.goto(path);
        await page.waitForLoadState('load');
        // The fonts the page uses are loaded (or refused) by now.
        await page.evaluate('document.fonts.ready');
      }
      expect({ role, elsewhere, errors }).toEqual({ role, elsewhere: [], errors: [] });
      await context.close();
    }
  }, 120_000);
});
