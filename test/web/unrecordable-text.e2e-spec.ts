import type { Page } from 'playwright-core';
import { databaseKinds } from '../support/databases';
import { ledgerHead } from '../support/ledger';
import { readRegister } from '../support/register';
import { COMPANY } from '../support/test-app';
import { seriousViolations, submit, useWebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;

/** What a page says beside a field that held a control character or a direction mark, `what` naming the field. */
const said = (what: string) =>
  `${what} had a character that cannot be recorded (a control character or a text-direction mark). It has been taken out: check the ${what.toLowerCase()} and send the form again`;

/** The form's error summary and the error beside `field`, spaces collapsed. */
async function shown(page: Page, field: string): Promise<{ summary: string; links: (string | null)[]; beside: string }> {
  const summary = page.locator('.nhsuk-error-summary');
  return {
    summary: ((await summary.textContent()) ?? '').replace(/\s+/g, ' '),
    links: await summary.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    beside: ((await page.locator(`#${field}-error`).textContent()) ?? '').replace(/\s+/g, ' ').trim().replace(/^Error: /, ''),
  };
}

/**
 * A page form whose text holds a NUL, another control character or a direction control (a
 * right-to-left override, a left-to-right or right-to-left mark) is shown again, 400, with the problem
 * in the error summary and beside that field, the other answers as typed and the field without the
 * characters; nothing is recorded. The API keeps refusing a NUL or a direction override with its 400.
 */
describe.each(databaseKinds())('page forms whose text holds characters that cannot be recorded (%s)', (kind) => {
  const web = useWebHarness({}, kind);

  it('RM-1: a practice named with a NUL is not admitted: the form again (400), the problem beside the name, the address, ODS code and date kept; sent again as shown, it is admitted without the character', async () => {
    const head = await ledgerHead(web.app);
    const { context, page } = await web.session('secretary');
    await page.goto('/practices');
    await page.getByLabel('ODS code').fill('Z00093');
    await page.getByLabel('Name of the practice').fill('Example\u0000 Unrecordable Practice');
    await page.getByLabel('Address of the practice').fill('93 Example Street, London E1 9AA');
    await page.getByLabel('Date it joins the list').fill('2024-03-01');
    expect(await submit(page, 'Admit the practice')).toBe(400);

    expect(await shown(page, 'name')).toEqual({ summary: expect.stringContaining(said('Name')), links: ['#name'], beside: said('Name') });
    expect(await page.getByLabel('Address of the practice').inputValue()).toBe('93 Example Street, London E1 9AA');
    expect(await page.getByLabel('ODS code').inputValue()).toBe('Z00093');
    expect(await page.getByLabel('Date it joins the list').inputValue()).toBe('2024-03-01');
    expect(await page.getByLabel('Name of the practice').inputValue()).toBe('Example Unrecordable Practice');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await ledgerHead(web.app)).toEqual(head);
    const listed = await web.app.http.get(`${C}/practices?asAt=2999-12-31`).set(web.app.auth('secretary')).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain('Z00093');

    expect(await submit(page, 'Admit the practice')).toBe(303);
    const admitted = await web.app.http.get(`${C}/practices?asAt=2999-12-31`).set(web.app.auth('secretary')).expect(200);
    expect((admitted.body as { odsCode: string; name: string }[]).find((p) => p.odsCode === 'Z00093')?.name).toBe('Example Unrecordable Practice');
    await context.close();
  });

  it('a resolution whose text holds a right-to-left override and a control character is not proposed: the form again (400), the problem beside the text, the other answers kept', async () => {
    const head = await ledgerHead(web.app);
    const { context, page } = await web.session('secretary');
    await page.goto('/resolutions');
    await page.getByRole('radio', { name: "The board's" }).check();
    await page.getByRole('radio', { name: 'At a meeting' }).check();
    await page.getByLabel('Text of the resolution').fill('THAT the \u202eaccounts\u202c be\u0001 approved (synthetic).');
    await page.getByLabel('Date of the meeting (at a meeting)').fill('2026-01-15');
    expect(await submit(page, 'Propose the resolution')).toBe(400);

    expect(await shown(page, 'text')).toEqual({ summary: expect.stringContaining(said('Text')), links: ['#text'], beside: said('Text') });
    expect(await page.getByLabel('Date of the meeting (at a meeting)').inputValue()).toBe('2026-01-15');
    expect(await page.getByRole('radio', { name: "The board's" }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'At a meeting' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Text of the resolution').inputValue()).toBe('THAT the accounts be approved (synthetic).');
    expect(await ledgerHead(web.app)).toEqual(head);
    await context.close();
  });

  it("RM-3: a member's new address holding a direction isolate and a bell character is not recorded: the form again (400), the problem beside the address, the new name and date kept", async () => {
    const head = await ledgerHead(web.app);
    const [member] = (await readRegister(web.app, 'status=current&limit=1')).members;
    const { context, page } = await web.session('secretary');
    await page.goto(`/register/members/${encodeURIComponent(member!.memberId)}/particulars`);
    await page.getByLabel('New name (optional)').fill('Example Renamed Practice (synthetic)');
    await page.getByLabel('New address (optional)').fill('\u206712 Example Road,\u0007 London E1 2AA\u2069');
    await page.getByLabel('Date the new particulars take effect').fill('2025-06-01');
    expect(await submit(page, 'Record the new particulars')).toBe(400);

    expect(await shown(page, 'address')).toEqual({ summary: expect.stringContaining(said('Address')), links: ['#address'], beside: said('Address') });
    expect(await page.getByLabel('New name (optional)').inputValue()).toBe('Example Renamed Practice (synthetic)');
    expect(await page.getByLabel('Date the new particulars take effect').inputValue()).toBe('2025-06-01');
    expect(await ledgerHead(web.app)).toEqual(head);
    const [after] = (await readRegister(web.app, 'status=current&limit=1')).members;
    expect(after!.name).toBe(member!.name);
    await context.close();
  });

  it('the API refuses a NUL, a right-to-left override or an escape character in a name or address with its 400 VALIDATION_FAILED naming the field, and writes nothing', async () => {
    const head = await ledgerHead(web.app);
    const secretary = web.app.auth('secretary');
    const nul = await web.app.http.post(`${C}/practices`).set(secretary).send({ odsCode: 'Z00094', name: 'Example\u0000 Practice', address: '94 Example Street', on: '2024-03-01' }).expect(400);
    expect(nul.body).toEqual({ statusCode: 400, code: 'VALIDATION_FAILED', message: 'the request is not valid', details: [{ field: 'name', problems: ['must not contain NUL characters'] }] });
    const rlo = await web.app.http.post(`${C}/resolutions`).set(secretary).send({ kind: 'board', procedure: 'meeting', meetingOn: '2026-01-15', text: 'THAT the \u202eaccounts be approved.' }).expect(400);
    expect(rlo.body).toEqual({
      statusCode: 400, code: 'VALIDATION_FAILED', message: 'the request is not valid',
      details: [{ field: 'text', problems: ['must not contain characters that change the direction of text (U+202A–U+202E, U+2066–U+2069)'] }],
    });
    const escape = await web.app.http.post(`${C}/practices`).set(secretary).send({ odsCode: 'Z00095', name: 'Example Practice', address: '95 Example\u001b[2J Street', on: '2024-03-01' }).expect(400);
    expect(escape.body.details).toEqual([{ field: 'address', problems: ['must not contain control characters other than tab, line feed and carriage return'] }]);
    expect(await ledgerHead(web.app)).toEqual(head);
  });
});
