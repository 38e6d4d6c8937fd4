import { addDays, addMonths, type CalendarDate } from '#domain';
import { today as serviceToday } from '../apps/api/src/common/today';
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
type Duty = { kind: string; reference: string; dueOn: string; status: string; doneOn: string | null; formCode: string | null; section: string };

/** The filings calendar as it stands since 18 November 2025 (BRIEF §7: FC-1…FC-4), over HTTP from a fresh start. */
describe.each(databaseKinds())('filings calendar from a fresh install (%s)', (kind) => {
  let t: TestApp;
  let today: CalendarDate;
  beforeAll(async () => {
    t = await startTestApp(kind, { seedFilings: true });
    today = serviceToday();
  });
  afterAll(() => t.close());

  const deadlines = async (query: string) => (await t.http.get(`${C}/deadlines?${query}`).set(t.auth('auditor')).expect(200)).body as Duty[];
  const head = async () => (await t.http.get(`${C}/ledger/verify`).set(t.auth('auditor')).expect(200)).body as { headHash: string; events: number };
  const importCsv = (csv: string) => t.http.post(`${C}/filings/import`).set(t.auth('secretary')).set('content-type', 'text/csv').send(csv);

  it('FC-1 / FC-3: a fresh install lists nothing overdue: no SH01 for the 37 subscriber shares, no lapsed resolution, the past filed', async () => {
    const all = await deadlines(`from=2014-09-01&to=${addDays(today, 365)}&asAt=${today}`);
    expect(all.filter((d) => d.status === 'overdue')).toEqual([]);
    expect(all.filter((d) => d.kind === 'sh01' || d.kind === 'written-resolution-lapse')).toEqual([]);
    expect(all.filter((d) => d.kind === 'share-certificate')).toHaveLength(37);
    // SH-2: the founding shares' certificate duties are done by the certificates in the certificate register,
    // numbered in share order and issued on the day of allotment, not by a filing with nothing behind it.
    const certificates = (await t.http.get(`${C}/certificates`).set(t.auth('auditor')).expect(200)).body.certificates as { certificateNumber: number; shareNumber: number; issuedOn: string }[];
    expect(certificates.map((c) => [c.certificateNumber, c.shareNumber, c.issuedOn])).toEqual(Array.from({ length: 37 }, (_, i) => [i + 1, i + 1, '2014-09-01']));
    expect(all.filter((d) => d.kind === 'share-certificate' && d.doneOn !== '2014-09-01')).toEqual([]);
    const ahead = all.filter((d) => d.status === 'due');
    expect(ahead.map((d) => d.kind).sort()).toEqual(expect.arrayContaining(['annual-accounts', 'cic34-report', 'confirmation-statement']));
    for (const d of all) expect(d.section).toMatch(/s\.\d+/);
    expect(ahead.find((d) => d.kind === 'confirmation-statement')).toMatchObject({ formCode: 'CS01' });
  });

  it('FC-1: a subscriber share allotted after the day of incorporation is 422 and nothing is written', async () => {
    const before = await head();
    const res = await t.http
      .post(`${C}/share-allotments`)
      .set(t.auth('secretary'))
      .send({ effectiveOn: '2015-01-05', holder: { name: 'X', address: 'Y' }, subscriber: true });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 422, code: 'SUBSCRIBER_SHARE_NOT_ON_INCORPORATION' });
    expect(await head()).toEqual(before);
  });

  it('past filings by CSV: every bad row listed, nothing recorded; the good batch records each and marks it done', async () => {
    const statement = (await deadlines(`from=${today}&to=${addDays(today, 366)}&asAt=${today}`)).find((d) => d.kind === 'confirmation-statement')!;
    const before = await head();
    const bad = await importCsv(`kind,reference,filedOn,lawfulPurposeStatement\nconfirmation-statement,${statement.reference},${today},yes\nsh01,share-allotment-1,2014-09-20,\nconfirmation-statement,2016-09-01,2016-09-01,\n`);
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 422, code: 'FILINGS_INVALID' });
    // Rows as a spreadsheet numbers them: the header is row 1.
    expect(bad.body.details.rows.map((r: { row: number }) => r.row)).toEqual([3, 4]);
    expect(bad.body.details.rows[1].problems.join(' ')).toContain('was recorded as done');
    expect(await head()).toEqual(before);

    const shape = await importCsv('kind,reference,filedOn\n\ncs01,x,2016-02-30\n');
    expect({ status: shape.status, code: shape.body.code, field: shape.body.details[0].field, row: shape.body.details[0].row }).toEqual({ status: 400, code: 'VALIDATION_FAILED', field: 'filings[0]', row: 3 });
    const json = await t.http.post(`${C}/filings/import`).set(t.auth('secretary')).send({ filings: [{ kind: 'sh01', reference: 'x', filedOn: '2016-01-01' }, { kind: 'cs01', reference: 'x', filedOn: '2016-01-01' }] });
    expect({ status: json.status, field: json.body.details[0].field, row: json.body.details[0].row }).toEqual({ status: 400, field: 'filings[1]', row: 3 });
    // SH-2, SH-3, FC-3: a share certificate is done by issuing it, a transfer decision by registering or refusing
    // the transfer, and a lapsed written resolution is no duty: an import marks none of them done.
    const notFilings = await importCsv('kind,reference,filedOn\nshare-certificate,share-allotment-1,2014-09-20\ntransfer-decision,x,2016-01-01\nwritten-resolution-lapse,x,2016-01-01\nconfirmation-statement,2016-09-01,2016-09-01\n');
    expect({ status: notFilings.status, rows: notFilings.body.details.map((d: { row: number }) => d.row) }).toEqual({ status: 400, rows: [2, 3, 4] });
    expect(notFilings.body.details[0].problems.join(' ')).toMatch(/share certificate is recorded by issuing it/);
    // CA 2006 s.853A: in JSON the statement of lawful purpose is true or false, as POST …/filings takes it; "yes" is the CSV's word only.
    for (const said of ['yes', 'true', 1]) {
      const yes = await t.http.post(`${C}/filings/import`).set(t.auth('secretary')).send({ filings: [{ kind: 'confirmation-statement', reference: statement.reference, filedOn: today, lawfulPurposeStatement: said }] });
      expect({ status: yes.status, field: yes.body.details?.[0]?.field, problems: yes.body.details?.[0]?.problems }).toEqual({ status: 400, field: 'filings[0]', problems: ['lawfulPurposeStatement must be true or false'] });
    }
    expect(await head()).toEqual(before);

    // FC-2: filed early, today: the statement is made up to today and the next period ends a year on.
    const good = await importCsv(`kind,reference,filedOn,lawfulPurposeStatement\nconfirmation-statement,${statement.reference},${today},yes\n`).expect(201);
    expect(good.body).toMatchObject({ recorded: 1 });
    const after = await deadlines(`from=${today}&to=${addDays(today, 800)}&asAt=${today}`);
    const statements = after.filter((d) => d.kind === 'confirmation-statement');
    const nextEnd = addDays(addMonths(addDays(today, 1), 12), -1);
    expect(statements[0]).toMatchObject({ reference: statement.reference, status: 'done', doneOn: today });
    expect(statements[1]).toMatchObject({ reference: nextEnd, dueOn: addDays(nextEnd, 14), status: 'due' });
  });

  it('FC-2 / s.442: a filing dated before what it files is refused, in a batch (422 FILINGS_INVALID naming the row and filedOn) and alone (422 FILING_BEFORE_DUTY); nothing is recorded', async () => {
    const open = (await deadlines(`from=${today}&to=${addDays(today, 800)}&asAt=${today}`)).filter((d) => d.status !== 'done');
    const accounts = open.find((d) => d.kind === 'annual-accounts')!;
    const statement = open.find((d) => d.kind === 'confirmation-statement')!;
    const before = await head();
    const accountsEarly = addDays(accounts.reference as CalendarDate, -10);
    const bad = await importCsv(`kind,reference,filedOn\nannual-accounts,${accounts.reference},${accountsEarly}\nconfirmation-statement,${statement.reference},2015-01-01\n`);
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 422, code: 'FILINGS_INVALID' });
    const [accountsRow, statementRow] = bad.body.details.rows as { row: number; problems: string[] }[];
    expect([accountsRow.row, statementRow.row]).toEqual([2, 3]);
    expect(accountsRow.problems.join(' ')).toContain(`filedOn ${accountsEarly} is before the accounting period it reports on ends (${accounts.reference})`);
    expect(statementRow.problems.join(' ')).toContain('filedOn 2015-01-01 is before the review period it confirms begins');
    expect(await head()).toEqual(before);

    const alone = await t.http.post(`${C}/filings`).set(t.auth('secretary')).send({ kind: 'confirmation-statement', reference: statement.reference, filedOn: '2015-01-01' });
    expect({ status: alone.status, code: alone.body.code }).toEqual({ status: 422, code: 'FILING_BEFORE_DUTY' });
    expect(alone.body.details).toMatchObject({ field: 'filedOn', kind: 'confirmation-statement', reference: statement.reference, filedOn: '2015-01-01' });
    expect(await head()).toEqual(before);
  });
});
