import { readFileSync } from 'node:fs';
import { addDays } from '#domain';
import { formatDate } from '#reports';
import { today } from '../../apps/api/src/common/today';
import { flat, pageTexts } from '../../libs/reports/test/read-pdf';
import { passBoardResolution } from '../support/authority';
import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { seriousViolations, submit, useWebHarness } from './browser';

const web = useWebHarness();

const PAGES = ['/meetings', '/officers', '/company', '/inspection', '/home'];
/** Forms in the page's main content that send a POST (the header's sign-out form is not one of them). */
const writeForms = (page: import('playwright-core').Page) => page.locator('main form[method="post"]').count();

describe('meetings through the forms', () => {
  it('MA-2, FR-2: the secretary calls a board meeting with an item, records attendance and votes, sees the item passed and downloads the minutes naming the meeting', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/meetings');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Board meeting' }).check();
    await page.getByLabel('Date the meeting is held').fill('2026-06-10');
    await page.getByLabel('Item 1: text of the resolution').fill('THAT the annual budget be approved.');
    await page.getByRole('button', { name: 'Call the meeting' }).click();
    await page.waitForURL(/\/meetings\/[^/]+$/);
    const reference = (await page.locator('h1').textContent())!.trim().split(' ').pop()!;
    expect(reference).toMatch(/^BM-2026-\d{2}$/);
    expect(await page.getByText(`Meeting ${reference} called, with 1 item.`).count()).toBe(1);

    const directors = page.locator('input[name="directorId"]');
    const count = await directors.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < count; i++) await directors.nth(i).check();
    await page.getByRole('button', { name: 'Record attendance' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.getByText(`Attendance recorded: ${count} recorded now; ${count} present at the sitting in all.`).count()).toBe(1);
    expect(await page.getByRole('heading', { name: /Sitting on 10 June 2026: quorate/ }).count()).toBe(1);

    const who = page.getByLabel('Item 1: who votes (present at the sitting)');
    const names = (await who.locator('option').allTextContents()).slice(1);
    expect(names).toHaveLength(count);
    for (const name of names) {
      await who.selectOption({ label: name });
      await page.getByRole('radio', { name: 'For', exact: true }).check();
      await page.getByRole('button', { name: 'Record the vote on item 1' }).click();
      await page.waitForLoadState('domcontentloaded');
      expect(await page.getByText('Vote recorded.').count()).toBe(1);
    }
    expect(await page.getByRole('heading', { name: /^Item 1 \(.+\): passed on 10 June 2026$/ }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download minutes (PDF)' }).click()]);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(flat((await pageTexts(pdf)).join(' '))).toContain(reference);

    // A meeting recorded now but held earlier takes its place by the day it was held: the latest first.
    await web.app.http.post(`/api/companies/${COMPANY}/meetings`).set(web.app.auth('secretary')).send({ kind: 'board', heldOn: '2024-01-10', items: [{ text: 'THAT the order of the list be kept (synthetic).' }] }).expect(201);
    await page.goto('/meetings');
    const held = (await page.locator('main table tbody tr td:nth-child(3) > span:last-child').allTextContents()).map((text) => text.trim().slice(0, 10));
    expect(held.length).toBeGreaterThan(1);
    expect(held).toEqual([...held].sort().reverse());
    const row = page.locator('main table tbody tr', { hasText: reference });
    expect(await row.textContent()).toContain('Quorate');
    expect(await row.textContent()).toContain('passed');
    await page.goto('/resolutions');
    expect(await page.locator('main table tbody').textContent()).toMatch(/BR-2026-\d{2}/);
    await context.close();
  });

  it('MA-3: an adjournment without the day it is adjourned to is refused beside the field, and nothing is written', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/meetings');
    await page.locator('main table tbody tr a').first().click();
    await page.waitForURL(/\/meetings\/[^/]+$/);
    const before = await ledgerHead(web.app);
    await page.getByRole('button', { name: 'Adjourn the meeting' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#to-error').textContent()).toContain('Enter the later day the meeting is adjourned to');
    expect(await page.locator('.nhsuk-error-summary a').getAttribute('href')).toBe('#to');
    expect(await ledgerHead(web.app)).toEqual(before);
    await context.close();
  });
});

describe('officers through the forms', () => {
  it('EC-2, EC-4: the secretary appoints a director and the home page shows AP01 due in 14 days; the board sees month and year of birth only, and no forms', async () => {
    const on = today();
    const { context, page } = await web.session('secretary');
    await page.goto('/officers');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Director' }).check();
    await page.getByLabel('Full name').fill('Dr Nadia Example');
    await page.getByLabel('Service address', { exact: true }).fill('1 Practice Road, London E1 1AA');
    await page.getByLabel('Date of appointment').fill(on);
    await page.getByLabel('Date of birth (directors)').fill('1975-04-23');
    await page.getByLabel('Nationality (directors)').fill('British');
    await page.getByLabel('Country of residence (directors)').fill('England');
    await page.getByLabel('Occupation (directors)').fill('General practitioner');
    await page.getByLabel('Residential address', { exact: true }).fill('9 Home Street, London E2 2BB');
    await page.getByRole('button', { name: 'Appoint' }).click();
    await page.waitForURL('**/officers');
    expect(await page.getByText('Dr Nadia Example appointed director from').count()).toBe(1);
    const row = page.locator('main table', { hasText: 'Directors and secretaries in office' }).locator('tbody tr', { hasText: 'Dr Nadia Example' });
    expect(await row.textContent()).toContain('23 April 1975');
    expect(await row.textContent()).toContain('9 Home Street');
    expect(await page.locator('main').textContent()).toContain('Tell Companies House a director was appointed');

    await page.goto('/home');
    // The seed's own AP01s, never recorded here, are listed as overdue too: the new one is the one due 14 days after.
    const due = page.locator('main table tbody tr', { hasText: 'AP01' }).filter({ hasText: formatDate(addDays(on, 14)) });
    expect(await due.count()).toBe(1);
    expect(await due.textContent()).toContain('Tell Companies House a director was appointed');
    await context.close();

    const board = await web.session('board');
    for (const path of PAGES) {
      expect([path, (await board.page.goto(path))?.status()]).toEqual([path, 200]);
      expect([path, await writeForms(board.page)]).toEqual([path, 0]);
      expect([path, await seriousViolations(board.page)]).toEqual([path, []]);
    }
    await board.page.goto('/officers');
    const seen = await board.page.locator('main table', { hasText: 'Directors and secretaries in office' }).locator('tbody tr', { hasText: 'Dr Nadia Example' }).textContent();
    expect(seen).toContain('April 1975');
    expect(seen).not.toContain('1975-04');
    expect(seen).not.toContain('9 Home Street');
    expect(await board.page.getByRole('columnheader', { name: 'Residential address' }).count()).toBe(0);
    const meeting = await board.page.goto('/meetings');
    expect(meeting?.status()).toBe(200);
    await board.page.locator('main table tbody tr a').first().click();
    await board.page.waitForURL(/\/meetings\/[^/]+$/);
    expect(await writeForms(board.page)).toBe(0);
    await board.context.close();
  }, 300_000);

  it('EC-4: an appointment of a director without a date of birth is refused beside the field, and nothing is written', async () => {
    const before = await ledgerHead(web.app);
    const { context, page } = await web.session('secretary');
    await page.goto('/officers');
    await page.getByLabel('Full name').fill('Dr Missing Details');
    await page.getByLabel('Service address', { exact: true }).fill('1 Practice Road, London E1 1AA');
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Appoint' }).click()]);
    expect(response.status()).toBe(422);
    expect(await page.locator('#appoint-dateOfBirth-error').textContent()).toContain("Enter the director's date of birth");
    expect(await page.locator('.nhsuk-error-summary a').first().getAttribute('href')).toBe('#appoint-dateOfBirth');
    expect(await page.getByLabel('Full name').inputValue()).toBe('Dr Missing Details');
    expect(await ledgerHead(web.app)).toEqual(before);
    const officers = (await web.app.http.get(`/api/companies/${COMPANY}/officers`).set(web.app.auth('board'))).body as { name: string }[];
    expect(officers.some((o) => o.name === 'Dr Missing Details')).toBe(false);
    await context.close();
  });

  it('EC-4, s.277: a secretary is asked for no date of birth (the director\'s fields show under Director only); one given is refused beside the role, what was typed is kept, and nothing is written', async () => {
    const before = await ledgerHead(web.app);
    const { context, page } = await web.session('secretary');
    await page.goto('/officers');
    await page.getByRole('radio', { name: 'Director' }).check();
    await page.getByLabel('Date of birth (directors)').fill('1980-02-03');
    await page.getByRole('radio', { name: 'Secretary' }).check();
    expect(await page.getByLabel('Date of birth (directors)').isVisible()).toBe(false);
    await page.getByLabel('Full name').fill('Ms Sam Secretary');
    await page.getByLabel('Service address', { exact: true }).fill('1 Practice Road, London E1 1AA');
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Appoint' }).click()]);
    expect(response.status()).toBe(422);
    expect(await page.locator('#appoint-role-error').textContent()).toContain('takes no date of birth (s.277');
    expect(await page.locator('.nhsuk-error-summary a').first().getAttribute('href')).toBe('#appoint-role');
    expect(await page.getByLabel('Full name').inputValue()).toBe('Ms Sam Secretary');
    expect(await page.getByRole('radio', { name: 'Secretary' }).isChecked()).toBe(true);
    expect(await ledgerHead(web.app)).toEqual(before);

    await page.getByRole('radio', { name: 'Director' }).check();
    expect(await page.getByLabel('Date of birth (directors)').inputValue()).toBe('1980-02-03');
    await page.getByLabel('Date of birth (directors)').fill('');
    await page.getByRole('radio', { name: 'Secretary' }).check();
    await page.getByRole('button', { name: 'Appoint' }).click();
    await page.waitForURL('**/officers');
    expect(await page.getByText('Ms Sam Secretary appointed secretary from').count()).toBe(1);
    await context.close();
  });
});

describe('inspection and company particulars through the forms', () => {
  it('IN-2: the secretary records a request to inspect, sees its deadline 5 working days on, and records the answer', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/inspection');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Date received').fill('2026-11-02');
    await page.getByLabel("Requester's name").fill('A. Researcher');
    await page.getByLabel("Requester's address").fill('3 Library Lane, London E3 3CC');
    await page.getByLabel('Purpose of the request').fill('academic study of GP federations');
    await page.getByRole('button', { name: 'Record the request' }).click();
    await page.waitForURL('**/inspection');
    expect(await page.getByText('Request from A. Researcher recorded: answer by 9 November 2026.').count()).toBe(1);
    await page.getByLabel('Request', { exact: true }).selectOption({ label: 'A. Researcher, received 2 November 2026' });
    await page.getByLabel('Date answered').fill('2026-11-05');
    await page.getByRole('radio', { name: 'Complied: inspected or copy sent' }).check();
    await page.getByRole('button', { name: 'Record the answer' }).click();
    await page.waitForURL('**/inspection');
    expect(await page.locator('main table tbody tr', { hasText: 'A. Researcher' }).textContent()).toContain('Complied: inspected or copy sent on 5 November 2026');
    await context.close();
  });

  it('FC-5, s.87(1): the secretary records a new registered office; the page shows it waiting with AD01 due, and in force from the day the AD01 is recorded as filed', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/company');
    expect(await seriousViolations(page)).toEqual([]);
    const office = () => page.locator('main dl .nhsuk-summary-list__row', { hasText: 'Registered office' }).first().locator('.nhsuk-summary-list__value').textContent();
    const before = (await office())!.trim();
    await page.getByLabel('Date of the change (for a new office').fill(today());
    await page.getByLabel('New registered office').fill('2 New Yard, London E1 4AA');
    await page.getByRole('button', { name: 'Record the change' }).click();
    await page.waitForURL('**/company');
    expect((await office())!.trim()).toBe(before);
    expect(await page.getByText(`Change of particulars recorded, from ${formatDate(today())}; the new registered office is in force from the day its AD01 is recorded as filed.`).count()).toBe(1);
    expect(await page.locator('.nhsuk-notification-banner__link').textContent()).toBe('Record the AD01 as filed');
    const waiting = page.locator('#pending-particulars');
    expect((await waiting.textContent())!.replace(/\s+/g, ' ')).toContain(`Registered office 2 New Yard, London E1 4AA, decided on ${formatDate(today())}: in force from the day its AD01 is filed.`);
    const row = (await page.locator('main table', { hasText: 'Dated changes' }).locator('tbody tr', { hasText: '2 New Yard' }).textContent())!;
    expect(row.replace(/\s+/g, ' ')).toContain('Registered office: 2 New Yard, London E1 4AA. Waiting for its AD01: not yet in force.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto('/home');
    const ad01 = (await page.locator('main table tbody tr', { hasText: 'AD01' }).first().textContent())!;
    expect(ad01).toContain('Tell Companies House the registered office changed');
    // s.87: the new office takes effect when Companies House registers the AD01; no deadline, so never overdue.
    expect(ad01).toContain(`No deadline: file from ${formatDate(today())} (s.87)`);
    expect(ad01).not.toContain('Overdue');
    // The link from the waiting change chooses its AD01 in the filing form.
    await page.goto('/company');
    await waiting.getByRole('link', { name: 'Record the AD01 as filed' }).click();
    await page.waitForURL('**/directors?duty=*');
    expect(await page.locator('#duty option:checked').textContent()).toContain('2 New Yard, London E1 4AA');
    await page.getByLabel('Date filed or done').fill(today());
    await page.getByRole('button', { name: 'Record the filing' }).click();
    await page.waitForURL('**/directors');
    await page.goto('/company');
    const particulars = await page.locator('main dl').textContent();
    expect(particulars).toContain('2 New Yard, London E1 4AA');
    expect(await waiting.count()).toBe(0);
    // s.87(2): the old office is still named, with the last day documents may be served there.
    expect(particulars).toMatch(new RegExp(`Previous registered office.*documents may still be served there until ${formatDate(addDays(today(), 13))}`, 's'));
    await context.close();
  });

  it('FC-5, s.392: the accounting reference date in use (30 September, none recorded, s.391(4)) is shown; entering it again is refused beside the field as no change, no AA01 and nothing written', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/company');
    const ard = (await page.locator('main dl .nhsuk-summary-list__row', { hasText: 'Accounting reference date' }).textContent())!;
    expect(ard).toContain('30 September (none recorded: the date the filing calendar counts from');
    const head = (await web.app.http.get(`/api/companies/${COMPANY}/ledger/verify`).set(web.app.auth('auditor')).expect(200)).body.headSequence;
    await page.getByLabel('Date of the change (for a new office').fill(today());
    await page.getByLabel('New accounting reference date: day').fill('30');
    await page.getByLabel('New accounting reference date: month').fill('9');
    expect(await submit(page, 'Record the change')).toBe(422);
    expect(await page.locator('#referenceMonth-error').textContent()).toContain(`The accounting reference date is already 30 September on ${formatDate(today())}: there is nothing to change and no AA01 to file`);
    expect((await web.app.http.get(`/api/companies/${COMPANY}/ledger/verify`).set(web.app.auth('auditor')).expect(200)).body.headSequence).toBe(head);
    await page.goto('/home');
    expect(await page.locator('main table tbody tr', { hasText: 'AA01' }).count()).toBe(0);
    await context.close();
  });
  it('FC-5, s.87(2): after two moves within 14 days the page names both previous offices, newest first; the dated changes are listed in date order', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto(`/company?asAt=${addDays(today(), -7)}`);
    const first = (await page.locator('main dl .nhsuk-summary-list__row', { hasText: 'Registered office' }).first().locator('.nhsuk-summary-list__value').textContent())!.trim();
    // A move back-dated a week, recorded after the move of today: it is the earlier move.
    await page.goto('/company');
    await page.getByLabel('Date of the change (for a new office').fill(addDays(today(), -7));
    await page.getByLabel('New registered office').fill('7 Back Yard, London E1 7CC');
    await page.getByRole('button', { name: 'Record the change' }).click();
    await page.waitForURL('**/company');
    // Its AD01 filed that day (FC-5, s.87(1)).
    await web.app.http.post(`/api/companies/${COMPANY}/filings`).set(web.app.auth('secretary')).send({ kind: 'ad01', reference: `ad01-${addDays(today(), -7)}`, filedOn: addDays(today(), -7) }).expect(201);
    await page.goto('/company');
    expect(await seriousViolations(page)).toEqual([]);
    const previous = page.locator('main dl .nhsuk-summary-list__row', { hasText: 'Previous registered offices' });
    expect(await previous.locator('li').allTextContents()).toEqual([
      `7 Back Yard, London E1 7CC — documents may still be served there until ${formatDate(addDays(today(), 13))} (14 days from the move on ${formatDate(today())}, s.87)`,
      `${first} — documents may still be served there until ${formatDate(addDays(today(), 6))} (14 days from the move on ${formatDate(addDays(today(), -7))}, s.87)`,
    ]);
    // The dated changes in the order they apply: the back-dated move before the move of today.
    const rows = await page.locator('main table', { hasText: 'Dated changes' }).locator('tbody tr').allTextContents();
    // Each date in words, the ISO date in its <time datetime>: compared by that.
    const dates = (await page.evaluate('[...document.querySelectorAll("main table tbody tr td:first-child time")].map((t) => t.getAttribute("datetime"))')) as string[];
    expect(dates.length).toBe(rows.length);
    expect(dates).toEqual([...dates].sort());
    const moves = rows.filter((r) => /7 Back Yard|2 New Yard/.test(r)).map((r) => r.replace(/\s+/g, ' ').trim());
    // FC-5: each says when its AD01 was filed, from which it is in force.
    expect(moves).toEqual([
      `${formatDate(addDays(today(), -7))} Registered office: 7 Back Yard, London E1 7CC. AD01 filed on ${formatDate(addDays(today(), -7))}: in force from then.`,
      `${formatDate(today())} Registered office: 2 New Yard, London E1 4AA. AD01 filed on ${formatDate(today())}: in force from then.`,
    ]);
    await context.close();
  });
});

describe('the PSC statement through the form', () => {
  it('EC-5, EC-2: the page warns that no statement records the position; the secretary records it, the warning goes; a second the same day is refused beside the date, nothing written', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/company');
    const warning = page.locator('main', { hasText: 'is not recorded by a statement' });
    expect(await page.getByText('(no registrable person) is not recorded by a statement.').count()).toBe(1);
    await page.getByLabel('Date the statement is made').fill(today());
    await page.getByRole('button', { name: 'Record the PSC statement' }).click();
    await page.waitForURL('**/company');
    expect(await page.getByText(`PSC statement recorded, made on ${formatDate(today())}.`).count()).toBe(1);
    expect(await warning.count()).toBe(0);
    const head = await ledgerHead(web.app);
    await page.getByLabel('Date the statement is made').fill(today());
    await page.getByRole('button', { name: 'Record the PSC statement' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#madeOn-error').textContent()).toContain('A PSC statement is already recorded for that day');
    expect(await ledgerHead(web.app)).toEqual(head);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('a general meeting through the forms', () => {
  it('s.168(2), s.312: an item removing a director needs the day special notice was received, refused beside that item when missing or late; the meeting page names it', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/meetings');
    await page.getByRole('radio', { name: 'General meeting', exact: true }).check();
    await page.getByLabel('Date notice was sent (general meetings)').fill('2026-04-01');
    await page.getByRole('radio', { name: "By hand, or left at the member's address" }).check();
    await page.getByLabel('Date the meeting is held').fill('2026-04-20');
    await page.getByLabel('Item 1: text of the resolution').fill('THAT the accounts be received.');
    await page.getByLabel('Item 2 (optional): text of the resolution').fill('THAT Demo Director 2 be removed from office.');
    await page.getByLabel('Item 2: what it is for (general meetings)').selectOption('removal-of-director');
    const before = await ledgerHead(web.app);
    await page.getByRole('button', { name: 'Call the meeting' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#item2SpecialNoticeReceivedOn-error').textContent()).toContain('needs special notice');
    expect(await page.locator('.nhsuk-error-summary a[href="#item2SpecialNoticeReceivedOn"]').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    // Received after the meeting was called, 16 clear days before it: too late (s.312(1), (4)).
    await page.getByLabel('Item 2: date the company received special notice (removing a director or an auditor)').fill('2026-04-03');
    await page.getByRole('button', { name: 'Call the meeting' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#item2SpecialNoticeReceivedOn-error').textContent()).toContain('at least 28 clear days before the meeting');
    expect(await ledgerHead(web.app)).toEqual(before);
    // Received before the meeting was called: properly given (s.312(4)).
    await page.getByLabel('Item 2: date the company received special notice (removing a director or an auditor)').fill('2026-03-30');
    await page.getByRole('button', { name: 'Call the meeting' }).click();
    await page.waitForURL(/\/meetings\/[^/]+$/);
    const cards = page.locator('.nhsuk-card');
    expect(await cards.nth(1).textContent()).toContain('Special notice received by the company on 30 March 2026 (Companies Act 2006 s.312).');
    expect(await cards.nth(0).textContent()).not.toContain('Special notice');
    await context.close();
  });

  it('MA-1, s.324: the secretary calls a general meeting and records a member present by proxy, named on the page, who votes by that proxy only (MT-3)', async () => {
    const { context, page } = await web.session('secretary');
    await page.goto('/meetings');
    await page.getByRole('radio', { name: 'General meeting', exact: true }).check();
    await page.getByLabel('Date notice was sent (general meetings)').fill('2026-05-01');
    await page.getByRole('radio', { name: "By hand, or left at the member's address" }).check();
    await page.getByLabel('Date the meeting is held').fill('2026-05-20');
    await page.getByLabel('Item 1: text of the resolution').fill('THAT the report of the directors be received.');
    await page.getByRole('button', { name: 'Call the meeting' }).click();
    await page.waitForURL(/\/meetings\/[^/]+$/);
    expect((await page.locator('h1').textContent())!.trim()).toMatch(/^General meeting GM-2026-\d{2}$/);
    const member = page.locator('input[name="memberId"]').first();
    const name = (await page.locator(`label[for="${await member.getAttribute('id')}"]`).textContent())!.trim();
    // By proxy with no name given: the page asks for the proxy's name, and nothing is written.
    const beforeAttendance = await ledgerHead(web.app);
    await member.check();
    await page.getByLabel(`${name}: attends`).selectOption('proxy');
    await page.getByRole('button', { name: 'Record attendance' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('Enter the name of the proxy or representative');
    expect(await ledgerHead(web.app)).toEqual(beforeAttendance);
    if (!(await member.isChecked())) await member.check();
    await page.getByLabel(`${name}: attends`).selectOption('proxy');
    await page.getByLabel(`${name}: name of the proxy or representative`).fill('Ms P. Proxy');
    await page.getByRole('button', { name: 'Record attendance' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.getByText(`${name}, by proxy: Ms P. Proxy`).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // MT-3: the member present by proxy votes by that proxy; a vote in person is refused, beside the form, and nothing is written.
    const before = await ledgerHead(web.app);
    const vote = async (as: string, actingName: string) => {
      await page.getByLabel('Item 1: who votes (present at the sitting)').selectOption({ label: name });
      await page.getByLabel('Votes', { exact: true }).selectOption(as);
      await page.getByLabel('Name of the proxy or representative', { exact: true }).fill(actingName);
      await page.getByRole('radio', { name: 'For', exact: true }).check();
      await page.getByRole('button', { name: 'Record the vote on item 1' }).click();
      await page.waitForLoadState('domcontentloaded');
    };
    await vote('', '');
    expect(await page.getByText(`${name} attends by proxy Ms P. Proxy, and votes that way, not in person`).count()).toBeGreaterThanOrEqual(1);
    expect(await ledgerHead(web.app)).toEqual(before);
    await vote('proxy', 'Ms P. Proxy');
    expect(await page.getByText('Vote recorded.').count()).toBe(1);
    await context.close();
  }, 120_000);
});

describe('duties in words', () => {
  it('SH-1, EC-2, s.853A: the home and directors pages name each duty by what it concerns, not its reference; recording a filing says which in words', async () => {
    const on = today();
    const allottedOn = addDays(on, -5);
    const secretary = web.app.auth('secretary');
    await web.app.http
      .post(`/api/companies/${COMPANY}/practices`)
      .set(secretary)
      .send({ odsCode: 'Z00038', name: 'Example Practice 38', address: '38 Example Street, London E1 8AA', on: addDays(on, -30) })
      .expect(201);
    const authorisedBy = await passBoardResolution(web.app, COMPANY, addDays(on, -6), [{ action: 'allotment', shareNumber: 38 }]);
    await web.app.http
      .post(`/api/companies/${COMPANY}/share-allotments`)
      .set(secretary)
      .send({ shareNumber: 38, holder: { practiceId: 'practice-z00038' }, effectiveOn: allottedOn, authorisedBy })
      .expect(201);
    await web.app.http
      .post(`/api/companies/${COMPANY}/officers`)
      .set(secretary)
      .send({
        role: 'director', name: 'Dr Worded Director (synthetic)', serviceAddress: '4 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom',
        nationality: 'British', occupation: 'General practitioner', dateOfBirth: '1970-01-01', residentialAddress: '2 Private Road, London E3 9ZZ', appointedOn: addDays(on, -2),
      })
      .expect(201);
    const allotment = `Share 38 allotted to Example Practice 38 on ${formatDate(allottedOn)}`;
    const appointment = `Dr Worded Director (synthetic) appointed director on ${formatDate(addDays(on, -2))}`;
    /** A ledger reference or an id where words should be. */
    const RAW = /share-(allotment|transfer|cancellation)-\d|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-|practice-closure-/;

    const { context, page } = await web.session('secretary');
    await page.goto('/home');
    const home = (await page.locator('main table').allTextContents()).join(' ');
    expect(home).toContain(allotment);
    expect(home).toContain(appointment);
    expect(home).toMatch(/Review period ending \d{1,2} [A-Z][a-z]+ \d{4}|Year ending \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(home).not.toMatch(RAW);
    expect(await page.getByRole('columnheader', { name: 'Reference' }).count()).toBe(0);

    await page.goto('/directors');
    const duties = (await page.locator('main table').nth(1).textContent())!;
    expect(duties).toContain(`Return of allotment of shares: ${allotment}`);
    expect(duties).toContain(`Tell Companies House a director was appointed: ${appointment}`);
    expect(duties).not.toMatch(RAW);
    // The statute is named once: "CA 2006 s.853A", not "CA 2006 s.853A (s.853A)".
    expect(duties).toContain('CA 2006 s.853A');
    expect(duties).not.toMatch(/(s\.\d+[A-Z]*) \(\1\)/);
    const options = await page.getByLabel('Duty', { exact: true }).locator('option').allTextContents();
    expect(options.filter((o) => o.startsWith(`SH01: ${allotment}, due `))).toHaveLength(1);
    expect(options.filter((o) => o.startsWith(`AP01: ${appointment}, due ${formatDate(addDays(on, 12))}`))).toHaveLength(1);
    expect(options.join(' ')).not.toMatch(RAW);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Duty', { exact: true }).selectOption({ label: options.find((o) => o.startsWith(`SH01: ${allotment}`))! });
    await page.getByLabel('Date filed or done').fill(on);
    await page.getByRole('button', { name: 'Record the filing' }).click();
    await page.waitForURL('**/directors');
    expect(await page.getByText(`Filing recorded: Return of allotment of shares, ${allotment}, filed on ${formatDate(on)}.`).count()).toBe(1);
    expect((await page.locator('main table').nth(1).locator('tr', { hasText: `Return of allotment of shares: ${allotment}` }).textContent())!).toContain(`Done ${formatDate(on)}`);
    await context.close();
  }, 120_000);
});
