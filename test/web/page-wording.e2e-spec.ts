import { join } from 'node:path';
import { addDays } from '#domain';
import { formatDate } from '#reports';
import { today } from '../../apps/api/src/common/today';
import { passBoardResolution } from '../support/authority';
import { ledgerHead } from '../support/ledger';
import { holdersByShare } from '../support/register';
import { COMPANY } from '../support/test-app';
import { signIn, startWebHarness, submit, type WebHarness } from './browser';

let web: WebHarness;
beforeAll(async () => {
  web = await startWebHarness();
}, 180_000);
afterAll(() => web?.close());

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('the words on the pages', () => {
  it("the sign-in page names the token file in the service's data directory, and never the directory's path", async () => {
    const { context, page } = await web.session(null);
    const dataDir = web.app.database.dataDir;
    expect(dataDir).toMatch(/^\/./);
    for (const [how, show] of [['shown', () => page.goto('/')], ['shown again after a wrong token', () => signIn(page, 'cic_not-a-token-anyone-was-given')]] as const) {
      await show();
      const said = squash(await page.locator('main p').first().textContent());
      expect([how, said]).toEqual([how, expect.stringContaining("A new installation's first secretary token is in the file secretary-token in the service's data directory (DATA_DIR), which whoever installed the service can read.")]);
      // Nothing on the page, words or markup, shows where the service keeps its files.
      expect([how, (await page.content()).includes(dataDir), (await page.content()).includes(join(dataDir, 'secretary-token'))]).toEqual([how, false, false]);
    }
    await context.close();
  });

  it('a page the role may not see says so in a sentence that starts with a capital', async () => {
    const { context, page } = await web.session('board');
    const response = await page.goto('/share-changes?kind=transfer');
    expect(response?.status()).toBe(403);
    expect(squash(await page.locator('main').textContent())).toContain('This page needs the secretary role. Ask the company secretary if you need it.');
    // A form of the secretary's sent by the board (from a page the board may read): the change is refused in those words.
    await page.goto('/alliance');
    const csrf = await page.locator('input[name="_csrf"]').first().getAttribute('value');
    const sent = await page.request.post('/alliance/contracts/community-health-services/commissioner', { form: { _csrf: csrf!, commissionerId: 'london-borough-of-tower-hamlets', on: '2025-04-01' } });
    expect(sent.status()).toBe(403);
    expect(squash(await sent.text())).toContain('You cannot make this change');
    expect(squash(await sent.text())).toContain('Only the secretary role can make this change: nothing was changed. Ask the company secretary if you need it done.');
    await context.close();
  });

  it('the allotment form asks for a resolution that authorises "an allotment"', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/share-changes?kind=allotment');
    expect(squash(await page.locator('#authorisedBy-hint').textContent())).toBe('Passed resolutions that authorise an allotment. The articles say which changes need one.');
    await page.goto('/share-changes?kind=transfer');
    expect(squash(await page.locator('#authorisedBy-hint').textContent())).toContain('Passed resolutions that authorise a transfer.');
    await context.close();
  });

  it('SH-3: a lodged transfer\'s heading gives the day it was lodged in words', async () => {
    const lodged = await web.app.http
      .post(`/api/companies/${COMPANY}/share-transfers`)
      .set(web.app.auth('secretary'))
      .send({ status: 'lodged', shareNumber: 5, fromMemberId: (await holdersByShare(web.app)).get(5)!, to: { practiceId: 'practice-z00006' }, lodgedOn: '2024-06-10' });
    expect(lodged.status).toBe(201);
    const { context, page } = await web.session('auditor');
    await page.goto(`/transfers/${lodged.body.transferId}`);
    expect(squash(await page.locator('h1').textContent())).toBe('Transfer of share No. 5, lodged 10 June 2024');
    await context.close();
    // The secretary's decision form offers a resolution authorising the transfer by its reference and what it authorises, not a cut sentence.
    const board = await passBoardResolution(web.app, COMPANY, '2024-06-12', [{ action: 'transfer', shareNumber: 5 }]);
    const reference = (await web.app.http.get(`/api/companies/${COMPANY}/resolutions/${board}`).set(web.app.auth('auditor')).expect(200)).body.reference as string;
    const secretary = await web.session('secretary');
    await secretary.page.goto(`/transfers/${lodged.body.transferId}`);
    expect(await secretary.page.locator(`#authorisedBy option[value="${board}"]`).textContent()).toBe(`${reference} (board resolution) — the transfer of share 5`);
    await secretary.context.close();
  });

  it('SH-5: a register entry whose practice has ceased says "Practice ceased" once, then the day and the duty', async () => {
    const ceasedOn = addDays(today(), -1);
    await web.app.http.post(`/api/companies/${COMPANY}/practices/practice-z00007/closure`).set(web.app.auth('secretary')).send({ effectiveOn: ceasedOn, reason: 'closed' }).expect(201);
    const { context, page } = await web.session('auditor');
    await page.goto('/register?status=current');
    const cell = squash(await page.locator('main table tbody td', { hasText: 'Practice ceased' }).first().textContent());
    expect(cell).toContain(`Practice ceased ${formatDate(ceasedOn)}: share No. 7 to be dealt with`);
    expect(cell.match(/Practice ceased/g)).toHaveLength(1);
    await context.close();
  });

  it('s.157: a director\'s date of birth in the future is refused as in the future, not as under 16, and nothing is written', async () => {
    const head = await ledgerHead(web.app);
    const { context, page } = await web.session('secretary');
    await page.goto('/officers');
    await page.getByRole('radio', { name: 'Director' }).check();
    await page.locator('#appoint-name').fill('Dr Example Future');
    await page.locator('#appoint-serviceAddress').fill('1 Example Street, London E1 1AA');
    await page.locator('#appoint-appointedOn').fill(today());
    await page.locator('#appoint-dateOfBirth').fill('2030-01-01');
    await page.locator('#appoint-nationality').fill('British');
    await page.locator('#appoint-countryOfResidence').fill('England');
    await page.locator('#appoint-occupation').fill('General practitioner');
    await page.locator('#appoint-residentialAddress').fill('2 Example Road, London E1 2AA');
    expect(await submit(page, 'Appoint')).toBe(422);
    const said = squash(await page.locator('#appoint-dateOfBirth-error').textContent());
    expect(said).toContain('The date of birth, 1 January 2030, is in the future');
    expect(said).not.toContain('16');
    expect(await ledgerHead(web.app)).toEqual(head);
    await context.close();
  });
});
