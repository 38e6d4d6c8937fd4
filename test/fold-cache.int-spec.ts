/**
 * Governance, alliance and TUPE reads are folds of their ledger families kept per process and brought
 * up to date with only the entries appended since (FoldCache). These tests hold the cached folds to the
 * fold of the whole ledger: after writes, after a write rolled back, and after entries removed by SQL.
 */
import { calendarDate, foldGovernance, type ChainedLedgerRecord, type GovernanceState } from '#domain';
import { GovernanceRecords } from '../apps/api/src/governance/governance-records';
import { governanceFamilies } from '../apps/api/src/ledger/codecs/governance.codec';
import { Ledger } from '../apps/api/src/ledger/ledger';
import { encodeGovernanceEvent } from '../apps/api/src/ledger/codecs/governance.codec';
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

describe.each(databaseKinds())('cached folds of the governance family (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  /** The governance state folded from scratch from every entry in the database. */
  const wholeFold = async (): Promise<GovernanceState> => {
    const rows = await t.sql<ChainedLedgerRecord>(
      `select company_id as "companyId", sequence, kind, effective_on::text as "effectiveOn",
        to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "recordedAt", recorded_by as "recordedBy",
        payload, previous_hash as "previousHash", hash from ledger_entry where company_id = ? order by sequence`,
      [COMPANY],
    );
    return foldGovernance(rows.flatMap((r) => governanceFamilies.filter((f) => f.owns(r.kind)).map((f) => f.decode(r))));
  };
  const cached = () => t.app.get(GovernanceRecords).load(t.orm.em.fork(), COMPANY);
  const plain = (s: GovernanceState) => JSON.parse(JSON.stringify({ ...s, resolutions: [...s.resolutions.entries()] }));

  it('equals the whole fold after each of a run of writes, read between them', async () => {
    expect(plain(await cached())).toEqual(plain(await wholeFold()));
    const director = await t.http.post(`${C}/directors`).set(t.auth('secretary')).send({ name: 'Cache Director (synthetic)', serviceAddress: '1 Yard', appointedOn: '2021-01-04' }).expect(201);
    expect(plain(await cached())).toEqual(plain(await wholeFold()));
    const r = await t.http.post(`${C}/resolutions`).set(t.auth('secretary')).send({ kind: 'board', procedure: 'written', circulatedOn: '2021-02-01', text: 'THAT the cache be tested (synthetic).' }).expect(201);
    expect(plain(await cached())).toEqual(plain(await wholeFold()));
    await t.http.post(`${C}/resolutions/${r.body.resolutionId}/agreements`).set(t.auth('secretary')).send({ directorId: director.body.directorId, agreedOn: '2021-02-02' }).expect(201);
    const state = await cached();
    expect(plain(state)).toEqual(plain(await wholeFold()));
    expect(state.resolutions.get(r.body.resolutionId)).toMatchObject({ agreements: [{ directorId: director.body.directorId }] });
  });

  it('a state folded inside a write that was rolled back is not reused', async () => {
    const before = plain(await wholeFold());
    const directorId = before.directors[0].directorId as string;
    await expect(
      t.app.get(Ledger).writeForCompany(COMPANY, 'test', async (write) => {
        await write.append(encodeGovernanceEvent({ type: 'director-resigned', effectiveOn: calendarDate('2021-06-30'), directorId }));
        // Read inside the write: the fold now includes the uncommitted entry, and is cached.
        expect((await t.app.get(GovernanceRecords).load(write.em, COMPANY)).directors.some((d) => d.resignedOn === '2021-06-30')).toBe(true);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(plain(await cached())).toEqual(before);
  });

  it('entries removed behind the service (triggers off) make it fold again from the start', async () => {
    const agreed = [...(await cached()).resolutions.values()].find((r) => r.text.includes('cache be tested'));
    expect(agreed).toMatchObject({ agreements: [expect.anything()] });
    await t.orm.em.fork().transactional(async (em) => {
      await em.execute('set local session_replication_role = replica');
      await em.execute(`delete from ledger_entry where company_id = ? and sequence = (select max(sequence) from ledger_entry where company_id = ?)`, [COMPANY, COMPANY]);
    });
    const whole = await wholeFold();
    const state = await cached();
    expect(plain(state)).toEqual(plain(whole));
    expect(state.resolutions.get(agreed!.id)).toMatchObject({ agreements: [] });
  });
});
