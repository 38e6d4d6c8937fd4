import type { Page } from 'playwright-core';
import { MOST_NAMED_BODIES } from '../../apps/api/src/asset-lock/dto/change-asset-locked-bodies.dto';
import { nameAssetLockedBodies } from '../support/asset-lock';
import { passBoardResolution, passSpecialResolution } from '../support/authority';
import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { sendAtOnce, seriousViolations, submit, useWebHarness, wordsShown } from './browser';

const web = useWebHarness();
const BUTTON = 'Record the change of the articles';

/** A table's rows as their cells' text, the responsive headings left out. */
async function rows(page: Page, table: string): Promise<string[][]> {
  // A string, evaluated in the page: this project's TypeScript has no DOM types.
  return (await page.evaluate(`[...document.querySelectorAll("${table} tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.lastElementChild ?? td).innerText.replace(/\\s+/g, " ").trim()))`)) as string[][];
}

/** The error summary's links, in order. */
const summaryLinks = (page: Page) => page.locator('.nhsuk-error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

describe('the asset-locked bodies named in the articles, on the register of asset transfers page', () => {
  let special: string;
  let board: string;
  beforeAll(async () => {
    special = await passSpecialResolution(web.app, COMPANY, '2024-03-01', [], { text: 'THAT the articles be amended to name the asset-locked bodies set out (synthetic).' });
    board = await passBoardResolution(web.app, COMPANY, '2024-03-05', []);
  });

  it('CI-6: a change without what the law needs is refused beside each field, every answer kept, and nothing is written', async () => {
    const head = await ledgerHead(web.app);
    const { context, page } = await web.session('secretary');
    await page.goto('/asset-transfers');
    // The articles name none (FACTS names none for the company): the table says so and the form's rows are empty.
    expect(await rows(page, '#named-bodies-table')).toEqual([['The articles name no asset-locked body on this day.']]);
    expect(await page.getByLabel('Body 1: name').inputValue()).toBe('');
    await page.getByLabel('Date the change of the articles takes effect').fill('2024-04-01');
    await page.getByLabel('Body 1: name').fill('Example Community Trust');
    await page.getByLabel('Body 1: company or charity number').fill('1234567');
    await page.getByLabel('Body 2: name').fill('Example Health CIC');
    await page.getByLabel('Body 2: company or charity number').fill('12345');
    await page.getByLabel('Reference of the Regulator’s approval').fill('CIC/ART/0007');
    await page.getByLabel('Date of the Regulator’s approval').fill('2024-03-20');
    // A number that is no company or charity number, beside its row.
    expect(await submit(page, BUTTON)).toBe(422);
    expect(await summaryLinks(page)).toEqual(['#bodyNumber2']);
    expect(await page.locator('#bodyNumber2-error').textContent()).toContain('Enter a company number of 8 characters');
    // CI-6: no special resolution chosen.
    await page.getByLabel('Body 2: company or charity number').fill('sc012345');
    expect(await submit(page, BUTTON)).toBe(422);
    expect(await summaryLinks(page)).toEqual(['#resolutionId']);
    expect(await page.locator('#resolutionId-error').textContent()).toContain('Naming or changing the asset-locked bodies in the articles needs a special resolution of the members (CA 2006 s.21) passed on or before the day the change takes effect, 1 April 2024');
    // The board's resolution is not offered: only the members' special resolutions passed.
    const offered = await page.getByLabel('Special resolution of the members that made the change').locator('option').evaluateAll((options) => options.map((o) => o.getAttribute('value')));
    expect(offered).toEqual(['', special]);
    expect(offered).not.toContain(board);
    // CI-6: the Regulator's approval dated after the change takes effect.
    await page.getByLabel('Special resolution of the members that made the change').selectOption(special);
    await page.getByLabel('Date of the Regulator’s approval').fill('2024-04-02');
    expect(await submit(page, BUTTON)).toBe(422);
    expect(await page.locator('#regulatorApprovalOn-error').textContent()).toContain('The Regulator’s approval is dated 2 April 2024, after the change of the articles takes effect on 1 April 2024');
    // Every answer is kept.
    expect(await page.getByLabel('Body 1: name').inputValue()).toBe('Example Community Trust');
    expect(await page.getByLabel('Body 2: company or charity number').inputValue()).toBe('sc012345');
    expect(await page.getByLabel('Date the change of the articles takes effect').inputValue()).toBe('2024-04-01');
    expect(await page.getByLabel('Reference of the Regulator’s approval').inputValue()).toBe('CIC/ART/0007');
    expect(await page.getByLabel('Special resolution of the members that made the change').inputValue()).toBe(special);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await ledgerHead(web.app)).toEqual(head);
    await context.close();
  });

  it('CI-2, CI-6: the secretary records the change; the page lists the bodies named as at its day and the change, and the transfer form offers them', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/asset-transfers');
    await page.getByLabel('Date the change of the articles takes effect').fill('2024-04-01');
    await page.getByLabel('Body 1: name').fill(' Example Community Trust ');
    await page.getByLabel('Body 1: company or charity number').fill('1234567');
    await page.getByLabel('Body 2: name').fill('Example Health CIC');
    await page.getByLabel('Body 2: company or charity number').fill('sc012345');
    await page.getByLabel('Special resolution of the members that made the change').selectOption(special);
    await page.getByLabel('Reference of the Regulator’s approval').fill('CIC/ART/0007');
    await page.getByLabel('Date of the Regulator’s approval').fill('2024-03-20');
    expect(await submit(page, BUTTON)).toBe(303);
    expect(await page.locator('.nhsuk-notification-banner').textContent()).toContain('The change of the articles is recorded: from 1 April 2024 they name Example Community Trust (No. 1234567) and Example Health CIC (No. SC012345).');
    expect(await rows(page, '#named-bodies-table')).toEqual([['Example Community Trust', '1234567'], ['Example Health CIC', 'SC012345']]);
    const [change] = await rows(page, '#named-changes');
    expect(change!.slice(0, 2)).toEqual(['1 April 2024', 'Example Community Trust (No. 1234567); Example Health CIC (No. SC012345)']);
    expect(change![3]).toBe('CIC/ART/0007 of 20 March 2024');
    // The form's rows now hold the bodies named today, to change from.
    expect(await page.getByLabel('Body 2: name').inputValue()).toBe('Example Health CIC');
    // As at a day before the change, none.
    await page.goto('/asset-transfers?asAt=2024-03-31');
    expect(await rows(page, '#named-bodies-table')).toEqual([['The articles name no asset-locked body on this day.']]);
    await page.goto('/asset-transfers');
    // The transfer form offers the bodies named, by name and number.
    await page.getByLabel(/named in the articles/).check();
    const bodies = await page.getByLabel(/Which body the articles name/).locator('option').allTextContents();
    expect(bodies.map((b) => b.trim())).toEqual(['Choose the body', 'Example Community Trust (No. 1234567)', 'Example Health CIC (No. SC012345)']);
    // CI-2: no body chosen is refused beside the list, saying which the articles name.
    await page.getByLabel('Date of the transfer').fill('2024-06-30');
    await page.getByLabel('What was transferred').fill('A minibus (synthetic)');
    await page.getByLabel('Market value (£)').fill('8,000.00');
    await page.getByLabel('Consideration received (£)').fill('0');
    expect(await submit(page, 'Record the transfer')).toBe(422);
    expect(await summaryLinks(page)).toEqual(['#namedBody']);
    expect(await page.locator('#namedBody-error').textContent()).toContain('on 30 June 2024 they name Example Community Trust (No. 1234567) and Example Health CIC (No. SC012345)');
    await page.getByLabel(/Which body the articles name/).selectOption('SC012345');
    expect(await submit(page, 'Record the transfer')).toBe(303);
    expect(await page.locator('.nhsuk-notification-banner').textContent()).toContain('The transfer of 30 June 2024 to Example Health CIC is recorded: to an asset-locked body named in the articles');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await wordsShown(page, ['/asset-transfers'])).toEqual([]);
    await context.close();
  });

  it.each(['board', 'auditor'] as const)('a %s sees the bodies named but no form to change them', async (role) => {
    const { context, page } = await web.session(role);
    await page.goto('/asset-transfers');
    expect(await rows(page, '#named-bodies-table')).toEqual([['Example Community Trust', '1234567'], ['Example Health CIC', 'SC012345']]);
    expect(await page.locator('form[action="/asset-transfers/named-bodies"]').count()).toBe(0);
    expect(await page.getByRole('button', { name: BUTTON }).count()).toBe(0);
    await context.close();
  });

  it('the change form sent twice at once records one change (its one-time token)', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/asset-transfers');
    // From 1 September 2024 the articles name Example Community Trust alone: the second row, as the page fills it, emptied.
    await page.getByLabel('Date the change of the articles takes effect').fill('2024-09-01');
    await page.getByLabel('Body 2: name').fill('');
    await page.getByLabel('Body 2: company or charity number').fill('');
    await page.getByLabel('Special resolution of the members that made the change').selectOption(special);
    await page.getByLabel('Reference of the Regulator’s approval').fill('CIC/ART/0008');
    await page.getByLabel('Date of the Regulator’s approval').fill('2024-08-01');
    const [a, b] = await sendAtOnce(page, '/asset-transfers/named-bodies');
    expect(a).toEqual({ status: 200, url: '/asset-transfers' });
    expect(b).toEqual(a);
    const listed = (await web.app.http.get(`/api/companies/${COMPANY}/asset-locked-bodies?asAt=2024-09-01`).set(web.app.auth('auditor')).expect(200)).body;
    expect(listed.bodies).toEqual([{ name: 'Example Community Trust', registrationNumber: '1234567' }]);
    expect(listed.changes.filter((c: { effectiveOn: string }) => c.effectiveOn === '2024-09-01')).toHaveLength(1);
    await context.close();
  });

  it(`CI-6: the form takes as many bodies as the API, ${MOST_NAMED_BODIES}: with that many named its rows hold them all, and a change made from them keeps them all`, async () => {
    // Twenty bodies named through the API, from 1 October 2024 (charity numbers 1100001…1100020).
    const bodies = Array.from({ length: MOST_NAMED_BODIES }, (_, i) => ({ name: `Example Trust ${i + 1} (synthetic)`, registrationNumber: String(1_100_001 + i) }));
    const { resolutionId } = await nameAssetLockedBodies(web.app, '2024-10-01', bodies, { passedOn: '2024-09-15' });
    const { context, page } = await web.session('secretary');
    await page.goto('/asset-transfers');
    expect(await page.locator('input[name^="bodyName"]').count()).toBe(MOST_NAMED_BODIES);
    expect(await page.getByLabel(`Body ${MOST_NAMED_BODIES}: name`).inputValue()).toBe(`Example Trust ${MOST_NAMED_BODIES} (synthetic)`);
    expect(await page.getByLabel(`Body ${MOST_NAMED_BODIES + 1}: name`).count()).toBe(0);
    expect(await page.getByText(`the day the change takes effect (at most ${MOST_NAMED_BODIES})`).count()).toBe(1);
    // From 1 November 2024 the last is replaced: the change sent from the page names all twenty.
    await page.getByLabel('Date the change of the articles takes effect').fill('2024-11-01');
    await page.getByLabel(`Body ${MOST_NAMED_BODIES}: name`).fill('Example Community Hub CIC');
    await page.getByLabel(`Body ${MOST_NAMED_BODIES}: company or charity number`).fill('12345678');
    await page.getByLabel('Special resolution of the members that made the change').selectOption(resolutionId);
    await page.getByLabel('Reference of the Regulator’s approval').fill('CIC/ART/0020');
    await page.getByLabel('Date of the Regulator’s approval').fill('2024-10-20');
    expect(await submit(page, BUTTON)).toBe(303);
    const listed = (await web.app.http.get(`/api/companies/${COMPANY}/asset-locked-bodies?asAt=2024-11-01`).set(web.app.auth('auditor')).expect(200)).body;
    expect(listed.bodies).toEqual([...bodies.slice(0, -1), { name: 'Example Community Hub CIC', registrationNumber: '12345678' }]);
    await context.close();
  });
});
