import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { seriousViolations, useWebHarness } from './browser';

const web = useWebHarness();
const C = `/api/companies/${COMPANY}`;

/** A board meeting of two items called through the API, with directors `present` recorded at it. */
async function boardMeeting(heldOn: string, present: number) {
  const secretary = web.app.auth('secretary');
  const directors = (await web.app.http.get(`${C}/directors?asAt=${heldOn}`).set(secretary).expect(200)).body as { directorId: string; name: string }[];
  const res = await web.app.http
    .post(`${C}/meetings`)
    .set(secretary)
    .send({
      kind: 'board',
      heldOn,
      items: [{ text: 'THAT the management accounts be noted (synthetic).' }, { text: 'THAT the lease be renewed (synthetic).' }],
      attendance: directors.slice(0, present).map((d) => ({ directorId: d.directorId })),
    })
    .expect(201);
  return { meetingId: res.body.meetingId as string, items: res.body.items as { resolutionId: string }[], directors };
}

describe('the declaration of interest form on a board meeting’s page (MA-2)', () => {
  it('MA-2: a director present declares an interest in item 2 after the attendance; the sitting lists it and item 2 is inquorate', async () => {
    const { meetingId, items, directors } = await boardMeeting('2024-06-03', 2);
    const [a, b] = directors;
    const { context, page } = await web.session('secretary');
    await page.goto(`/meetings/${meetingId}`);
    expect(await page.getByLabel('Director (present at the sitting)').locator('option').allTextContents()).toEqual(['Choose', a!.name, b!.name]);
    expect(await page.getByLabel('Declared at the sitting on').inputValue()).toBe('2024-06-03');
    await page.getByLabel('Director (present at the sitting)').selectOption(b!.directorId);
    await page.getByRole('checkbox', { name: 'Item 2', exact: true }).check();
    const before = await ledgerHead(web.app);
    await page.getByRole('button', { name: 'Record the declaration of interest' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('.nhsuk-notification-banner').textContent()).toContain(`Declaration of interest recorded: ${b!.name}, interested in item 2`);
    expect((await ledgerHead(web.app)).events).toBe(before.events + 1);
    expect(await page.locator('main li', { hasText: b!.name }).first().textContent()).toContain('director, interested in item 2');
    expect(await seriousViolations(page)).toEqual([]);

    // Both vote on item 2: with the interested director left out, one director counts, fewer than the quorum of 2.
    for (const d of [a!, b!]) await web.app.http.post(`${C}/resolutions/${items[1]!.resolutionId}/votes`).set(web.app.auth('secretary')).send({ directorId: d.directorId, vote: 'for' }).expect(201);
    await page.goto(`/meetings/${meetingId}`);
    expect((await page.locator('main h3', { hasText: 'Item 2' }).textContent())!.trim()).toMatch(/: failed$/);
    await context.close();
  }, 120_000);

  it('MA-2: refusals are shown beside their field and write nothing: declared again, after the vote, a day the meeting did not sit or had not yet sat', async () => {
    const { meetingId, items, directors } = await boardMeeting('2024-06-04', 2);
    const [a, b] = directors;
    await web.app.http.post(`${C}/meetings/${meetingId}/interests`).set(web.app.auth('secretary')).send({ directorId: b!.directorId, interestedIn: [1], declaredOn: '2024-06-04' }).expect(201);
    await web.app.http.post(`${C}/resolutions/${items[1]!.resolutionId}/votes`).set(web.app.auth('secretary')).send({ directorId: a!.directorId, vote: 'for' }).expect(201);
    const { context, page } = await web.session('secretary');
    const send = async (director: string, item: string, on?: string) => {
      await page.goto(`/meetings/${meetingId}`);
      await page.getByLabel('Director (present at the sitting)').selectOption(director);
      await page.getByRole('checkbox', { name: item, exact: true }).check();
      if (on !== undefined) await page.getByLabel('Declared at the sitting on').fill(on);
      const before = await ledgerHead(web.app);
      const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record the declaration of interest' }).click()]);
      await page.waitForLoadState('domcontentloaded');
      expect(await ledgerHead(web.app)).toEqual(before);
      return answer.status();
    };

    expect(await send(b!.directorId, 'Item 1')).toBe(422);
    expect((await page.locator('#declaration-items-error').textContent())!.trim()).toBe('Error: The director is already recorded as interested in that item');
    expect(await page.locator('.nhsuk-error-summary a').getAttribute('href')).toBe('#declaration-items');
    expect(await page.getByRole('checkbox', { name: 'Item 1', exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Director (present at the sitting)').inputValue()).toBe(b!.directorId);

    expect(await send(a!.directorId, 'Item 2')).toBe(422);
    expect(await page.locator('#declaration-items-error').textContent()).toContain('an interest declared after the vote changes nothing');

    expect(await send(a!.directorId, 'Item 1', '2024-06-05')).toBe(422);
    expect(await page.locator('#declaration-declaredOn-error').textContent()).toContain('The board meeting did not sit on 5 June 2024: it sat on 4 June 2024');
    expect(await page.getByLabel('Declared at the sitting on').inputValue()).toBe('2024-06-05');

    // MA-2: a day before the meeting's day: it had not yet sat, said beside the date, naming the meeting's day.
    expect(await send(a!.directorId, 'Item 1', '2024-06-03')).toBe(422);
    expect((await page.locator('#declaration-declaredOn-error').textContent())!.trim()).toBe(
      'Error: The board meeting had not yet sat on 3 June 2024: the meeting’s day is 4 June 2024; an interest is declared at a sitting of the meeting',
    );
    expect(await page.locator('.nhsuk-error-summary a').getAttribute('href')).toBe('#declaration-declaredOn');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('the form sent twice with its one-time token records once', async () => {
    const { meetingId, directors } = await boardMeeting('2024-06-06', 2);
    const { context, page } = await web.session('secretary');
    await page.goto(`/meetings/${meetingId}`);
    await page.getByLabel('Director (present at the sitting)').selectOption(directors[0]!.directorId);
    await page.getByRole('checkbox', { name: 'Item 1', exact: true }).check();
    const form = page.locator('form[action$="/interests"]');
    // The form's fields as the browser would send them, sent twice with the same one-time token.
    const pairs: [string, string][] = [];
    const controls = form.locator('input[name], select[name]');
    for (let i = 0; i < (await controls.count()); i++) {
      const control = controls.nth(i);
      if ((await control.getAttribute('type')) === 'checkbox' && !(await control.isChecked())) continue;
      pairs.push([(await control.getAttribute('name'))!, await control.inputValue()]);
    }
    const fields = new URLSearchParams(pairs).toString();
    const before = await ledgerHead(web.app);
    const sendRaw = () => page.request.post(`/meetings/${meetingId}/interests`, { headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' }, data: fields, maxRedirects: 0 });
    expect((await sendRaw()).status()).toBe(303);
    expect((await sendRaw()).status()).toBe(303);
    expect((await ledgerHead(web.app)).events).toBe(before.events + 1);
    await page.goto(`/meetings/${meetingId}`);
    expect(await page.locator('.nhsuk-notification-banner').textContent()).toContain('This was already recorded.');
    await context.close();
  }, 120_000);

  it('a general meeting’s page has no declaration of interest form; a board member sees none either', async () => {
    const { meetingId } = await boardMeeting('2024-06-07', 2);
    const general = await web.app.http
      .post(`${C}/meetings`)
      .set(web.app.auth('secretary'))
      .send({ kind: 'general', noticeGivenOn: '2024-05-01', heldOn: '2024-06-07', items: [{ type: 'ordinary', text: 'THAT the report be received (synthetic).' }] })
      .expect(201);
    const button = { name: 'Record the declaration of interest' };
    const secretary = await web.session('secretary');
    await secretary.page.goto(`/meetings/${meetingId}`);
    expect(await secretary.page.getByRole('button', button).count()).toBe(1);
    await secretary.page.goto(`/meetings/${general.body.meetingId}`);
    expect(await secretary.page.getByRole('button', button).count()).toBe(0);
    await secretary.context.close();
    const { context, page } = await web.session('board');
    await page.goto(`/meetings/${meetingId}`);
    expect(await page.getByRole('button', button).count()).toBe(0);
    await context.close();
  }, 120_000);
});
