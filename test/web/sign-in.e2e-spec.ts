import { seriousViolations, signIn, useWebHarness } from './browser';

const web = useWebHarness();

describe('signing in and out of the pages', () => {
  it('shows the sign-in page to a visitor at /, signs in with a token, and signs out from any page', async () => {
    const { context, page } = await web.session(null);
    await page.goto('/home');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sign in');
    expect(await seriousViolations(page)).toEqual([]);

    await signIn(page, web.app.tokens.board);
    expect(new URL(page.url()).pathname).toBe('/home');
    expect(await page.getByText('test board member (Board member)').count()).toBe(1);
    const cookie = (await context.cookies()).find((c) => c.name === 'cic.sid')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    // The session is in the database, so that every instance of the service shares it.
    expect((await web.app.sql(`select count(*)::int as n from web_session where expires_at > now()`))[0]).toMatchObject({ n: expect.any(Number) });

    await page.goto('/ledger');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/home');
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });

  it('signs out with a POST whose CSRF token is in the form, never in the URL; a token sent in the URL alone signs nobody out', async () => {
    const { context, page } = await web.session('auditor');
    await page.goto('/register');
    const form = page.locator('header form');
    expect(await form.getAttribute('action')).toBe('/sign-out');
    const token = await form.locator('input[type="hidden"][name="_csrf"]').inputValue();
    expect(token).toMatch(/\S{16}/);
    expect(await page.content()).not.toContain(`_csrf=${token}`);
    // The token in the URL alone is refused (403), and the session goes on.
    const inUrl = await page.request.post(`/sign-out?_csrf=${encodeURIComponent(token)}`, { maxRedirects: 0 });
    expect(inUrl.status()).toBe(403);
    expect((await page.goto('/home'))?.status()).toBe(200);
    const [request] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST'), page.getByRole('button', { name: 'Sign out' }).click()]);
    await page.waitForURL((url) => url.pathname === '/');
    expect(new URL(request.url()).search).toBe('');
    expect(new URLSearchParams(request.postData() ?? '').get('_csrf')).toBe(token);
    await page.goto('/home');
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });

  it('refuses a wrong token with the error beside the field, and signs nobody in', async () => {
    const { context, page } = await web.session(null);
    await page.goto('/');
    await page.getByLabel('Access token').fill('cic_not-a-token-anyone-was-given');
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Sign in' }).click()]);
    expect(response.status()).toBe(401);
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('The token was not recognised');
    expect(await page.locator('#token-error').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('/home');
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });

  it('a revoked token ends its sessions at once', async () => {
    const made = await web.app.http.post('/api/tokens').set(web.app.auth('secretary')).send({ name: 'Leaving auditor', role: 'auditor' });
    const { context, page } = await web.session(null);
    await signIn(page, made.body.token);
    expect(new URL(page.url()).pathname).toBe('/home');
    await web.app.http.delete(`/api/tokens/${made.body.tokenId}`).set(web.app.auth('secretary')).expect(200);
    await page.goto('/ledger');
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });

  it('the sign-in page a revoked token\'s user is sent to says the session ended because access was withdrawn or expired, once; a visitor is not told so', async () => {
    const made = await web.app.http.post('/api/tokens').set(web.app.auth('secretary')).send({ name: 'Withdrawn board member', role: 'board' });
    const { context, page } = await web.session(null);
    await page.goto('/');
    expect(await page.locator('main').textContent()).not.toContain('access was withdrawn');
    await signIn(page, made.body.token);
    await web.app.http.delete(`/api/tokens/${made.body.tokenId}`).set(web.app.auth('secretary')).expect(200);
    await page.goto('/register');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('main').textContent()).toContain('You were signed out because your access was withdrawn or has expired');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('/');
    expect(await page.locator('main').textContent()).not.toContain('access was withdrawn');
    await context.close();
  });

  it('revoking a token on the Access page takes a confirmation: the button alone revokes nothing and says to tick the box; ticked, the token is revoked', async () => {
    const made = await web.app.http.post('/api/tokens').set(web.app.auth('secretary')).send({ name: 'Departing auditor (synthetic)', role: 'auditor' });
    const status = async () => ((await web.app.http.get('/api/tokens').set(web.app.auth('secretary'))).body as { tokenId: string; status: string }[]).find((t) => t.tokenId === made.body.tokenId)!.status;
    const { context, page } = await web.session('secretary');
    await page.goto('/access');
    const row = () => page.locator('main tbody tr', { hasText: 'Departing auditor (synthetic)' });
    const [refused] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), row().getByRole('button', { name: /Revoke/ }).click()]);
    expect(refused.status()).toBe(422);
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('Tick “Yes, revoke the token of Departing auditor (synthetic)” to confirm: nothing was revoked');
    expect(await page.locator(`#revoke-${made.body.tokenId}-error`).count()).toBe(1);
    expect(await status()).toBe('active');
    expect(await seriousViolations(page)).toEqual([]);
    await row().getByLabel('Yes, revoke the token of Departing auditor (synthetic)').check();
    await Promise.all([page.waitForURL('**/access'), row().getByRole('button', { name: /Revoke/ }).click()]);
    expect(await page.locator('body').textContent()).toContain('The token of Departing auditor (synthetic) is revoked');
    expect(await status()).toBe('revoked');
    await context.close();
  });

  it('refuses a form sent without its CSRF token, or with another session\'s, and does nothing', async () => {
    const { context, page } = await web.session('secretary');
    const before = (await web.app.http.get('/api/tokens').set(web.app.auth('secretary'))).body.length;
    const without = await page.request.post('/access/tokens', { form: { name: 'Intruder', role: 'secretary' } });
    expect(without.status()).toBe(403);
    expect(await without.text()).toContain('This form has expired');
    // A signed-in secretary is offered the home page, not the sign-in page.
    expect(await without.text()).toContain('Go to the home page');
    const other = await web.session('secretary');
    await other.page.goto('/access');
    const othersToken = await other.page.locator('main form input[name="_csrf"]').first().inputValue();
    const wrong = await page.request.post('/access/tokens', { form: { _csrf: othersToken, name: 'Intruder', role: 'secretary' } });
    expect(wrong.status()).toBe(403);
    expect((await web.app.http.get('/api/tokens').set(web.app.auth('secretary'))).body.length).toBe(before);
    // The page's own check sent twice is a form sent wrong (400, naming it), not an expired one.
    await page.goto('/access');
    const own = await page.locator('main form input[name="_csrf"]').first().inputValue();
    const twice = await page.request.post('/access/tokens', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, data: `_csrf=${encodeURIComponent(own)}&_csrf=${encodeURIComponent(own)}&name=Intruder&role=secretary` });
    expect(twice.status()).toBe(400);
    expect(await twice.text()).toContain('The field &#39;_csrf&#39; was sent more than once');
    expect((await web.app.http.get('/api/tokens').set(web.app.auth('secretary'))).body.length).toBe(before);
    // With its own token the same form is accepted.
    await page.goto('/access');
    await page.getByLabel('Name of the person').fill('New board member');
    await page.getByLabel('Board member', { exact: true }).check();
    await page.getByRole('button', { name: 'Issue the token' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#new-token').textContent()).toMatch(/^cic_/);
    expect((await web.app.http.get('/api/tokens').set(web.app.auth('secretary'))).body.length).toBe(before + 1);
    // Reloading the page sends the same form again: no second token.
    const again = await page.reload();
    expect(again?.status()).toBe(409);
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('This form was already sent');
    expect(await page.locator('#new-token').count()).toBe(0);
    expect((await web.app.http.get('/api/tokens').set(web.app.auth('secretary'))).body.length).toBe(before + 1);
    // The token this session signed in with has no revoke button, and revoking it is refused.
    const signedInWith = page.locator('main tbody tr', { hasText: 'Signed in with this one' });
    expect(await signedInWith.count()).toBe(1);
    expect(await signedInWith.getByRole('button').count()).toBe(0);
    await other.context.close();
    await context.close();
  });
  it('a form too large to read, or a page that does not exist, answers a browser with a page in plain words, not JSON; the API still answers JSON', async () => {
    const huge = `text=${'x'.repeat(200_000)}`;
    const page = await web.app.http.post('/resolutions').set('Accept', 'text/html').type('form').send(huge);
    expect(page.status).toBe(413);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('What was sent is too large');
    expect(page.text).not.toContain('PAYLOAD_TOO_LARGE');
    const missing = await web.app.http.get('/no-such-page').set('Accept', 'text/html');
    expect([missing.status, missing.text.includes('There is no such page')]).toEqual([404, true]);
    const api = await web.app.http.post('/api/tokens').set(web.app.auth('secretary')).set('Accept', 'text/html').type('json').send(JSON.stringify({ name: 'x'.repeat(200_000) }));
    expect([api.status, api.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });
});
