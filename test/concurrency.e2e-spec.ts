import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { registerOfMembers, type CalendarDate, type Company, type ShareEvent } from '#domain';
import { CompaniesService } from '../apps/api/src/companies/companies.service';
import { shareRegisterFamily } from '../apps/api/src/ledger/codecs/share-register.codec';
import { passBoardResolution, passSpecialResolution } from './support/authority';
import { postgresAvailable } from './support/databases';
import { ledgerEntries, ledgerHead } from './support/ledger';
import { NO_SHARE_AUTHORITY, openCompany } from './support/open-company';
import { readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

/**
 * Writers to one company must queue on the company's row lock (Ledger.writeForCompany): each
 * checks the register and appends onto the chain head the previous writer left. These tests fire
 * bursts of concurrent requests over HTTP and check that nothing was lost, doubled or forked.
 *
 * PostgreSQL only: PGlite is a single connection, so its writes cannot race.
 */
const describeOnPostgres = postgresAvailable() ? describe : describe.skip;

type Response = { status: number; body: Record<string, any> };

describeOnPostgres('concurrent writes to one company (postgresql; skipped without TEST_DATABASE_URL, as PGlite is one connection and cannot race)', () => {
  let t: TestApp;
  let http: TestAgent;

  beforeAll(async () => {
    t = await startTestApp('postgresql');
    // A real listening server, so that concurrent requests are concurrent connections.
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    http = request(`http://127.0.0.1:${port}`);
    for (const id of ['race-transfer-chain', 'race-distinct', 'race-same-number', 'race-next-number', 'race-mixed', 'race-lock']) {
      await t.app.get(CompaniesService).create(openCompany(id, `Race test CIC ${id}`), []);
    }
    // Authority is not the subject of these races, so their articles need no resolution for a share
    // event, nor for a reduction of capital (a surrender, SR-1, still names its solvency statement).
    // The seeded company and race-transfer-chain keep the default (a board resolution for each).
    for (const id of ['race-distinct', 'race-same-number', 'race-next-number', 'race-mixed', 'race-lock']) {
      await t.sql(`update company set governance = ? where id = ?`, [NO_SHARE_AUTHORITY, id]);
    }
  });
  afterAll(() => t?.close());

  const post = (companyId: string, path: string, body: object) =>
    http.post(`/api/companies/${companyId}/${path}`).set(t.auth('secretary')).send(body) as unknown as Promise<Response>;
  /** Fires every request at once and waits for all of them. */
  const burst = (requests: (() => Promise<Response>)[]) => Promise.all(requests.map((r) => r()));
  const allot = (companyId: string, body: object) => post(companyId, 'share-allotments', body);
  const newHolder = (label: string, i: number) => ({ name: `${label} holder ${String(i).padStart(2, '0')}`, address: `${i} Race Street, London E1 ${i % 10}RR` });

  const register = (companyId: string, query = 'status=current') => readRegister(t, `${query}&limit=100000`, 'board', companyId);
  const ledger = (companyId: string) => ledgerEntries(t, { companyId });

  /** Never a 500: every response is a success or a refusal with a code. */
  const expectNoServerErrors = (responses: Response[]) => {
    for (const res of responses) {
      expect(res.status).toBeLessThan(500);
      if (res.status >= 400) expect(typeof res.body.code).toBe('string');
    }
  };

  /**
   * RM-3 and the chain: sequences 1…n without gaps or repeats, each entry linked to the one before,
   * no two entries on the same previous hash (no fork), instants never going backwards, and the
   * verifier agreeing.
   */
  const expectIntactChain = async (companyId: string, events: number) => {
    const rows = await ledger(companyId);
    expect(rows.map((r) => r.sequence)).toEqual(Array.from({ length: events }, (_, i) => i + 1));
    for (let i = 1; i < rows.length; i += 1) {
      expect(rows[i].previousHash).toBe(rows[i - 1].hash);
      expect(rows[i].recordedAt >= rows[i - 1].recordedAt).toBe(true);
    }
    const [fork] = await t.sql<{ rows: number; links: number }>(
      `select count(*)::int as rows, count(distinct previous_hash)::int as links from ledger_entry where company_id = ?`,
      [companyId],
    );
    expect(fork).toEqual({ rows: events, links: events });
    expect(await ledgerHead(t, companyId)).toMatchObject({ valid: true, events, headSequence: events, headHash: rows[rows.length - 1]?.hash });
    return rows;
  };

  /** One share per member (SH-5): shares in issue = current members = entries, each entry with one share, no number twice (RM-5). */
  const expectOneShareEach = async (companyId: string) => {
    const { members, totals } = await register(companyId);
    expect(totals.issuedShares).toBe(totals.currentMembers);
    expect(members).toHaveLength(totals.currentMembers);
    for (const m of members) expect(m.shares).toHaveLength(1);
    const numbers = members.map((m) => m.shares[0].shareNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    return members;
  };

  /** The register as read (from the projection) is the domain's fold of the ledger's share events as read. */
  const expectProjectionMatchesLedger = async (company: Company, asAt: CalendarDate[]) => {
    const rows = (await ledger(company.id)).filter((r) => r.kind.startsWith('share.'));
    const events: ShareEvent[] = rows.map((r) => shareRegisterFamily.decode({ ...r, companyId: company.id } as never));
    for (const date of asAt) {
      const folded = registerOfMembers(company, events, { asAt: date, status: 'all' });
      const read = await register(company.id, `status=all&asAt=${date}`);
      expect(read.totals).toEqual(folded.totals);
      // The API shows every share's authorisedBy, null where the event needed none.
      expect(read.members).toEqual(folded.entries.map((e) => ({ ...e, shares: e.shares.map((sh) => ({ ...sh, authorisedBy: sh.authorisedBy ?? null })) })));
    }
  };

  it('the company row lock makes a writer wait for the transaction holding it', async () => {
    const client = new Client({ connectionString: t.database.databaseUrl! });
    await client.connect();
    try {
      await client.query('begin');
      // FOR NO KEY UPDATE clashes with the writer's FOR UPDATE, but not with the key-share lock its
      // foreign keys take: so the writer waits only if it really takes the company lock.
      await client.query(`select id from company where id = $1 for no key update`, ['race-lock']);
      let settled = false;
      const pending = allot('race-lock', { shareNumber: 1, effectiveOn: '2024-01-10', holder: newHolder('lock', 1) }).then((res) => {
        settled = true;
        return res;
      });
      await new Promise((r) => setTimeout(r, 400));
      expect(settled).toBe(false);
      await client.query('commit');
      const res = await pending;
      expect(res.status).toBe(201);
      expect(res.body.sequence).toBe(1);
    } finally {
      await client.end();
    }
  });

  it('SH-3: of 10 concurrent transfers of one share from its holder, exactly one is registered; the rest are refused, never a 500', async () => {
    const start = { head: await ledgerHead(t), totals: (await register(COMPANY)).totals };
    // Articles: share events need a board resolution; this one covers the transfer.
    const authorisedBy = await passBoardResolution(t, COMPANY, '2023-12-01', [{ action: 'transfer', shareNumber: 1 }]);
    // SR-1: the surrenders reduce capital: a members' special resolution, with the solvency statement made in the 15 days before it.
    const beforeSpecial = (await ledgerHead(t)).events;
    const reduction = await passSpecialResolution(t, COMPANY, '2023-12-01', Array.from({ length: 10 }, (_, i) => ({ action: 'cancellation' as const, shareNumber: 28 + i })));
    const specialEntries = (await ledgerHead(t)).events - beforeSpecial;
    // Free ten practices (cancel shares 28–37) so that each transfer names an eligible new holder.
    for (let n = 28; n <= 37; n += 1) {
      const res = await post(COMPANY, 'share-cancellations', { shareNumber: n, reason: 'surrender', effectiveOn: '2023-12-31', authorisedBy: reduction, solvencyStatementOn: '2023-11-27' });
      expect(res.status).toBe(201);
    }
    const before = await register(COMPANY);
    const holder = before.members.find((m) => m.shares[0].shareNumber === 1)!;
    const practices = Array.from({ length: 10 }, (_, i) => `practice-z000${28 + i}`);

    const responses = await burst(
      practices.map((practiceId) => () =>
        post(COMPANY, 'share-transfers', { shareNumber: 1, fromMemberId: holder.memberId, to: { practiceId }, lodgedOn: '2024-01-02', effectiveOn: '2024-01-15', authorisedBy }),
      ),
    );

    expectNoServerErrors(responses);
    const won = responses.filter((r) => r.status === 201);
    const lost = responses.filter((r) => r.status !== 201);
    expect(won).toHaveLength(1);
    expect(lost.map((r) => [r.status, r.body.code])).toEqual(Array(9).fill([409, 'SHARE_NOT_HELD_BY_MEMBER']));
    const winner = won[0].body.payload.to.memberId as string;
    expect(won[0].body.payload).toMatchObject({ fromMemberId: holder.memberId, authorisedBy });

    const after = await register(COMPANY);
    const holders = after.members.filter((m) => m.shares.some((s) => s.shareNumber === 1));
    expect(holders.map((m) => m.memberId)).toEqual([winner]);
    expect(after.members.some((m) => m.memberId === holder.memberId)).toBe(false);
    // Ten shares cancelled; the transfer changes who holds share 1, not how many hold one.
    expect(after.totals).toEqual({ issuedShares: start.totals.issuedShares - 10, currentMembers: start.totals.currentMembers - 10 });
    await expectOneShareEach(COMPANY);
    // The ledger it started with, the resolution (its meeting, a proposal and three votes), the special resolution (its proposal and
    // the agreements), the ten cancellations and the one transfer.
    await expectIntactChain(COMPANY, start.head.events + 5 + specialEntries + 10 + 1);
  });

  it('SH-3: 10 concurrent transfers of different shares, each naming its holder as transferor, are all registered, one after another on one chain', async () => {
    const company = openCompany('race-transfer-chain', 'Race test CIC race-transfer-chain');
    // Articles: share events need a board resolution. Two directors make the board's quorum.
    for (const n of [1, 2]) {
      const res = await http
        .post(`/api/companies/${company.id}/directors`)
        .set(t.auth('secretary'))
        .send({ name: `Race director ${n}`, serviceAddress: '1 Race Yard, London E1 0XX', appointedOn: '2020-01-01' });
      expect(res.status).toBe(201);
    }
    const authorisedBy = await passBoardResolution(t, company.id, '2024-01-05', [
      ...Array.from({ length: 10 }, (_, i) => ({ action: 'allotment' as const, shareNumber: i + 1 })),
      ...Array.from({ length: 10 }, (_, i) => ({ action: 'transfer' as const, shareNumber: i + 1 })),
    ]);
    const origins: string[] = [];
    let head = 0;
    for (let i = 0; i < 10; i += 1) {
      const res = await allot(company.id, { shareNumber: i + 1, effectiveOn: '2024-01-10', holder: newHolder('origin', i), authorisedBy });
      expect(res.status).toBe(201);
      origins.push(res.body.payload.holder.memberId);
      head = res.body.sequence as number;
    }

    const responses = await burst(
      origins.map((fromMemberId, i) => () =>
        post(company.id, 'share-transfers', { shareNumber: i + 1, fromMemberId, to: newHolder('chain', i), lodgedOn: '2024-02-01', effectiveOn: '2024-02-01', authorisedBy }),
      ),
    );

    expectNoServerErrors(responses);
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    // Serialised: the ten transfers took the ten sequences after the head, each once.
    expect(responses.map((r) => r.body.sequence as number).sort((a, b) => a - b)).toEqual(Array.from({ length: 10 }, (_, i) => head + 1 + i));
    responses.forEach((r, i) => expect(r.body.payload).toMatchObject({ shareNumber: i + 1, fromMemberId: origins[i], authorisedBy }));

    const newcomers = responses.map((r) => r.body.payload.to.memberId as string);
    const members = await expectOneShareEach(company.id);
    expect(members.map((m) => [m.memberId, m.shares[0].shareNumber]).sort((a, b) => (a[1] as number) - (b[1] as number))).toEqual(
      newcomers.map((id, i) => [id, i + 1]),
    );
    const all = await register(company.id, 'status=all');
    expect(all.members.filter((m) => m.ceasedOn === '2024-02-01').map((m) => m.memberId).sort()).toEqual([...origins].sort());
    const rows = await expectIntactChain(company.id, head + 10);
    expect(rows.slice(head).map((r) => r.kind)).toEqual(Array(10).fill('share.transfer'));
    await expectProjectionMatchesLedger(company, ['2024-01-09', '2024-01-10', '2024-01-31', '2024-02-01', '2030-01-01'] as CalendarDate[]);
  });

  it('RM-3: 20 concurrent allotments of distinct shares to distinct holders all land, on one unforked chain, with reads consistent throughout', async () => {
    const company = 'race-distinct';
    const writes = Array.from({ length: 20 }, (_, i) => () => allot(company, { shareNumber: i + 1, effectiveOn: '2024-03-01', holder: newHolder('distinct', i) }));
    // Readers racing the writers must each see a whole state: as many shares as members, one each.
    const reads = Array.from({ length: 10 }, () => async (): Promise<Response> => {
      const res = await http.get(`/api/companies/${company}/register?status=current&limit=1000&asAt=2024-03-01`).set(t.auth('board'));
      return res as unknown as Response;
    });
    const responses = await burst(writes.flatMap((w, i) => (i % 2 === 0 && reads[i / 2] ? [w, reads[i / 2]] : [w])));
    expectNoServerErrors(responses);
    const written = responses.filter((r) => r.body.kind !== undefined);
    const read = responses.filter((r) => r.body.members !== undefined);
    expect(written.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(read).toHaveLength(10);
    for (const r of read) {
      expect(r.status).toBe(200);
      expect(r.body.totals.issuedShares).toBe(r.body.totals.currentMembers);
      expect(r.body.members).toHaveLength(r.body.totals.currentMembers);
    }
    expect(new Set(written.map((r) => r.body.sequence))).toEqual(new Set(Array.from({ length: 20 }, (_, i) => i + 1)));

    const members = await expectOneShareEach(company);
    expect(members.map((m) => m.shares[0].shareNumber).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await register(company)).totals).toEqual({ issuedShares: 20, currentMembers: 20 });
    await expectIntactChain(company, 20);
  });

  it('RM-5: of 10 concurrent allotments asking for the same share number, exactly one is made; the rest are refused', async () => {
    const company = 'race-same-number';
    const responses = await burst(
      Array.from({ length: 10 }, (_, i) => () => allot(company, { shareNumber: 7, effectiveOn: '2024-04-01', holder: newHolder('same', i) })),
    );
    expectNoServerErrors(responses);
    const won = responses.filter((r) => r.status === 201);
    expect(won).toHaveLength(1);
    expect(responses.filter((r) => r.status !== 201).map((r) => [r.status, r.body.code])).toEqual(Array(9).fill([409, 'SHARE_NUMBER_ALREADY_USED']));

    const members = await expectOneShareEach(company);
    expect(members.map((m) => [m.memberId, m.shares[0].shareNumber])).toEqual([[won[0].body.payload.holder.memberId, 7]]);
    // The refused writers' new holders were rolled back with them.
    expect(await t.sql(`select id from member where company_id = ?`, [company])).toHaveLength(1);
    await expectIntactChain(company, 1);
  });

  it('RM-5: concurrent allotments without a share number each get the next unused number: all distinct, none skipped', async () => {
    const company = 'race-next-number';
    for (const [i, shareNumber] of [1, 2, 10].entries()) {
      expect((await allot(company, { shareNumber, effectiveOn: '2024-05-01', holder: newHolder('first', i) })).status).toBe(201);
    }
    // Share 10's holder leaves: a cancelled number is never used again either.
    expect((await post(company, 'share-cancellations', { shareNumber: 10, reason: 'surrender', effectiveOn: '2024-05-02', solvencyStatementOn: '2024-05-01' })).status).toBe(201);

    const responses = await burst(
      Array.from({ length: 15 }, (_, i) => () => allot(company, { effectiveOn: '2024-05-03', holder: newHolder('next', i) })),
    );
    expectNoServerErrors(responses);
    expect(responses.map((r) => r.status)).toEqual(Array(15).fill(201));
    const numbers = responses.map((r) => r.body.payload.shareNumber as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 15 }, (_, i) => 11 + i));

    const members = await expectOneShareEach(company);
    expect(members).toHaveLength(17);
    expect((await register(company)).totals).toEqual({ issuedShares: 17, currentMembers: 17 });
    await expectIntactChain(company, 4 + 15);
  });

  it('RM-3: concurrent back-dated and forward-dated writes (rebuilds racing incremental updates) leave the projection equal to the fold of the ledger', async () => {
    const company = openCompany('race-mixed', 'Race test CIC race-mixed');
    for (let i = 0; i < 10; i += 1) {
      expect((await allot(company.id, { shareNumber: i + 1, effectiveOn: `2024-06-${String(10 + i)}`, holder: newHolder('mixed', i) })).status).toBe(201);
    }
    const base = await register(company.id);
    const holderOf = (n: number) => base.members.find((m) => m.shares[0].shareNumber === n)!.memberId;
    const writes: (() => Promise<Response>)[] = [
      // Back-dated: each makes the writer re-fold the ledger and rebuild the projection.
      ...Array.from({ length: 5 }, (_, i) => () => allot(company.id, { shareNumber: 100 + i, effectiveOn: `2024-05-0${i + 1}`, holder: newHolder('early', i) })),
      // Dated on or after every entry: the incremental path.
      ...Array.from({ length: 5 }, (_, i) => () => allot(company.id, { shareNumber: 200 + i, effectiveOn: '2024-07-01', holder: newHolder('late', i) })),
      ...[1, 2, 3].map((n) => () => post(company.id, 'share-cancellations', { shareNumber: n, memberId: holderOf(n), reason: 'surrender', effectiveOn: '2024-07-02', solvencyStatementOn: '2024-07-01' })),
      ...[4, 5].map((n, i) => () =>
        post(company.id, 'share-transfers', { shareNumber: n, fromMemberId: holderOf(n), to: newHolder('moved', i), lodgedOn: '2024-06-30', effectiveOn: '2024-07-03' }),
      ),
    ];
    const responses = await burst(writes);
    expectNoServerErrors(responses);
    // Every write is valid in any order: none depends on another.
    expect(responses.map((r) => r.status)).toEqual(Array(writes.length).fill(201));

    const members = await expectOneShareEach(company.id);
    expect(members).toHaveLength(10 + 5 + 5 - 3);
    await expectIntactChain(company.id, 10 + writes.length);
    await expectProjectionMatchesLedger(company, [
      '2024-04-30', '2024-05-01', '2024-05-03', '2024-05-05', '2024-06-10', '2024-06-15', '2024-06-30',
      '2024-07-01', '2024-07-02', '2024-07-03', '2030-01-01',
    ] as CalendarDate[]);
  });
});
