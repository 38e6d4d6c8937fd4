import type { Page } from 'playwright-core';
import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { seriousViolations, useWebHarness } from './browser';

const web = useWebHarness();

/** Calls a meeting through the API and returns its id. */
async function callMeeting(body: object): Promise<string> {
  const res = await web.app.http.post(`/api/companies/${COMPANY}/meetings`).set(web.app.auth('secretary')).send(body).expect(201);
  return res.body.meetingId as string;
}

/** The name beside each checkbox of the attendance form called `name`, in page order. */
async function labelsOf(page: Page, name: string): Promise<string[]> {
  const boxes = page.locator(`input[name="${name}"]`);
  const labels: string[] = [];
  for (let i = 0; i < (await boxes.count()); i++) labels.push((await page.locator(`label[for="${await boxes.nth(i).getAttribute('id')}"]`).textContent())!.trim());
  return labels;
}

/** The fields of the page's form posting to `action`, as the browser would send them. */
const formFields = async (page: Page, action: string): Promise<[string, string][]> =>
  (await page.evaluate(`[...new FormData(document.querySelector('form[method="post"][action="${action}"]')).entries()].map(([k, v]) => [k, String(v)])`)) as [string, string][];

/** Fields as an `application/x-www-form-urlencoded` body. */
const urlEncoded = (fields: readonly (readonly [string, string])[]): string => fields.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');

describe('the attendance form sent back with a problem', () => {
  it('MA-1, MT-3: every member ticked, how each attends and each proxy name typed are shown again as entered, and nothing is written', async () => {
    const meetingId = await callMeeting({ kind: 'general', noticeGivenOn: '2026-03-02', heldOn: '2026-03-20', items: [{ type: 'ordinary', text: 'THAT the accounts be received (synthetic).' }] });
    const { context, page } = await web.session('secretary');
    await page.goto(`/meetings/${meetingId}`);
    const [inPerson, byProxy, noName, byRepresentative, absent] = await labelsOf(page, 'memberId');
    for (const name of [inPerson, byProxy, noName, byRepresentative]) await page.getByRole('checkbox', { name: name!, exact: true }).check();
    await page.getByLabel(`${byProxy}: attends`).selectOption('proxy');
    await page.getByLabel(`${byProxy}: name of the proxy or representative`).fill('Ms P. Proxy (synthetic)');
    await page.getByLabel(`${noName}: attends`).selectOption('proxy');
    await page.getByLabel(`${byRepresentative}: attends`).selectOption('representative');
    await page.getByLabel(`${byRepresentative}: name of the proxy or representative`).fill('Mr R. Representative (synthetic)');
    const before = await ledgerHead(web.app);
    const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record attendance' }).click()]);
    await page.waitForLoadState('domcontentloaded');

    expect(answer.status()).toBe(422);
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('Enter the name of the proxy or representative');
    expect(await ledgerHead(web.app)).toEqual(before);
    for (const name of [inPerson, byProxy, noName, byRepresentative]) expect(await page.getByRole('checkbox', { name: name!, exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: absent!, exact: true }).isChecked()).toBe(false);
    expect(await page.getByLabel(`${inPerson}: attends`).inputValue()).toBe('');
    expect(await page.getByLabel(`${byProxy}: attends`).inputValue()).toBe('proxy');
    expect(await page.getByLabel(`${byProxy}: name of the proxy or representative`).inputValue()).toBe('Ms P. Proxy (synthetic)');
    expect(await page.getByLabel(`${noName}: attends`).inputValue()).toBe('proxy');
    expect(await page.getByLabel(`${noName}: name of the proxy or representative`).inputValue()).toBe('');
    expect(await page.getByLabel(`${byRepresentative}: attends`).inputValue()).toBe('representative');
    expect(await page.getByLabel(`${byRepresentative}: name of the proxy or representative`).inputValue()).toBe('Mr R. Representative (synthetic)');
    // The summary names the member whose proxy has no name, links to that name field, and the problem is shown beside it (and beside no other).
    expect((await page.locator('.nhsuk-error-summary a').allTextContents()).map((text) => text.trim())).toEqual([`Enter the name of the proxy or representative of ${noName}`]);
    const link = await page.locator('.nhsuk-error-summary a', { hasText: 'Enter the name of the proxy or representative' }).getAttribute('href');
    expect(await page.locator(link!).getAttribute('name')).toBe(await page.getByLabel(`${noName}: name of the proxy or representative`).getAttribute('name'));
    expect(await page.locator(`${link}-error`).textContent()).toContain('Enter the name of the proxy or representative');
    expect(await page.locator('#attendees .nhsuk-error-message').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // Only the missing name to add: the rest was kept, so the attendance is recorded as first entered.
    await page.getByLabel(`${noName}: name of the proxy or representative`).fill('Dr N. Named (synthetic)');
    await page.getByRole('button', { name: 'Record attendance' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.getByText('Attendance recorded: 4 recorded now; 4 present at the sitting in all.').count()).toBe(1);
    expect(await page.getByText(`${byProxy}, by proxy: Ms P. Proxy (synthetic)`).count()).toBe(1);
    expect(await page.getByText(`${noName}, by proxy: Dr N. Named (synthetic)`).count()).toBe(1);
    expect(await page.getByText(`${byRepresentative}, by its corporate representative Mr R. Representative (synthetic)`).count()).toBe(1);
    await context.close();
  }, 120_000);

  it('MA-2: at a board meeting the directors ticked and the items each is interested in are shown again as entered', async () => {
    const meetingId = await callMeeting({ kind: 'board', heldOn: '2026-04-15', items: [{ text: 'THAT the budget be approved (synthetic).' }] });
    const { context, page } = await web.session('secretary');
    await page.goto(`/meetings/${meetingId}`);
    const [first, second, absent] = await labelsOf(page, 'directorId');
    await page.getByRole('checkbox', { name: first!, exact: true }).check();
    await page.getByRole('checkbox', { name: second!, exact: true }).check();
    await page.getByLabel(`${first}: items interested in (numbers, optional)`).fill('one');
    await page.getByRole('button', { name: 'Record attendance' }).click();
    await page.waitForLoadState('domcontentloaded');

    expect(await page.locator('.nhsuk-error-summary').count()).toBe(1);
    expect(await page.getByRole('checkbox', { name: first!, exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: second!, exact: true }).isChecked()).toBe(true);
    if (absent) expect(await page.getByRole('checkbox', { name: absent, exact: true }).isChecked()).toBe(false);
    expect(await page.getByLabel(`${first}: items interested in (numbers, optional)`).inputValue()).toBe('one');
    await context.close();
  }, 120_000);

  it('MA-2: an item interested in that is not one of the meeting\'s is named with the director and what was typed, beside that field; the answers are kept and nothing is written', async () => {
    const meetingId = await callMeeting({ kind: 'board', heldOn: '2026-04-16', items: [{ text: 'THAT the budget be approved (synthetic).' }, { text: 'THAT the lease be renewed (synthetic).' }] });
    const { context, page } = await web.session('secretary');
    for (const typed of ['3', 'one']) {
      await page.goto(`/meetings/${meetingId}`);
      const [first, second] = await labelsOf(page, 'directorId');
      await page.getByRole('checkbox', { name: first!, exact: true }).check();
      await page.getByRole('checkbox', { name: second!, exact: true }).check();
      await page.getByLabel(`${second}: items interested in (numbers, optional)`).fill(`1, ${typed}`);
      const before = await ledgerHead(web.app);
      const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record attendance' }).click()]);
      await page.waitForLoadState('domcontentloaded');
      expect(answer.status()).toBe(422);
      const said = `${second}, items interested in: “${typed}” is not the number of an item of this meeting; enter numbers from 1 to 2`;
      expect((await page.locator('.nhsuk-error-summary a').allTextContents()).map((text) => text.trim())).toEqual([said]);
      expect(await page.locator('main').textContent()).not.toContain('Choose who was present');
      const link = await page.locator('.nhsuk-error-summary a').getAttribute('href');
      expect(await page.locator(link!).getAttribute('name')).toBe(await page.getByLabel(`${second}: items interested in (numbers, optional)`).getAttribute('name'));
      expect(await page.locator(`${link}-error`).textContent()).toContain(said);
      expect(await ledgerHead(web.app)).toEqual(before);
      expect(await page.getByRole('checkbox', { name: first!, exact: true }).isChecked()).toBe(true);
      expect(await page.getByLabel(`${second}: items interested in (numbers, optional)`).inputValue()).toBe(`1, ${typed}`);
    }
    await context.close();
  }, 120_000);

  it('MA-2: items interested in typed for a director not ticked as present are refused beside that field, not dropped; the answers are kept and nothing is written', async () => {
    const meetingId = await callMeeting({ kind: 'board', heldOn: '2026-04-17', items: [{ text: 'THAT the budget be approved (synthetic).' }, { text: 'THAT the lease be renewed (synthetic).' }] });
    const { context, page } = await web.session('secretary');
    await page.goto(`/meetings/${meetingId}`);
    const [first, second] = await labelsOf(page, 'directorId');
    await page.getByRole('checkbox', { name: first!, exact: true }).check();
    await page.getByLabel(`${second}: items interested in (numbers, optional)`).fill('1');
    const before = await ledgerHead(web.app);
    const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record attendance' }).click()]);
    await page.waitForLoadState('domcontentloaded');
    expect(answer.status()).toBe(422);
    const said = `${second} is not ticked as present, so the items interested in (“1”) cannot be recorded: tick ${second} as present, or clear the items`;
    expect((await page.locator('.nhsuk-error-summary a').allTextContents()).map((text) => text.trim())).toEqual([said]);
    const link = await page.locator('.nhsuk-error-summary a').getAttribute('href');
    expect(await page.locator(link!).getAttribute('name')).toBe(await page.getByLabel(`${second}: items interested in (numbers, optional)`).getAttribute('name'));
    expect(await page.locator(`${link}-error`).textContent()).toContain(said);
    expect(await ledgerHead(web.app)).toEqual(before);
    expect(await page.getByRole('checkbox', { name: first!, exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel(`${second}: items interested in (numbers, optional)`).inputValue()).toBe('1');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('MT-3: a member’s “attends” value the form does not offer (a forged one) is refused with 400 beside that member’s choice, not recorded as in person; nothing is written', async () => {
    const meetingId = await callMeeting({ kind: 'general', noticeGivenOn: '2026-03-04', heldOn: '2026-03-22', items: [{ type: 'ordinary', text: 'THAT the report be received (synthetic).' }] });
    const { context, page } = await web.session('secretary');
    await page.goto(`/meetings/${meetingId}`);
    const [name] = await labelsOf(page, 'memberId');
    await page.getByRole('checkbox', { name: name!, exact: true }).check();
    const action = `/meetings/${meetingId}/attendance`;
    const fields = await formFields(page, action);
    const memberId = fields.find(([k]) => k === 'memberId')![1];
    for (const forged of ['corporate-representative', 'in-person', 'x']) {
      const body = urlEncoded(fields.map(([k, v]) => [k, k === `as-${memberId}` ? forged : v]));
      const before = await ledgerHead(web.app);
      const res = await page.context().request.post(action, { data: body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect([forged, res.status()]).toEqual([forged, 400]);
      const html = await res.text();
      expect(html).toContain(`${name}: attends: “${forged}” is not one of the choices: in person, by proxy or by corporate representative`);
      expect(html).toContain('id="as-1-error"');
      expect(await ledgerHead(web.app)).toEqual(before);
    }
    await context.close();
  }, 120_000);

  it('MT-3: a member listed twice in the form is said to be listed twice in this form, not "already recorded"; nothing is written', async () => {
    const meetingId = await callMeeting({ kind: 'general', noticeGivenOn: '2026-03-03', heldOn: '2026-03-21', items: [{ type: 'ordinary', text: 'THAT the report be received (synthetic).' }] });
    const { context, page } = await web.session('secretary');
    await page.goto(`/meetings/${meetingId}`);
    const [name] = await labelsOf(page, 'memberId');
    await page.getByRole('checkbox', { name: name!, exact: true }).check();
    const action = `/meetings/${meetingId}/attendance`;
    // The form's fields as the page would send them, with the ticked member sent a second time (a crafted or repeated list).
    const fields = await formFields(page, action);
    const memberId = fields.find(([k]) => k === 'memberId')![1];
    const body = urlEncoded([...fields, ['memberId', memberId]]);
    const before = await ledgerHead(web.app);
    const res = await page.context().request.post(action, { data: body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status()).toBe(422);
    const html = await res.text();
    expect(html).toContain(`${name} is listed twice as present in this attendance (1 and 2 in the list); list each person once`);
    expect(html).not.toContain('already recorded');
    expect(await ledgerHead(web.app)).toEqual(before);
    await context.close();
  }, 120_000);
});

describe('the attendance form after attendance was recorded', () => {
  it('MA-2: the form offers only the directors not yet present (a later arrival), with the interest field beside the right one; the message counts those recorded now and all present; once all are present it is not offered', async () => {
    const meetingId = await callMeeting({ kind: 'board', heldOn: '2026-04-22', items: [{ text: 'THAT the plan be adopted (synthetic).' }, { text: 'THAT the lease be renewed (synthetic).' }] });
    const { context, page } = await web.session('secretary');
    await page.goto(`/meetings/${meetingId}`);
    const all = await labelsOf(page, 'directorId');
    expect(all.length).toBeGreaterThanOrEqual(3);
    const [first, second, ...later] = all;
    for (const name of [first!, second!]) await page.getByRole('checkbox', { name, exact: true }).check();
    await page.getByRole('button', { name: 'Record attendance' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.getByText('Attendance recorded: 2 recorded now; 2 present at the sitting in all.').count()).toBe(1);

    // Those present are named, not offered again; the others are.
    expect(await page.getByRole('heading', { name: 'Record a later arrival at the sitting on 22 April 2026' }).count()).toBe(1);
    expect(await page.getByText(`Already recorded present: ${first}, ${second}.`).count()).toBe(1);
    expect(await labelsOf(page, 'directorId')).toEqual(later);

    // An item number that is not one of the meeting's, typed for the last director offered, is shown beside that director's field.
    const last = later[later.length - 1]!;
    await page.getByRole('checkbox', { name: last, exact: true }).check();
    await page.getByLabel(`${last}: items interested in (numbers, optional)`).fill('7');
    const before = await ledgerHead(web.app);
    await page.getByRole('button', { name: 'Record attendance' }).click();
    await page.waitForLoadState('domcontentloaded');
    const field = page.getByLabel(`${last}: items interested in (numbers, optional)`);
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy.split(' ').find((id) => id.endsWith('-error'))}`).textContent()).toContain(`${last}, items interested in: “7”`);
    expect(await ledgerHead(web.app)).toEqual(before);

    // The later arrivals recorded: no one is left to tick, and the page says so instead of offering the form.
    for (const name of later) await page.getByRole('checkbox', { name, exact: true }).check();
    await page.getByLabel(`${last}: items interested in (numbers, optional)`).fill('2');
    await page.getByRole('button', { name: 'Record attendance' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.getByText(`Attendance recorded: ${later.length} recorded now; ${all.length} present at the sitting in all.`).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Record attendance' }).count()).toBe(0);
    expect(await page.getByText('Everyone who can attend this sitting is recorded present.').count()).toBe(1);
    expect(await page.getByText(`${last}, director, interested in item 2`).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);
});
