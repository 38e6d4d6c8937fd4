import type { TransferringEmployee } from '#domain';
import { healthVisitingTransfer2016 } from '../apps/api/src/seed/health-visiting-2016';
import { staffListToCsv } from '../apps/api/src/tupe/staff-list-csv';
import { CHECK_ON_THREAD, StaffListReader } from '../apps/api/src/tupe/staff-list-reader';
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const HV = `/api/companies/${COMPANY}/tupe-transfers/tupe-2016-health-visiting`;
const ROWS = 4000;

/** A staff list of `ROWS` synthetic employees (about 0.9 MB of CSV), made from the seed's records. */
function largeList(): string {
  const { employees } = healthVisitingTransfer2016();
  const rows: TransferringEmployee[] = [];
  for (let i = 0; i < ROWS; i += 1) {
    rows.push({ ...employees[i % employees.length], staffNumber: `L${String(i).padStart(6, '0')}`, name: `Synthetic Employee L${i}` });
  }
  return staffListToCsv(rows);
}

/**
 * While a large staff list is read and checked, the service goes on serving other requests. Reading
 * a list is pure CPU work; were it done on the event loop, nothing else could run until it ended. The
 * test does not time anything: it records the order of three moments in the server, through the
 * service's own reader (called through, not replaced):
 *
 * 1. the import asks `StaffListReader.read` for the list, and a callback is queued on the event loop
 *    (`setImmediate`), which starts a real read over HTTP;
 * 2. that callback runs;
 * 3. the list has been read and checked (the reader's promise settles).
 *
 * If the list were read on the event loop, (3) would come before (2), whatever the machine's load:
 * a promise settled by synchronous work runs its callbacks before the event loop turns. Read on a
 * worker thread, the import yields while the list is read, and the event loop runs the callback first.
 */
describe.each(databaseKinds())('a large staff list import leaves the service free (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { seedAlliance: true, throttleWrites: 0 });
  });
  afterAll(() => t.close());

  it('TU-4: while a staff list is read and checked, other requests are served: a read queued as the import begins runs before the list is read', async () => {
    const csv = largeList();
    const moments: string[] = [];
    let read: Promise<{ status: number }> | null = null;
    // The list is read where the import asks the reader for it: a read queued at that moment must run
    // before the list has been read (it could not if the reading held the event loop).
    const reader = t.app.get(StaffListReader);
    const readList = reader.read.bind(reader);
    reader.read = (...args) => {
      moments.push('reading began');
      setImmediate(() => {
        moments.push('other work ran');
        read = t.http.get(`${HV}/employees`).set(t.auth('board')).then((res) => res);
      });
      return readList(...args).then((list) => {
        moments.push('list read');
        return list;
      });
    };
    try {
      const res = await t.http.post(`${HV}/employees`).set(t.auth('secretary')).set('Content-Type', 'text/csv').send(csv).expect(201);
      expect(res.body).toMatchObject({ format: 'csv', rowsRead: ROWS, unchanged: 0, listed: 140 + ROWS });
    } finally {
      reader.read = readList;
    }
    expect(moments).toEqual(['reading began', 'other work ran', 'list read']);
    expect(read).not.toBeNull();
    expect((await read!).status).toBe(200);
    const listed = await t.http.get(`${HV}/employees`).set(t.auth('board')).expect(200);
    expect(listed.body.employees).toHaveLength(140 + ROWS);
  });

  it('TU-4: a bad row in a large list still refuses the whole list, read on the worker thread', async () => {
    const csv = largeList().replace('L003999,', 'L000000,');
    const before = (await t.http.get(`${HV}/employees`).set(t.auth('board')).expect(200)).body.employees.length;
    const res = await t.http.post(`${HV}/employees`).set(t.auth('secretary')).set('Content-Type', 'text/csv').send(csv).expect(422);
    expect(res.body.details.errors).toEqual([{ row: ROWS + 1, field: 'staff_number', problem: 'repeats the staff number of row 2' }]);
    expect((await t.http.get(`${HV}/employees`).set(t.auth('board')).expect(200)).body.employees).toHaveLength(before);
  });

  it('a stored record altered outside the service (triggers off) is refused loudly when read, and no import builds on it', async () => {
    // Enough employees that the stored records are checked on the staff list thread.
    const listed = (await t.http.get(`${HV}/employees`).set(t.auth('board')).expect(200)).body.employees.length;
    expect(listed).toBeGreaterThanOrEqual(CHECK_ON_THREAD);
    await t.orm.em.fork().transactional(async (em) => {
      await em.execute('set local session_replication_role = replica');
      await em.execute(`update tupe_employee_personal set data = jsonb_set(data, '{annualPayPence}', '1') where staff_number = 'SYN-HV-003'`);
    });
    const read = await t.http.get(`${HV}/employees`).set(t.auth('secretary')).expect(500);
    expect(read.body).toMatchObject({ statusCode: 500, code: 'PERSONAL_RECORD_ALTERED', details: { transferId: expect.any(String) } });
    expect(JSON.stringify(read.body)).not.toContain('SYN-HV-003');
    const before = (await t.sql<{ n: number }>('select count(*)::int as n from ledger_entry'))[0].n;
    await t.http.post(`${HV}/employees`).set(t.auth('secretary')).set('Content-Type', 'text/csv').send(largeList().replace('Synthetic Employee L0', 'Synthetic Employee L0 (renamed)')).expect(500);
    expect((await t.sql<{ n: number }>('select count(*)::int as n from ledger_entry'))[0].n).toBe(before);
  });
});
