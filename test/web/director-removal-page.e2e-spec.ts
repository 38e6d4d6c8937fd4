import { ledgerHead } from '../support/ledger';
import { appointDirector } from '../support/officers';
import { COMPANY } from '../support/test-app';
import { seriousViolations, useWebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const web = useWebHarness();

describe('recording a director removed by the members (s.168) on the officers page', () => {
  it('s.168: the leaving-office form offers a passed removal resolution once there is one; dated before it passed, it is refused beside the choice in words, nothing written; on the day, the removal is recorded', async () => {
    const name = 'Dr Page Removed (synthetic)';
    const officerId = await appointDirector(web.app, name);
    const { context, page } = await web.session('secretary');
    await page.goto('/officers');
    // No resolution for a removal has passed yet: the form asks only for the officer and the day.
    expect(await page.locator('#resign-removedBy').count()).toBe(0);

    const secretary = web.app.auth('secretary');
    const proposed = await web.app.http.post(`${C}/resolutions`).set(secretary).send({
      kind: 'members', type: 'ordinary', procedure: 'meeting', matter: 'removal-of-director', text: `THAT ${name} be removed from office as a director.`,
      noticeGivenOn: '2026-03-01', meetingOn: '2026-03-20', specialNoticeReceivedOn: '2026-02-10',
    }).expect(201);
    for (const { memberId } of proposed.body.entitled as { memberId: string }[]) {
      await web.app.http.post(`${C}/resolutions/${proposed.body.resolutionId}/votes`).set(secretary).send({ memberId, vote: 'for' }).expect(201);
    }
    const reference = proposed.body.reference as string;

    await page.goto('/officers');
    const choice = page.locator('#resign-removedBy');
    const offered = (await choice.locator('option').allTextContents()).join('\n');
    expect(offered).toContain('No: they resigned, or left office otherwise');
    expect(offered).toContain(`${reference} (passed 20 March 2026): THAT ${name} be removed from office as a director.`);
    await page.locator('#resign-officer').selectOption({ label: `${name} (director)` });
    await page.locator('#resign-on').fill('2026-03-19');
    await choice.selectOption({ label: `${reference} (passed 20 March 2026): THAT ${name} be removed from office as a director.` });
    const before = await ledgerHead(web.app);
    const [refused] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record leaving office' }).click()]);
    expect(refused.status()).toBe(422);
    // The day is what is wrong (the meeting that passed it was on 20 March): the refusal is beside the date.
    const error = (await page.locator('#resign-on-error').textContent())!;
    expect(error).toContain(`${reference} had not passed by 19 March 2026: ${name} leaves office by removal (s.168) on or after the day the members' resolution passes`);
    expect(error).not.toMatch(UUID);
    expect(await page.locator('.nhsuk-error-summary a').first().getAttribute('href')).toBe('#resign-on');
    expect(await ledgerHead(web.app)).toEqual(before);
    // The answers are kept: only the day need change.
    expect(await page.locator('#resign-removedBy').inputValue()).toBe(proposed.body.resolutionId);
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('#resign-on').fill('2026-03-20');
    const [accepted] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record leaving office' }).click()]);
    expect(accepted.status()).toBeLessThan(400);
    expect(await page.locator('main').textContent()).toContain(`${name} left office on 20 March 2026, removed by the members' resolution ${reference} (s.168).`);
    const officers = (await web.app.http.get(`${C}/officers`).set(secretary).expect(200)).body as { officerId: string; resignedOn: string | null; removedBy: string | null }[];
    expect(officers.find((o) => o.officerId === officerId)).toMatchObject({ resignedOn: '2026-03-20', removedBy: proposed.body.resolutionId });
    // The resolution has removed its director: the form no longer offers it.
    await page.goto('/officers');
    expect(await page.locator('#resign-removedBy').count()).toBe(0);
    // The board the day before: the director in office, as then, with no leaving dated later (EC-1); from the day, not on the board.
    await page.goto('/directors?asAt=2026-03-19');
    const row = (await page.locator('main table').first().locator('tbody tr', { hasText: name }).textContent())!;
    expect(row).not.toContain('20 March 2026');
    expect(row).not.toMatch(UUID);
    await page.goto('/directors?asAt=2026-03-20');
    expect(await page.locator('main table').first().locator('tbody tr', { hasText: name }).count()).toBe(0);
    await context.close();
  });
});
