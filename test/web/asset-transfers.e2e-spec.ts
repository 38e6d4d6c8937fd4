import type { Page } from 'playwright-core';
import { nameAssetLockedBodies } from '../support/asset-lock';
import { passSpecialResolution } from '../support/authority';
import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { seriousViolations, submit, useWebHarness, wordsShown } from './browser';

const web = useWebHarness();

/** Fills the record form; the recipient's kind by its label. */
async function fill(page: Page, values: { transferredOn: string; description: string; recipientName: string; kind: RegExp; namedBody?: string; registration?: string; marketValue: string; consideration: string; consentReference?: string; consentOn?: string; benefit?: string }) {
  await page.getByLabel('Date of the transfer').fill(values.transferredOn);
  await page.getByLabel('What was transferred').fill(values.description);
  await page.getByLabel('Name of the recipient').fill(values.recipientName);
  await page.getByLabel(values.kind).check();
  if (values.namedBody) await page.getByLabel(/Which body the articles name/).selectOption(values.namedBody);
  if (values.registration) await page.getByLabel(/Company or charity number/).fill(values.registration);
  await page.getByLabel('Market value (£)').fill(values.marketValue);
  await page.getByLabel('Consideration received (£)').fill(values.consideration);
  if (values.consentReference) await page.getByLabel(/Reference of the Regulator’s consent/).fill(values.consentReference);
  if (values.consentOn) await page.getByLabel(/Date of the Regulator’s consent/).fill(values.consentOn);
  if (values.benefit) await page.getByLabel(/How the transfer benefits the community/).fill(values.benefit);
}

/** The register's rows (the transfers' table) as their cells' text, the responsive headings left out. */
async function rows(page: Page): Promise<string[][]> {
  // A string, evaluated in the page: this project's TypeScript has no DOM types (innerText keeps a line break as one).
  return (await page.evaluate('[...document.querySelectorAll("#transfers tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.lastElementChild ?? td).innerText.replace(/\\s+/g, " ").trim()))')) as string[][];
}

describe('the register of asset transfers page', () => {
  it('CI-2, CI-6: the secretary records transfers through the form and sees each listed with its ground and the value below full value in pounds; a year gives its total (CI-5)', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/asset-transfers');
    expect(await page.locator('h1').textContent()).toBe('Register of asset transfers');
    // CI-2: the articles name no body yet: the form says so, and that a transfer to a CIC or charity needs the Regulator's consent.
    expect(await page.getByLabel(/Which body the articles name/).count()).toBe(0);
    expect(await page.locator('#no-named-body').textContent()).toContain('The articles name no asset-locked body');
    // From 1 January 2024 they name Example Community Trust (asset-locked-bodies.e2e-spec.ts records a change through the form).
    await nameAssetLockedBodies(web.app, '2024-01-01', [{ name: 'Example Community Trust', registrationNumber: '1234567' }], { passedOn: '2023-12-01' });
    await page.goto('/asset-transfers');
    // The body is chosen from those the articles name; the name typed gives way to theirs.
    await fill(page, { transferredOn: '2024-06-30', description: 'Clinical equipment from the Mile End hub', recipientName: '', kind: /named in the articles/, namedBody: '1234567', marketValue: '12,500.00', consideration: '2500' });
    expect(await submit(page, 'Record the transfer')).toBe(303);
    expect(page.url()).toMatch(/\/asset-transfers$/);
    expect(await page.locator('.nhsuk-notification-banner').textContent()).toContain('to an asset-locked body named in the articles');

    await fill(page, { transferredOn: '2024-09-30', description: 'A consulting room’s furniture', recipientName: 'Example Health CIC', kind: /Another asset-locked body/, registration: ' sc012345 ', marketValue: '£800.50', consideration: '0', consentReference: 'CIC/AL/0042', consentOn: '2024-09-01' });
    expect(await submit(page, 'Record the transfer')).toBe(303);

    expect(await rows(page)).toEqual([
      ['30 June 2024', 'Clinical equipment from the Mile End hub', 'Example Community Trust (No. 1234567) An asset-locked body named in the articles', '£12,500.00', '£2,500.00', '£10,000.00', 'To an asset-locked body named in the articles'],
      ['30 September 2024', 'A consulting room’s furniture', 'Example Health CIC (No. SC012345) Another asset-locked body (a CIC or a charity)', '£800.50', '£0.00', '£800.50', 'To another asset-locked body, with the Regulator’s consent: consent CIC/AL/0042 of 1 September 2024'],
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await wordsShown(page, ['/asset-transfers'])).toEqual([]);

    // CI-5: the financial year to 30 September 2024 holds both; its total below full consideration is the CIC34 figure.
    await page.getByLabel('Last day of a financial year (optional)').fill('2024-09-30');
    await page.getByRole('button', { name: 'Show the year' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#year-total').textContent()).toBe('Value transferred below full consideration from 1 October 2023 to 30 September 2024: £10,800.50');
    await page.goto('/asset-transfers?financialYearEnd=2023-09-30');
    expect(await page.locator('#year-total').textContent()).toContain('£0.00');
    expect(await rows(page)).toEqual([['No transfer of the company’s assets is recorded for this period.']]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('CI-2: a transfer the asset lock forbids is refused beside the field it needs, the form shown again with what was typed, and nothing is written', async () => {
    const head = await ledgerHead(web.app);
    const { context, page } = await web.session('secretary');
    await page.goto('/asset-transfers');
    const typed = { transferredOn: '2025-01-15', description: 'Spirometers', recipientName: 'Example Surgery', kind: /Not asset-locked/, marketValue: '3,000.00', consideration: '1000' };
    await fill(page, typed);
    expect(await submit(page, 'Record the transfer')).toBe(422);
    const summary = page.locator('.nhsuk-error-summary');
    expect(await summary.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['#communityBenefit']);
    expect(await page.locator('#communityBenefit-error').textContent()).toContain('The asset lock forbids this transfer');
    expect(await page.getByLabel('What was transferred').inputValue()).toBe('Spirometers');
    expect(await page.getByLabel('Name of the recipient').inputValue()).toBe('Example Surgery');
    expect(await page.getByLabel('Market value (£)').inputValue()).toBe('3,000.00');
    expect(await page.getByLabel('Consideration received (£)').inputValue()).toBe('1000');
    expect(await page.getByLabel('Date of the transfer').inputValue()).toBe('2025-01-15');
    expect(await page.getByLabel(/Not asset-locked/).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // CI-1: a benefit stated to go only to the member practices is refused beside whom it goes to, the choice kept.
    await page.getByLabel(/How the transfer benefits the community/).fill('Spirometers for the member practices');
    // Stated without saying whom it goes to, the form asks.
    expect(await submit(page, 'Record the transfer')).toBe(422);
    expect(await page.locator('#communityBenefitTo-error').textContent()).toContain('Choose whom the benefit goes to');
    expect(await page.getByLabel(/How the transfer benefits the community/).inputValue()).toBe('Spirometers for the member practices');
    await page.getByLabel(/Only the members of a particular body/).check();
    expect(await submit(page, 'Record the transfer')).toBe(422);
    expect(await page.locator('.nhsuk-error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['#communityBenefitTo']);
    expect(await page.locator('#communityBenefitTo-error').textContent()).toContain('only to the members of a particular body (such as the company’s member practices) is not a benefit to the community');
    expect(await page.getByLabel(/Only the members of a particular body/).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    // A benefit to the community is a ground for the rest (CI-6 still asks consent of an asset-locked body the articles do not name).
    await page.getByLabel(/The community, or a section of it/).check();

    // CI-2, CI-6: a recipient's number that is no company or charity number is refused beside its field, all typed kept.
    await page.getByLabel(/Another asset-locked body/).check();
    await page.getByLabel(/Company or charity number/).fill('!!');
    expect(await submit(page, 'Record the transfer')).toBe(422);
    expect(await page.locator('.nhsuk-error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['#recipientRegistrationNumber']);
    expect(await page.locator('#recipientRegistrationNumber-error').textContent()).toContain('Enter a company number of 8 characters, such as 01234567 or SC123456');
    expect(await page.getByLabel(/Company or charity number/).inputValue()).toBe('!!');
    expect(await page.getByLabel('Name of the recipient').inputValue()).toBe('Example Surgery');
    expect(await page.getByLabel('Market value (£)').inputValue()).toBe('3,000.00');
    expect(await page.getByLabel(/Another asset-locked body/).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // CI-2: a body named in the articles, for a transfer dated before they named it, is refused beside the choice of recipient, the body kept chosen.
    await page.getByLabel(/named in the articles/).check();
    await page.getByLabel(/Which body the articles name/).selectOption('1234567');
    await page.getByLabel('Date of the transfer').fill('2023-06-30');
    expect(await submit(page, 'Record the transfer')).toBe(422);
    expect(await page.locator('#recipientKind-error').textContent()).toContain('On 30 June 2023 the articles name no asset-locked body: a transfer below full value to another asset-locked body (a CIC or a charity) needs the CIC Regulator’s consent instead');
    expect(await page.getByLabel(/Which body the articles name/).inputValue()).toBe('1234567');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Date of the transfer').fill('2025-01-15');
    await page.getByLabel(/Another asset-locked body/).check();

    // CI-6: to another asset-locked body, below full value, without the Regulator's consent.
    await page.getByLabel(/Company or charity number/).fill('1234567');
    expect(await submit(page, 'Record the transfer')).toBe(422);
    expect(await page.locator('#regulatorConsentReference-error').textContent()).toContain('needs the consent of the Regulator');

    // An amount that is not pounds is asked for again in pounds, beside its field.
    await page.getByLabel('Market value (£)').fill('three thousand');
    expect(await submit(page, 'Record the transfer')).toBe(422);
    expect(await page.locator('#marketValue-error').textContent()).toContain('Enter the market value in pounds');
    expect(await page.getByLabel('Market value (£)').inputValue()).toBe('three thousand');
    // One too large for the form says how much it can take.
    await page.getByLabel('Market value (£)').fill('90,000,000,000,000');
    expect(await submit(page, 'Record the transfer')).toBe(422);
    expect(await page.locator('#marketValue-error').textContent()).toContain('up to £9,999,999,999,999.99');
    expect(await ledgerHead(web.app)).toEqual(head);
    await context.close();
  });

  it('CI-1: whom a benefit goes to, chosen with no benefit stated (a radio cannot be cleared), is not sent: a sale at full value is recorded without it', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/asset-transfers');
    await fill(page, { transferredOn: '2025-02-03', description: 'A used autoclave, sold', recipientName: 'Example Surgery', kind: /Not asset-locked/, marketValue: '400', consideration: '400' });
    await page.getByLabel(/Only the members of a particular body/).check();
    expect(await submit(page, 'Record the transfer')).toBe(303);
    expect(await page.locator('.nhsuk-notification-banner').textContent()).toContain('full consideration');
    const listed = (await web.app.http.get(`/api/companies/${COMPANY}/asset-transfers`).set(web.app.auth('board')).expect(200)).body.transfers as { description: string; communityBenefitTo: string | null }[];
    expect(listed.find((t) => t.description === 'A used autoclave, sold')).toMatchObject({ communityBenefitTo: null });
    await context.close();
  });

  it.each(['board', 'auditor'] as const)('a %s sees the register but no form', async (role) => {
    const { context, page } = await web.session(role);
    await page.goto('/asset-transfers');
    expect(await page.locator('h1').textContent()).toBe('Register of asset transfers');
    expect(await page.getByRole('button', { name: 'Record the transfer' }).count()).toBe(0);
    expect(await page.locator('form[method="post"][action="/asset-transfers"]').count()).toBe(0);
    // A last day of a financial year that is no date is a 400 page saying so, never another year.
    const refused = await page.goto('/asset-transfers?financialYearEnd=2025-02-30');
    expect(refused!.status()).toBe(400);
    expect(await page.locator('main').textContent()).toContain('as a real date');
    // CI-5, s.390: 31 March ends none of the company's financial years (they end on 30 September): a 422 page naming the nearest.
    const march = await page.goto('/asset-transfers?financialYearEnd=2025-03-31');
    expect(march!.status()).toBe(422);
    expect(await page.locator('main').textContent()).toContain('The company’s financial years end on 30 September (or on a day the directors choose up to 7 days either side of it): the nearest are 30 September 2024 and 30 September 2025');
    await context.close();
  });

  it('CI-5, s.390(3): once a dividend records the year as ending on 3 October 2025, the next year runs from 4 October, and 30 September 2025 is a 422 page naming the day the year ended', async () => {
    const api = `/api/companies/${COMPANY}`;
    const resolutionId = await passSpecialResolution(web.app, COMPANY, '2025-09-01', [], { text: 'THAT a final dividend be declared (synthetic).' });
    await web.app.http.post(`${api}/dividends`).set(web.app.auth('secretary')).send({
      declaredOn: '2025-11-14', financialYearEnd: '2025-10-03', distributableProfitsPence: 10_000_000, totalPence: 1_000, resolutionId, articlesAllowDividends: true, articlesClause: 'Article 36 (synthetic)',
    }).expect(201);
    const { context, page } = await web.session('auditor');
    await page.goto('/asset-transfers?financialYearEnd=2026-09-30');
    expect(await page.locator('#year-total').textContent()).toContain('from 4 October 2025 to 30 September 2026');
    const refused = await page.goto('/asset-transfers?financialYearEnd=2025-09-30');
    expect(refused!.status()).toBe(422);
    expect(await page.locator('main').textContent()).toContain('The company’s financial year for the period to 30 September 2025 ended on 3 October 2025, as recorded, not on 30 September 2025: give 3 October 2025');
    await context.close();
  });
});
