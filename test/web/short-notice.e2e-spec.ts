import type { Page } from 'playwright-core';
import { passBoardResolution } from '../support/authority';
import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { seriousViolations, useWebHarness } from './browser';

const web = useWebHarness();

const C = `/api/companies/${COMPANY}`;
/** The short-notice form of the meeting page. */
const shortNoticeForm = (page: Page) => page.locator('form[action$="/short-notice-agreements"]');
/** The members the short-notice form offers (those entitled to attend and vote), in page order. */
async function offered(page: Page): Promise<string[]> {
  return (await shortNoticeForm(page).locator('.nhsuk-checkboxes__label').allTextContents()).map((t) => t.trim());
}
/** Ticks `names` on the short-notice form, each agreeing on `agreedOn`, and sends it; the answer's status. */
async function agree(page: Page, names: readonly string[], agreedOn: string): Promise<number> {
  const form = shortNoticeForm(page);
  const all = await offered(page);
  // By each member's place on the form: quicker than by role with 37 members on the page.
  for (const name of names) {
    const place = all.indexOf(name) + 1;
    await form.locator(`#short-member-${place}`).check();
    await form.locator(`#short-agreedOn-${place}`).fill(agreedOn);
  }
  const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), form.getByRole('button', { name: 'Record the agreement to short notice' }).click()]);
  await page.waitForLoadState('domcontentloaded');
  return answer.status();
}
const text = async (page: Page) => (await page.locator('main').textContent())!.replace(/\s+/g, ' ');

describe('members’ agreement to short notice of a general meeting, through the pages', () => {
  it('MT-1, MT-2 (s.307, s.360): a meeting called with 7 clear days says the notice is short; once every member agrees (s.307(4)–(6)), an item voted for passes', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/meetings');
    await page.getByRole('radio', { name: 'General meeting', exact: true }).check();
    await page.getByLabel('Date the meeting is held').fill('2026-11-10');
    await page.getByLabel('Date notice was sent (general meetings)').fill('2026-11-02');
    await page.getByRole('radio', { name: "By hand, or left at the member's address" }).check();
    await page.getByLabel('Item 1: text of the resolution').fill('THAT the annual report be received (synthetic).');
    await page.getByRole('button', { name: 'Call the meeting' }).click();
    await page.waitForLoadState('domcontentloaded');

    const banner = (await page.locator('.nhsuk-notification-banner').textContent())!.replace(/\s+/g, ' ');
    expect(banner).toContain('The notice is short: it gives 7 clear days and 14 are needed (s.307, s.360).');
    expect(banner).toContain('The items cannot pass unless a majority of the members, holding at least 90% of the shares, agree to short notice.');
    const link = page.locator('.nhsuk-notification-banner a', { hasText: 'Record the members’ agreement to short notice' });
    expect(await link.getAttribute('href')).toMatch(/^\/meetings\/[^/]+#short-notice$/);
    expect(await text(page)).toContain('short: 7 clear days given, 14 needed');
    expect(await seriousViolations(page)).toEqual([]);

    const members = await offered(page);
    expect(members.length).toBeGreaterThanOrEqual(2);
    expect(await agree(page, members, '2026-11-05')).toBe(303);
    expect(await text(page)).toContain(`Members’ agreement to short notice recorded: ${members.length} member${members.length === 1 ? '' : 's'} agreed.`);
    expect(await text(page)).toContain(`The members agreed to the meeting being held at short notice (s.307(4)–(6)): ${members.join(', ')}.`);
    expect(await shortNoticeForm(page).count()).toBe(0);

    // Two members present and voting for: the item passes, the notice being valid.
    const attendance = page.locator('form[action$="/attendance"]');
    for (const name of members.slice(0, 2)) await attendance.getByRole('checkbox', { name, exact: true }).check();
    await attendance.getByRole('button', { name: 'Record attendance' }).click();
    await page.waitForLoadState('domcontentloaded');
    for (const name of members.slice(0, 2)) {
      const vote = page.locator('form[action$="/votes"]');
      await vote.getByLabel('Item 1: who votes (present at the sitting)').selectOption({ label: name });
      await vote.getByRole('radio', { name: 'For', exact: true }).check();
      await vote.getByRole('button', { name: 'Record the vote on item 1' }).click();
      await page.waitForLoadState('domcontentloaded');
    }
    const heading = (await page.locator('main .nhsuk-card h3', { hasText: 'Item 1' }).textContent())!.replace(/\s+/g, ' ');
    expect(heading).toContain('passed on 10 November 2026');
    expect(await text(page)).not.toContain('notice given was shorter');
    await context.close();
  }, 240_000);

  it('MT-1 (s.307(5)–(6)): one member agreeing is not a majority holding 90%: refused beside the members, ticks kept, nothing recorded', async () => {
    const called = (
      await web.app.http
        .post(`${C}/meetings`)
        .set(web.app.auth('secretary'))
        .send({ kind: 'general', noticeGivenOn: '2026-11-02', heldOn: '2026-11-10', items: [{ type: 'ordinary', text: 'THAT the accounts be received (synthetic).' }] })
        .expect(201)
    ).body as { meetingId: string; items: { resolutionId: string }[] };
    const { context, page } = await web.session('secretary');
    await page.goto(`/meetings/${called.meetingId}`);
    const [first, second] = await offered(page);

    // A ticked member without the day agreed is asked for it beside that member's day.
    await shortNoticeForm(page).getByRole('checkbox', { name: second!, exact: true }).check();
    const before = await ledgerHead(web.app);
    expect(await agree(page, [first!], '2026-11-04')).toBe(422);
    expect((await page.locator('#short-agreedOn-2-error').textContent())!).toContain(`Enter the day ${second} agreed to short notice`);
    expect(await ledgerHead(web.app)).toEqual(before);

    await shortNoticeForm(page).getByRole('checkbox', { name: second!, exact: true }).uncheck();
    expect(await agree(page, [], '2026-11-04')).toBe(422);
    const error = (await page.locator('#short-members-error').textContent())!.replace(/\s+/g, ' ');
    expect(error).toContain('Short notice needs the agreement of a majority in number of the');
    expect(error).toContain('holding at least 90% of the nominal value of their shares (s.307(5)–(6)): 1 agreed');
    expect(await page.locator('.nhsuk-error-summary a').getAttribute('href')).toBe('#short-members');
    expect(await shortNoticeForm(page).getByRole('checkbox', { name: first!, exact: true }).isChecked()).toBe(true);
    expect(await shortNoticeForm(page).getByLabel(`${first}: day agreed`).inputValue()).toBe('2026-11-04');
    expect(await ledgerHead(web.app)).toEqual(before);
    const resolution = (await web.app.http.get(`${C}/resolutions/${called.items[0]!.resolutionId}`).set(web.app.auth('board')).expect(200)).body as { shortNoticeAgreedBy: string[] };
    expect(resolution.shortNoticeAgreedBy).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('MT-1, s.307(6): the form offers the members on the register on the meeting day, so a practice admitted after the notice may agree', async () => {
    // After the first test's meeting at short notice (10 November), whose consents hold the register up to its day.
    const api = (path: string, body: object) => web.app.http.post(`${C}/${path}`).set(web.app.auth('secretary')).send(body);
    await api('practices', { odsCode: 'Z00091', name: 'Example Admitted Practice', address: '91 New Road, London E1 3NN', on: '2026-11-11' }).expect(201);
    const called = (await api('meetings', { kind: 'general', noticeGivenOn: '2026-11-20', heldOn: '2026-11-25', items: [{ type: 'ordinary', text: 'THAT the new practice be welcomed (synthetic).' }] }).expect(201)).body as {
      meetingId: string;
      items: { resolutionId: string; entitled: { name: string }[] }[];
    };
    expect(called.items[0]!.entitled.map((m) => m.name)).not.toContain('Example Admitted Practice');
    const authority = await passBoardResolution(web.app, COMPANY, '2026-11-21', [{ action: 'allotment', shareNumber: 38 }]);
    await api('share-allotments', { shareNumber: 38, effectiveOn: '2026-11-22', holder: { practiceId: 'practice-z00091' }, authorisedBy: authority }).expect(201);

    const { context, page } = await web.session('secretary');
    await page.goto(`/meetings/${called.meetingId}`);
    const members = await offered(page);
    expect(members).toContain('Example Admitted Practice');
    expect(await agree(page, members, '2026-11-23')).toBe(303);
    expect(await text(page)).toContain(`Members’ agreement to short notice recorded: ${members.length} members agreed.`);
    const resolution = (await web.app.http.get(`${C}/resolutions/${called.items[0]!.resolutionId}`).set(web.app.auth('board')).expect(200)).body as { shortNoticeAgreedBy: string[]; entitled: { name: string }[] };
    expect(resolution.shortNoticeAgreedBy).toHaveLength(members.length);
    expect(resolution.entitled.map((m) => m.name)).toContain('Example Admitted Practice');
    await context.close();
  }, 240_000);
});
