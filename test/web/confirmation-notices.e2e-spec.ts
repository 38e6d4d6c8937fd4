import { COMPANY } from '../support/test-app';
import { useWebHarness } from './browser';

const C = `/api/companies/${COMPANY}`;
const web = useWebHarness();

describe('Directors page: what a confirmation statement confirmed', () => {
  it('CA 2006 s.853A(1)(b): a confirmation statement delivered while the AP01 of an appointment in its period was not says so beside "Done"', async () => {
    const { app } = web;
    type Duty = { kind: string; reference: string; status: string; doneOn: string | null; undeliveredNotices?: unknown[] };
    const statement = async () =>
      ((await app.http.get(`${C}/deadlines?from=2023-09-01&to=2023-09-30&asAt=2023-09-20`).set(app.auth('auditor')).expect(200)).body as Duty[]).find(
        (d) => d.kind === 'confirmation-statement' && d.reference === '2023-09-01',
      );
    // The statement made up to 31 August 2023 was delivered on 14 September 2023; a director appointed on 3 July 2023 is recorded
    // only now, with no AP01 delivered.
    await app.http.post(`${C}/filings`).set(app.auth('secretary')).send({ kind: 'confirmation-statement', reference: '2023-09-01', filedOn: '2023-09-14' }).expect(201);
    expect(await statement()).toMatchObject({ status: 'done', doneOn: '2023-09-14' });
    expect((await statement())!.undeliveredNotices).toBeUndefined();
    await app.http.post(`${C}/officers`).set(app.auth('secretary')).send({
      role: 'director', name: 'Dr Unnotified Example (synthetic)', serviceAddress: '1 Demo Yard', countryOfResidence: 'United Kingdom', nationality: 'British',
      occupation: 'General practitioner', dateOfBirth: '1970-01-01', residentialAddress: '2 Private Road, London E3 9ZZ', appointedOn: '2023-07-03',
    }).expect(201);
    expect(await statement()).toMatchObject({ status: 'done', undeliveredNotices: [expect.objectContaining({ kind: 'ap01', formCode: 'AP01', arisesOn: '2023-07-03' })] });
    const { page } = await web.session('board');
    await page.goto('/directors?asAt=2023-09-20');
    const row = page.locator('table', { hasText: 'Companies House and statutory duties' }).locator('tbody tr', { hasText: 'Done 14 September 2023' }).filter({ hasText: 'CS01' });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Confirmed as delivered, but not delivered by then: AP01 of the change on 3 July 2023 (CA 2006 s.853A(1)(b))');
    // Only that statement says so.
    expect(await page.getByText('Confirmed as delivered, but not delivered by then').count()).toBe(1);
  });
});
