import { addDays, addMonths, calendarDate } from '#domain';
import { formatDate } from '#reports';
import { today } from '../../apps/api/src/common/today';
import { ledgerHead } from '../support/ledger';
import { pdfText } from '../support/pdf-download';
import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const web = useWebHarness();

const C = `/api/companies/${COMPANY}`;
const ISO = /\b\d{4}-\d{2}-\d{2}\b/;
const callBoardMeeting = async (body: object) =>
  (await web.app.http.post(`${C}/meetings`).set(web.app.auth('secretary')).send({ kind: 'board', items: [{ text: 'THAT the adjourned business be taken (synthetic).' }], ...body }).expect(201)).body as {
    meetingId: string;
    reference: string;
    items: { resolutionId: string; reference: string }[];
  };

describe('meetings dated too far ahead, through the forms', () => {
  it('a meeting called for 2999 is refused beside its date, saying how far ahead a meeting may be and the latest day; the form is shown again and nothing is written', async () => {
    const latest = formatDate(addMonths(calendarDate(today()), 12));
    const { context, page } = await web.session('secretary');
    await page.goto('/meetings');
    await page.getByRole('radio', { name: 'Board meeting' }).check();
    await page.getByLabel('Date the meeting is held').fill('2999-06-01');
    await page.getByLabel('Item 1: text of the resolution').fill('THAT the meeting be called in time (synthetic).');
    const before = await ledgerHead(web.app);
    const answer = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/meetings');
    await page.getByRole('button', { name: 'Call the meeting' }).click();
    expect((await answer).status()).toBe(422);
    await page.waitForLoadState('domcontentloaded');
    expect((await page.locator('#heldOn-error').textContent())!.trim()).toBe(`Error: A meeting can be called for a day at most 1 year after today: the latest is ${latest}`);
    expect(await page.locator('.nhsuk-error-summary a').getAttribute('href')).toBe('#heldOn');
    expect(await page.getByLabel('Date the meeting is held').inputValue()).toBe('2999-06-01');
    expect(await page.getByLabel('Item 1: text of the resolution').inputValue()).toBe('THAT the meeting be called in time (synthetic).');
    expect(await ledgerHead(web.app)).toEqual(before);
    await context.close();
  }, 120_000);

  it('an adjournment to 2999 is refused beside the day it is adjourned to, with the latest day; nothing is written', async () => {
    const latest = formatDate(addMonths(calendarDate(today()), 12));
    const { meetingId } = await callBoardMeeting({ heldOn: addDays(today(), -2) });
    const { context, page } = await web.session('secretary');
    await page.goto(`/meetings/${meetingId}`);
    const before = await ledgerHead(web.app);
    await page.getByLabel('Adjourned to').fill('2999-06-01');
    await page.getByRole('button', { name: 'Adjourn the meeting' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect((await page.locator('#to-error').textContent())!.trim()).toBe(`Error: A meeting can be adjourned to a day at most 1 year after today: the latest is ${latest}`);
    expect(await page.locator('.nhsuk-error-summary a').getAttribute('href')).toBe('#to');
    expect(await ledgerHead(web.app)).toEqual(before);
    await context.close();
  }, 120_000);
});

describe('a meeting with no business left', () => {
  it('MA-3: adjourning a board meeting whose item has passed is refused beside the day adjourned to, in words; nothing is written', async () => {
    const { meetingId, items } = await callBoardMeeting({ heldOn: addDays(today(), -3) });
    const directors = (await web.app.http.get(`${C}/directors?asAt=${addDays(today(), -3)}`).set(web.app.auth('board')).expect(200)).body as { directorId: string }[];
    for (const { directorId } of directors) await web.app.http.post(`${C}/resolutions/${items[0]!.resolutionId}/votes`).set(web.app.auth('secretary')).send({ directorId, vote: 'for' }).expect(201);
    const { context, page } = await web.session('secretary');
    await page.goto(`/meetings/${meetingId}`);
    const before = await ledgerHead(web.app);
    await page.getByLabel('Adjourned to').fill(addDays(today(), 4));
    await page.getByRole('button', { name: 'Adjourn the meeting' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect((await page.locator('#to-error').textContent())!.trim()).toBe('Error: Every item of the meeting has already been voted on and decided: there is no business left to adjourn to another day');
    expect(await page.locator('.nhsuk-error-summary a').getAttribute('href')).toBe('#to');
    expect(await ledgerHead(web.app)).toEqual(before);
    await context.close();
  }, 120_000);
});

describe('a meeting adjourned before any attendance was recorded', () => {
  it('MA-3: the meeting page gives the day it was adjourned to in words, never as 2026-11-30', async () => {
    const [heldOn, to] = [addDays(today(), -5), addDays(today(), -2)];
    const meeting = await callBoardMeeting({ heldOn, adjournedTo: to });
    const { context, page } = await web.session('auditor');
    await page.goto(`/meetings/${meeting.meetingId}`);
    const adjourned = (await page.locator('main dl .nhsuk-summary-list__row', { hasText: 'Adjourned' }).textContent())!;
    expect(adjourned).toContain(`To ${formatDate(to)}`);
    expect(adjourned).not.toMatch(ISO);
    await context.close();
  }, 120_000);

  it('MT-3: its item awaits its attendance on the meeting page, on /resolutions, on the resolution page and in the minutes, never "failed"', async () => {
    const [heldOn, to] = [addDays(today(), -4), addDays(today(), -1)];
    const meeting = await callBoardMeeting({ heldOn, adjournedTo: to });
    const [item] = meeting.items;
    const { context, page } = await web.session('auditor');

    await page.goto(`/meetings/${meeting.meetingId}`);
    expect((await page.locator('main h3', { hasText: 'Item 1' }).textContent())!.trim()).toMatch(/: no attendance recorded yet$/);

    await page.goto('/resolutions');
    const row = (await page.locator(`main table tbody tr[id="${item!.resolutionId}"]`).textContent())!;
    expect(row).toContain('no attendance recorded yet');
    expect(row).not.toMatch(/failed/);

    await page.goto(`/resolutions/${item!.resolutionId}`);
    const outcome = (await page.locator('main dl').textContent())!;
    expect(outcome).toContain('no attendance recorded yet');
    expect(outcome).not.toMatch(/failed|not quorate/);

    const minutes = await pdfText(web.app, `${C}/meetings/${meeting.meetingId}/minutes.pdf`);
    expect(minutes).toMatch(/not yet decided: no attendance recorded yet/i);
    expect(minutes).not.toMatch(/Not passed|quorum not met/);
    await context.close();
  }, 120_000);
});

describe('the meetings page as at a day', () => {
  it('lists only the meetings called by then (notice given, or held), or says none had been called', async () => {
    const { reference } = await callBoardMeeting({ heldOn: '2025-02-10' });
    const { context, page } = await web.session('board');
    await page.goto('/meetings?asAt=1800-01-01');
    const body = (await page.locator('main table tbody').textContent())!;
    expect(body).toContain('No meeting had been called by 1 January 1800.');
    expect(await page.locator('main table tbody tr a').count()).toBe(0);

    await page.goto('/meetings?asAt=2025-02-09');
    expect(await page.locator('main table tbody').textContent()).not.toContain(reference);
    await page.goto('/meetings?asAt=2025-02-10');
    expect(await page.locator('main table tbody').textContent()).toContain(reference);
    await page.goto('/meetings');
    expect(await page.locator('main table tbody').textContent()).toContain(reference);
    await context.close();
  }, 120_000);
});

describe('the notice of a general meeting, on the forms', () => {
  it('MT-2, s.1147: each form asks the day the notice was sent and how, says when each way is deemed delivered, refuses a day without how beside it, and the meeting page gives the day worked out', async () => {
    const { context, page } = await web.session('secretary');
    for (const [path, which] of [['/meetings', 'general meetings'], ['/resolutions', "members' meeting"]] as const) {
      await page.goto(path);
      const field = page.getByLabel(`Date notice was sent (${which})`, { exact: true });
      const hintId = (await field.getAttribute('aria-describedby'))?.split(' ').find((id) => id.endsWith('-hint'));
      expect((await page.locator(`#${hintId}`).textContent())!.trim()).toBe('The day you handed over, posted or emailed the notice to the members');
      const how = page.getByRole('group', { name: `How the notice was sent (${which})` });
      expect(await how.getByRole('radio').count()).toBe(3);
      const hint = (await how.locator('.nhsuk-hint').textContent())!;
      expect(hint).toContain('Notice handed over is given that day');
      expect(hint).toContain('48 hours after it was sent, not counting any part of a day that is not a working day (Companies Act 2006 s.1147)');
    }

    await page.goto('/meetings');
    await page.getByRole('radio', { name: 'General meeting', exact: true }).check();
    await page.getByLabel('Date notice was sent (general meetings)').fill('2026-03-06');
    await page.getByLabel('Date the meeting is held').fill('2026-03-24');
    await page.getByLabel('Item 1: text of the resolution').fill('THAT the accounts be received (synthetic, posted notice).');
    const before = await ledgerHead(web.app);
    const refused = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/meetings');
    await page.getByRole('button', { name: 'Call the meeting' }).click();
    expect((await refused).status()).toBe(422);
    await page.waitForLoadState('domcontentloaded');
    expect((await page.locator('#noticeSentBy-error').textContent())!.trim()).toBe('Error: Choose how the notice was sent: by hand, by post or by email');
    expect(await page.getByLabel('Date notice was sent (general meetings)').inputValue()).toBe('2026-03-06');
    expect(await ledgerHead(web.app)).toEqual(before);

    // Posted on Friday 6 March for a meeting on Tuesday 10 March: deemed delivered that day, so refused beside the meeting's day, saying why.
    await page.getByRole('radio', { name: 'By post' }).check();
    await page.getByLabel('Date the meeting is held').fill('2026-03-10');
    await page.getByRole('button', { name: 'Call the meeting' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect((await page.locator('#heldOn-error').textContent())!.trim()).toBe(
      'Error: A meeting on 10 March 2026 must be after the day its notice is given, 10 March 2026: posted on 6 March 2026, it is deemed delivered 48 hours later, not counting weekends and bank holidays (s.1147)',
    );
    expect(await ledgerHead(web.app)).toEqual(before);

    // Posted on Friday 6 March: deemed delivered on Tuesday 10 March, 13 clear days before the meeting (14 needed).
    await page.getByLabel('Date the meeting is held').fill('2026-03-24');
    await page.getByRole('radio', { name: 'By post' }).check();
    await page.getByRole('button', { name: 'Call the meeting' }).click();
    await page.waitForURL(/\/meetings\/[^/]+$/);
    const notice = page.locator('.nhsuk-summary-list__row', { hasText: 'Notice given' }).locator('dd').first();
    expect((await notice.textContent())!.trim()).toMatch(/^10 March 2026 \(posted on 6 March 2026; deemed delivered 48 hours later, not counting weekends and bank holidays\), to 37 members, short: 13 clear days/);
    const banner = (await page.locator('.nhsuk-notification-banner').textContent())!.replace(/\s+/g, ' ');
    expect(banner).toContain('Notice posted on 6 March 2026 is deemed given on 10 March 2026 (s.1147).');

    // The item's own page gives its notice, its clear days and that it was short, with no agreement recorded.
    await page.locator('main a[href^="/resolutions/"]').first().click();
    await page.waitForURL(/\/resolutions\/[^/]+$/);
    const row = async (key: string) => (await page.locator('.nhsuk-summary-list__row', { hasText: key }).locator('dd').first().textContent())!.trim().replace(/\s+/g, ' ');
    expect(await row('Notice given')).toBe('10 March 2026 (posted on 6 March 2026; deemed delivered 48 hours later, not counting weekends and bank holidays): 13 clear days before the meeting, 14 needed');
    expect(await row('Short notice')).toBe("Notice was short (13 clear days of the 14 required), and the members' agreement to short notice (s.307(4)–(6)) is not recorded");
    await context.close();
  }, 120_000);
});

describe('a meeting still to be held', () => {
  it('FR-2: its page and the meetings list offer no minutes until the day it is held, and say so; a meeting held offers them', async () => {
    const heldOn = addDays(today(), 6);
    const ahead = await callBoardMeeting({ heldOn });
    const held = await callBoardMeeting({ heldOn: addDays(today(), -1) });
    const { context, page } = await web.session('auditor');
    await page.goto(`/meetings/${ahead.meetingId}`);
    expect(await page.locator('main a[href$="/minutes.pdf"]').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain(`Minutes can be downloaded from ${formatDate(heldOn)}, the day the meeting is held.`);
    await page.goto(`/meetings/${held.meetingId}`);
    expect(await page.getByRole('link', { name: 'Download minutes (PDF)' }).getAttribute('href')).toBe(`/meetings/${held.meetingId}/minutes.pdf`);
    await page.goto('/meetings');
    const row = (reference: string) => page.locator('main table tbody tr', { hasText: reference }).first();
    expect(await row(ahead.reference).locator('a[href$="/minutes.pdf"]').count()).toBe(0);
    expect(await row(ahead.reference).textContent()).toContain('To be held');
    expect(await row(held.reference).locator('a[href$="/minutes.pdf"]').count()).toBe(1);
    // The download itself is refused with the reason, not a document of a meeting that has not sat.
    const refused = await page.request.get(`/meetings/${ahead.meetingId}/minutes.pdf`);
    expect(refused.status()).toBe(409);
    expect(await refused.text()).toContain('The meeting has not been held yet, so there are no minutes of it');
    await context.close();
  }, 120_000);
});
