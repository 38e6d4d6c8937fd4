/**
 * Governance, alliance and TUPE reads are folds of their ledger families kept per process and brought
 * up to date with only the entries appended since (FoldCache). These tests hold the cached folds to the
 * fold of the whole ledger: after writes, after a write rolled back, and after entries removed by SQL.
 */
import { calendarDate, chain, EMPTY_GOVERNANCE, evolveGovernanceWithOfficers, type ChainedLedgerRecord, type GovernanceState } from '#domain';
import { GovernanceRecords } from '../apps/api/src/governance/governance-records';
import { governanceFamilies } from '../apps/api/src/ledger/codecs/governance.codec';
import { officersFamily } from '../apps/api/src/ledger/codecs/officers.codec';
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
    return rows.flatMap((r) => [...governanceFamilies, officersFamily].filter((f) => f.owns(r.kind)).map((f) => f.decode(r))).reduce<GovernanceState>(evolveGovernanceWithOfficers, EMPTY_GOVERNANCE);
  };
  const cached = () => t.app.get(GovernanceRecords).load(t.orm.em.fork(), COMPANY);
  const plain = (s: GovernanceState) => JSON.parse(JSON.stringify({ ...s, resolutions: [...s.resolutions.entries()] }));

  it('equals the whole fold after each of a run of writes, read between them', async () => {
    expect(plain(await cached())).toEqual(plain(await wholeFold()));
    const director = await t.http.post(`${C}/directors`).set(t.auth('secretary')).send({ name: 'Cache Director (synthetic)', serviceAddress: '1 Yard', appointedOn: '2021-01-04' }).expect(201);
    expect(plain(await cached())).toEqual(plain(await wholeFold()));
    const r = await t.http.post(`${C}/resolutions`).set(t.auth('secretary')).send({ kind: 'board', procedure: 'written', circulatedOn: '2021-02-01', text: 'THAT the cache be tested (synthetic).' }).expect(201);
    expect(plain(await cached())).toEqual(plain(await wholeFold()));
    await t.http.post(`${C}/officers/${director.body.directorId}/particulars`).set(t.auth('secretary')).send({ effectiveOn: '2021-03-01', name: 'Cache Director Renamed (synthetic)' }).expect(201);
    const renamed = await cached();
    expect(plain(renamed)).toEqual(plain(await wholeFold()));
    expect(renamed.directors.find((d) => d.directorId === director.body.directorId)).toMatchObject({ name: 'Cache Director Renamed (synthetic)' });
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

  /** The resolutions and meetings as a write folds them: the head it holds the lock for is known. */
  const inWrite = (work: (state: GovernanceState) => void = () => undefined) =>
    t.app.get(Ledger).writeForCompany(COMPANY, 'test', async (write) => {
      const state = await t.app.get(GovernanceRecords).load(write.em, COMPANY);
      work(state);
      return state;
    });

  it('a state kept at the head a write held is not reused once another instance has appended an entry of its family', async () => {
    const director = (await wholeFold()).directors.find((d) => d.resignedOn === null)!;
    expect((await inWrite()).directors.find((d) => d.directorId === director.directorId)?.resignedOn).toBeNull();
    // Another instance, with a cache of its own, records the director's resignation: the chain moves on.
    const [head] = await t.sql<{ sequence: number; hash: string }>(`select head_sequence as sequence, head_hash as hash from company where id = ?`, [COMPANY]);
    const entry = chain(
      { companyId: COMPANY, sequence: head!.sequence + 1, ...encodeGovernanceEvent({ type: 'director-resigned', effectiveOn: calendarDate('2021-07-31'), directorId: director.directorId }), recordedAt: new Date().toISOString(), recordedBy: 'another instance' },
      head!,
    );
    await t.sql(
      `insert into ledger_entry (company_id, sequence, kind, effective_on, recorded_at, recorded_by, payload, previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)`,
      [entry.companyId, entry.sequence, entry.kind, entry.effectiveOn, entry.recordedAt, entry.recordedBy, JSON.stringify(entry.payload), entry.previousHash, entry.hash],
    );
    const state = await inWrite();
    expect(state.directors.find((d) => d.directorId === director.directorId)?.resignedOn).toBe('2021-07-31');
    expect(plain(state)).toEqual(plain(await wholeFold()));
  });

  it('a write\'s own entry of the family is folded by the next write; one of another family is not a reason to read again', async () => {
    const r = await t.http.post(`${C}/resolutions`).set(t.auth('secretary')).send({ kind: 'board', procedure: 'written', circulatedOn: '2021-08-02', text: 'THAT the head be tested (synthetic).' }).expect(201);
    expect((await inWrite()).resolutions.has(r.body.resolutionId)).toBe(true);
    expect(plain(await inWrite())).toEqual(plain(await wholeFold()));
  });
});
