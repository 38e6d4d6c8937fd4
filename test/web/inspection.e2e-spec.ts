import { ledgerHead } from '../support/ledger';
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
    // IN-1: the purpose as the requester gave it, quoted, not run into the sentence ("for To contact members").
    expect(main.replace(/\s+/g, ' ')).toContain('purpose: “a local history”');
    await context.close();
  });

  it.each(['board', 'auditor'] as const)('the %s sees the request, its dates and status, not the address', async (role) => {
    const { context, page } = await web.session(role);
    expect((await page.goto('/inspection?asAt=2026-11-30'))?.status()).toBe(200);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('B. Historian (synthetic)');
    expect(main).toContain('2 November 2026');
    expect(main).toContain('9 November 2026');
    expect(main).not.toContain('Synthetic Row');
    expect(await page.content()).not.toContain('Synthetic Row');
    await context.close();
  });
});

describe('IN-5: the day named for an inspection, through the form', () => {
  it('a day with too little notice is refused beside the field and writes nothing; a day with 10 working days\' notice is recorded', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/inspection?asAt=2026-11-30');
    const fill = async (on: string) => {
      await page.getByLabel('Request to inspect').selectOption({ label: 'B. Historian (synthetic), received 2 November 2026' });
      await page.getByLabel('Date the notice naming the day was received').fill('2026-11-03');
      await page.getByLabel('Day named for the inspection').fill(on);
      await page.getByLabel('From (HH:MM)').fill('10:00');
      await page.getByLabel('Until (HH:MM)').fill('12:00');
      const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record the day named' }).click()]);
      return response.status();
    };
    const head = await ledgerHead(web.app);
    expect(await fill('2026-11-10')).toBe(422);
    expect(await page.locator('#appointment-on-error').textContent()).toContain('10 working days');
    expect(await ledgerHead(web.app)).toEqual(head);
    expect(await fill('2026-11-18')).toBe(303);
    expect(await page.locator('main').textContent()).toContain('To inspect on 18 November 2026, 10:00–12:00');
    await context.close();
  });
});
