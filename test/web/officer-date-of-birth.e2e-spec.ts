import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { seriousViolations, useWebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;
const web = useWebHarness();

const appoint = async (name: string) =>
  (
    await web.app.http.post(`${C}/officers`).set(web.app.auth('secretary')).send({
      role: 'director', name, serviceAddress: '1 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom', nationality: 'British',
      occupation: 'General practitioner', dateOfBirth: '1971-02-03', residentialAddress: '12 Private Road, London E3 9ZZ', appointedOn: '2026-01-05',
    }).expect(201)
  ).body.officerId as string;

describe("correcting a director's date of birth on the officers page", () => {
  it('EC-4, s.163: the secretary corrects it through the change form; a date in the future or one making the director under 16 at appointment is refused beside the field in words, the typed values kept, nothing written', async () => {
    const officerId = await appoint('Dr Page Birthday (synthetic)');
    const { context, page } = await web.session('secretary');
    const send = async (dateOfBirth: string) => {
      await page.goto('/officers');
      await page.locator('#change-officer').selectOption({ label: 'Dr Page Birthday (synthetic) (director)' });
      await page.locator('#change-on').fill('2026-03-02');
      await page.locator('#change-occupation').fill('Clinical director');
      await page.locator('#change-dateOfBirth').fill(dateOfBirth);
      const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Record the change' }).click()]);
      return response.status();
    };
    const before = await ledgerHead(web.app);

    expect(await send('2099-05-01')).toBe(422);
    expect(await page.locator('#change-dateOfBirth-error').textContent()).toContain('The date of birth, 1 May 2099, is in the future');
    expect(await page.locator('#change-dateOfBirth').inputValue()).toBe('2099-05-01');
    expect(await page.locator('#change-occupation').inputValue()).toBe('Clinical director');
    expect(await page.locator('#change-on').inputValue()).toBe('2026-03-02');
    expect(await page.locator('#change-officer').inputValue()).toBe(officerId);
    expect(await page.locator('.nhsuk-error-summary a').first().getAttribute('href')).toBe('#change-dateOfBirth');

    expect(await send('2012-06-01')).toBe(422);
    const young = (await page.locator('#change-dateOfBirth-error').textContent())!;
    expect(young).toMatch(/16/);
    expect(young).not.toMatch(/DIRECTOR_UNDER_MINIMUM_AGE|s\.157\)/);
    expect(await page.locator('#change-dateOfBirth').inputValue()).toBe('2012-06-01');
    expect(await ledgerHead(web.app)).toEqual(before);
    expect(await seriousViolations(page)).toEqual([]);

    expect(await send('1971-03-02')).toBeLessThan(400);
    const officers = (await web.app.http.get(`${C}/officers`).set(web.app.auth('secretary')).expect(200)).body as { officerId: string; dateOfBirth?: string; occupation: string }[];
    expect(officers.find((o) => o.officerId === officerId)).toMatchObject({ dateOfBirth: '1971-03-02', occupation: 'Clinical director' });
    await context.close();
  });

  it('EC-4: the date-of-birth field is the secretary\'s alone: a board member sees no change form and no full date of birth', async () => {
    await appoint('Dr Page Private Birthday (synthetic)');
    const { context, page } = await web.session('board');
    await page.goto('/officers');
    expect(await page.locator('#change-dateOfBirth').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain('3 February 1971');
    await context.close();
  });
});
