import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

type Duty = { kind: string; reference: string; dueOn: string; formCode: string | null };

/** FC-5 (s.392) over HTTP: an AA01 recorded through the particulars moves the accounts due dates of the compliance calendar. */
describe.each(databaseKinds())('a change of accounting reference date moves the accounts calendar (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const accounts = async () =>
    ((await t.http.get(`${C}/deadlines?from=2020-06-01&to=2022-12-31`).set(t.auth('auditor')).expect(200)).body as Duty[])
      .filter((d) => d.kind === 'annual-accounts')
      .map((d) => [d.reference, d.dueOn]);

  it('FC-5, s.392: with none recorded, the particulars give the 30 September the calendar counts from (s.391(4)); recording 30 September is refused as no change (422 PARTICULARS_UNCHANGED on accountingReferenceDate), no AA01 and nothing written', async () => {
    const read = (await t.http.get(`${C}/particulars?asAt=2020-06-01`).set(t.auth('board')).expect(200)).body;
    expect(read).toMatchObject({ accountingReferenceDate: { month: 9, day: 30 }, accountingReferenceDateRecorded: false });
    const head = (await t.http.get(`${C}/ledger/verify`).set(t.auth('auditor')).expect(200)).body.headSequence;
    const same = await t.http.post(`${C}/particulars`).set(t.auth('secretary')).send({ effectiveOn: '2020-06-01', accountingReferenceDate: { month: 9, day: 30 } });
    expect([same.status, same.body.code, same.body.details]).toEqual([422, 'PARTICULARS_UNCHANGED', { field: 'accountingReferenceDate', effectiveOn: '2020-06-01' }]);
    expect(same.body.message).toContain('already 30 September');
    expect((await t.http.get(`${C}/ledger/verify`).set(t.auth('auditor')).expect(200)).body.headSequence).toBe(head);
    const duties = (await t.http.get(`${C}/deadlines?from=2014-09-01&to=2030-12-31`).set(t.auth('auditor')).expect(200)).body as Duty[];
    expect(duties.filter((d) => d.kind === 'aa01')).toEqual([]);
  });

  it('FC-5, s.392(1): periods to the incorporation month’s end; a change to 31 December recorded on 30 November 2020 moves nothing until its AA01 is filed; filed that day, the period ends on 31 December 2020 and the next ones follow', async () => {
    // Incorporated 1 September 2014 with no reference date set: periods end on 30 September (s.391(4)).
    expect(await accounts()).toEqual([
      ['2019-09-30', '2020-06-30'],
      ['2020-09-30', '2021-06-30'],
      ['2021-09-30', '2022-06-30'],
    ]);
    const before = await accounts();
    const recorded = await t.http.post(`${C}/particulars`).set(t.auth('secretary')).send({ effectiveOn: '2020-11-30', accountingReferenceDate: { month: 12, day: 31 } }).expect(201);
    expect(recorded.body.inForce.accountingReferenceDate).toEqual({ month: 9, day: 30 });
    expect(recorded.body.pending).toEqual([{ decidedOn: '2020-11-30', formCode: 'AA01', reference: 'aa01-2020-11-30', accountingReferenceDate: { month: 12, day: 31 } }]);
    // s.392(1): never notified, the change moves no period.
    expect(await accounts()).toEqual(before);
    const read = (await t.http.get(`${C}/particulars?asAt=2021-01-01`).set(t.auth('board')).expect(200)).body;
    expect([read.accountingReferenceDate, read.accountingReferenceDateRecorded, read.pending.map((p: { reference: string }) => p.reference)]).toEqual([{ month: 9, day: 30 }, false, ['aa01-2020-11-30']]);
    await t.http.post(`${C}/filings`).set(t.auth('secretary')).send({ kind: 'aa01', reference: 'aa01-2020-11-30', filedOn: '2020-11-30' }).expect(201);
    // The period from 1 October 2020 ends on 31 December 2020 (due 30 September 2021); the next is the year 2021.
    expect(await accounts()).toEqual([
      ['2019-09-30', '2020-06-30'],
      ['2020-09-30', '2021-06-30'],
      ['2020-12-31', '2021-09-30'],
      ['2021-12-31', '2022-09-30'],
    ]);
    const aa01 = ((await t.http.get(`${C}/deadlines?from=2020-11-01&to=2020-12-31`).set(t.auth('auditor')).expect(200)).body as Duty[]).find((d) => d.kind === 'aa01');
    expect(aa01).toMatchObject({ reference: 'aa01-2020-11-30', dueOn: '2020-11-30', formCode: 'AA01', status: 'done', noDeadline: true });
    const after = (await t.http.get(`${C}/particulars?asAt=2021-01-01`).set(t.auth('board')).expect(200)).body;
    expect([after.accountingReferenceDate, after.accountingReferenceDateRecorded, after.pending]).toEqual([{ month: 12, day: 31 }, true, []]);
  });
  it('FC-5: two changes of the reference date decided one day are one AA01, the later recorded; once filed the particulars and the calendar agree. A date already waiting is refused (422 PARTICULARS_UNCHANGED naming the day decided and the form); the date in force while one waits supersedes it, and no AA01 is owed for it', async () => {
    const change = (effectiveOn: string, month: number, day: number) => t.http.post(`${C}/particulars`).set(t.auth('secretary')).send({ effectiveOn, accountingReferenceDate: { month, day } });
    const aa01s = async () => ((await t.http.get(`${C}/deadlines?from=2023-01-01&to=2024-12-31&asAt=2024-12-31`).set(t.auth('auditor')).expect(200)).body as Duty[]).filter((d) => d.kind === 'aa01').map((d) => d.reference);
    const particulars = async (asAt: string) => (await t.http.get(`${C}/particulars?asAt=${asAt}`).set(t.auth('board')).expect(200)).body;
    await change('2023-02-01', 3, 31).expect(201);
    const later = await change('2023-02-01', 6, 30).expect(201);
    expect(later.body.pending).toEqual([{ decidedOn: '2023-02-01', formCode: 'AA01', reference: 'aa01-2023-02-01', accountingReferenceDate: { month: 6, day: 30 } }]);
    expect(await aa01s()).toEqual(['aa01-2023-02-01']);
    const head = (await t.http.get(`${C}/ledger/verify`).set(t.auth('auditor')).expect(200)).body.headSequence;
    const waiting = await change('2023-02-03', 6, 30);
    expect([waiting.status, waiting.body.code, waiting.body.details]).toEqual([422, 'PARTICULARS_UNCHANGED', { field: 'accountingReferenceDate', decidedOn: '2023-02-01', formCode: 'AA01' }]);
    expect(waiting.body.message).toContain('waits for its AA01');
    expect((await t.http.get(`${C}/ledger/verify`).set(t.auth('auditor')).expect(200)).body.headSequence).toBe(head);
    await t.http.post(`${C}/filings`).set(t.auth('secretary')).send({ kind: 'aa01', reference: 'aa01-2023-02-01', filedOn: '2023-02-02' }).expect(201);
    expect((await particulars('2023-03-01')).accountingReferenceDate).toEqual({ month: 6, day: 30 });
    expect(((await t.http.get(`${C}/deadlines?from=2023-06-01&to=2024-07-31`).set(t.auth('auditor')).expect(200)).body as Duty[]).filter((d) => d.kind === 'annual-accounts' && d.reference > '2023-01-01').map((d) => d.reference)).toEqual(['2023-06-30']);
    // A move to 31 March decided, then a return to 30 June (in force) while it waits: nothing waits and the superseded one owes no AA01.
    await change('2023-05-01', 3, 31).expect(201);
    const back = await change('2023-05-02', 6, 30).expect(201);
    expect([back.body.inForce.accountingReferenceDate, back.body.pending]).toEqual([{ month: 6, day: 30 }, []]);
    expect(await aa01s()).toEqual(['aa01-2023-02-01']);
  });
});
