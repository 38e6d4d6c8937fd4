import { ledgerHead } from '../support/ledger';
import { COMPANY } from '../support/test-app';
import { seriousViolations, useWebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;
const web = useWebHarness();

const particulars = { serviceAddress: '1 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom', nationality: 'British', occupation: 'General practitioner', residentialAddress: '12 Private Road, London E3 9ZZ' };

/** Sends the appointment form of a director with the fields given (a date typed as text, as an older browser takes it). */
const sendAppointment = async (page: Awaited<ReturnType<typeof web.session>>['page'], fields: Record<string, string>, tick = false) => {
  for (const [id, value] of Object.entries(fields)) {
    await page.evaluate(`document.getElementById(${JSON.stringify(`appoint-${id}`)}).type = "text"`);
    await page.locator(`#appoint-${id}`).fill(value);
  }
  if (tick) await page.locator('#appoint-differentPerson').check();
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Appoint' }).click()]);
  return response.status();
};

describe('appointing a director on the officers page: the date of birth and a namesake in office', () => {
  it('s.157: a date of birth of 1800-01-01 is refused beside the date of birth, in words, the answers kept; nothing is written', async () => {
    const before = await ledgerHead(web.app);
    const { context, page } = await web.session('secretary');
    await page.goto('/officers');
    expect(await sendAppointment(page, { name: 'Dr Page Ancient (synthetic)', ...particulars, appointedOn: '2026-03-02', dateOfBirth: '1800-01-01' })).toBe(422);
    expect(await page.locator('#appoint-dateOfBirth-error').textContent()).toContain('That date of birth makes the director older than 120 on the day of appointment');
    expect(await page.locator('#appoint-dateOfBirth').inputValue()).toBe('1800-01-01');
    expect(await page.locator('.nhsuk-error-summary a').first().getAttribute('href')).toBe('#appoint-dateOfBirth');
    expect(await ledgerHead(web.app)).toEqual(before);
    await context.close();
  });

  it('EC-2: the name of a director in office is refused, naming that appointment, with a box to say it is a different person; ticked, both are appointed and every list of officers tells them apart by the day of appointment, never the date of birth', async () => {
    await web.app.http.post(`${C}/officers`).set(web.app.auth('secretary')).send({ role: 'director', name: 'Dr Asha Begum (synthetic)', ...particulars, dateOfBirth: '1970-07-07', appointedOn: '2026-05-01' }).expect(201);
    const before = await ledgerHead(web.app);
    const { context, page } = await web.session('secretary');
    await page.goto('/officers');
    expect(await page.locator('#appoint-differentPerson').count()).toBe(0);
    const second = { name: 'Dr Asha Begum (synthetic)', ...particulars, appointedOn: '2026-06-01', dateOfBirth: '1984-02-02' };
    expect(await sendAppointment(page, second)).toBe(422);
    const said = (await page.locator('#appoint-differentPerson-error').textContent())!;
    expect(said).toContain('Dr Asha Begum (synthetic) has been a director since 1 May 2026');
    expect(said).not.toContain('1970');
    expect(await page.locator('#appoint-dateOfBirth').inputValue()).toBe('1984-02-02');
    expect(await page.locator('#appoint-differentPerson').isChecked()).toBe(false);
    expect(await ledgerHead(web.app)).toEqual(before);
    expect(await seriousViolations(page)).toEqual([]);

    // Ticked, the form as it was kept is sent again.
    await page.locator('#appoint-differentPerson').check();
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Appoint' }).click()]);
    expect(response.status()).toBeLessThan(400);
    await page.goto('/officers');
    const labels = (await page.locator('#change-officer option').allTextContents()).filter((t) => t.includes('Asha Begum'));
    expect(labels).toEqual(['Dr Asha Begum (synthetic) (director, appointed 1 May 2026)', 'Dr Asha Begum (synthetic) (director, appointed 1 June 2026)']);
    // Others of the list keep their plain labels.
    expect(await page.locator('#change-officer option').allTextContents()).toContain('Choose');
    await context.close();

    // The chair of a board meeting is chosen from the board, the two told apart in the same way; no full date of birth on either page.
    const board = await web.session('secretary');
    await board.page.goto('/meetings');
    const chairs = (await board.page.locator('#chairDirectorId option').allTextContents()).filter((t) => t.includes('Asha Begum'));
    expect(chairs).toEqual(['Dr Asha Begum (synthetic) (appointed 1 May 2026)', 'Dr Asha Begum (synthetic) (appointed 1 June 2026)']);
    // A written resolution of the board: the directors who may agree it, the two told apart the same way.
    const written = await web.app.http.post(`${C}/resolutions`).set(web.app.auth('secretary'))
      .send({ kind: 'board', procedure: 'written', circulatedOn: '2026-06-02', text: 'THAT the minutes be approved (synthetic).' }).expect(201);
    await board.page.goto(`/resolutions/${encodeURIComponent(written.body.resolutionId)}`);
    const agreeing = (await board.page.locator('#who option').allTextContents()).filter((t) => t.includes('Asha Begum')).sort();
    expect(agreeing).toEqual(['Dr Asha Begum (synthetic) (appointed 1 May 2026)', 'Dr Asha Begum (synthetic) (appointed 1 June 2026)'].sort());
    // EC-2, model articles art. 8: a director appointed with effect before that circulation is refused beside the date of appointment, naming it.
    await board.page.goto('/officers');
    const headBefore = await ledgerHead(web.app);
    expect(await sendAppointment(board.page, { name: 'Dr Back Dated (synthetic)', ...particulars, appointedOn: '2026-06-01', dateOfBirth: '1975-05-05' })).toBe(422);
    const beside = (await board.page.locator('#appoint-appointedOn-error').textContent())!;
    expect(beside).toContain(`the written resolution of the directors ${written.body.reference} was circulated on 2 June 2026`);
    expect(await ledgerHead(web.app)).toEqual(headBefore);
    await board.context.close();
    const member = await web.session('board');
    await member.page.goto('/officers');
    const text = (await member.page.locator('main').textContent())!;
    expect(text).not.toContain('7 July 1970');
    expect(text).not.toContain('2 February 1984');
    await member.context.close();
  });
});
