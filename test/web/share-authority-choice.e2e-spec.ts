import { passSpecialResolution } from '../support/authority';
import { ledgerHead } from '../support/ledger';
import { holdersByShare } from '../support/register';
import { COMPANY } from '../support/test-app';
import { seriousViolations, submit, useWebHarness } from './browser';

/**
 * Choosing the resolution that authorises a share change: a board meeting's items name the changes
 * they authorise (as a one-item resolution does), the list of resolutions to choose from says what
 * each authorises, a refusal says what is needed, and the certificate register offers only holdings
 * without a certificate in force.
 */
const web = useWebHarness();
const C = `/api/companies/${COMPANY}`;
const get = (path: string) => web.app.http.get(`${C}/${path}`).set(web.app.auth('auditor')).expect(200);

/** Every director votes for each item of the meeting (no attendance recorded: as a one-item board meeting is passed). */
async function passItems(meetingId: string): Promise<{ resolutionId: string; reference: string }[]> {
  const meeting = (await get(`meetings/${meetingId}`)).body as { items: { resolutionId: string; reference: string }[] };
  for (const item of meeting.items) {
    const resolution = (await get(`resolutions/${item.resolutionId}`)).body as { board: { directorId: string }[] };
    for (const { directorId } of resolution.board) {
      await web.app.http.post(`${C}/resolutions/${item.resolutionId}/votes`).set(web.app.auth('secretary')).send({ directorId, vote: 'for' }).expect(201);
    }
  }
  return meeting.items;
}

describe('the share changes a board meeting authorises, called through the meetings form', () => {
  it('articles, SH-3: an item of a board meeting names the share changes it authorises; once passed it is offered as the authorising resolution, labelled with its shares', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/meetings');
    await page.getByRole('radio', { name: 'Board meeting' }).check();
    await page.getByLabel('Date the meeting is held').fill('2024-03-01');
    await page.getByLabel('Item 1: text of the resolution').fill('THAT the surrender of shares 30 to 32 be accepted.');
    await page.getByLabel('Item 1: authorises a share change (optional)').selectOption('cancellation');
    await page.getByLabel('Item 1: of share numbers').fill('30 to 32');
    await page.getByLabel('Item 2 (optional): text of the resolution').fill('THAT the transfer of share 33 be registered.');
    await page.getByLabel('Item 2: authorises a share change (optional)').selectOption('transfer');
    await page.getByLabel('Item 2: of share numbers').fill('33');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await submit(page, 'Call the meeting')).toBe(303);
    const meetingId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1)!);

    const items = await passItems(meetingId);
    const authorised = await Promise.all(items.map(async (i) => ((await get(`resolutions/${i.resolutionId}`)).body as { authorises: unknown[] }).authorises));
    expect(authorised).toEqual([
      [30, 31, 32].map((shareNumber) => ({ action: 'cancellation', shareNumber })),
      [{ action: 'transfer', shareNumber: 33 }],
    ]);

    await page.goto('/share-changes?kind=cancellation');
    const options = await page.locator('#authorisedBy option').allTextContents();
    expect(options).toContain(`${items[0]!.reference} (board resolution) — the cancellation of shares 30 to 32`);
    // The transfer's item authorises no cancellation: it is not offered here.
    expect(options.some((o) => o.startsWith(`${items[1]!.reference} `))).toBe(false);

    // SR-1: the form says why a surrender needs a solvency statement and a special resolution.
    expect(await page.locator('#reduction-why').textContent()).toContain("Surrendering or cancelling a share outside a buy-back or a forfeiture reduces the company's capital (Companies Act 2006 s.641)");
    // The surrender of share 31 on the item alone is refused: it is a reduction of capital (SR-1), and nothing is recorded.
    const before = { head: await ledgerHead(web.app), holders: await holdersByShare(web.app) };
    await page.getByLabel('Share number').fill('31');
    await page.getByLabel('Surrendered (a reduction of capital)', { exact: true }).check();
    await page.getByLabel('Date of cancellation').fill('2024-03-05');
    await page.getByLabel('Authorising resolution').selectOption(items[0]!.resolutionId);
    expect(await submit(page, 'Record the cancellation')).toBe(422);
    expect(await page.locator('#solvencyStatementOn-error').textContent()).toContain('A surrender or a cancellation is a reduction of capital (s.641)');
    const statement = page.getByLabel("Date of the directors' solvency statement (surrender or cancellation)");
    await statement.fill('2024-02-20');
    expect(await submit(page, 'Record the cancellation')).toBe(422);
    expect(await page.locator('#authorisedBy-error').textContent()).toContain("A surrender is a reduction of capital (s.641): it needs a members' special resolution that authorises the cancellation of share 31");
    expect(await ledgerHead(web.app)).toEqual(before.head);
    expect(await holdersByShare(web.app)).toEqual(before.holders);

    // With the members' special resolution, and the solvency statement made in the 15 days before it, the surrender is recorded.
    const special = await passSpecialResolution(web.app, COMPANY, '2024-03-01', [{ action: 'cancellation', shareNumber: 31 }]);
    await page.goto('/share-changes?kind=cancellation');
    await page.getByLabel('Share number').fill('31');
    await page.getByLabel('Surrendered (a reduction of capital)', { exact: true }).check();
    await page.getByLabel('Date of cancellation').fill('2024-03-05');
    await statement.fill('2024-02-20');
    await page.getByLabel('Authorising resolution').selectOption(special);
    expect(await submit(page, 'Record the cancellation')).toBe(303);
    expect((await holdersByShare(web.app)).has(31)).toBe(false);
    await context.close();
  });

  it('articles: a share number the item cannot name is refused beside its field, and no meeting is called', async () => {
    const before = (await get('meetings')).body.length as number;
    const { context, page } = await web.session('secretary');
    await page.goto('/meetings');
    await page.getByRole('radio', { name: 'Board meeting' }).check();
    await page.getByLabel('Date the meeting is held').fill('2024-03-01');
    await page.getByLabel('Item 1: text of the resolution').fill('THAT shares be allotted.');
    await page.getByLabel('Item 1: authorises a share change (optional)').selectOption('allotment');
    await page.getByLabel('Item 1: of share numbers').fill('thirty-eight');
    expect(await submit(page, 'Call the meeting')).toBe(422);
    expect(await page.locator('#item1AuthorisesShares-error').textContent()).toContain('Enter the share numbers item 1 authorises the change of');
    expect(await page.getByLabel('Item 1: of share numbers').inputValue()).toBe('thirty-eight');
    expect((await get('meetings')).body.length).toBe(before);
    await context.close();
  });
});

describe('a resolution proposed at a meeting on the resolutions form', () => {
  it('one-item meetings: the form says it is a meeting record of its own, and proposing one on the day of a board meeting already recorded says so, pointing to the meetings form', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/resolutions');
    expect(await page.locator('#separate-meeting').textContent()).toContain('is the one item of a meeting record of its own');
    expect(await page.locator('#separate-meeting a').getAttribute('href')).toBe('/meetings#item1Text');

    const heldOn = '2024-04-10';
    const first = await web.app.http.post(`${C}/meetings`).set(web.app.auth('secretary')).send({ kind: 'board', heldOn, items: [{ text: 'THAT the budget be approved.' }] }).expect(201);
    const firstReference = ((await get(`meetings/${first.body.meetingId}`)).body as { reference: string }).reference;
    await page.getByRole('radio', { name: "The board's" }).check();
    await page.getByRole('radio', { name: 'At a meeting' }).check();
    await page.getByLabel('Text of the resolution').fill('THAT the allotment of share 38 be approved.');
    await page.getByLabel('Date of the meeting (at a meeting)').fill(heldOn);
    expect(await submit(page, 'Propose the resolution')).toBe(303);
    const banner = await page.locator('.nhsuk-notification-banner').textContent();
    expect(banner).toContain('It is the one item of a separate meeting record');
    expect(banner).toContain(`a board meeting is already recorded for that day (${firstReference})`);
    await context.close();
  });
});

describe('the authorising resolutions offered for a share change', () => {
  it('SH-1, articles: each is labelled with its body and shares, and one chosen for another share is refused naming what is needed and what it authorises instead', async () => {
    const seeded = ((await get('resolutions')).body as { resolutionId: string; reference: string; authorises: { action: string }[] }[]).find((r) => r.authorises.filter((a) => a.action === 'allotment').length === 37)!;
    const { context, page } = await web.session('secretary');
    await page.goto('/share-changes?kind=allotment');
    const options = await page.locator('#authorisedBy option').allTextContents();
    expect(options).toContain(`${seeded.reference} (board resolution) — the allotment of shares 1 to 37`);

    // Share 31 was surrendered above: practice 31 may receive share 38, but the seed's resolution names shares 1 to 37 only.
    const before = { head: await ledgerHead(web.app), holders: await holdersByShare(web.app) };
    await page.getByLabel('Share number (optional)').fill('38');
    await page.getByLabel('Practice', { exact: true }).selectOption('practice-z00031');
    await page.getByLabel('Date of allotment').fill('2024-03-10');
    await page.getByLabel('Authorising resolution').selectOption(seeded.resolutionId);
    expect(await submit(page, 'Record the allotment')).toBe(422);
    expect(await page.locator('#authorisedBy-error').textContent()).toContain(
      `The articles need a board resolution that authorises the allotment of share 38, passed by 10 March 2024: ${seeded.reference} authorises the allotment of shares 1 to 37 instead`,
    );
    expect(await ledgerHead(web.app)).toEqual(before.head);
    expect(await holdersByShare(web.app)).toEqual(before.holders);
    await context.close();
  });
});

describe('a buy-back through the cancellation form', () => {
  it('SH-4 (CIC): a price above the share\'s paid-up value is refused beside the price and nothing is recorded; at £1.00 the buy-back is recorded with its price', async () => {
    const seller = (await holdersByShare(web.app)).get(20)!;
    const approved = await passSpecialResolution(web.app, COMPANY, '2024-06-03', [{ action: 'cancellation', shareNumber: 20 }], { leaveOut: [seller], text: 'THAT the contract to buy back share 20 for £1 be approved.' });
    const { context, page } = await web.session('secretary');
    await page.goto('/share-changes?kind=cancellation');
    const fill = async (price: string) => {
      await page.getByLabel('Share number').fill('20');
      await page.getByLabel('Bought back', { exact: true }).check();
      await page.getByLabel('Date of cancellation').fill('2024-06-04');
      await page.getByLabel('Price paid (£, buy-back only)').fill(price);
      await page.getByLabel('Authorising resolution').selectOption(approved);
    };
    const before = { head: await ledgerHead(web.app), holders: await holdersByShare(web.app) };
    // A price given with another reason is refused beside it.
    await fill('0.50');
    await page.getByLabel('Cancelled (a reduction of capital)', { exact: true }).check();
    expect(await submit(page, 'Record the cancellation')).toBe(422);
    expect(await page.locator('#price-error').textContent()).toContain('for a buy-back only; leave it blank for another reason');
    await fill('1.01');
    expect(await submit(page, 'Record the cancellation')).toBe(422);
    expect(await page.locator('#price-error').textContent()).toContain('The price, £1.01, is more than the £1.00 the share is paid up to');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await ledgerHead(web.app)).toEqual(before.head);
    expect(await holdersByShare(web.app)).toEqual(before.holders);
    await fill('1.00');
    expect(await submit(page, 'Record the cancellation')).toBe(303);
    const history = (await get('register?include=history&status=former&limit=1000')).body as { members: { memberId: string; sharesHeld: { shareNumber: number; disposalPricePence?: number }[] }[] };
    expect(history.members.find((m) => m.memberId === seller)!.sharesHeld).toEqual([expect.objectContaining({ shareNumber: 20, disposalPricePence: 100 })]);
    await context.close();
  });
});

describe('the certificate register', () => {
  it('SH-2: a share whose holding has a certificate in force is not offered for issue', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/certificates');
    await page.locator('#issue-shareNumber').selectOption('5');
    await page.locator('#issue-issuedOn').fill('2024-05-01');
    expect(await submit(page, 'Record the certificate')).toBe(303);
    const offered = await page.locator('#issue-shareNumber option').evaluateAll((options) => options.map((o) => o.getAttribute('value')));
    expect(offered).not.toContain('5');
    expect(offered).toContain('6');
    await context.close();
  });
});
