import { databaseKinds } from './support/databases';
import { ledgerEntries, ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const PATH = `${C}/register-of-members/central-register-election`;

/**
 * RM-7, EC-6: the election to keep the register of members' information at Companies House, on the
 * seeded Tower Hamlets company (37 members): made only with every member's assent, in force until
 * ECCTA 2023 removed the option on 18 November 2025, and never made after that day. Every refusal
 * writes nothing.
 */
describe.each(databaseKinds())("the election to keep the register of members' information at Companies House (%s)", (kind) => {
  let t: TestApp;
  let members: { memberId: string; name: string }[];
  beforeAll(async () => {
    t = await startTestApp(kind);
    const register = await t.http.get(`${C}/register?asAt=2017-06-01&status=current`).set(t.auth('secretary')).expect(200);
    members = register.body.members.map((m: { memberId: string; name: string }) => ({ memberId: m.memberId, name: m.name }));
  });
  afterAll(() => t.close());

  const post = (body: object, role: 'secretary' | 'board' = 'secretary') => t.http.post(PATH).set(t.auth(role)).send(body);
  const read = async (asAt: string, role: 'secretary' | 'board' | 'auditor' = 'board') => (await t.http.get(`${PATH}?asAt=${asAt}`).set(t.auth(role)).expect(200)).body;
  const refused = refusedUnchanged(() => ledgerHead(t));

  it('RM-1: with no election the company keeps its own register', async () => {
    expect(members).toHaveLength(37);
    expect(await read('2020-01-01')).toEqual({ asAt: '2020-01-01', keptAt: 'company', history: [] });
  });

  it('RM-7 (s.128B(2)(a)): an election with 36 of the 37 members assenting is refused 422, naming the member missing, and writes nothing', async () => {
    const missing = members[17]!;
    const res = await refused(() => post({ effectiveOn: '2017-06-01', action: 'elect', assentedBy: members.filter((m) => m !== missing).map((m) => m.memberId) }), 422, 'CENTRAL_REGISTER_ASSENT_MISSING');
    expect(res.body.details).toMatchObject({ field: 'assentedBy', missing: [{ memberId: missing.memberId, name: missing.name }] });
    expect(res.body.message).toContain(missing.name);
    expect((await read('2020-01-01')).keptAt).toBe('company');
  });

  it('EC-6: an election dated in 2026, after ECCTA removed the option on 18 November 2025, is refused 422 and writes nothing', async () => {
    const res = await refused(() => post({ effectiveOn: '2026-01-15', action: 'elect', assentedBy: members.map((m) => m.memberId) }), 422, 'CENTRAL_REGISTER_OPTION_REMOVED');
    expect(res.body.message).toContain('EC-6');
  });

  it('RM-7, EC-6: an election of 2017 with all 37 assenting is recorded; the information is at Companies House in 2020 and back with the company from 18 November 2025', async () => {
    const head = await ledgerHead(t);
    const made = await post({ effectiveOn: '2017-06-01', action: 'elect', assentedBy: members.map((m) => m.memberId) }).expect(201);
    expect(made.body).toMatchObject({ action: 'elect', effectiveOn: '2017-06-01', keptAt: 'companies-house', ledger: { sequence: head.headSequence + 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const [entry] = await ledgerEntries(t, { afterSequence: head.headSequence });
    expect(entry).toMatchObject({ kind: 'central-register.election-made', effectiveOn: '2017-06-01', payload: { assentedBy: members.map((m) => m.memberId) } });

    expect((await read('2017-05-31')).keptAt).toBe('company');
    expect(await read('2020-01-01', 'auditor')).toMatchObject({ asAt: '2020-01-01', keptAt: 'companies-house', electedOn: '2017-06-01', history: [{ effectiveOn: '2017-06-01', change: 'election-made', keptAt: 'companies-house' }] });
    expect((await read('2025-11-17')).keptAt).toBe('companies-house');
    const after = await read('2025-11-18', 'secretary');
    expect(after).toMatchObject({ keptAt: 'company' });
    expect(after).not.toHaveProperty('electedOn');
    expect(after.history.map((c: { change: string }) => c.change)).toEqual(['election-made', 'election-ended-by-law']);
  });

  it('RM-7: no second election while one is in force (409), no withdrawal once the election ended by law (409), and the board cannot record one (403)', async () => {
    await refused(() => post({ effectiveOn: '2019-01-01', action: 'elect', assentedBy: members.map((m) => m.memberId) }), 409, 'CENTRAL_REGISTER_ELECTION_IN_FORCE');
    await refused(() => post({ effectiveOn: '2026-01-15', action: 'withdraw' }), 409, 'CENTRAL_REGISTER_NO_ELECTION');
    await refused(() => post({ effectiveOn: '2019-01-01', action: 'withdraw' }, 'board'), 403, 'FORBIDDEN');
    await refused(() => post({ effectiveOn: '2019-01-01', action: 'withdraw', assentedBy: [] }), 400, 'VALIDATION_FAILED', 'assentedBy');
  });

  it('RM-7 (s.128J): a withdrawal in 2019 takes the register back to the company from its day; the same Idempotency-Key sent again records nothing more', async () => {
    const send = () => t.http.post(PATH).set(t.auth('secretary')).set('Idempotency-Key', 'withdrawal-2019').send({ effectiveOn: '2019-03-01', action: 'withdraw' });
    const first = await send().expect(201);
    const head = await ledgerHead(t);
    const again = await send().expect(201);
    expect(again.body.ledger).toEqual(first.body.ledger);
    expect(await ledgerHead(t)).toEqual(head);
    expect((await read('2019-02-28')).keptAt).toBe('companies-house');
    const withdrawn = await read('2019-03-01');
    expect(withdrawn).toMatchObject({ keptAt: 'company' });
    expect(withdrawn.history.map((c: { change: string }) => c.change)).toEqual(['election-made', 'election-withdrawn']);
    expect((await read('2025-12-01')).history.map((c: { change: string }) => c.change)).toEqual(['election-made', 'election-withdrawn']);
  });
});
