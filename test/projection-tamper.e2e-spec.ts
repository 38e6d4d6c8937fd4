/**
 * The register projection is never trusted on its own. A share_holding row changed by SQL (as someone
 * with database access could) makes a transfer that relies on it refused, with nothing appended;
 * verify names the row; rebuilding the projection from the ledger puts it right.
 */
import { main as rebuildCommand } from '../scripts/rebuild-projection';
import { rebuildProjection } from '../apps/api/src/share-register/projection-rebuild';
import { passBoardResolution, seededAllotmentSequence } from './support/authority';
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

describe.each(databaseKinds())('a tampered projection (%s)', (kind) => {
  let t: TestApp;
  let holderOf5: string;
  let holderOf6: string;
  let authorisedBy: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const holder = async (n: number) =>
      (await t.sql<{ memberId: string }>(`select member_id as "memberId" from share_holding where share_number = ? and held_to is null`, [n]))[0].memberId;
    holderOf5 = await holder(5);
    holderOf6 = await holder(6);
    authorisedBy = await passBoardResolution(t, COMPANY, '2024-03-01', [{ action: 'transfer', shareNumber: 5 }]);
  });
  afterAll(() => t.close());

  const verify = async (query = '') => (await t.http.get(`${C}/ledger/verify${query}`).set(t.auth('auditor')).expect(200)).body;
  const headAndCounts = () =>
    t.sql(`select (select count(*)::int from ledger_entry) as entries, (select count(*)::int from member) as members,
                  (select count(*)::int from share_holding) as holdings, (select count(*)::int from register_entry) as registerEntries`);
  /** Share 5 from the member the projection now says holds it, to a new entry for that member's practice. */
  const transferFromTheWrongHolder = () =>
    t.http
      .post(`${C}/share-transfers`)
      .set(t.auth('secretary'))
      .send({ shareNumber: 5, fromMemberId: holderOf6, to: { practiceId: 'practice-z00006', name: 'New partners of Demo Practice 06' }, lodgedOn: '2024-03-01', effectiveOn: '2024-03-02', authorisedBy });

  it('starts with the projection equal to the fold of the ledger', async () => {
    expect(await verify()).toMatchObject({ valid: true, projection: { matches: true } });
  });

  it('a swap of two holders by SQL: the transfer relying on it is refused and appends nothing; verify names the row', async () => {
    // The projection now says the holder of share 6 holds share 5 and the holder of share 5 holds share 6.
    await t.sql(
      `update share_holding set member_id = case member_id when ? then ? else ? end where company_id = ? and share_number in (5, 6) and held_to is null`,
      [holderOf5, holderOf6, holderOf5, COMPANY],
    );
    const before = await headAndCounts();
    const refused = await transferFromTheWrongHolder();
    expect(refused.status).toBe(500);
    expect(refused.body).toMatchObject({ statusCode: 500, code: 'PROJECTION_OUT_OF_STEP', details: { table: 'share_holding' } });
    expect(refused.body.message).toContain('npm run rebuild-projection');
    expect(await headAndCounts()).toEqual(before);

    const verified = await verify();
    expect(verified).toMatchObject({
      valid: false,
      projection: {
        matches: false,
        firstDifference: {
          table: 'share_holding',
          row: { shareNumber: 5, openedBy: seededAllotmentSequence(5) },
          expected: { memberId: holderOf5 },
          found: { memberId: holderOf6 },
        },
      },
    });
    // The chain itself is intact: it is the projection that was changed.
    expect(verified.firstBreak).toBeUndefined();
    expect(verified.headSequence).toBe(verified.events);
  });

  it('rebuilding the projection from the ledger puts it right, and the ledger still refuses the transfer', async () => {
    const result = kind === 'postgresql' ? await rebuildWithTheCommand(t) : await rebuildProjection(t.orm, COMPANY);
    if (result !== null) expect(result.corrected).toMatchObject({ table: 'share_holding', row: { shareNumber: 5 } });
    expect(await verify()).toMatchObject({ valid: true, projection: { matches: true } });
    const refused = await transferFromTheWrongHolder();
    expect(refused.body).toMatchObject({ statusCode: 409, code: 'SHARE_NOT_HELD_BY_MEMBER' });
  });

  it('a register_total changed by SQL is named by verify, and rebuilt', async () => {
    await t.sql(`update register_total set issued_shares = issued_shares + 1 where company_id = ? and on_date = '2014-09-01'`, [COMPANY]);
    expect(await verify()).toMatchObject({ valid: false, projection: { matches: false, firstDifference: { table: 'register_total', row: { onDate: '2014-09-01' } } } });
    await rebuildProjection(t.orm, COMPANY);
    expect(await verify()).toMatchObject({ valid: true, projection: { matches: true } });
  });
});

/** `npm run rebuild-projection -- <companyId>` against the test's PostgreSQL database (null: the command printed its result). */
async function rebuildWithTheCommand(t: TestApp): Promise<null> {
  const lines: string[] = [];
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = t.database.databaseUrl!;
  try {
    expect(await rebuildCommand([COMPANY], (line) => lines.push(line))).toBe(0);
  } finally {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  }
  expect(lines.join('\n')).toMatch(/rebuilt the register of .* 37 share events[\s\S]*corrected, first difference: .*share_holding/);
  return null;
}
