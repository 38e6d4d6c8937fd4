import { addDays } from '#domain';
import { today } from '../../apps/api/src/common/today';
import { COMPANY } from '../support/test-app';
import { formatDate } from '#reports';
import { seriousViolations, useWebHarness } from './browser';

const web = useWebHarness();
const C = `/api/companies/${COMPANY}`;
const post = (path: string, body: object) => web.app.http.post(`${C}/${path}`).set(web.app.auth('secretary')).send(body).expect(201);

/**
 * RS-1: a meeting's or a resolution's page as at an earlier day shows it as it stood then, while its
 * forms would act on it as it stands today: such a page offers the secretary no form, and links the
 * page as it stands today, where the forms are.
 */
describe('a page as at an earlier day offers no form', () => {
  it('a meeting as at the day before it was held: no attendance, vote or adjournment form, and a link to the meeting as it stands', async () => {
    const heldOn = addDays(today(), -3);
    const directors = (await web.app.http.get(`${C}/directors?asAt=${heldOn}`).set(web.app.auth('board')).expect(200)).body as { directorId: string }[];
    expect(directors.length).toBeGreaterThanOrEqual(2);
    const called = await post('meetings', { kind: 'board', heldOn, items: [{ text: 'THAT the page wait its day (synthetic).' }] });
    const meetingId = called.body.meetingId as string;

    const { context, page } = await web.session('secretary');
    await page.goto(`/meetings/${meetingId}?asAt=${addDays(heldOn, -1)}`);
    const inset = page.locator('main .nhsuk-inset-text', { hasText: 'This page shows the meeting as it stood on' });
    expect(await inset.textContent()).toContain(formatDate(addDays(heldOn, -1)));
    for (const name of ['Record attendance', 'Adjourn the meeting', 'Record the vote on item 1']) expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(await page.locator('main form').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await inset.getByRole('link', { name: 'the meeting as it stands today' }).click();
    await page.waitForURL(new RegExp(`/meetings/${meetingId}$`));
    expect(await page.getByRole('button', { name: 'Record attendance' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Adjourn the meeting' }).count()).toBe(1);
    expect(await page.locator('main .nhsuk-inset-text', { hasText: 'as it stood on' }).count()).toBe(0);
    await context.close();
  }, 120_000);

  it('a written resolution as at an earlier day: no agreement form for the secretary, a link to it as it stands; the board sees neither', async () => {
    const circulatedOn = addDays(today(), -4);
    const proposed = await post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn, text: 'THAT the form wait its day (synthetic).' });
    const id = proposed.body.resolutionId as string;
    const shown = addDays(circulatedOn, 1);

    const { context, page } = await web.session('secretary');
    await page.goto(`/resolutions/${id}?asAt=${shown}`);
    expect(await page.locator('main dl').textContent()).toContain(`Outcome as at ${formatDate(shown)}`);
    const inset = page.locator('main .nhsuk-inset-text', { hasText: 'This page shows the resolution as it stood on' });
    expect(await inset.textContent()).toContain(formatDate(shown));
    expect(await page.getByRole('button', { name: 'Record it' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await inset.getByRole('link', { name: 'the resolution as it stands today' }).click();
    await page.waitForURL(new RegExp(`/resolutions/${id}$`));
    expect(await page.getByRole('button', { name: 'Record it' }).count()).toBe(1);
    await context.close();

    const board = await web.session('board');
    await board.page.goto(`/resolutions/${id}?asAt=${shown}`);
    expect(await board.page.locator('main .nhsuk-inset-text', { hasText: 'as it stood on' }).count()).toBe(0);
    expect(await board.page.getByRole('button', { name: 'Record it' }).count()).toBe(0);
    await board.context.close();
  }, 120_000);
});
