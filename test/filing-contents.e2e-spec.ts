import { addDays, type CalendarDate } from '#domain';
import { today as serviceToday } from '../apps/api/src/common/today';
import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
type Duty = { kind: string; reference: string; dueOn: string; status: string };
type BadRow = { row: number; problems: string[] };

/**
 * What a filing states is checked the same way whether it is recorded alone (`POST …/filings`) or in a
 * batch of past filings (`POST …/filings/import`), and an outstanding duty stays on the calendar
 * however old. From the seed without its filing history: no registered email address on record.
 */
describe.each(databaseKinds())('filing contents and outstanding duties over HTTP (%s)', (kind) => {
  let t: TestApp;
  let today: CalendarDate;
  beforeAll(async () => {
    t = await startTestApp(kind);
    today = serviceToday();
  });
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  const importCsv = (csv: string) => t.http.post(`${C}/filings/import`).set(t.auth('secretary')).set('content-type', 'text/csv').send(csv);
  const deadlines = async (query: string) => (await t.http.get(`${C}/deadlines?${query}`).set(t.auth('auditor')).expect(200)).body as Duty[];
  const refused = refusedUnchanged(() => ledgerHead(t));
  let ap01: string;

  it('EC-3, CS01: an import with the AP01 of an unverified director and a CS01 made up to a date from 5 March 2024 with no registered email address is refused whole, each row named (CSV and JSON)', async () => {
    const appointedOn = addDays(today, -2);
    const director = await post('officers', {
      role: 'director', name: 'Dr Imported Example (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom',
      nationality: 'British', occupation: 'General practitioner', dateOfBirth: '1975-05-14', residentialAddress: '12 Private Road, London E3 9ZZ', appointedOn,
    }).expect(201);
    ap01 = (await deadlines(`from=${appointedOn}&to=${addDays(today, 30)}&asAt=${today}`)).find((d) => d.kind === 'ap01')!.reference;
    expect(ap01).toBe(`${director.body.officerId}-appointed-${appointedOn}`);
    const rows = [
      { kind: 'confirmation-statement', reference: '2023-09-01', filedOn: '2023-09-14' }, // made up to a date before 5 March 2024: no email address in it
      { kind: 'ap01', reference: ap01, filedOn: today },
      { kind: 'confirmation-statement', reference: '2024-09-01', filedOn: '2024-09-14' },
    ];
    const csv = `kind,reference,filedOn\n${rows.map((r) => `${r.kind},${r.reference},${r.filedOn}`).join('\n')}\n`;
    for (const send of [() => importCsv(csv), () => post('filings/import', { filings: rows })]) {
      const bad = await refused(send, 422, 'FILINGS_INVALID');
      const listed = bad.body.details.rows as BadRow[];
      expect(listed.map((r) => r.row)).toEqual([3, 4]);
      expect(listed[0]!.problems.join(' ')).toContain('identity is verified (EC-3)');
      expect(listed[1]!.problems.join(' ')).toContain('made up to 2024-09-01 gives the company\'s registered email address');
    }
    // The same filings alone are refused for the same reasons.
    await refused(() => post('filings', rows[1]!), 422, 'IDENTITY_NOT_VERIFIED');
    await refused(() => post('filings', rows[2]!), 422, 'REGISTERED_EMAIL_MISSING');

    // With the verification and a registered email address on record by the day delivered, the batch is recorded.
    await post(`officers/${director.body.officerId}/identity-verification`, { verifiedOn: appointedOn, route: 'companies-house', personalCode: 'ABC12345DEF' }).expect(201);
    await post('particulars', { effectiveOn: '2024-09-14', registeredEmailAddress: 'company.secretary@example.org' }).expect(201);
    // CA 2006 s.853A (ECCTA): the statement made up to 31 August 2024 also states the company's lawful purpose; the row without it is named.
    for (const send of [() => importCsv(csv), () => post('filings/import', { filings: rows })]) {
      const unstated = (await refused(send, 422, 'FILINGS_INVALID')).body.details.rows as BadRow[];
      expect(unstated).toEqual([{ row: 4, problems: [expect.stringContaining("states that the company's intended future activities are lawful")] }]);
    }
    const withStatement = (cell: string) =>
      `kind,reference,filedOn,lawfulPurposeStatement\n${rows.map((r) => `${r.kind},${r.reference},${r.filedOn},${r.reference === '2024-09-01' ? cell : ''}`).join('\n')}\n`;
    await refused(() => importCsv(withStatement('perhaps')), 400, 'VALIDATION_FAILED');
    const stated = withStatement('yes');
    expect((await importCsv(stated).expect(201)).body).toMatchObject({ recorded: 3 });
    const recorded = (await t.http.get(`${C}/deadlines?from=2024-08-01&to=2024-10-01&asAt=${today}`).set(t.auth('auditor')).expect(200)).body as Duty[];
    expect(recorded.find((d) => d.kind === 'confirmation-statement' && d.reference === '2024-09-01')).toMatchObject({ status: 'done' });
  });

  it('EC-2: a CH01 overdue for more than a year is on the calendar by default until filed; duties done are still a year back', async () => {
    const [first] = (await t.http.get(`${C}/directors`).set(t.auth('board')).expect(200)).body as { directorId: string }[];
    await post(`officers/${first!.directorId}/particulars`, { effectiveOn: '2025-02-03', serviceAddress: '7 Back-dated Yard, London E1 0XX' }).expect(201);
    const reference = `${first!.directorId}-particulars-changed-2025-02-03`;
    const ch01 = (duties: Duty[]) => duties.filter((d) => d.kind === 'ch01' && d.reference === reference);
    const yearAgo = addDays(today, -365);
    const byDefault = await deadlines(`asAt=${today}`);
    expect(ch01(byDefault)).toEqual([expect.objectContaining({ dueOn: '2025-02-17', status: 'overdue' })]);
    // The year's window still limits what is done or not yet due: the statements filed just now are before it.
    expect(byDefault.filter((d) => d.status !== 'overdue' && d.dueOn < yearAgo)).toEqual([]);
    expect(byDefault.some((d) => d.kind === 'confirmation-statement' && d.reference === '2024-09-01')).toBe(false);
    // A window asked for is the window given.
    expect(ch01(await deadlines(`from=${yearAgo}&asAt=${today}`))).toEqual([]);
    // s.853A: a statement of lawful purpose is made only on a confirmation statement; beside a CH01 it is refused, by the route and in an import.
    const stated = await refused(() => post('filings', { kind: 'ch01', reference, filedOn: today, lawfulPurposeStatement: true }), 400, 'VALIDATION_FAILED', 'lawfulPurposeStatement');
    expect(JSON.stringify(stated.body.details)).toContain('made only on a confirmation statement');
    const imported = await refused(() => importCsv(`kind,reference,filedOn,lawfulPurposeStatement\nch01,${reference},${today},yes\n`), 400, 'VALIDATION_FAILED');
    expect(imported.body.details).toEqual([{ field: 'filings[0]', row: 2, problems: [expect.stringContaining('made only on a confirmation statement')] }]);
    // Filed, the duty is done, and a year and more after its due date it leaves the default list.
    await post('filings', { kind: 'ch01', reference, filedOn: today, lawfulPurposeStatement: false }).expect(201);
    expect(ch01(await deadlines(`asAt=${today}`))).toEqual([]);
  });

  it('CA 2006 s.853A(1)(b): a confirmation statement delivered while a CH01 of its period was not names that notice, found before the window asked for; one made up to a date before the change names none', async () => {
    const [first] = (await t.http.get(`${C}/directors`).set(t.auth('board')).expect(200)).body as { directorId: string }[];
    const ch01 = { kind: 'ch01', reference: `${first!.directorId}-particulars-changed-2025-02-03`, formCode: 'CH01', arisesOn: '2025-02-03' };
    // The change of 3 February 2025 (the test before) was notified only today; the statement made up to 31 August 2025 was delivered on 10 September 2025.
    await post('filings', { kind: 'confirmation-statement', reference: '2025-09-01', filedOn: '2025-09-10', lawfulPurposeStatement: true }).expect(201);
    type Listed = Duty & { undeliveredNotices?: unknown[] };
    const statement = async (asAt: string) =>
      ((await deadlines(`from=2025-08-01&to=2025-10-01&asAt=${asAt}`)) as Listed[]).find((d) => d.kind === 'confirmation-statement' && d.reference === '2025-09-01');
    // Found though the CH01 fell due (17 February 2025) before the window asked for; the statement stays done.
    expect(await statement(today)).toMatchObject({ status: 'done', undeliveredNotices: [ch01] });
    expect(await statement('2025-09-10')).toMatchObject({ status: 'done', undeliveredNotices: [ch01] });
    expect(((await deadlines(`from=2025-08-01&to=2025-10-01&asAt=${today}`)) as Listed[]).filter((d) => d.undeliveredNotices !== undefined)).toHaveLength(1);
    // The statement before it (made up to 31 August 2024, delivered 14 September 2024) came before the change: it names nothing.
    const earlier = ((await deadlines(`from=2024-08-01&to=2024-10-01&asAt=${today}`)) as Listed[]).find((d) => d.kind === 'confirmation-statement' && d.reference === '2024-09-01');
    expect(earlier).toMatchObject({ status: 'done' });
    expect(earlier!.undeliveredNotices).toBeUndefined();
  });
});
