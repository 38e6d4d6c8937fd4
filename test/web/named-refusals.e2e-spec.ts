import type { Page } from 'playwright-core';
import { addDays } from '#domain';
import { today } from '../../apps/api/src/common/today';
import { inWords } from '../../apps/api/src/web/view-filters';
import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const web = useWebHarness();

const C = `/api/companies/${COMPANY}`;

/** Sends the page's form with the button `button` and waits for the page it answers with; returns the answer's status. */
async function send(page: Page, button: string): Promise<number> {
  const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: button }).click()]);
  await page.waitForLoadState('domcontentloaded');
  return answer.status();
}

const summary = async (page: Page) => ((await page.locator('.nhsuk-error-summary').textContent()) ?? '').replace(/\s+/g, ' ');
const beside = async (page: Page, field: string) => ((await page.locator(`#${field}-error`).textContent()) ?? '').replace(/\s+/g, ' ');

describe('the resolution pages say who and which resolution a refusal concerns', () => {
  it('a director’s agreement dated before circulation, then given twice, is refused naming the director and the resolution; nothing is written', async () => {
    const circulatedOn = addDays(today(), -5);
    const text = 'THAT the bank mandate be renewed (synthetic page).';
    const proposed = await web.app.http.post(`${C}/resolutions`).set(web.app.auth('secretary')).send({ kind: 'board', procedure: 'written', circulatedOn, text }).expect(201);
    const [director] = proposed.body.board as { directorId: string; name: string }[];
    const { context, page } = await web.session('secretary');
    await page.goto(`/resolutions/${proposed.body.resolutionId}`);
    await page.getByLabel('Director').selectOption({ label: director!.name });
    await page.getByLabel('Date agreed').fill(addDays(circulatedOn, -1));
    const head = await ledgerHead(web.app);
    expect(await send(page, 'Record it')).toBe(422);
    const early = `${director!.name}’s agreement to the resolution “${text}” is dated ${inWords(addDays(circulatedOn, -1))}, before the resolution was circulated on ${inWords(circulatedOn)}`;
    expect(await summary(page)).toContain(early);
    expect(await summary(page)).not.toContain('The agreement is dated before the resolution was circulated');
    expect(await beside(page, 'on')).toContain(early);
    expect(await ledgerHead(web.app)).toEqual(head);

    await page.getByLabel('Director').selectOption({ label: director!.name });
    await page.getByLabel('Date agreed').fill(circulatedOn);
    await page.getByRole('button', { name: 'Record it' }).click();
    await page.waitForURL(/\/resolutions\/[^/]+$/);
    await page.getByLabel('Director').selectOption({ label: director!.name });
    await page.getByLabel('Date agreed').fill(addDays(circulatedOn, 1));
    expect(await send(page, 'Record it')).toBe(422);
    expect(await summary(page)).toContain(`${director!.name} agreed to the resolution “${text}” on ${inWords(circulatedOn)}; agreement is given once and cannot be revoked`);
    expect(await summary(page)).not.toContain('That agreement has already been recorded');
    await context.close();
  }, 120_000);

  it('a vote by a director not on the board on the day of the meeting names the director, the resolution and the day they were appointed', async () => {
    const meetingOn = addDays(today(), -4);
    const text = 'THAT the budget be approved (synthetic page).';
    const proposed = await web.app.http.post(`${C}/resolutions`).set(web.app.auth('secretary')).send({ kind: 'board', procedure: 'meeting', meetingOn, text }).expect(201);
    const appointedOn = addDays(today(), -1);
    const appointed = await web.app.http.post(`${C}/officers`).set(web.app.auth('secretary')).send({
      role: 'director', name: 'Demo Director P (synthetic)', serviceAddress: '9 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom',
      nationality: 'British', occupation: 'General practitioner', dateOfBirth: '1972-03-04', residentialAddress: '5 Private Road, London E3 9ZZ', appointedOn,
    }).expect(201);
    const directorId = appointed.body.officerId as string;
    const { context, page } = await web.session('secretary');
    await page.goto(`/resolutions/${proposed.body.resolutionId}`);
    // The form lists only the board of the day; a form sent with another director (an old tab, say) is answered so.
    // A string, evaluated in the page: this project's TypeScript has no DOM types.
    await page.evaluate(`document.querySelector('select#who').insertAdjacentHTML('beforeend', '<option value="${directorId}">Demo Director P (synthetic)</option>')`);
    await page.getByLabel('Director').selectOption({ label: 'Demo Director P (synthetic)' });
    await page.getByRole('radio', { name: 'For' }).check();
    const head = await ledgerHead(web.app);
    expect(await send(page, 'Record it')).toBe(422);
    const named = `Demo Director P (synthetic) was not on the board on ${inWords(meetingOn)}, the day of the meeting, so cannot vote on the resolution “${text}”: they were appointed on ${inWords(appointedOn)}`;
    expect(await summary(page)).toContain(named);
    expect(await summary(page)).not.toContain('That person is not a director on that date');
    expect(await beside(page, 'who')).toContain(named);
    expect(await summary(page)).not.toContain(directorId);
    expect(await ledgerHead(web.app)).toEqual(head);
    await context.close();
  }, 120_000);

  it('a board resolution proposed at a meeting dated 1850-06-01, before the company was incorporated, is refused beside the date; nothing is written', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/resolutions');
    await page.getByRole('radio', { name: "The board's" }).check();
    await page.getByRole('radio', { name: 'At a meeting' }).check();
    await page.getByLabel('Text of the resolution').fill('THAT the accounts of 1850 be approved (synthetic page).');
    await page.getByLabel('Date of the meeting (at a meeting)').fill('1850-06-01');
    const head = await ledgerHead(web.app);
    expect(await send(page, 'Propose the resolution')).toBe(422);
    expect(await beside(page, 'meetingOn')).toContain('The date is before the company was incorporated on 1 September 2014');
    expect(await ledgerHead(web.app)).toEqual(head);
    expect(await page.locator('main table').textContent()).not.toContain('BR-1850');
    await context.close();
  }, 120_000);

  it('a members’ resolution whose notice is dated after today, and a meeting called for 1850-06-01, are refused beside the date that is wrong; nothing is written', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/resolutions');
    await page.getByRole('radio', { name: "The members'" }).check();
    await page.getByRole('radio', { name: 'At a meeting' }).check();
    await page.getByLabel('Text of the resolution').fill('THAT the notice be dated ahead (synthetic page).');
    await page.getByLabel('Date of the meeting (at a meeting)').fill(addDays(today(), 30));
    await page.getByLabel(/Date notice was sent/).fill(addDays(today(), 2));
    await page.getByRole('radio', { name: "By hand, or left at the member's address" }).check();
    const head = await ledgerHead(web.app);
    expect(await send(page, 'Propose the resolution')).toBe(422);
    expect(await beside(page, 'noticeSentOn')).toContain('The date cannot be after today');
    expect(await page.locator('#meetingOn-error').count()).toBe(0);

    await page.goto('/meetings');
    await page.getByRole('radio', { name: 'Board meeting' }).check();
    await page.getByLabel('Date the meeting is held').fill('1850-06-01');
    await page.getByLabel('Item 1: text of the resolution').fill('THAT the accounts of 1850 be approved (synthetic meeting).');
    expect(await send(page, 'Call the meeting')).toBe(422);
    expect(await beside(page, 'heldOn')).toContain('The date is before the company was incorporated on 1 September 2014');
    expect(await page.locator('#item1Text-error').count()).toBe(0);
    expect(await ledgerHead(web.app)).toEqual(head);
    await context.close();
  }, 120_000);
  it('WR-3: the date agreed starts at today while a written resolution may still be agreed; once it has lapsed it is left for the secretary to fill', async () => {
    const propose = async (circulatedOn: string) =>
      (await web.app.http.post(`${C}/resolutions`).set(web.app.auth('secretary')).send({ kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn, text: `THAT the report be received (synthetic, ${circulatedOn}).` }).expect(201)).body.resolutionId as string;
    const open = await propose(addDays(today(), -3));
    const lapsed = await propose(addDays(today(), -40));
    const { context, page } = await web.session('secretary');
    await page.goto(`/resolutions/${open}`);
    expect(await page.getByLabel('Date agreed').inputValue()).toBe(today());
    await page.goto(`/resolutions/${lapsed}`);
    expect(await page.getByLabel('Date agreed').inputValue()).toBe('');
    await context.close();
  });
});
