import { COMPANY } from '../support/test-app';
import { startWebHarness, type WebHarness } from './browser';

const ADDRESS = '7 Synthetic Row, Leeds LS2 2BB';
let web: WebHarness;
beforeAll(async () => {
  web = await startWebHarness();
  await web.app.http
    .post(`/api/companies/${COMPANY}/inspection-requests`)
    .set(web.app.auth('secretary'))
    .send({ receivedOn: '2026-11-02', kind: 'inspect', requesterName: 'B. Historian (synthetic)', requesterAddress: ADDRESS, purpose: 'a local history', onwardRecipients: [] })
    .expect(201);
}, 180_000);
afterAll(() => web?.close());

/** The inspection page: the requester's address is personal data, shown to the secretary only. */
describe('the inspection page and the requester’s personal data', () => {
  it('the secretary sees the requester’s address', async () => {
    const { context, page } = await web.session('secretary');
    expect((await page.goto('/inspection?asAt=2026-11-30'))?.status()).toBe(200);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('B. Historian (synthetic)');
    expect(main).toContain(ADDRESS);
    await context.close();
  });

  it.each(['board', 'auditor'] as const)('the %s sees the request, its dates and status, not the address', async (role) => {
    const { context, page } = await web.session(role);
    expect((await page.goto('/inspection?asAt=2026-11-30'))?.status()).toBe(200);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('B. Historian (synthetic)');
    expect(main).toContain('2026-11-02');
    expect(main).toContain('2026-11-09');
    expect(main).not.toContain('Synthetic Row');
    expect(await page.content()).not.toContain('Synthetic Row');
    await context.close();
  });
});
