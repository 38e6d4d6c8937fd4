import { addMonths, calendarDate } from '#domain';
import { databaseKinds } from './support/databases';
import { addDays, todayAndTomorrow } from './support/dates';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const ALLIANCE = `${C}/partnerships/community-health-services-alliance`;
const yearsAfter = (date: string, years: number) => addMonths(calendarDate(date), 12 * years);

/**
 * Which alliance dates may lie ahead. A practice joining or moving network, and an organisation joining
 * or leaving a partnership, are facts recorded once they have happened: dated after today (in the UK)
 * they are 422 DATED_AFTER_RECORDING, as a share event or a TUPE receipt is. A service contract or a
 * service line may be recorded before it starts, within bounds: a start at most 2 years and an end at
 * most 15 years after today, else 422 DATED_TOO_FAR_AHEAD naming the field. A refusal writes nothing.
 */
describe.each(databaseKinds())('alliance records dated ahead (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { seedAlliance: true });
  });
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(path).set(t.auth('secretary')).send(body);
  /** The ledger's length and head, which a refused write leaves as they were. */
  const ledger = async () => (await t.sql<{ entries: number; head: string }>(`select count(*)::int as entries, (select hash from ledger_entry order by sequence desc limit 1) as head from ledger_entry`))[0];

  it('a practice joining or moving network dated after today is 422 DATED_AFTER_RECORDING, nothing written; a move dated 2999 no longer blocks the practice\'s closure', async () => {
    const { today, tomorrow } = await todayAndTomorrow();
    await post(`${C}/networks`, { networkId: 'network-9', name: 'Network 9' }).expect(201);
    const practice = await post(`${C}/practices`, { odsCode: 'Z09901', name: 'Practice without a network', address: '1 Test Street, London E1 1AA', on: '2020-01-01' }).expect(201);
    const practiceId = practice.body.practiceId as string;
    const before = await ledger();
    for (const on of ['2999-01-01', tomorrow]) {
      const joined = await post(`${C}/networks/network-9/practices`, { practiceId, on });
      expect([on, joined.status, joined.body]).toEqual([on, 422, expect.objectContaining({ statusCode: 422, code: 'DATED_AFTER_RECORDING', details: { field: 'on', effectiveOn: on, recordedOn: today } })]);
      const moved = await post(`${C}/networks/moves`, { practiceId: 'practice-z00007', toNetworkId: 'network-9', on });
      expect([on, moved.status, moved.body.code]).toEqual([on, 422, 'DATED_AFTER_RECORDING']);
    }
    expect(await ledger()).toEqual(before);
    const networks = (await t.http.get(`${C}/networks?asAt=2999-01-01`).set(t.auth('board')).expect(200)).body.networks as { networkId: string; practiceIds: string[] }[];
    expect(networks.find((n) => n.networkId === 'network-9')?.practiceIds).toEqual([]);

    // What has happened is recorded: the join today; the practice moved before the fuzzer's 2999 closes today, leaving its network.
    await post(`${C}/networks/network-9/practices`, { practiceId, on: today }).expect(201);
    const closed = await post(`${C}/practices/practice-z00007/closure`, { effectiveOn: today, reason: 'closed' }).expect(201);
    expect(closed.body).toMatchObject({ closedOn: today, leftNetworkId: expect.stringMatching(/^network-\d$/) });
  });

  it('an organisation joining or leaving a partnership dated after today is 422 DATED_AFTER_RECORDING, nothing written', async () => {
    const { today, tomorrow } = await todayAndTomorrow();
    await post(`${C}/organisations`, { organisationId: 'test-partner', name: 'Test partner', kind: 'other' }).expect(201);
    const before = await ledger();
    for (const on of ['2999-01-01', tomorrow]) {
      const joined = await post(`${ALLIANCE}/members`, { organisationId: 'test-partner', role: 'partner', on });
      expect([on, joined.status, joined.body.code, joined.body.details]).toEqual([on, 422, 'DATED_AFTER_RECORDING', { field: 'on', effectiveOn: on, recordedOn: today }]);
      const left = await post(`${ALLIANCE}/members/barts-health/departure`, { on });
      expect([on, left.status, left.body.code]).toEqual([on, 422, 'DATED_AFTER_RECORDING']);
    }
    expect(await ledger()).toEqual(before);
    await post(`${ALLIANCE}/members`, { organisationId: 'test-partner', role: 'partner', on: today }).expect(201);
  });

  it('a service contract may start up to 2 years and end up to 15 years after today; beyond either it is 422 DATED_TOO_FAR_AHEAD naming the field, nothing written', async () => {
    const { today } = await todayAndTomorrow();
    const contract = (contractId: string, startOn: string, endOn?: string) => ({ contractId, name: `Contract ${contractId}`, holderId: COMPANY, startOn, endOn });
    const before = await ledger();
    const refusals: [object, string, string][] = [
      [contract('far-start', '2999-01-01'), 'startOn', yearsAfter(today, 2)],
      [contract('late-start', addDays(yearsAfter(today, 2), 1)), 'startOn', yearsAfter(today, 2)],
      [contract('far-end', '2024-04-01', '2999-03-31'), 'endOn', yearsAfter(today, 15)],
      [contract('late-end', today, addDays(yearsAfter(today, 15), 1)), 'endOn', yearsAfter(today, 15)],
    ];
    for (const [body, field, latest] of refusals) {
      const res = await post(`${C}/service-contracts`, body);
      expect([body, res.status, res.body]).toEqual([body, 422, { statusCode: 422, code: 'DATED_TOO_FAR_AHEAD', message: expect.stringContaining(latest), details: { field, latest } }]);
    }
    expect(await ledger()).toEqual(before);
    // Signed to start next April, or as far ahead as the bounds allow: recorded.
    const nextApril = `${Number(today.slice(0, 4)) + 1}-04-01`;
    await post(`${C}/service-contracts`, contract('next-april', nextApril, yearsAfter(nextApril, 5))).expect(201);
    await post(`${C}/service-contracts`, contract('at-the-bounds', yearsAfter(today, 2), yearsAfter(today, 15))).expect(201);
    const listed = (await t.http.get(`${C}/service-contracts`).set(t.auth('board')).expect(200)).body as { contractId: string }[];
    expect(listed.map((c) => c.contractId)).toEqual(expect.arrayContaining(['next-april', 'at-the-bounds']));
    expect(listed.map((c) => c.contractId)).not.toEqual(expect.arrayContaining(['far-start']));
  });

  it('a partnership\'s service line has the same bounds as a contract (422 DATED_TOO_FAR_AHEAD naming the field), nothing written', async () => {
    const { today } = await todayAndTomorrow();
    const line = (serviceLineId: string, startOn: string, endOn?: string) => ({ serviceLineId, name: `Line ${serviceLineId}`, managedById: COMPANY, startOn, endOn });
    const before = await ledger();
    for (const [body, field] of [[line('far-start', '2999-01-01'), 'startOn'], [line('far-end', today, '2999-12-31'), 'endOn']] as const) {
      const res = await post(`${ALLIANCE}/service-lines`, body);
      expect([body.serviceLineId, res.status, res.body.code, res.body.details?.field]).toEqual([body.serviceLineId, 422, 'DATED_TOO_FAR_AHEAD', field]);
    }
    expect(await ledger()).toEqual(before);
    await post(`${ALLIANCE}/service-lines`, line('planned', yearsAfter(today, 1), yearsAfter(today, 10))).expect(201);
  });
});
