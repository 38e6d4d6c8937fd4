import { passBoardResolution, passSpecialResolution } from '../support/authority';
import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { seriousViolations, submit, useWebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;
const web = useWebHarness();

/** A members' ordinary resolution passed at a general meeting on 2024-06-20 (two votes for); its reference. */
async function passMembersResolution(): Promise<{ id: string; reference: string }> {
  const secretary = web.app.auth('secretary');
  const proposed = await web.app.http.post(`${C}/resolutions`).set(secretary)
    .send({ kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: '2024-06-01', meetingOn: '2024-06-20', text: 'THAT a final dividend of £20,000 be declared (synthetic).' }).expect(201);
  for (const member of proposed.body.entitled.slice(0, 2) as { memberId: string }[]) {
    await web.app.http.post(`${C}/resolutions/${proposed.body.resolutionId}/votes`).set(secretary).send({ memberId: member.memberId, vote: 'for' }).expect(201);
  }
  return { id: proposed.body.resolutionId, reference: proposed.body.reference };
}

describe('the dividends page', () => {
  it('CI-3: the secretary declares a dividend through the form and sees it listed with the year\'s cap (35%) and headroom in £; an error re-shows the form as typed with the message by the field, writing nothing', async () => {
    const { context, page } = await web.session('secretary');
    // With no members' resolution passed there is none to choose: the page says so and where to propose one.
    await page.goto('/dividends');
    expect(await page.locator('#no-approving-resolution a').getAttribute('href')).toBe('/resolutions');
    const resolution = await passMembersResolution();
    const board = await passBoardResolution(web.app, COMPANY, '2024-06-21', []);
    const buyBack = await passSpecialResolution(web.app, COMPANY, '2024-06-21', [{ action: 'cancellation', shareNumber: 6 }]);
    await page.goto('/dividends');
    expect(await page.locator('#no-approving-resolution').count()).toBe(0);
    // A board resolution is not offered: it never approves a dividend; nor is a members' resolution authorising changes to the shares.
    const offered = await page.locator('select#resolutionId option').evaluateAll((options) => options.map((o) => o.getAttribute('value')));
    expect(offered).toContain(resolution.id);
    expect(offered).not.toContain(board);
    expect(offered).not.toContain(buyBack);

    await page.getByLabel('Date the dividend was declared').fill('2024-07-01');
    await page.getByLabel('Last day of the financial year it is paid out of').fill('2023-09-30');
    await page.getByLabel('Distributable profits of that year').fill('100,000.00');
    await page.getByLabel('Total dividend declared').fill('20000');
    await page.getByLabel('Resolution of the members that approved it').selectOption(resolution.id);
    await page.getByLabel('Article that allows dividends').fill('Article 36 (synthetic)');
    await page.getByLabel("The company's articles allow it to pay dividends, by the article above").check();
    expect(await submit(page, 'Record the dividend')).toBe(303);
    expect(await page.locator('.nhsuk-notification-banner').textContent()).toContain('Dividend of £20,000.00 declared on 1 July 2024 recorded');
    const year = (await page.locator('#years tbody tr').first().innerText()).replace(/\s+/g, ' ');
    for (const shown of ['30 September 2023', '£100,000.00', '£35,000.00', '£20,000.00', '£15,000.00']) expect(year).toContain(shown);
    const declared = (await page.locator('#declarations tbody tr').first().innerText()).replace(/\s+/g, ' ');
    for (const shown of ['1 July 2024', '£20,000.00', resolution.reference, 'Article 36 (synthetic)']) expect(declared).toContain(shown);
    expect(await seriousViolations(page)).toEqual([]);

    // 1p over what is left under the cap: refused beside the total, in £, everything typed kept; nothing written.
    const head = await ledgerHead(web.app);
    await page.getByLabel('Date the dividend was declared').fill('2024-07-15');
    await page.getByLabel('Last day of the financial year it is paid out of').fill('2023-09-30');
    await page.getByLabel('Distributable profits of that year').fill('100000.00');
    await page.getByLabel('Total dividend declared').fill('15000.01');
    await page.getByLabel('Resolution of the members that approved it').selectOption(resolution.id);
    await page.getByLabel('Article that allows dividends').fill('Article 36 (synthetic)');
    await page.getByLabel("The company's articles allow it to pay dividends, by the article above").check();
    expect(await submit(page, 'Record the dividend')).toBe(422);
    expect(await page.locator('.nhsuk-error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['#total']);
    const message = await page.locator('#total-error').textContent();
    expect(message).toContain('A dividend of £15,000.01 would take the year\'s dividends over the cap of £35,000.00 (35% of its distributable profits)');
    expect(message).toContain('£15,000.00 is left to declare');
    expect(await page.getByLabel('Total dividend declared').inputValue()).toBe('15000.01');
    expect(await page.getByLabel('Date the dividend was declared').inputValue()).toBe('2024-07-15');
    expect(await page.getByLabel('Article that allows dividends').inputValue()).toBe('Article 36 (synthetic)');
    expect(await page.getByLabel('Resolution of the members that approved it').inputValue()).toBe(resolution.id);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await ledgerHead(web.app)).toEqual(head);

    // CI-3, s.390: 31 March is not the end of one of the company's financial years (30 September): refused beside the field, naming the nearest.
    await page.getByLabel('Last day of the financial year it is paid out of').fill('2024-03-31');
    await page.getByLabel('Total dividend declared').fill('1.00');
    expect(await submit(page, 'Record the dividend')).toBe(422);
    expect(await page.locator('.nhsuk-error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['#financialYearEnd']);
    expect(await page.locator('#financialYearEnd-error').textContent()).toContain('The company’s financial years end on 30 September (or on a day the directors choose up to 7 days either side of it): the nearest are 30 September 2023 and 30 September 2024');
    expect(await page.getByLabel('Last day of the financial year it is paid out of').inputValue()).toBe('2024-03-31');
    expect(await ledgerHead(web.app)).toEqual(head);
    await page.getByLabel('Last day of the financial year it is paid out of').fill('2023-09-30');

    // The articles not confirmed: refused beside the box; an amount that is not one, beside its field.
    await page.getByLabel("The company's articles allow it to pay dividends, by the article above").uncheck();
    await page.getByLabel('Total dividend declared').fill('1.00');
    expect(await submit(page, 'Record the dividend')).toBe(422);
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('may pay a dividend only where its articles allow it');
    await page.getByLabel('Total dividend declared').fill('twelve pounds');
    expect(await submit(page, 'Record the dividend')).toBe(422);
    expect(await page.locator('#total-error').textContent()).toContain('Enter the total dividend in pounds and pence');
    expect(await page.getByLabel('Total dividend declared').inputValue()).toBe('twelve pounds');
    expect(await ledgerHead(web.app)).toEqual(head);
    await context.close();
  });

  it('CI-3: the dividends are listed by the day declared, not the order recorded; the page takes no financialYearEnd, and says so rather than fail', async () => {
    const [first] = (await web.app.http.get(`${C}/dividends`).set(web.app.auth('board')).expect(200)).body.declarations as { resolutionId: string }[];
    // An interim dividend declared on 25 June 2024, recorded after the final one of 1 July 2024.
    await web.app.http.post(`${C}/dividends`).set(web.app.auth('secretary'))
      .send({ declaredOn: '2024-06-25', financialYearEnd: '2023-09-30', distributableProfitsPence: 10_000_000, totalPence: 100, resolutionId: first!.resolutionId, articlesAllowDividends: true, articlesClause: 'Article 36 (synthetic)' }).expect(201);
    const { context, page } = await web.session('auditor');
    await page.goto('/dividends');
    const declaredOn = await page.locator('#declarations tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelector('td')?.textContent ?? ''));
    expect(declaredOn.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([expect.stringContaining('25 June 2024'), expect.stringContaining('1 July 2024')]);
    const refused = await page.goto('/dividends?financialYearEnd=2025-03-31');
    expect(refused!.status()).toBe(400);
    expect(await page.locator('main').textContent()).toContain("'financialYearEnd' is not a parameter of this address");
    await context.close();
  });

  it('CI-3: board members and auditors see the dividends and each year\'s figures, and no form', async () => {
    for (const role of ['board', 'auditor'] as const) {
      const { context, page } = await web.session(role);
      await page.goto('/dividends');
      expect(await page.locator('h1').textContent()).toBe('Dividends');
      expect(await page.locator('#years tbody tr').first().innerText()).toContain('£35,000.00');
      expect(await page.locator('form[method="post"][action="/dividends"]').count()).toBe(0);
      expect(await page.locator('header a[href="/dividends"]').count()).toBeGreaterThan(0);
      await context.close();
    }
  });
});
