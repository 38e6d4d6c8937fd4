import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { formatDate } from '#reports';
import { flat, pageTexts } from '../../libs/reports/test/read-pdf';
import { databaseKinds } from '../support/databases';
import { holdersByShare, readRegister } from '../support/register';
import { COMPANY } from '../support/test-app';
import { startWebHarness, type WebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;
const FIRST = 'Dr Ada Example';
const OTHERS = ['Dr Ben Example', 'Dr Cy Example'];
/** RM-2 (s.113(5)): every joint holder, the first-named holder first and marked, in the words every output uses. */
const ALL = `${FIRST} (first-named holder); ${OTHERS.join('; ')}`;
/** The joint holding is recorded from this day, and ends (the member is a sole holder again) on `ENDED`. */
const JOINT = '2025-03-10';
const ENDED = '2025-06-01';
/** RM-3: another member's particulars are changed twice with effect from this one day, the first change naming a joint holder. */
const SAME_DAY = '2025-07-01';
const SUPERSEDED = { name: 'Dr Dee Example', jointHolders: ['Dr Eve Example'] };
const SUPERSEDING = 'Dee Example Practice';

/**
 * RM-2 (CA 2006 s.113(5)): a share held jointly. The register page (on a wide screen and on a phone, where
 * its rows are cards), the member's page, the CSV, the PDF and the API's JSON name every joint holder as at
 * the day asked, the first-named holder first; a joint holding that ended before that day shows only in the
 * entry's earlier particulars (RM-3), which name the joint holders as they were then.
 */
describe.each(databaseKinds())('joint holders on the register of members (%s)', (kind) => {
  let web: WebHarness;
  let memberId: string;
  let twiceChanged: string;
  beforeAll(async () => {
    web = await startWebHarness({}, kind);
    const holders = await holdersByShare(web.app);
    memberId = holders.get(2)!;
    twiceChanged = holders.get(3)!;
    const secretary = web.app.auth('secretary');
    await web.app.http.post(`${C}/members/${memberId}/particulars`).set(secretary).send({ effectiveOn: JOINT, name: FIRST, jointHolders: OTHERS }).expect(201);
    await web.app.http.post(`${C}/members/${memberId}/particulars`).set(secretary).send({ effectiveOn: ENDED, jointHolders: [] }).expect(201);
    await web.app.http.post(`${C}/members/${twiceChanged}/particulars`).set(secretary).send({ effectiveOn: SAME_DAY, ...SUPERSEDED }).expect(201);
    await web.app.http.post(`${C}/members/${twiceChanged}/particulars`).set(secretary).send({ effectiveOn: SAME_DAY, name: SUPERSEDING, jointHolders: [] }).expect(201);
  }, 180_000);
  afterAll(() => web?.close());

  /** The register page's row of the member as at `asAt`. */
  const row = async (page: Page, asAt: string) => {
    await page.goto(`/register?asAt=${asAt}`);
    return page.locator('main table tbody tr', { has: page.locator(`a[href^="/register/members/${memberId}?"]`) });
  };

  it('RM-2: the API names the first-named holder and the other joint holders as at the day asked', async () => {
    const entry = async (asAt: string) => (await readRegister(web.app, `status=current&limit=1000&asAt=${asAt}`)).members.find((m) => m.memberId === memberId) as unknown as { name: string; jointHolders?: string[] };
    expect(await entry(JOINT)).toMatchObject({ name: FIRST, jointHolders: OTHERS });
    expect((await entry('2025-03-09')).jointHolders).toBeUndefined();
    const after = await entry(ENDED);
    expect(after.name).toBe(FIRST);
    expect(after.jointHolders).toBeUndefined();
  });

  it('RM-2: the register page and the member page name every joint holder, the first-named holder first; not once the joint holding has ended', async () => {
    const { context, page } = await web.session('board');
    const joint = await row(page, JOINT);
    expect(flat((await joint.locator('td').first().innerText()).trim())).toBe(`${FIRST} Joint holders: ${ALL}`);
    for (const asAt of ['2025-03-09', ENDED]) {
      expect(await (await row(page, asAt)).count()).toBe(1);
      expect(await page.locator('main table').innerText()).not.toContain('Joint holders');
    }

    await page.goto(`/register/members/${memberId}?asAt=${JOINT}`);
    expect(await page.locator('h1').innerText()).toBe(FIRST);
    expect(await page.locator('#joint-holders').innerText()).toBe(`Joint holders (s.113(5)): ${ALL}`);
    // The particulars over time name the joint holders of each version, none once the holding ended.
    await page.goto(`/register/members/${memberId}?asAt=${ENDED}`);
    expect(await page.locator('#joint-holders').count()).toBe(0);
    const address = flat(await page.locator('main h1 + p').innerText()).trim();
    const versions = page.locator('table', { has: page.locator('caption', { hasText: 'Particulars over time' }) }).locator('tbody tr');
    expect((await versions.allInnerTexts()).map((t) => flat(t).trim()).slice(-2)).toEqual([`10 March 2025 ${FIRST} ${address} ${ALL}`, `1 June 2025 ${FIRST} ${address} —`]);
    await context.close();
  }, 120_000);

  it('RM-2: on a phone the register is shown as cards, and the card names every joint holder', async () => {
    const { context, page } = await web.session('board');
    // On a wide screen a row of the table: its cells' headings are in the header row, not beside each value.
    expect(await (await row(page, JOINT)).locator('.nhsuk-table__heading').first().isVisible()).toBe(false);
    await page.setViewportSize({ width: 375, height: 667 });
    const card = await row(page, JOINT);
    // A card: each cell with its heading ("Name") beside its value.
    expect(await card.locator('.nhsuk-table__heading').first().isVisible()).toBe(true);
    const joint = card.locator('.app-joint-holders');
    expect(await joint.isVisible()).toBe(true);
    expect(flat(await joint.innerText())).toBe(`Joint holders: ${ALL}`);
    expect(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
    await context.close();
  }, 120_000);

  it('RM-2: the CSV and the PDF downloaded from the register page name every joint holder as at the day asked', async () => {
    const { context, page } = await web.session('board');
    const csv = async (asAt: string) => {
      const res = await page.request.get(`/register/register.csv?asAt=${asAt}`);
      expect(res.status()).toBe(200);
      return (parse(await res.text(), { columns: true }) as Record<string, string>[]).filter((r) => r['Member name'] === FIRST);
    };
    expect((await csv(JOINT)).map((r) => r['Joint holders'])).toEqual([ALL]);
    expect((await csv(ENDED)).map((r) => r['Joint holders'])).toEqual(['']);

    const pdf = async (asAt: string) => {
      const res = await page.request.get(`/register/register-of-members.pdf?asAt=${asAt}`);
      expect(res.status()).toBe(200);
      return flat((await pageTexts(await res.body())).join('\n'));
    };
    expect(await pdf(JOINT)).toContain(`Joint holders: ${ALL}`);
    const ended = await pdf(ENDED);
    expect(ended).toContain(FIRST);
    expect(ended).not.toContain('Joint holders:');
    await context.close();
  }, 120_000);

  it('RM-2 (s.113(5)), RM-3: once the joint holding has ended, the earlier particulars in the CSV and the PDF name the joint holders as they were', async () => {
    const entry = (await readRegister(web.app, `status=current&limit=1000&asAt=${ENDED}`)).members.find((m) => m.memberId === memberId)!;
    const before = (await readRegister(web.app, 'status=current&limit=1000&asAt=2025-03-09')).members.find((m) => m.memberId === memberId)!;
    const { context, page } = await web.session('board');
    const res = await page.request.get(`/register/register.csv?asAt=${ENDED}`);
    expect(res.status()).toBe(200);
    const rows = (parse(await res.text(), { columns: true }) as Record<string, string>[]).filter((r) => r['Member name'] === FIRST);
    expect(rows.map((r) => r['Earlier names and addresses'])).toEqual([
      `before ${JOINT}: ${before.name}, ${before.address} | before ${ENDED}: ${FIRST}, ${entry.address}; joint holders: ${ALL}`,
    ]);

    const pdf = await page.request.get(`/register/register-of-members.pdf?asAt=${ENDED}`);
    expect(pdf.status()).toBe(200);
    const text = flat((await pageTexts(await pdf.body())).join('\n'));
    expect(text).toContain(`Before ${formatDate(JOINT)}: ${before.name}, ${before.address} Before ${formatDate(ENDED)}: ${FIRST}, ${entry.address}; joint holders: ${ALL}`);
    // Before the holding ended, the version in force names its joint holders on the entry's own line, and no earlier one is joint.
    const joint = flat((await pageTexts(await (await page.request.get(`/register/register-of-members.pdf?asAt=${JOINT}`)).body())).join('\n'));
    expect(joint.match(/joint holders:/gi)).toHaveLength(1);
    await context.close();
  }, 120_000);

  it('RM-3 (s.113): two changes with effect from one day: the member page, the CSV and the PDF keep the earlier, superseded that day, before the later', async () => {
    const entry = (await readRegister(web.app, `status=current&limit=1000&asAt=${SAME_DAY}`)).members.find((m) => m.memberId === twiceChanged)!;
    expect(entry.name).toBe(SUPERSEDING);
    const superseded = `${SUPERSEDED.name}, ${entry.address}; joint holders: ${SUPERSEDED.name} (first-named holder); ${SUPERSEDED.jointHolders[0]}`;
    const { context, page } = await web.session('board');

    await page.goto(`/register/members/${twiceChanged}?asAt=${SAME_DAY}`);
    const versions = page.locator('table', { has: page.locator('caption', { hasText: 'Particulars over time' }) }).locator('tbody tr');
    expect((await versions.allInnerTexts()).map((t) => flat(t).trim()).slice(-2)).toEqual([
      `1 July 2025 (superseded the same day) ${SUPERSEDED.name} ${entry.address} ${SUPERSEDED.name} (first-named holder); ${SUPERSEDED.jointHolders[0]}`,
      `1 July 2025 ${SUPERSEDING} ${entry.address} —`,
    ]);

    const res = await page.request.get(`/register/register.csv?asAt=${SAME_DAY}`);
    expect(res.status()).toBe(200);
    const rows = (parse(await res.text(), { columns: true }) as Record<string, string>[]).filter((r) => r['Member name'] === SUPERSEDING);
    expect(rows).toHaveLength(1);
    const earlier = rows[0]['Earlier names and addresses'].split(' | ');
    expect(earlier).toHaveLength(2);
    expect(earlier[0].startsWith(`before ${SAME_DAY}: `)).toBe(true);
    expect(earlier[1]).toBe(`superseded on ${SAME_DAY}: ${superseded}`);

    const pdf = await page.request.get(`/register/register-of-members.pdf?asAt=${SAME_DAY}`);
    expect(pdf.status()).toBe(200);
    const text = flat((await pageTexts(await pdf.body())).join('\n'));
    expect(text).toContain(`Before ${formatDate(SAME_DAY)}: `);
    expect(text).toContain(`Superseded on ${formatDate(SAME_DAY)}: ${superseded}`);
    await context.close();
  }, 120_000);
});
