/**
 * `GET …/ledger/verify` compares the register projection with the fold of the share entries as a stream
 * (projectionEqualsFold), in memory bounded by the register rather than by its history. It may say
 * "equal" only when the whole comparison would: any stored row changed, missing or added, in any of
 * the three tables, and any correction it cannot place, must make it say no (verify then compares
 * whole and names the difference). The random ledgers of projection.int-spec.ts check that it says
 * "equal" for valid registers, corrections included.
 */
import type { Company, ShareCorrection } from '#domain';
import { CompaniesService } from '../apps/api/src/companies/companies.service';
import type { Em } from '../apps/api/src/database/orm';
import { Ledger } from '../apps/api/src/ledger/ledger';
import { shareCorrections } from '../apps/api/src/ledger/share-events-in-force';
import { projectionEqualsFold } from '../apps/api/src/share-register/projection-stream-check';
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const ROLLBACK = new Error('rolled back');

describe.each(databaseKinds())('the register projection compared with the fold as a stream (%s)', (kind) => {
  let t: TestApp;
  let company: Company;
  let corrections: ShareCorrection[];

  beforeAll(async () => {
    t = await startTestApp(kind);
    const member = (await t.sql<{ memberId: string }>(`select member_id as "memberId" from share_holding where share_number = 7 and held_to is null`))[0].memberId;
    // History to compare: a change of particulars (an entry's earlier version), then one corrected (RM-4).
    const changed = await t.http
      .post(`${C}/members/${member}/particulars`)
      .set(t.auth('secretary'))
      .send({ effectiveOn: '2024-05-01', address: '1 Changed Street, London E1 1AA' });
    expect(changed.status).toBe(201);
    const again = await t.http
      .post(`${C}/members/${member}/particulars`)
      .set(t.auth('secretary'))
      .send({ effectiveOn: '2024-06-01', address: '2 Changed Street, London E1 1AA' });
    expect(again.status).toBe(201);
    const corrected = await t.http.post(`${C}/ledger/corrections`).set(t.auth('secretary')).send({ correctsSequence: Number(again.body.eventId), reason: 'the address was entered wrongly' });
    expect(corrected.status).toBe(201);
    const em = t.orm.em.fork();
    company = await t.app.get(CompaniesService).get(COMPANY, em);
    corrections = await shareCorrections(t.app.get(Ledger), em, COMPANY);
    expect(corrections).toHaveLength(1);
  });
  afterAll(() => t.close());

  /** The stream's answer after `tamper` (SQL on the projection), in a transaction rolled back afterwards. */
  async function equalAfter(tamper: (em: Em) => Promise<unknown>, given: readonly ShareCorrection[] = corrections): Promise<boolean> {
    let equal: boolean | null = null;
    await t.orm.em
      .fork()
      .transactional(async (em) => {
        await tamper(em);
        equal = await projectionEqualsFold(em, t.app.get(Ledger), company, given);
        throw ROLLBACK;
      })
      .catch((error: unknown) => {
        if (error !== ROLLBACK) throw error;
      });
    return equal!;
  }
  /** A change by SQL, which must change at least one row. */
  const sql = (query: string, params: unknown[] = []) => async (em: Em) => {
    const changed = await em.execute<unknown[]>(`${query} returning 1`, [...params]);
    expect(changed.length).toBeGreaterThan(0);
  };

  it('RM-1: the projection as the service keeps it equals the fold, and verify says so', async () => {
    expect(await equalAfter(async () => undefined)).toBe(true);
    expect((await t.http.get(`${C}/ledger/verify`).set(t.auth('auditor')).expect(200)).body).toMatchObject({ valid: true, projection: { matches: true } });
  });

  it.each([
    ['a current holding given to another member', `update share_holding set member_id = (select member_id from share_holding where company_id = ? and share_number = 6 and held_to is null) where company_id = ? and share_number = 5 and held_to is null`, [COMPANY, COMPANY]],
    ['a current holding removed', `delete from share_holding where company_id = ? and share_number = 5 and held_to is null`, [COMPANY]],
    ['a holding added', `insert into share_holding (company_id, share_number, opened_by, member_id, held_from, held_to, share_class, nominal_pence, paid_up_pence, authorised_by) select company_id, share_number, opened_by + 100000, member_id, held_from, held_to, share_class, nominal_pence, paid_up_pence, authorised_by from share_holding where company_id = ? and share_number = 5 and held_to is null`, [COMPANY]],
    ['a holding closed that is open', `update share_holding set held_to = '2024-01-01' where company_id = ? and share_number = 5 and held_to is null`, [COMPANY]],
    ["an earlier version of an entry's particulars changed", `update register_entry set address = 'Somewhere else' where company_id = ? and shown_to is not null`, [COMPANY]],
    ['an entry ceased that is current', `update register_entry set ceased_on = '2024-07-01' where company_id = ? and ceased_on is null and shown_to is null and opened_by = (select min(opened_by) from register_entry where company_id = ?)`, [COMPANY, COMPANY]],
    ["a day's totals changed", `update register_total set issued_shares = issued_shares + 1 where company_id = ? and on_date = (select min(on_date) from register_total where company_id = ?)`, [COMPANY, COMPANY]],
    ['the last totals removed', `delete from register_total where company_id = ? and on_date = (select max(on_date) from register_total where company_id = ?)`, [COMPANY, COMPANY]],
    ['totals added after the last', `insert into register_total (company_id, on_date, issued_shares, current_members) select company_id, on_date + 1, issued_shares, current_members from register_total where company_id = ? and on_date = (select max(on_date) from register_total where company_id = ?)`, [COMPANY, COMPANY]],
  ] as const)('RM-1: %s: not equal', async (_what, query, params) => {
    expect(await equalAfter(sql(query, [...params]))).toBe(false);
  });

  it('RM-4: a correction of an entry not in force, or the corrections left out, is not equal (verify then folds whole)', async () => {
    const unknown: ShareCorrection = { ...corrections[0]!, eventId: '999998', correctsEventId: '999997' };
    expect(await equalAfter(async () => undefined, [...corrections, unknown])).toBe(false);
    const twice: ShareCorrection = { ...corrections[0]!, eventId: '999999' };
    expect(await equalAfter(async () => undefined, [...corrections, twice])).toBe(false);
    expect(await equalAfter(async () => undefined, [])).toBe(false);
  });
});
