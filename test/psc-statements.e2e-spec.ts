import { addDays, type CalendarDate } from '#domain';
import { today as serviceToday } from '../apps/api/src/common/today';
import { passBoardResolution, passSpecialResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { ledgerEntries, ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

type Psc = { statement: string; recorded: { madeOn: string; statement: string; issuedShares: number; persons: unknown[] }[]; unrecorded: { from: string; statement: string }[] };

/** EC-5 over HTTP: the PSC position computed from the register, kept as dated statements in the ledger. */
describe.each(databaseKinds())('PSC statements kept as dated records (%s)', (kind) => {
  let t: TestApp;
  let today: CalendarDate;
  beforeAll(async () => {
    t = await startTestApp(kind);
    today = serviceToday();
  });
  afterAll(() => t.close());

  const psc = async (): Promise<Psc> => (await t.http.get(`${C}/psc`).set(t.auth('auditor')).expect(200)).body;
  const record = (madeOn: string) => t.http.post(`${C}/psc/statements`).set(t.auth('secretary')).send({ madeOn });
  const refused = refusedUnchanged(() => ledgerHead(t));

  it('EC-5: a fresh start has a computed position and no recorded statement; recording it writes a psc.statement-recorded entry', async () => {
    const before = await psc();
    expect(before).toMatchObject({ statement: 'no-registrable-person', recorded: [], unrecorded: [{ from: '2014-09-01', statement: 'no-registrable-person' }] });
    const made = await record('2014-09-01').expect(201);
    expect(made.body).toMatchObject({ madeOn: '2014-09-01', statement: 'no-registrable-person', issuedShares: 37, persons: [] });
    const entries = await ledgerEntries(t);
    expect(entries.at(-1)).toMatchObject({ kind: 'psc.statement-recorded', effectiveOn: '2014-09-01', payload: { statement: 'no-registrable-person', persons: [], issuedShares: 37 } });
    expect(await psc()).toMatchObject({ recorded: [{ madeOn: '2014-09-01' }], unrecorded: [] });
  });

  it('EC-5: refusals write nothing: a second statement the same day, a day before incorporation, a day after today, the board', async () => {
    await refused(() => record('2014-09-01'), 409, 'PSC_STATEMENT_ALREADY_RECORDED');
    await refused(() => record('2014-08-01'), 422, 'EVENT_BEFORE_INCORPORATION');
    await refused(() => record(addDays(today, 1)), 422, 'DATED_AFTER_RECORDING');
    await refused(() => record('not-a-date'), 400, 'VALIDATION_FAILED', 'madeOn');
    await refused(() => t.http.post(`${C}/psc/statements`).set(t.auth('board')).send({ madeOn: today }), 403, 'FORBIDDEN');
  });

  it('EC-5: a share allotted to a 38th practice changes no position; the count in issue is the day\'s, each statement keeps the count of the day it began', async () => {
    await t.http.post(`${C}/practices`).set(t.auth('secretary')).send({ odsCode: 'Z00038', name: 'Example New Practice (synthetic)', address: '38 New Road, London E1 3AA', on: '2020-01-02' }).expect(201);
    const board = await passBoardResolution(t, COMPANY, '2020-01-03', [{ action: 'allotment', shareNumber: 38 }]);
    await t.http.post(`${C}/share-allotments`).set(t.auth('secretary')).send({ shareNumber: 38, holder: { practiceId: 'practice-z00038' }, effectiveOn: '2020-01-06', authorisedBy: board }).expect(201);
    const now = (await t.http.get(`${C}/psc`).set(t.auth('board')).expect(200)).body;
    expect(now).toMatchObject({ statement: 'no-registrable-person', issuedShares: 38, warnings: [] });
    expect(now.statements).toEqual([expect.objectContaining({ from: '2014-09-01', issuedShares: 37 })]);
    expect((await t.http.get(`${C}/psc?asAt=2020-01-05`).set(t.auth('board')).expect(200)).body.issuedShares).toBe(37);
  });

  it('EC-5, EC-2: a change of position (issued shares falling to three) is unrecorded until its statement is recorded; the PSC01 is due 14 days after that record', async () => {
    const on = addDays(today, -1);
    const cancelled = Array.from({ length: 35 }, (_, i) => i + 4);
    // SR-1: the surrenders reduce capital: a special resolution passed the day before, and the solvency statement made before it.
    const resolution = await passSpecialResolution(t, COMPANY, addDays(on, -1), cancelled.map((shareNumber) => ({ action: 'cancellation' as const, shareNumber })));
    for (const shareNumber of cancelled) {
      await t.http.post(`${C}/share-cancellations`).set(t.auth('secretary')).send({ shareNumber, reason: 'surrender', effectiveOn: on, authorisedBy: resolution, solvencyStatementOn: addDays(on, -2) }).expect(201);
    }
    expect((await psc()).unrecorded).toEqual([expect.objectContaining({ from: on, statement: 'registrable-persons' })]);
    const duties = async () => (await t.http.get(`${C}/deadlines?from=${on}&to=${addDays(today, 30)}&asAt=${today}`).set(t.auth('board')).expect(200)).body as { kind: string; dueOn: string }[];
    expect((await duties()).filter((d) => d.kind === 'psc01')).toEqual([]);
    const made = await record(today).expect(201);
    expect((await duties()).find((d) => d.kind === 'psc01')).toMatchObject({ reference: `psc-${on}`, dueOn: addDays(today, 14) });
    expect(made.body).toMatchObject({ statement: 'registrable-persons', issuedShares: 3 });
    expect(made.body.persons).toHaveLength(3);
    const after = await psc();
    expect(after.unrecorded).toEqual([]);
    expect(after.recorded.map((r) => [r.madeOn, r.statement])).toEqual([
      ['2014-09-01', 'no-registrable-person'],
      [today, 'registrable-persons'],
    ]);
  });
});
