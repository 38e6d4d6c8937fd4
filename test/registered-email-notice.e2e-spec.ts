import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
type Duty = { kind: string; reference: string; dueOn: string; status: string; doneOn: string | null; late: boolean; rule: string; formCode: string | null; section: string; noDeadline?: boolean };

/**
 * ECCTA, CA 2006 s.88B: a company gives the registrar notice of a change of its registered email
 * address, which takes effect when registered; like AD01 (s.87) it is a notice with no deadline.
 */
describe.each(databaseKinds())('a change of the registered email address (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t?.close());

  const deadlines = async (query: string) => (await t.http.get(`${C}/deadlines?${query}`).set(t.auth('auditor')).expect(200)).body as Duty[];

  it('s.88B: the first address recorded raises no notice; a new address raises one with no deadline from its day, never overdue, done by recording the filing', async () => {
    // The first address recorded was given with the confirmation statement (s.853A), not notified as a change.
    const inForce = (await t.http.get(`${C}/particulars?asAt=2026-05-01`).set(t.auth('secretary')).expect(200)).body.registeredEmailAddress as string | null;
    if (inForce === null) await t.http.post(`${C}/particulars`).set(t.auth('secretary')).send({ effectiveOn: '2026-05-01', registeredEmailAddress: 'company.secretary@example.org' }).expect(201);
    const before = await deadlines('asAt=2026-11-30&from=2024-01-01');
    expect(before.filter((d) => d.kind === 'registered-email')).toEqual([]);
    await t.http.post(`${C}/particulars`).set(t.auth('secretary')).send({ effectiveOn: '2026-06-01', registeredEmailAddress: 'governance@example.org' }).expect(201);
    const reference = 'registered-email-2026-06-01';
    const due = (await deadlines('asAt=2026-06-01')).find((d) => d.reference === reference);
    expect(due).toEqual({ kind: 'registered-email', reference, dueOn: '2026-06-01', status: 'due', doneOn: null, late: false, rule: 's.88B', formCode: null, section: 'CA 2006 s.88B', noDeadline: true });
    // As at the day before the change there was nothing to notify.
    expect((await deadlines('asAt=2026-05-31')).find((d) => d.reference === reference)).toBeUndefined();
    // The change takes effect when registered: however long it waits, it is never overdue.
    expect((await deadlines('asAt=2027-09-01')).find((d) => d.reference === reference)).toMatchObject({ status: 'due', late: false, noDeadline: true });
    await t.http.post(`${C}/filings`).set(t.auth('secretary')).send({ kind: 'registered-email', reference, filedOn: '2026-06-03' }).expect(201);
    expect((await deadlines('asAt=2026-06-03')).find((d) => d.reference === reference)).toMatchObject({ status: 'done', doneOn: '2026-06-03', late: false });
  });

  it('s.88B: the address already in force, given beside another change, raises no notice; a wrong kind or reference is refused', async () => {
    await t.http.post(`${C}/particulars`).set(t.auth('secretary')).send({ effectiveOn: '2026-07-01', registeredEmailAddress: 'governance@example.org', sicCodes: ['86900'] }).expect(201);
    expect((await deadlines('asAt=2026-07-01')).find((d) => d.reference === 'registered-email-2026-07-01')).toBeUndefined();
    const res = await t.http.post(`${C}/filings`).set(t.auth('secretary')).send({ kind: 'registered-email', reference: 'registered-email-2026-07-01', filedOn: '2026-07-02' });
    expect(res.status).toBe(422);
  });
});
