import type { Page } from 'playwright-core';
import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { seriousViolations, submit, useWebHarness, wordsShown } from './browser';

const web = useWebHarness();
const C = `/api/companies/${COMPANY}`;

/** The text of `selector`, its spaces closed up. */
const textOf = async (page: Page, selector: string) => (await page.locator(selector).textContent())!.replace(/\s+/g, ' ').trim();

/** The rows of the page's history of where the register is kept, cell by cell. */
const historyRows = (page: Page) =>
  page.locator('#kept-at-history tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));

describe('where the register of members is kept (RM-7, EC-6)', () => {
  it('RM-7, EC-6: the register page says the company\'s own register until an election; Companies House from the election\'s day; the company\'s again from 18 November 2025', async () => {
    const { context, page } = await web.session('board');
    const keptAt = async (asAt: string) => {
      await page.goto(`/register?asAt=${asAt}`);
      return (await textOf(page, '#register-kept-at')).replace(/ Where it has been kept$/, '');
    };
    expect(await keptAt('2020-01-01')).toBe('The register is kept by the company at its registered office (s.114).');

    const members = (await web.app.http.get(`${C}/register?asAt=2017-06-01&status=current`).set(web.app.auth('secretary')).expect(200)).body.members as { memberId: string }[];
    await web.app.http.post(`${C}/register-of-members/central-register-election`).set(web.app.auth('secretary'))
      .send({ effectiveOn: '2017-06-01', action: 'elect', assentedBy: members.map((m) => m.memberId) }).expect(201);

    expect(await keptAt('2017-05-31')).toBe('The register is kept by the company at its registered office (s.114).');
    expect(await keptAt('2020-01-01')).toBe("The members' information has been kept at Companies House since 1 June 2017 (s.128B election).");
    expect(await keptAt('2025-11-18')).toBe('The register is kept by the company at its registered office (s.114).');
    // The board reads the history (from the register page's link) and has no form.
    await page.getByRole('link', { name: 'Where it has been kept' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await historyRows(page)).toEqual([
      ['From 1 June 2017', 'Change Election to keep the members’ information at Companies House (s.128B) (37 members assenting)'],
      ['From 18 November 2025', 'Change Election ended when the Economic Crime and Corporate Transparency Act 2023 removed the option: the company keeps its own register again'],
    ]);
    expect(await page.locator('form[action="/register/kept-at"]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('RM-7: the secretary records a withdrawal and an election from the page; an election without every member\'s assent, or after ECCTA removed the option, is refused beside its field and writes nothing', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/register/kept-at');
    expect(await wordsShown(page, ['/register/kept-at'])).toEqual([]);

    // s.128J: the election of 1 June 2017 (the test before) withdrawn on 1 March 2019.
    await page.getByLabel(/The withdrawal of the election in force/).check();
    await page.getByLabel('Date Companies House registered the notice').fill('2019-03-01');
    expect(await submit(page, 'Record')).toBe(303);
    expect(await textOf(page, '.nhsuk-notification-banner')).toContain('The withdrawal of the election of 1 March 2019 is recorded.');

    // s.128B(2)(a): an election without the box ticked is refused beside it, nothing sent.
    const head = await ledgerHead(web.app);
    await page.getByLabel(/An election to keep the members' information at Companies House/).check();
    await page.getByLabel('Date Companies House registered the notice').fill('2021-04-01');
    expect(await submit(page, 'Record')).toBe(422);
    expect(await page.locator('.nhsuk-error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['#everyMemberAssented']);
    expect(await textOf(page, '#everyMemberAssented-error')).toContain('An election needs the assent of every member on the register on its day');
    expect(await page.getByLabel('Date Companies House registered the notice').inputValue()).toBe('2021-04-01');
    expect(await seriousViolations(page)).toEqual([]);

    // EC-6: dated after the option was removed, refused beside the date, the box kept ticked.
    await page.getByLabel(/Every member on the register on that day assented/).check();
    await page.getByLabel('Date Companies House registered the notice').fill('2026-01-15');
    expect(await submit(page, 'Record')).toBe(422);
    expect(await textOf(page, '#effectiveOn-error')).toContain('Since 18 November 2025 a company can no longer elect');
    expect(await page.getByLabel(/Every member on the register on that day assented/).isChecked()).toBe(true);
    expect(await ledgerHead(web.app)).toEqual(head);

    // With every member's assent, the election of 1 April 2021 is recorded with the 37 members on the register that day.
    await page.getByLabel('Date Companies House registered the notice').fill('2021-04-01');
    expect(await submit(page, 'Record')).toBe(303);
    expect(await textOf(page, '.nhsuk-notification-banner')).toContain('The election of 1 April 2021 is recorded.');
    expect((await historyRows(page)).map((r) => r[1])).toEqual([
      'Change Election to keep the members’ information at Companies House (s.128B) (37 members assenting)',
      'Change Election withdrawn: the company keeps its own register again (s.128J)',
      'Change Election to keep the members’ information at Companies House (s.128B) (37 members assenting)',
      'Change Election ended when the Economic Crime and Corporate Transparency Act 2023 removed the option: the company keeps its own register again',
    ]);
    const read = (await web.app.http.get(`${C}/register-of-members/central-register-election?asAt=2022-01-01`).set(web.app.auth('auditor')).expect(200)).body;
    expect([read.keptAt, read.electedOn, read.history.at(-1).assentedBy.length]).toEqual(['companies-house', '2021-04-01', 37]);
    await context.close();
  }, 180_000);
});
