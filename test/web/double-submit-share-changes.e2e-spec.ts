import type { Page } from 'playwright-core';
import { passBoardResolution } from '../support/authority';
import { databaseKinds } from '../support/databases';
import { ledgerHead } from '../support/ledger';
import { readRegister } from '../support/register';
import { COMPANY } from '../support/test-app';
import { sendAtOnce, useWebHarness, type WebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;

/** Admits a practice to the list on 1 November 2026 through the API: its id. */
async function admitPractice(web: WebHarness, odsCode: string): Promise<string> {
  const body = { odsCode, name: `Practice ${odsCode} (synthetic)`, address: `1 ${odsCode} Road, London E1 1AA`, on: '2026-11-01' };
  return (await web.app.http.post(`${C}/practices`).set(web.app.auth('secretary')).send(body).expect(201)).body.practiceId as string;
}

/** The member who holds share `shareNumber` today. */
async function holderOf(web: WebHarness, shareNumber: number): Promise<string> {
  const { members } = await readRegister(web.app, 'status=current&limit=1000', 'auditor');
  return members.find((e) => e.shares.some((s) => s.shareNumber === shareNumber))!.memberId;
}

/** Entries of the share register holding `shareNumber`, in the register's history (every holding period ever). */
async function holdingsOf(web: WebHarness, shareNumber: number): Promise<number> {
  const { members } = await readRegister(web.app, 'status=all&limit=1000', 'auditor');
  return members.filter((e) => e.shares.some((s) => s.shareNumber === shareNumber)).length;
}

/**
 * The share change, transfer lodging, practice and vote forms, sent twice at once (a double click on a
 * slow answer): one record, and both sendings land on the page the first one reaches — not a success
 * banner for one and an error page ("already a member", "already lodged", "vote already recorded") for the other.
 */
describe.each(databaseKinds())('the share change, lodging, practice and vote forms sent twice record once (%s)', (kind) => {
  const web = useWebHarness({}, kind);
  let allotTo = '';
  let lodgeTo = '';
  let authority = '';
  let resolutionId = '';
  let voter = '';
  beforeAll(async () => {
    allotTo = await admitPractice(web, 'Z9A001');
    lodgeTo = await admitPractice(web, 'Z9L001');
    authority = await passBoardResolution(web.app, COMPANY, '2026-11-02', [{ action: 'allotment', shareNumber: 38 }]);
    const proposed = await web.app.http.post(`${C}/resolutions`).set(web.app.auth('secretary')).send({ kind: 'board', procedure: 'meeting', meetingOn: '2026-11-03', text: 'THAT the bank mandate be renewed (synthetic).' }).expect(201);
    resolutionId = proposed.body.resolutionId as string;
    voter = (proposed.body.board as { directorId: string }[])[0]!.directorId;
  }, 120_000);

  /** Sends the page's form twice at once: both answers, then the ledger's growth. */
  async function twice(page: Page, action: string) {
    const head = await ledgerHead(web.app);
    const answers = await sendAtOnce(page, action);
    return { answers, added: (await ledgerHead(web.app)).events - head.events };
  }

  it('SH-1: an allotment (s.554) sent twice is one allotment of share 38; both land on the register', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/share-changes?kind=allotment');
    await page.getByLabel('Share number').fill('38');
    await page.locator('#effectiveOn').fill('2026-11-04');
    await page.locator('#practiceId').selectOption(allotTo);
    await page.locator('#authorisedBy').selectOption(authority);
    const { answers, added } = await twice(page, '/share-changes/allotment');
    expect(answers).toEqual([{ status: 200, url: '/register' }, { status: 200, url: '/register' }]);
    expect(added).toBe(1);
    expect(await holdingsOf(web, 38)).toBe(1);
    await context.close();
  }, 120_000);

  it('SH-3: an instrument of transfer lodged twice is one lodged transfer; both land on its page', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/transfers');
    await page.getByLabel('Share number').fill('2');
    await page.getByLabel('Transferor (the member who holds the share)').selectOption(await holderOf(web, 2));
    await page.locator('#lodgedOn').fill('2026-11-05');
    await page.locator('#practiceId').selectOption(lodgeTo);
    const { answers, added } = await twice(page, '/transfers');
    expect(added).toBe(1);
    expect(answers[0]!.status).toBe(200);
    expect(answers[0]!.url).toMatch(/^\/transfers\/\d+$/);
    expect(answers[1]).toEqual(answers[0]);
    const lodged = (await web.app.http.get(`${C}/share-transfers?status=lodged`).set(web.app.auth('auditor')).expect(200)).body.transfers as { shareNumber: number }[];
    expect(lodged.filter((t) => t.shareNumber === 2)).toHaveLength(1);
    await context.close();
  }, 120_000);

  it('RM-1: a practice admitted twice is on the list once; the page sent again says "This was already recorded."', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/practices');
    await page.getByLabel('ODS code').fill('Z9P001');
    await page.getByLabel('Name of the practice').fill('Twice Sent Surgery (synthetic)');
    await page.getByLabel('Address of the practice').fill('2 Twice Road, London E1 2BB');
    await page.getByLabel('Date it joins the list').fill('2026-11-06');
    const { answers, added } = await twice(page, '/practices');
    expect(answers).toEqual([{ status: 200, url: '/practices' }, { status: 200, url: '/practices' }]);
    expect(added).toBe(1);
    // The same page, not reloaded, sent once more: the banner says it was recorded already, and nothing is written.
    const head = await ledgerHead(web.app);
    await Promise.all([page.waitForURL(/\/practices\?asAt=/), page.getByRole('button', { name: 'Admit the practice' }).click()]);
    expect((await page.locator('.nhsuk-notification-banner').textContent())?.replace(/\s+/g, ' ')).toContain('This was already recorded. Twice Sent Surgery (synthetic) (Z9P001) is on the list of practices from 6 November 2026');
    expect(await ledgerHead(web.app)).toEqual(head);
    const listed = (await web.app.http.get(`${C}/practices?asAt=2026-11-30`).set(web.app.auth('auditor')).expect(200)).body as { odsCode: string }[];
    expect(listed.filter((p) => p.odsCode === 'Z9P001')).toHaveLength(1);
    await context.close();
  }, 120_000);

  it('a vote sent twice from the resolution page is one vote; both land on the resolution', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto(`/resolutions/${encodeURIComponent(resolutionId)}`);
    await page.locator('#who').selectOption(voter);
    await page.getByLabel('For', { exact: true }).check();
    const { answers, added } = await twice(page, `/resolutions/${encodeURIComponent(resolutionId)}/responses`);
    const path = `/resolutions/${encodeURIComponent(resolutionId)}`;
    expect(answers).toEqual([{ status: 200, url: path }, { status: 200, url: path }]);
    expect(added).toBe(1);
    await context.close();
  }, 120_000);
});
