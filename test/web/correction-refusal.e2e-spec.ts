import type { Page } from 'playwright-core';
import { addDays } from '#domain';
import { today } from '../../apps/api/src/common/today';
import { inWords } from '../../apps/api/src/web/view-filters';
import { passBoardResolution, seededAllotmentSequence } from '../support/authority';
import { ledgerEntries, ledgerHead } from '../support/ledger';
import { readRegister } from '../support/register';
import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const web = useWebHarness();

const C = `/api/companies/${COMPANY}`;

const summary = async (page: Page) => ((await page.locator('.nhsuk-error-summary').textContent()) ?? '').replace(/\s+/g, ' ');
const beside = async (page: Page, field: string) => ((await page.locator(`#${field}-error`).textContent()) ?? '').replace(/\s+/g, ' ');

describe('the corrections page says which member’s record a correction would contradict', () => {
  it('SR-4 / WR-2: voiding the allotment of a member who agreed to a written resolution is refused in words beside the ledger number, naming the member, the resolution and the day; nothing is written', async () => {
    const circulatedOn = addDays(today(), -10);
    const { members } = await readRegister(web.app, 'status=current&limit=1000', 'auditor');
    const first = members.find((m) => m.shares.some((s) => s.shareNumber === 1))!;
    const post = (path: string, body: object) => web.app.http.post(`${C}/${path}`).set(web.app.auth('secretary')).send(body);
    const proposed = await post('resolutions', { kind: 'members', type: 'special', procedure: 'written', circulatedOn, text: 'THAT the articles be amended (synthetic page).' }).expect(201);
    await post(`resolutions/${proposed.body.resolutionId}/agreements`, { memberId: first.memberId, agreedOn: circulatedOn }).expect(201);

    const { context, page } = await web.session('secretary');
    await page.goto('/ledger/corrections');
    await page.getByLabel('Ledger number of the entry to correct').fill(String(seededAllotmentSequence(1)));
    await page.getByLabel('Why it is corrected').fill('Allotted in error (synthetic page)');
    const head = await ledgerHead(web.app);
    const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record the correction' }).click()]);
    await page.waitForLoadState('domcontentloaded');
    expect(answer.status()).toBe(422);
    const words =
      `${first.name} agreed to written resolution ${proposed.body.reference}, circulated on ${inWords(circulatedOn)}, as an eligible member, counted on the register of members as at that day; ` +
      `with ledger entry ${seededAllotmentSequence(1)} corrected so, the register would no longer show ${first.name} as a member on ${inWords(circulatedOn)}. The correction would contradict that record, so it is not made`;
    expect(await summary(page)).toContain(words);
    expect(await summary(page)).not.toContain('SR-4');
    expect(await beside(page, 'correctsSequence')).toContain(words);
    expect(await ledgerHead(web.app)).toEqual(head);
    await context.close();
  }, 120_000);

  it('SR-4: the corrected entry\'s authorising resolution is chosen by its reference from the passed resolutions, and the correction is made with it', async () => {
    const post = (path: string, body: object) => web.app.http.post(`${C}/${path}`).set(web.app.auth('secretary')).send(body);
    await post('practices', { odsCode: 'Z00061', name: 'Example Correction Practice (synthetic)', address: '61 New Road, London E1 6AA', on: addDays(today(), -8) }).expect(201);
    const board = await passBoardResolution(web.app, COMPANY, addDays(today(), -6), [{ action: 'allotment', shareNumber: 38 }]);
    const reference = (await web.app.http.get(`${C}/resolutions/${board}`).set(web.app.auth('auditor')).expect(200)).body.reference as string;
    const allotted = await post('share-allotments', { shareNumber: 38, holder: { practiceId: 'practice-z00061' }, effectiveOn: addDays(today(), -5), authorisedBy: board }).expect(201);

    const { context, page } = await web.session('secretary');
    await page.goto('/ledger/corrections');
    await page.getByLabel('Ledger number of the entry to correct').fill(String(allotted.body.sequence));
    await page.getByLabel('Why it is corrected').fill('Dated a day early (synthetic page)');
    await page.getByLabel('A corrected allotment').check();
    await page.getByLabel('Share number').fill('38');
    await page.getByLabel('Date of the corrected entry').fill(addDays(today(), -4));
    await page.getByLabel('Practice that receives the share (allotment or transfer)').selectOption({ label: 'Example Correction Practice (synthetic) (Z00061)' });
    await page.getByLabel('Authorising resolution (optional)').selectOption({ label: `${reference} (board resolution) — the allotment of share 38` });
    const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record the correction' }).click()]);
    expect(answer.status()).toBe(303);
    const last = (await ledgerEntries(web.app)).at(-1)!;
    expect(last).toMatchObject({ kind: 'share-correction.recorded', payload: { correctsSequence: allotted.body.sequence, replacement: { effectiveOn: addDays(today(), -4) } } });
    expect(JSON.stringify(last.payload)).toContain(board);
    await context.close();
  }, 120_000);
});
