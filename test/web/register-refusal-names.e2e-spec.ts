import type { Page } from 'playwright-core';
import { addDays } from '#domain';
import { today } from '../../apps/api/src/common/today';
import { inWords } from '../../apps/api/src/web/view-filters';
import { passBoardResolution, seededAllotmentSequence } from '../support/authority';
import { ledgerHead } from '../support/ledger';
import { holdersByShare } from '../support/register';
import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const web = useWebHarness();

const C = `/api/companies/${COMPANY}`;

const summary = async (page: Page) => ((await page.locator('.nhsuk-error-summary').textContent()) ?? '').replace(/\s+/g, ' ');
const send = async (page: Page, button: string) => {
  const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: button }).click()]);
  await page.waitForLoadState('domcontentloaded');
  return answer.status();
};

/**
 * The share register's pages name what a refusal turns on: the later entry a correction would break,
 * the instrument of transfer still awaiting a decision, the day a member was entered.
 */
describe('share register refusals name the entry, instrument or day they turn on', () => {
  const post = (path: string, body: object) => web.app.http.post(`${C}/${path}`).set(web.app.auth('secretary')).send(body);
  let transferSequence: number;

  beforeAll(async () => {
    // Share 9 passes today to a new entry for its practice's new partners.
    const transferor = (await holdersByShare(web.app)).get(9)!;
    const authorisedBy = await passBoardResolution(web.app, COMPANY, today(), [{ action: 'transfer', shareNumber: 9 }]);
    const transfer = await post('share-transfers', {
      shareNumber: 9, fromMemberId: transferor, to: { practiceId: 'practice-z00009', name: 'New partners of Demo Practice 09' }, lodgedOn: today(), effectiveOn: today(), authorisedBy,
    }).expect(201);
    transferSequence = transfer.body.sequence;
  }, 120_000);

  it('SR-4: voiding an allotment a later transfer relies on names that transfer (number, kind, date) and links to it; nothing is written', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/ledger/corrections');
    await page.getByLabel('Ledger number of the entry to correct').fill(String(seededAllotmentSequence(9)));
    await page.getByLabel('Why it is corrected').fill('Allotted in error (synthetic page)');
    const head = await ledgerHead(web.app);
    expect(await send(page, 'Record the correction')).toBe(422);
    expect(await summary(page)).toContain(`Ledger entry ${transferSequence}, the transfer of share 9 dated ${inWords(today())}, relies on the entry as it stands: correct entry ${transferSequence} first`);
    expect(await page.locator(`#later-entry a[href="/ledger?after=${transferSequence - 1}"]`).textContent()).toBe(`ledger entry ${transferSequence}`);
    expect(await ledgerHead(web.app)).toEqual(head);
    await context.close();
  }, 120_000);

  it("s.771: lodging again an instrument that awaits the directors' decision is refused on the page naming the day it was lodged; nothing is written", async () => {
    const lodgedOn = addDays(today(), -3);
    const holder = (await holdersByShare(web.app)).get(20)!;
    // A practice newly on the list, which may receive a share, is the transferee the page offers.
    await post('practices', { odsCode: 'Z00090', name: 'Example Incoming Practice', address: '90 New Road, London E1 3NN', on: addDays(today(), -30) }).expect(201);
    await post('share-transfers', { status: 'lodged', shareNumber: 20, fromMemberId: holder, to: { practiceId: 'practice-z00090' }, lodgedOn }).expect(201);
    const { context, page } = await web.session('secretary');
    await page.goto('/transfers');
    await page.locator('#lodgedOn').fill(addDays(today(), -2));
    await page.locator('#shareNumber').fill('20');
    await page.locator('#fromMemberId').selectOption(holder);
    await page.locator('#practiceId').selectOption('practice-z00090');
    const head = await ledgerHead(web.app);
    expect(await send(page, 'Lodge the transfer')).toBe(422);
    const words = await summary(page);
    expect(words).toContain(`lodged on ${inWords(lodgedOn)}`);
    expect(words).toContain("still awaits the directors' decision");
    expect(words).not.toContain('(s.771)');
    expect(await ledgerHead(web.app)).toEqual(head);
    await context.close();
  }, 120_000);

  it('RM-3: a change of address dated before the member was entered says it was not on the register that day, and when it was entered', async () => {
    const memberId = (await holdersByShare(web.app)).get(9)!;
    const { context, page } = await web.session('secretary');
    await page.goto(`/register/members/${memberId}/particulars`);
    await page.locator('#effectiveOn').fill(addDays(today(), -1));
    await page.locator('#address').fill('9 New Road, London E1 9AA');
    const head = await ledgerHead(web.app);
    expect(await send(page, 'Record the new particulars')).toBe(422);
    const words = await summary(page);
    expect(words).toContain(`New partners of Demo Practice 09 was not on the register on ${inWords(addDays(today(), -1))}: it was entered on the register on ${inWords(today())}`);
    expect(words).not.toContain('never been entered');
    expect(await ledgerHead(web.app)).toEqual(head);
    await context.close();
  }, 120_000);
});
