import { addDays } from '#domain';
import { formatDate } from '#reports';
import { today } from '../../apps/api/src/common/today';
import { passSpecialResolution } from '../support/authority';
import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { sendAtOnce, seriousViolations, submit, useWebHarness } from './browser';

const web = useWebHarness();
const TEXT = "THAT the company's objects be changed to those set out in the annex (synthetic).";

describe("CI-6: the CIC Regulator's decision on a change of the objects, through the resolution's page", () => {
  it('the propose form offers a change of the objects; a passed one waits for the Regulator; the secretary records the approval, a date before it passed being refused beside the field', async () => {
    const passedOn = addDays(today(), -10);
    const id = await passSpecialResolution(web.app, COMPANY, passedOn, [], { text: TEXT, matter: 'change-of-objects' });
    const { context, page } = await web.session('secretary');
    await page.goto('/resolutions');
    expect(await page.getByRole('radio', { name: "Changing the company's objects" }).count()).toBe(1);

    await page.goto(`/resolutions/${id}`);
    expect(await page.locator('main dl').textContent()).toContain("Waiting for the CIC Regulator's decision");
    expect(await page.locator('main dl').textContent()).toContain('it takes effect only once the CIC Regulator approves it');

    // A date before the resolution passed: the form comes back with the problem beside the date, and nothing is recorded.
    const head = await ledgerHead(web.app);
    await page.getByLabel('Date decided').fill(addDays(passedOn, -1));
    await page.getByRole('radio', { name: 'Approved' }).check();
    expect(await submit(page, 'Record the decision')).toBe(422);
    expect(await page.locator('#decidedOn-error').textContent()).toContain(`before the special resolution changing the objects passed on ${formatDate(passedOn)}`);
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('before the special resolution changing the objects passed');
    expect(await page.getByRole('radio', { name: 'Approved' }).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await ledgerHead(web.app)).toEqual(head);

    const decidedOn = addDays(passedOn, 3);
    await page.getByLabel('Date decided').fill(decidedOn);
    await page.getByLabel('Note (optional)').fill('Regulator reference CIC/OBJ/0042');
    expect(await submit(page, 'Record the decision')).toBe(303);
    await page.waitForURL(new RegExp(`/resolutions/${id}$`));
    expect(await page.locator('main dl').textContent()).toContain(`Approved by the CIC Regulator on ${formatDate(decidedOn)} — Regulator reference CIC/OBJ/0042`);
    expect(await page.locator('.nhsuk-notification-banner').textContent()).toContain(`The CIC Regulator's approval of the change of the objects on ${formatDate(decidedOn)} is recorded.`);
    expect(await page.getByRole('button', { name: 'Record the decision' }).count()).toBe(0);
    // The page as at the day before the decision: still waiting.
    await page.goto(`/resolutions/${id}?asAt=${addDays(decidedOn, -1)}`);
    expect(await page.locator('main dl').textContent()).toContain("Waiting for the CIC Regulator's decision");
    await context.close();

    const api = (await web.app.http.get(`/api/companies/${COMPANY}/resolutions/${id}`).set(web.app.auth('board')).expect(200)).body;
    expect(api.regulator).toEqual({ status: 'approved', decidedOn, note: 'Regulator reference CIC/OBJ/0042' });
  }, 120_000);

  it('a refusal reads as refused; the board sees where it stands but has no form', async () => {
    const passedOn = addDays(today(), -5);
    const id = await passSpecialResolution(web.app, COMPANY, passedOn, [], { text: TEXT, matter: 'change-of-objects' });
    const board = await web.session('board');
    await board.page.goto(`/resolutions/${id}`);
    expect(await board.page.locator('main dl').textContent()).toContain("Waiting for the CIC Regulator's decision");
    expect(await board.page.getByRole('button', { name: 'Record the decision' }).count()).toBe(0);
    await board.context.close();

    const { context, page } = await web.session('secretary');
    await page.goto(`/resolutions/${id}`);
    await page.getByLabel('Date decided').fill(passedOn);
    await page.getByRole('radio', { name: 'Refused' }).check();
    expect(await submit(page, 'Record the decision')).toBe(303);
    expect(await page.locator('main dl').textContent()).toContain(`Refused by the CIC Regulator on ${formatDate(passedOn)}`);
    await context.close();
  }, 120_000);

  it('the decision sent twice at once (a double click) is one decision: both land on the resolution, none on a refusal', async () => {
    const passedOn = addDays(today(), -4);
    const id = await passSpecialResolution(web.app, COMPANY, passedOn, [], { text: TEXT, matter: 'change-of-objects' });
    const { context, page } = await web.session('secretary');
    await page.goto(`/resolutions/${id}`);
    await page.getByLabel('Date decided').fill(passedOn);
    await page.getByRole('radio', { name: 'Approved' }).check();
    const head = await ledgerHead(web.app);
    const answers = await sendAtOnce(page, `/resolutions/${id}/regulator-decision`);
    expect(answers).toEqual([{ status: 200, url: `/resolutions/${id}` }, { status: 200, url: `/resolutions/${id}` }]);
    expect((await ledgerHead(web.app)).events - head.events).toBe(1);
    await context.close();
  }, 120_000);
});
