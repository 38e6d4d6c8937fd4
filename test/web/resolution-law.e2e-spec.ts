import { addDays } from '#domain';
import { formatDate } from '#reports';
import { today } from '../../apps/api/src/common/today';
import { passBoardResolution } from '../support/authority';
import { holdersByShare } from '../support/register';
import { COMPANY } from '../support/test-app';
import type { Page } from 'playwright-core';
import { useWebHarness } from './browser';

const web = useWebHarness();

const C = `/api/companies/${COMPANY}`;

/**
 * Fills /resolutions' form for a members' resolution in writing: its type, text, what it is for (the
 * label of a "What the resolution is for" radio; left as it is when absent) and the day circulated.
 * The caller submits it.
 */
async function fillWrittenProposal(page: Page, { type, text, matter, circulatedOn }: { type: 'Ordinary' | 'Special'; text: string; matter?: string; circulatedOn: string }): Promise<void> {
  await page.getByRole('radio', { name: "The members'" }).check();
  await page.getByRole('radio', { name: type }).check();
  await page.getByRole('radio', { name: 'In writing' }).check();
  await page.getByLabel('Text of the resolution').fill(text);
  if (matter !== undefined) await page.getByRole('radio', { name: matter }).check();
  await page.getByLabel('Date circulated (in writing)').fill(circulatedOn);
}

describe('resolutions as the law has them since ECCTA, through the pages', () => {
  it("SR-2, s.695(2): the secretary proposes a written resolution approving a share's buy-back; its seller is not among the members who may agree", async () => {
    const seller = (await holdersByShare(web.app)).get(15)!;
    const register = (await web.app.http.get(`${C}/register?status=current&limit=1000`).set(web.app.auth('board')).expect(200)).body as { members: { memberId: string; name: string }[] };
    const sellerName = register.members.find((m) => m.memberId === seller)!.name;

    const { context, page } = await web.session('secretary');
    await page.goto('/resolutions');
    await fillWrittenProposal(page, { type: 'Ordinary', text: 'THAT the contract to buy back share 15 be approved.', circulatedOn: addDays(today(), -2) });
    await page.getByLabel('Authorises a share change (optional)').selectOption('buy-back');
    await page.getByLabel('Of share number').fill('15');
    // SH-4, s.696(2)(a): without the day the contract was sent to the members it is refused beside that field; sent after circulation, too late.
    await page.getByRole('button', { name: 'Propose the resolution' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#contractDisclosedOn-error').textContent()).toContain('needs the contract disclosed to members');
    expect(await page.locator('.nhsuk-error-summary a[href="#contractDisclosedOn"]').count()).toBe(1);
    const disclosed = page.getByLabel('Day the buy-back contract was disclosed to members (s.696)');
    await disclosed.fill(addDays(today(), -1));
    await page.getByRole('button', { name: 'Propose the resolution' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#contractDisclosedOn-error').textContent()).toContain('s.696(2)');
    // It says this resolution's case and the day that would do.
    expect(await page.locator('#contractDisclosedOn-error').textContent()).toContain(`so on ${formatDate(addDays(today(), -2))} at the latest`);
    expect(await page.locator('.nhsuk-error-summary a[href="#contractDisclosedOn"]').count()).toBe(1);
    expect(await disclosed.inputValue()).toBe(addDays(today(), -1));
    await disclosed.fill(addDays(today(), -2));
    await page.getByRole('button', { name: 'Propose the resolution' }).click();
    await page.waitForURL(/\/resolutions\/[^/]+$/);
    expect(await page.locator('main dl').textContent()).toContain('the buy-back of share 15');
    expect(await page.locator('main dl').textContent()).toMatch(/Buy-back contract\s*A copy sent to every eligible member on \d{1,2} \w+ \d{4} \(Companies Act 2006 s\.696\(2\)\(a\)\)/);
    const members = (await page.getByLabel('Member').locator('option').allTextContents()).map((t) => t.trim());
    expect(members.length).toBeGreaterThan(30);
    expect(members).not.toContain(sellerName);
    // The page names the seller and why its agreement does not count.
    expect(await page.locator('main .nhsuk-inset-text', { hasText: 'Selling member.' }).textContent()).toContain(`${sellerName} sells the company the shares bought back: not an eligible member, its agreement does not count (CA 2006 s.695(2)).`);
    await context.close();
  }, 120_000);

  it('SH-4, s.694: a board resolution given the day a buy-back contract was disclosed is refused beside that day, not recorded without it', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/resolutions');
    await page.getByRole('radio', { name: "The board's" }).check();
    await page.getByRole('radio', { name: 'In writing' }).check();
    await page.getByLabel('Text of the resolution').fill('THAT the management accounts be noted (synthetic).');
    await page.getByLabel('Date circulated (in writing)').fill(addDays(today(), -1));
    await page.getByLabel('Day the buy-back contract was disclosed to members (s.696)').fill(addDays(today(), -2));
    const listed = async () => ((await web.app.http.get(`${C}/resolutions`).set(web.app.auth('board')).expect(200)).body as unknown[]).length;
    const before = await listed();
    await page.getByRole('button', { name: 'Propose the resolution' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#contractDisclosedOn-error').textContent()).toContain("Leave the day the buy-back contract was disclosed to members empty: it does not apply to a board resolution in writing. Only a members' resolution approving a buy-back gives the day its contract was disclosed to members (s.696).");
    expect(await page.locator('.nhsuk-error-summary a[href="#contractDisclosedOn"]').count()).toBe(1);
    expect(await listed()).toBe(before);
    await context.close();
  }, 120_000);

  it('WR-3, s.297: after a written resolution lapses the secretary can still record an agreement given on or before its last day', async () => {
    const circulatedOn = addDays(today(), -40);
    const proposed = await web.app.http.post(`${C}/resolutions`).set(web.app.auth('secretary'))
      .send({ kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn, text: 'THAT the late agreements be recorded (synthetic).' }).expect(201);
    const { resolutionId, lapsesOn, eligible } = proposed.body as { resolutionId: string; lapsesOn: string; eligible: { name: string }[] };
    const { context, page } = await web.session('secretary');
    await page.goto(`/resolutions/${resolutionId}`);
    expect(await page.locator('main dl').textContent()).toContain('lapsed');
    await page.getByLabel('Member').selectOption({ label: eligible[0]!.name });
    expect(await page.locator('main form').textContent()).toContain(`On or before ${formatDate(lapsesOn)}`);
    await page.getByLabel('Date agreed').fill(addDays(circulatedOn, 3));
    await page.getByRole('button', { name: 'Record it' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('main ul.nhsuk-list').textContent()).toContain(`${eligible[0]!.name} agreed on ${formatDate(addDays(circulatedOn, 3))}`);
    await context.close();
  }, 120_000);

  it('EC-3: a board resolution and its meeting warn of a director counted while acting without a verified identity', async () => {
    const appointed = await web.app.http.post(`${C}/officers`).set(web.app.auth('secretary')).send({
      role: 'director', name: 'Dr Page Unverified (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom',
      nationality: 'British', occupation: 'General practitioner', dateOfBirth: '1971-02-03', residentialAddress: '4 Private Road, London E3 9ZZ', appointedOn: addDays(today(), -3),
    }).expect(201);
    expect(appointed.body.officerId).toEqual(expect.any(String));
    const resolutionId = await passBoardResolution(web.app, COMPANY, addDays(today(), -1), [{ action: 'allotment', shareNumber: 38 }]);
    const meetingId = (await web.app.http.get(`${C}/resolutions/${resolutionId}`).set(web.app.auth('board')).expect(200)).body.meetingId as string;

    const { context, page } = await web.session('board');
    await page.goto(`/resolutions/${resolutionId}`);
    const warning = page.locator('.nhsuk-card--warning', { hasText: 'Dr Page Unverified (synthetic)' });
    expect(await warning.count()).toBe(1);
    // Dates in words, as the PDFs give them: "on 30 November 2026", not "on 2026-11-30".
    const meetingOn = addDays(today(), -1);
    expect(await warning.textContent()).toContain(`took part in the board meeting on ${formatDate(meetingOn)} without a verified identity, which was due by ${formatDate(addDays(today(), -3))}`);
    expect(await warning.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await page.goto(`/meetings/${meetingId}`);
    const onMeeting = page.locator('.nhsuk-card--warning', { hasText: 'Dr Page Unverified (synthetic)' });
    expect(await onMeeting.count()).toBe(1);
    expect(await onMeeting.textContent()).toContain(`on ${formatDate(meetingOn)} without a verified identity`);
    expect(await onMeeting.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // The item says what it authorises, as the minutes do.
    expect(await page.locator('main .nhsuk-card', { hasText: 'Item 1' }).first().textContent()).toContain('Authorises the allotment of share 38.');
    await context.close();
  }, 120_000);

  it("the seeded board resolution BR-2014-01 authorises \"the allotment of shares 1 to 37\" once on its page and the list, not 37 allotments of one share", async () => {
    const { context, page } = await web.session('board');
    await page.goto('/resolutions');
    const row = page.locator('main table tr', { hasText: 'BR-2014-01' });
    expect((await row.locator('td', { hasText: 'allotment' }).textContent())!.replace(/\s+/g, ' ')).toContain('the allotment of shares 1 to 37');
    await row.getByRole('link', { name: 'BR-2014-01', exact: true }).click();
    await page.waitForURL(/\/resolutions\/[^/]+$/);
    const authorises = (await page.locator('main dl .nhsuk-summary-list__row', { hasText: 'Authorises' }).locator('.nhsuk-summary-list__value').textContent())!.trim();
    expect(authorises).toBe('the allotment of shares 1 to 37');
    expect(await page.locator('main').textContent()).not.toContain('allotment of share 1,');
    await context.close();
  }, 120_000);

  it("WR-1, s.288(2): the form asks what a resolution is for; a members' written resolution to remove a director is refused by that field, nothing is recorded, and the same resolution can be put to a general meeting", async () => {
    const count = async () => ((await web.app.http.get(`${C}/resolutions`).set(web.app.auth('board')).expect(200)).body as unknown[]).length;
    const before = await count();
    const text = 'THAT Demo Director 3 be removed from office as a director under section 168 (synthetic).';
    const { context, page } = await web.session('secretary');
    await page.goto('/resolutions');
    // "None of these" unless the secretary says otherwise.
    expect(await page.getByRole('radio', { name: 'None of these' }).isChecked()).toBe(true);
    await fillWrittenProposal(page, { type: 'Ordinary', text, matter: 'Removing a director from office (s.168)', circulatedOn: today() });
    await page.getByRole('button', { name: 'Propose the resolution' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toMatch(/\/resolutions$/);
    expect(await page.locator('#matter-error').textContent()).toContain('A resolution to remove a director or an auditor from office cannot be passed in writing (Companies Act 2006 s.288(2))');
    expect(await page.locator('.nhsuk-error-summary a[href="#matter"]').count()).toBe(1);
    // What was typed is kept.
    expect(await page.getByLabel('Text of the resolution').inputValue()).toBe(text);
    expect(await page.getByLabel('Date circulated (in writing)').inputValue()).toBe(today());
    expect(await page.getByRole('radio', { name: 'Removing a director from office (s.168)' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'In writing' }).isChecked()).toBe(true);
    expect(await count()).toBe(before);

    // At a general meeting it needs special notice (s.168(2), s.312): without the day it is refused beside that field.
    await page.getByRole('radio', { name: 'At a meeting' }).check();
    await page.getByLabel('Date of the meeting (at a meeting)').fill(addDays(today(), 20));
    await page.getByLabel(/Date notice was sent/).fill(today());
    await page.getByRole('radio', { name: "By hand, or left at the member's address" }).check();
    await page.getByRole('button', { name: 'Propose the resolution' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#specialNoticeReceivedOn-error').textContent()).toContain('needs special notice');
    expect(await page.locator('.nhsuk-error-summary a[href="#specialNoticeReceivedOn"]').count()).toBe(1);
    expect(await count()).toBe(before);
    // Received the day the meeting was called: properly given (s.312(4)); it is proposed and recorded as a removal of a director.
    await page.getByLabel(/Date the company received special notice/).fill(today());
    await page.getByRole('button', { name: 'Propose the resolution' }).click();
    await page.waitForURL(/\/resolutions\/[^/]+$/);
    const resolutionId = decodeURIComponent(page.url().split('/').at(-1)!);
    const proposed = (await web.app.http.get(`${C}/resolutions/${resolutionId}`).set(web.app.auth('board')).expect(200)).body as { procedure: string; matter: string };
    expect(proposed).toMatchObject({ procedure: 'meeting', matter: 'removal-of-director', specialNoticeReceivedOn: today() });
    expect(await page.locator('.nhsuk-summary-list').textContent()).toMatch(/Matter\s*Removes a director from office \(s\.168\), decided only at a general meeting on special notice/);
    expect(await page.locator('.nhsuk-summary-list').textContent()).toMatch(/Special notice\s*Received by the company on \d{1,2} \w+ \d{4} \(Companies Act 2006 s\.312\)/);
    // Its meeting's page says so beside the item.
    await page.goto(`/meetings/${encodeURIComponent((proposed as unknown as { meetingId: string }).meetingId)}`);
    expect(await page.locator('.nhsuk-card').first().textContent()).toContain('Removes a director from office (s.168), decided only at a general meeting on special notice.');
    expect(await page.locator('.nhsuk-card').first().textContent()).toMatch(/Special notice received by the company on \d{1,2} \w+ \d{4} \(Companies Act 2006 s\.312\)\./);
    await context.close();
  }, 120_000);

  it("WR-1: a removal of an auditor is refused in writing too; a board resolution is not one that removes a director or an auditor", async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/resolutions');
    await fillWrittenProposal(page, { type: 'Ordinary', text: 'THAT the auditors be removed from office (synthetic).', matter: 'Removing an auditor from office (s.510)', circulatedOn: today() });
    await page.getByRole('button', { name: 'Propose the resolution' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#matter-error').textContent()).toContain('cannot be passed in writing (Companies Act 2006 s.288(2))');

    await page.getByRole('radio', { name: "The board's" }).check();
    await page.getByRole('button', { name: 'Propose the resolution' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#matter-error').textContent()).toContain("Only the members remove a director or an auditor");
    await context.close();
  }, 120_000);

  it("s.21(1): an ordinary resolution amending the articles is refused beside its type, nothing recorded; as a special one it is proposed as an amendment of the articles", async () => {
    const count = async () => ((await web.app.http.get(`${C}/resolutions`).set(web.app.auth('board')).expect(200)).body as unknown[]).length;
    const before = await count();
    const { context, page } = await web.session('secretary');
    await page.goto('/resolutions');
    await fillWrittenProposal(page, { type: 'Ordinary', text: 'THAT the articles be amended as set out in the annex (synthetic).', matter: 'Amending the articles (s.21)', circulatedOn: today() });
    await page.getByRole('button', { name: 'Propose the resolution' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#type-error').textContent()).toContain('The articles are amended only by special resolution (Companies Act 2006 s.21(1))');
    expect(await page.locator('.nhsuk-error-summary a[href="#type"]').count()).toBe(1);
    expect(await page.getByRole('radio', { name: 'Amending the articles (s.21)' }).isChecked()).toBe(true);
    expect(await count()).toBe(before);

    await page.getByRole('radio', { name: 'Special' }).check();
    await page.getByRole('button', { name: 'Propose the resolution' }).click();
    await page.waitForURL(/\/resolutions\/[^/]+$/);
    const resolutionId = decodeURIComponent(page.url().split('/').at(-1)!);
    expect((await web.app.http.get(`${C}/resolutions/${resolutionId}`).set(web.app.auth('board')).expect(200)).body).toMatchObject({ type: 'special', procedure: 'written', matter: 'amendment-of-articles' });
    // Its page says what it is for, and what follows its passing (s.26).
    expect(await page.locator('.nhsuk-summary-list').first().textContent()).toMatch(/Matter\s*Amends the articles \(s\.21\); the articles as amended go to Companies House within 15 days of its passing \(s\.26\)/);
    await context.close();
  }, 120_000);
});

describe('the disclosure of a buy-back contract through the meetings form', () => {
  it('SH-4, s.696(2)(b): an item approving a buy-back with its contract open to inspection for 14 days ending with the meeting is refused beside that item, and nothing is written; for 15 it is called, and the meeting page says so', async () => {
    const heldOn = addDays(today(), -2);
    const { context, page } = await web.session('secretary');
    await page.goto('/meetings');
    await page.getByRole('radio', { name: 'General meeting', exact: true }).check();
    await page.getByLabel('Date notice was sent (general meetings)').fill(addDays(today(), -25));
    await page.getByRole('radio', { name: "By hand, or left at the member's address" }).check();
    await page.getByLabel('Date the meeting is held').fill(heldOn);
    await page.getByLabel('Item 1: text of the resolution').fill('THAT the contract to buy back share 16 be approved (synthetic).');
    await page.getByLabel('Item 1: authorises a share change (optional)').selectOption('buy-back');
    await page.getByLabel('Item 1: of share numbers').fill('16');
    const disclosed = page.getByLabel('Item 1: day the buy-back contract was disclosed to members (s.696)');
    await disclosed.fill(addDays(heldOn, -13));
    const head = async () => (await web.app.http.get(`${C}/meetings`).set(web.app.auth('board')).expect(200)).body;
    const before = await head();
    await page.getByRole('button', { name: 'Call the meeting' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#item1ContractDisclosedOn-error').textContent()).toContain(`from ${formatDate(addDays(heldOn, -14))} at the latest`);
    expect(await page.locator('.nhsuk-error-summary a[href="#item1ContractDisclosedOn"]').count()).toBe(1);
    expect(await disclosed.inputValue()).toBe(addDays(heldOn, -13));
    expect(await head()).toEqual(before);
    await disclosed.fill(addDays(heldOn, -14));
    await page.getByRole('button', { name: 'Call the meeting' }).click();
    await page.waitForURL(/\/meetings\/[^/]+$/);
    expect(await page.locator('.nhsuk-card').first().textContent()).toContain(`The buy-back contract was available for inspection at the registered office from ${formatDate(addDays(heldOn, -14))} and at the meeting (Companies Act 2006 s.696(2)(b)).`);
    await context.close();
  }, 120_000);
});
