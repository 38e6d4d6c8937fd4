import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;
// With the synthetic filing history every duty before today is done: the back-dated change below is the only one overdue.
const web = useWebHarness({ seedFilings: true });

describe('A duty overdue for more than a year on the pages', () => {
  it('EC-2: a CH01 back-dated to February 2025 shows as overdue on /home, /officers and /directors, is recorded from the "Record a filing" list, and then leaves /home', async () => {
    const { app } = web;
    const [first] = (await app.http.get(`${C}/directors`).set(app.auth('board')).expect(200)).body as { directorId: string }[];
    await app.http.post(`${C}/officers/${first!.directorId}/particulars`).set(app.auth('secretary')).send({ effectiveOn: '2025-02-03', serviceAddress: '7 Back-dated Yard, London E1 0XX' }).expect(201);
    const reference = `${first!.directorId}-particulars-changed-2025-02-03`;
    const { page } = await web.session('secretary');

    await page.goto('/');
    const overdue = page.locator('table', { hasText: 'Overdue' }).first().locator('tbody tr', { hasText: '17 February 2025' });
    expect(await overdue.textContent()).toContain('CH01');

    await page.goto('/officers');
    const notification = page.locator('table', { hasText: 'Notifications to Companies House' }).locator('tbody tr', { hasText: '17 February 2025' });
    expect(await notification.textContent()).toContain('Overdue');

    await page.goto('/directors');
    const duty = page.locator('table', { hasText: 'Companies House and statutory duties' }).locator('tbody tr', { hasText: '17 February 2025' });
    expect(await duty.textContent()).toContain('Overdue');
    await page.getByLabel('Duty').selectOption(`ch01|${reference}`);
    await page.getByRole('button', { name: 'Record the filing' }).click();
    await page.waitForURL('**/directors');
    expect(await page.locator('body').textContent()).toContain('Filing recorded');

    await page.goto('/');
    expect(await page.locator('body').textContent()).not.toContain('17 February 2025');
  });
});

describe('A confirmation statement recorded from the pages', () => {
  it('CA 2006 s.853A: without the box for the statement of lawful purpose ticked it is refused, the box named and nothing recorded; ticked, it is recorded', async () => {
    const { app } = web;
    const open = (await app.http.get(`${C}/deadlines`).set(app.auth('board')).expect(200)).body as { kind: string; reference: string; status: string }[];
    const statement = open.find((d) => d.kind === 'confirmation-statement' && d.status !== 'done')!;
    const entries = async () => (await app.http.get(`${C}/ledger/verify`).set(app.auth('auditor')).expect(200)).body.events as number;
    const before = await entries();
    const { page } = await web.session('secretary');
    await page.goto('/directors');
    await page.getByLabel('Duty').selectOption(`confirmation-statement|${statement.reference}`);
    await page.getByRole('button', { name: 'Record the filing' }).click();
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain("states that the company's intended future activities are lawful");
    expect(await page.locator('#lawfulPurposeStatement-error').textContent()).toContain('CA 2006 s.853A');
    expect(await entries()).toBe(before);

    await page.getByLabel('Duty').selectOption(`confirmation-statement|${statement.reference}`);
    await page.getByLabel("The statement says the company's intended future activities are lawful").check();
    await page.getByRole('button', { name: 'Record the filing' }).click();
    await page.waitForURL('**/directors');
    expect(await page.locator('body').textContent()).toContain('Filing recorded: ');
    expect(await entries()).toBe(before + 1);
  }, 120_000);
});
