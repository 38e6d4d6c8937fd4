import { addDays, addMonths } from '#domain';
import { formatDate } from '#reports';
import { today as serviceToday } from '../../apps/api/src/common/today';
import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;
type Duty = { kind: string; reference: string; dueOn: string; status: string; doneOn: string | null };
// With the synthetic filing history every duty before today is done: the open confirmation statement is the one for the review period running now.
const web = useWebHarness({ seedFilings: true });

describe('A confirmation statement delivered early, on /directors', () => {
  it('FC-2, s.853A: it is shown as made up to the day delivered, and the next statement, made up to a year on and due 14 days after, is listed as the API gives it and offered in "Record a filing"', async () => {
    const { app } = web;
    const today = serviceToday();
    const deadlines = async (query: string) => (await app.http.get(`${C}/deadlines?${query}`).set(app.auth('board')).expect(200)).body as Duty[];
    const statement = (await deadlines('')).find((d) => d.kind === 'confirmation-statement' && d.status !== 'done')!;
    // Delivered today, before the period's end: early.
    expect(statement.reference > today).toBe(true);
    await app.http.post(`${C}/filings`).set(app.auth('secretary')).send({ kind: 'confirmation-statement', reference: statement.reference, filedOn: today, lawfulPurposeStatement: true }).expect(201);

    const nextEnd = addDays(addMonths(addDays(today, 1), 12), -1);
    const next = (await deadlines(`from=${today}&to=${addDays(today, 800)}&asAt=${today}`)).find((d) => d.kind === 'confirmation-statement' && d.status !== 'done')!;
    expect(next).toMatchObject({ reference: nextEnd, dueOn: addDays(nextEnd, 14), status: 'due' });

    const { context, page } = await web.session('secretary');
    await page.goto('/directors');
    const duties = page.locator('table', { hasText: 'Companies House and statutory duties' });
    const filed = (await duties.locator('tbody tr', { hasText: `Made up to ${formatDate(today)}` }).textContent())!;
    expect(filed).toContain(`Made up to ${formatDate(today)}, delivered early (the review period was to end ${formatDate(statement.reference)})`);
    expect(filed).toContain(`Done ${formatDate(today)}`);
    expect(await duties.textContent()).not.toContain(`Review period ending ${formatDate(statement.reference)}`);

    const due = (await duties.locator('tbody tr', { hasText: `Review period ending ${formatDate(next.reference)}` }).textContent())!;
    expect(due).toContain(formatDate(next.dueOn));
    expect(due).toContain('CS01');
    expect(due).not.toContain('Done');
    expect(await page.getByLabel('Duty').locator('option', { hasText: `Review period ending ${formatDate(next.reference)}` }).getAttribute('value')).toBe(`confirmation-statement|${next.reference}`);

    // The next review period starts tomorrow: a statement of it delivered today is before what it files, and the page says from when it can be.
    await page.getByLabel('Duty').selectOption(`confirmation-statement|${next.reference}`);
    await page.getByLabel('Date filed or done').fill(today);
    await page.getByRole('button', { name: 'Record the filing' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.locator('#filedOn-error').textContent()).toContain(`The filing date, ${formatDate(today)}, is before what it files: this duty arises on ${formatDate(addDays(today, 1))}`);
    expect((await deadlines(`from=${today}&to=${addDays(today, 800)}&asAt=${today}`)).find((d) => d.reference === next.reference)).toMatchObject({ status: 'due' });
    await context.close();
  }, 120_000);
});
