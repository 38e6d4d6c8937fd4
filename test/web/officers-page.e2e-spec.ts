import { passBoardResolution } from '../support/authority';
import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { seriousViolations, useWebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const web = useWebHarness();

const appoint = async (name: string, appointedOn: string) =>
  (
    await web.app.http.post(`${C}/officers`).set(web.app.auth('secretary')).send({
      role: 'director', name, serviceAddress: '1 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom', nationality: 'British',
      occupation: 'General practitioner', dateOfBirth: '1971-02-03', residentialAddress: '12 Private Road, London E3 9ZZ', appointedOn,
    }).expect(201)
  ).body.officerId as string;

describe('the officers page in words', () => {
  it('EC-2, MA-2: a resignation dated before a board meeting the director voted at is refused beside the date, saying which meeting and resolution, in words, nothing written; dated the day of the meeting it is recorded', async () => {
    const officerId = await appoint('Dr Page Voter (synthetic)', '2026-01-05');
    const resolutionId = await passBoardResolution(web.app, COMPANY, '2026-03-10', []);
    const reference = (await web.app.http.get(`${C}/resolutions/${resolutionId}`).set(web.app.auth('board')).expect(200)).body.reference as string;
    const before = await ledgerHead(web.app);
    const { context, page } = await web.session('secretary');
    await page.goto('/officers');
    await page.locator('#resign-officer').selectOption({ label: 'Dr Page Voter (synthetic) (director)' });
    await page.locator('#resign-on').fill('2026-03-09');
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record leaving office' }).click()]);
    expect(response.status()).toBe(422);
    const error = (await page.locator('#resign-on-error').textContent())!;
    expect(error).toContain(`Dr Page Voter (synthetic) voted at the board meeting of 10 March 2026 (resolution ${reference}), so was still in office then and cannot have left office before it, on 9 March 2026`);
    expect(error).not.toContain('allotment of the share');
    expect(error).not.toMatch(UUID);
    expect(await page.locator('.nhsuk-error-summary a').first().getAttribute('href')).toBe('#resign-on');
    expect(await ledgerHead(web.app)).toEqual(before);
    expect(await seriousViolations(page)).toEqual([]);
    expect(officerId).toMatch(UUID);
    await page.locator('#resign-officer').selectOption({ label: 'Dr Page Voter (synthetic) (director)' });
    await page.locator('#resign-on').fill('2026-03-10');
    const [accepted] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record leaving office' }).click()]);
    expect(accepted.status()).toBeLessThan(400);
    const officers = (await web.app.http.get(`${C}/officers`).set(web.app.auth('secretary')).expect(200)).body as { officerId: string; resignedOn: string | null }[];
    expect(officers.find((o) => o.officerId === officerId)?.resignedOn).toBe('2026-03-10');
    await context.close();
  });

  it('EC-2, EC-3: each notification names the officer it is about; verification reads "with Companies House"; no rule code or id is shown', async () => {
    const officerId = await appoint('Dr Page Notified (synthetic)', '2026-02-02');
    await web.app.http.post(`${C}/officers/${officerId}/identity-verification`).set(web.app.auth('secretary')).send({ verifiedOn: '2026-02-03', route: 'companies-house', personalCode: 'ABC12345DEF' }).expect(201);
    await appoint('Dr Page Unverified (synthetic)', '2026-02-04');
    const { context, page } = await web.session('secretary');
    await page.goto('/officers');
    const notifications = page.locator('table', { hasText: 'Notifications to Companies House' });
    expect(await notifications.locator('tbody tr', { hasText: 'AP01' }).filter({ hasText: 'Dr Page Notified (synthetic) appointed director on 2 February 2026' }).count()).toBe(1);
    expect(await notifications.locator('tbody tr', { hasText: 'AP01' }).filter({ hasText: 'Dr Page Unverified (synthetic) appointed director on 4 February 2026' }).count()).toBe(1);
    const row = (await page.locator('main table tbody tr', { hasText: 'Dr Page Notified (synthetic)' }).first().textContent())!;
    expect(row).toContain('3 February 2026, with Companies House');
    const main = (await page.locator('main').textContent())!;
    expect(main).toContain('Dr Page Unverified (synthetic) has acted as a director since 4 February 2026 without a verified identity');
    expect(main).not.toContain('companies-house');
    expect(main).not.toMatch(/\(EC-\d\)/);
    expect(main).not.toMatch(UUID);
    await context.close();
  });

  it('EC-3: a personal code that is not 11 letters and digits ("ABC") is refused beside the field, in plain words; nothing is written', async () => {
    await appoint('Dr Page Code (synthetic)', '2026-02-05');
    const before = await ledgerHead(web.app);
    const { context, page } = await web.session('secretary');
    await page.goto('/officers');
    await page.locator('#verify-officer').selectOption({ label: 'Dr Page Code (synthetic) (director)' });
    await page.locator('#verify-on').fill('2026-02-06');
    await page.locator('#verify-route').check();
    await page.locator('#verify-personalCode').fill('ABC');
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record verification' }).click()]);
    expect(response.status()).toBe(422);
    expect(await page.locator('#verify-personalCode-error').textContent()).toContain('Enter the personal code Companies House gave: 11 letters and digits');
    expect(await page.locator('.nhsuk-error-summary a').first().getAttribute('href')).toBe('#verify-personalCode');
    expect(await ledgerHead(web.app)).toEqual(before);
    await context.close();
  });

  it('EC-2: leaving office dated before the appointment is refused beside the date, naming the officer and both dates (not a later board meeting the director voted at); nothing is written', async () => {
    await appoint('Dr Page Early Leaver (synthetic)', '2026-01-07');
    await passBoardResolution(web.app, COMPANY, '2026-03-11', []);
    const before = await ledgerHead(web.app);
    const { context, page } = await web.session('secretary');
    await page.goto('/officers');
    await page.locator('#resign-officer').selectOption({ label: 'Dr Page Early Leaver (synthetic) (director)' });
    await page.locator('#resign-on').fill('2026-01-06');
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record leaving office' }).click()]);
    expect(response.status()).toBe(422);
    const error = (await page.locator('#resign-on-error').textContent())!;
    expect(error).toContain('The day Dr Page Early Leaver (synthetic) left office is 6 January 2026, before the appointment on 7 January 2026');
    expect(error).not.toMatch(/resolution|board meeting/);
    expect(error).not.toMatch(UUID);
    expect(await ledgerHead(web.app)).toEqual(before);
    await context.close();
  });

  it('EC-2: leaving office recorded by someone else while the form was open is refused beside the officer, naming them, not by an id', async () => {
    const officerId = await appoint('Dr Page Gone (synthetic)', '2026-01-05');
    const { context, page } = await web.session('secretary');
    await page.goto('/officers');
    await page.locator('#resign-officer').selectOption({ label: 'Dr Page Gone (synthetic) (director)' });
    await page.locator('#resign-on').fill('2026-04-02');
    await web.app.http.post(`${C}/officers/${officerId}/resignation`).set(web.app.auth('secretary')).send({ resignedOn: '2026-04-01' }).expect(201);
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record leaving office' }).click()]);
    expect(response.status()).toBe(422);
    const error = (await page.locator('#resign-officer-error').textContent())!;
    expect(error).toContain('Dr Page Gone (synthetic) no longer holds office: they left it on 1 April 2026');
    expect(error).not.toMatch(UUID);
    await context.close();
  });

  /** Sends the appointment form with the fields given, typed as text (a date field takes any text, as an older browser's does). */
  const sendAppointment = async (fields: Record<string, string>) => {
    const { context, page } = await web.session('secretary');
    await page.goto('/officers');
    for (const [id, value] of Object.entries(fields)) {
      await page.evaluate(`document.getElementById(${JSON.stringify(`appoint-${id}`)}).type = "text"`);
      await page.locator(`#appoint-${id}`).fill(value);
    }
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Appoint' }).click()]);
    return { context, page, status: response.status() };
  };

  it('a name with a right-to-left override is refused (400): the form again, saying beside the name that it held a direction mark, taken out, the other answers kept; an Arabic name is appointed as written', async () => {
    const before = await ledgerHead(web.app);
    const refused = await sendAppointment({ name: 'Dr \u202eEvil Name (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', appointedOn: '2026-02-02' });
    expect(refused.status).toBe(400);
    const said = (await refused.page.locator('#appoint-name-error').textContent())!;
    expect(said).toContain('Name had a character that cannot be recorded (a control character or a text-direction mark)');
    expect(await refused.page.locator('main').textContent()).not.toContain('U+202');
    expect(await refused.page.locator('#appoint-name').inputValue()).toBe('Dr Evil Name (synthetic)');
    expect(await refused.page.locator('#appoint-serviceAddress').inputValue()).toBe('1 Demo Yard, London E1 0XX');
    expect(await ledgerHead(web.app)).toEqual(before);
    await refused.context.close();
    await web.app.http.post(`${C}/officers`).set(web.app.auth('secretary')).send({ role: 'secretary', name: 'عائشة خان (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', appointedOn: '2026-02-02' }).expect(201);
  });

  it('EC-2: the instruction to record a notification as filed is the secretary\'s: a board member or an auditor does not see it', async () => {
    const INSTRUCTION = 'Record a notification as filed on the Directors and filings page.';
    for (const role of ['secretary', 'board', 'auditor'] as const) {
      const { context, page } = await web.session(role);
      await page.goto('/officers');
      expect([role, ((await page.locator('main').textContent()) ?? '').includes(INSTRUCTION)]).toEqual([role, role === 'secretary']);
      // Each officer's role is written as a word of the table, capitalised as its headings are.
      const roles = await page.locator('main table').first().locator('tbody tr td:nth-child(2) > span:last-child').allTextContents();
      expect(roles).toContain('Director');
      expect(roles.filter((r) => r !== 'Director' && r !== 'Secretary')).toEqual([]);
      await context.close();
    }
  });

  it('EC-4, s.163, s.165: a director appointed without particulars is told each one missing beside its field, country of residence among them; nothing is written', async () => {
    const before = await ledgerHead(web.app);
    const { context, page, status } = await sendAppointment({ name: 'Dr Page Particulars (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', appointedOn: '2026-02-02', nationality: 'British' });
    expect(status).toBe(422);
    // Each particular left empty is asked for beside its own field, and listed in the summary; the one given is not.
    for (const [field, words] of [['dateOfBirth', 'date of birth'], ['residentialAddress', 'residential address'], ['countryOfResidence', 'country of residence'], ['occupation', 'occupation']]) {
      expect(await page.locator(`#appoint-${field}-error`).textContent()).toContain(`Enter the director's ${words}`);
      expect(await page.locator(`.nhsuk-error-summary a[href="#appoint-${field}"]`).count()).toBe(1);
    }
    expect(await page.locator('#appoint-nationality-error').count()).toBe(0);
    expect(await ledgerHead(web.app)).toEqual(before);
    await context.close();
  });

  it('a date typed that is no real date is asked for as a real date naming the field (2026-02-30, 1980-13-01), not as YYYY-MM-DD; one left empty is asked for by name; nothing is written', async () => {
    const before = await ledgerHead(web.app);
    const impossible = await sendAppointment({ name: 'Dr Page Dates (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', appointedOn: '2026-02-30', dateOfBirth: '1980-13-01' });
    expect(impossible.status).toBe(422);
    expect(await impossible.page.locator('#appoint-appointedOn-error').textContent()).toContain('Enter the date of appointment as a real date');
    expect(await impossible.page.locator('#appoint-dateOfBirth-error').textContent()).toContain('Enter the date of birth as a real date');
    expect(await impossible.page.locator('main').textContent()).not.toContain('YYYY-MM-DD');
    await impossible.context.close();
    const empty = await sendAppointment({ name: 'Dr Page Dates (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', appointedOn: '' });
    expect(empty.status).toBe(422);
    expect(await empty.page.locator('#appoint-appointedOn-error').textContent()).toContain('Enter the date of appointment');
    expect(await ledgerHead(web.app)).toEqual(before);
    await empty.context.close();
  });

  it('EC-3: a board member sees a director\'s month and year of birth in words ("February 1971"), as the officers PDF gives it', async () => {
    await appoint('Dr Page Born (synthetic)', '2026-02-05');
    const { context, page } = await web.session('board');
    await page.goto('/officers');
    const row = (await page.locator('main table tbody tr', { hasText: 'Dr Page Born (synthetic)' }).first().textContent())!;
    expect(row).toContain('February 1971');
    expect(row).not.toContain('1971-02');
    await context.close();
  });
});
