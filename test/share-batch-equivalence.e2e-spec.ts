import type { CalendarDate, Company, Practice } from '#domain';
import { CompaniesService } from '../apps/api/src/companies/companies.service';
import { ProjectionStore } from '../apps/api/src/share-register/projection.store';
import { RegisterProjectionCheck } from '../apps/api/src/share-register/register-projection-check';
import { databaseKinds } from './support/databases';
import { ledgerEntries, ledgerHead } from './support/ledger';
import { startTestApp, type TestApp } from './support/test-app';

/** Two companies alike: the batch route records on `A`, the single routes record the same events one by one on `B`. */
const A = 'batch-eq-a';
const B = 'batch-eq-b';

function company(id: string): Company {
  return {
    id,
    name: `Batch Equivalence ${id} CIC`,
    companyNumber: null,
    incorporatedOn: '2020-01-01' as CalendarDate,
    registeredOffice: '1 Batch Yard, London E1 0XX',
    articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'any' },
  };
}

const practice = (companyId: string): Practice => ({
  id: `${companyId}-p1`, odsCode: companyId === A ? 'F84901' : 'F84902', name: 'Batch Lane Surgery', address: '2 Batch Lane, London E1 1XX', networkName: null,
});

/** A share event as the batch takes it; `$name` stands for the id of the member of that name, `$practice` for the company's practice. */
type Step = Record<string, unknown> & { type: 'allotment' | 'transfer' | 'cancellation' };
/**
 * The statements of a set-based batch, however many events it has: the token, BEGIN, the lock with the
 * chain head, the state, the ledger entries and the projection rows about what it names, the practice list, the
 * certificates issued, the company's resolutions and meetings (the members' votes, MA-1 / WR-2), the
 * ledger entries with the members and projection rows in their statement, COMMIT. One by one, each event takes
 * more than ten.
 */
const MAX_STATEMENTS = 13;
const ROUTES = { allotment: 'share-allotments', transfer: 'share-transfers', cancellation: 'share-cancellations' } as const;
const holder = (name: string, extra: object = {}) => ({ name, address: `${name}, 1 Batch Yard, London E1 0XX`, ...extra });

/**
 * BRIEF RM-1, SH-3, SH-5: a batch records exactly what the same events recorded one by one record — the
 * same ledger entries, the same register projection, which is the domain's fold of the ledger — and a
 * batch refused at its k-th event gives the code the single route gives for that event, with `index: k`,
 * and changes nothing.
 */
describe.each(databaseKinds())('a batch of share events against the same events one by one (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
    for (const id of [A, B]) await t.app.get(CompaniesService).create(company(id), [practice(id)]);
    // Authority is not the subject here: the articles of these companies need no resolution for a share event.
    // A surrender is a reduction of capital (SR-1): these articles need no resolution for one either, and each names its solvency statement.
    await t.sql(
      `update company set governance = '{"shareEventAuthority":{"allotment":"none","transfer":"none","cancellation":"none"},"capitalAuthority":{"reduction":"none"}}' where id in (?, ?)`,
      [A, B],
    );
  });
  afterAll(() => t?.close());

  const memberIds = async (companyId: string) =>
    new Map((await t.sql<{ id: string; name: string }>(`select id, name from member where company_id = ?`, [companyId])).map((m) => [m.name, m.id]));

  /** The steps with `$name` and `$practice` put in for `companyId`. */
  async function resolved(companyId: string, steps: readonly Step[]): Promise<Record<string, unknown>[]> {
    const ids = await memberIds(companyId);
    const put = (value: unknown): unknown => {
      if (value === '$practice') return practice(companyId).id;
      if (typeof value === 'string' && value.startsWith('$')) return ids.get(value.slice(1)) ?? value;
      if (Array.isArray(value)) return value.map(put);
      if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, put(v)]));
      return value;
    };
    return steps.map((s) => put(s) as Record<string, unknown>);
  }

  /** Posts the steps to the batch route on A; `statements`: every statement the app's database connection was sent meanwhile (its query log). */
  async function batch(steps: readonly Step[]) {
    const events = await resolved(A, steps);
    const logger = t.orm.config.getLogger() as unknown as { logQuery(context: unknown): void };
    const logQuery = logger.logQuery;
    let statements = 0;
    logger.logQuery = (context) => {
      statements += 1;
      logQuery.call(logger, context);
    };
    try {
      const res = await t.http.post(`/api/companies/${A}/share-events/batch`).set(t.auth('secretary')).send({ events });
      return Object.assign(res, { statements });
    } finally {
      logger.logQuery = logQuery;
    }
  }

  /**
   * What `send` answered, with the number of statements the app's database connection was sent
   * meanwhile, but for the token's last use, noted at most once a minute.
   */
  async function counted<R extends object>(send: () => PromiseLike<R>): Promise<R & { statements: number }> {
    const logger = t.orm.config.getLogger() as unknown as { logQuery(context: unknown): void };
    const logQuery = logger.logQuery;
    let statements = 0;
    logger.logQuery = (context) => {
      if (!String((context as { query?: unknown }).query).startsWith('update "api_token" set "last_used_at"')) statements += 1;
      logQuery.call(logger, context);
    };
    try {
      return Object.assign(await send(), { statements });
    } finally {
      logger.logQuery = logQuery;
    }
  }

  /** Posts the steps one at a time to the single routes on B; returns the first refusal, or null. */
  async function oneByOne(steps: readonly Step[]) {
    for (const { type, ...body } of await resolved(B, steps)) {
      const res = await t.http.post(`/api/companies/${B}/${ROUTES[type as Step['type']]}`).set(t.auth('secretary')).send(body);
      if (res.status !== 201) return res;
    }
    return null;
  }

  /** The company's ledger and projection with member and practice ids replaced by their order of first appearance in the ledger. */
  async function recorded(companyId: string) {
    const entries = await ledgerEntries(t, { companyId });
    const ids = [...(await memberIds(companyId)).values(), practice(companyId).id];
    const text = JSON.stringify(entries.map((e) => e.payload));
    const order = ids.filter((id) => text.includes(id)).sort((x, y) => text.indexOf(x) - text.indexOf(y));
    const label = (value: unknown) => order.reduce((s, id, i) => s.split(id).join(`id${i}`), JSON.stringify(value));
    const projection = await t.app.get(ProjectionStore).rows(t.orm.em.fork(), companyId);
    const sorted = <R>(rows: readonly R[]) => rows.map((r) => label(r)).sort();
    return {
      ledger: entries.map((e) => ({ sequence: e.sequence, kind: e.kind, effectiveOn: e.effectiveOn, recordedBy: e.recordedBy, payload: JSON.parse(label(e.payload)) })),
      projection: { holdings: sorted(projection.holdings), entries: sorted(projection.entries), totals: sorted(projection.totals ?? []) },
    };
  }

  /** `setBased`: the batch is dated on or after every share event before it, so it is read and written in a fixed number of statements. */
  async function expectSame(steps: readonly Step[], { setBased }: { setBased: boolean }) {
    const res = await batch(steps);
    expect({ status: res.status, body: res.status === 201 ? { count: res.body.count } : res.body }).toEqual({ status: 201, body: { count: steps.length } });
    if (setBased) expect(res.statements).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(await oneByOne(steps)).toBeNull();
    const [a, b] = [await recorded(A), await recorded(B)];
    expect(a.ledger).toEqual(b.ledger);
    expect(a.projection).toEqual(b.projection);
    // The projection is the domain's fold of the ledger, on both.
    for (const id of [A, B]) expect(await t.app.get(RegisterProjectionCheck).verify(t.orm.em.fork(), id)).toEqual({ matches: true });
  }

  it('RM-1: new holders (named, joint, a practice), numbered and partly paid shares: the same entries and projection', async () => {
    await expectSame([
      { type: 'allotment', effectiveOn: '2024-03-01', holder: holder('Ada Eq') },
      { type: 'allotment', effectiveOn: '2024-03-01', holder: holder('Ben Eq', { jointHolders: ['Bea Eq'] }) },
      { type: 'allotment', effectiveOn: '2024-03-01', holder: { practiceId: '$practice' } },
      { type: 'allotment', effectiveOn: '2024-03-02', holder: holder('Cy Eq'), shareNumber: 10 },
      { type: 'allotment', effectiveOn: '2024-03-02', holder: holder('Dee Eq'), paidUpPence: 40 },
      { type: 'allotment', effectiveOn: '2024-03-03', holder: holder('Eve Eq') },
      // Quotes, a backslash and letters outside ASCII go into the rows as they are.
      { type: 'allotment', effectiveOn: '2024-03-03', holder: holder('Zoë O\'Brien-Ng \\ 名 "Z"') },
    ], { setBased: true });
  });

  it('SH-3, SH-5: transfers, cancellations and allotments to existing members, each relying on the ones before it', async () => {
    await expectSame([
      // Cy gives up share 10 and takes Ada's share; Ada, now a former member, is allotted a new one.
      { type: 'cancellation', shareNumber: 10, reason: 'surrender', effectiveOn: '2024-04-01', solvencyStatementOn: '2024-03-25' },
      { type: 'transfer', shareNumber: 1, fromMemberId: '$Ada Eq', to: { memberId: '$Cy Eq' }, lodgedOn: '2024-03-20', effectiveOn: '2024-04-01' },
      { type: 'allotment', effectiveOn: '2024-04-02', holder: { memberId: '$Ada Eq' } },
      // The practice passes its share to a new entry for itself (its partners changed).
      { type: 'transfer', shareNumber: 3, fromMemberId: '$Batch Lane Surgery', to: { practiceId: '$practice', name: 'Batch Lane Partners' }, lodgedOn: '2024-04-02', effectiveOn: '2024-04-03' },
      // Dee's share passes to a new holder, who then gives it up.
      { type: 'transfer', shareNumber: 11, fromMemberId: '$Dee Eq', to: holder('Fay Eq'), lodgedOn: '2024-04-03', effectiveOn: '2024-04-03' },
      { type: 'cancellation', shareNumber: 11, reason: 'surrender', note: 'given up', effectiveOn: '2024-04-05', solvencyStatementOn: '2024-03-25' },
      { type: 'cancellation', shareNumber: 2, memberId: '$Ben Eq', reason: 'surrender', effectiveOn: '2024-04-05', solvencyStatementOn: '2024-03-25' },
      { type: 'allotment', effectiveOn: '2024-04-05', holder: { memberId: '$Dee Eq' } },
    ], { setBased: true });
  });

  it('RM-3: a batch dated before the latest share event (re-folding the ledger) records the same as one by one', async () => {
    await expectSame([
      { type: 'allotment', effectiveOn: '2024-03-15', holder: holder('Gus Eq') },
      { type: 'allotment', effectiveOn: '2024-04-06', holder: holder('Hal Eq') },
    ], { setBased: false });
  });

  const counts = async (companyId: string) =>
    (
      await t.sql(
        `select (select count(*)::int from member where company_id = ?) as members, (select count(*)::int from share_holding where company_id = ?) as holdings,
                (select count(*)::int from register_entry where company_id = ?) as entries, (select count(*)::int from register_total where company_id = ?) as totals`,
        [companyId, companyId, companyId, companyId],
      )
    )[0];

  // Each refused at its last event, after new-holder allotments the register takes.
  const refusals: [rule: string, bad: Step, status: number, code: string][] = [
    ['SH-1 one share per member', { type: 'allotment', effectiveOn: '2024-05-01', holder: { memberId: '$Cy Eq' } }, 409, 'MEMBER_ALREADY_HOLDS_A_SHARE'],
    ['SH-3 transfer from a non-holder', { type: 'transfer', shareNumber: 14, fromMemberId: '$Cy Eq', to: { memberId: '$Gus Eq' }, lodgedOn: '2024-05-01', effectiveOn: '2024-05-01' }, 409, 'SHARE_NOT_HELD_BY_MEMBER'],
    ['SH-4 a cancelled share', { type: 'cancellation', shareNumber: 10, reason: 'surrender', effectiveOn: '2024-05-01', solvencyStatementOn: '2024-03-25' }, 409, 'SHARE_ALREADY_CANCELLED'],
    ['SH-4 a share never allotted', { type: 'cancellation', shareNumber: 999, reason: 'surrender', effectiveOn: '2024-05-01', solvencyStatementOn: '2024-03-25' }, 422, 'SHARE_NOT_ISSUED'],
    ['SH-3 a transfer to its own holder', { type: 'transfer', shareNumber: 14, fromMemberId: '$Ada Eq', to: { memberId: '$Ada Eq' }, lodgedOn: '2024-05-01', effectiveOn: '2024-05-01' }, 422, 'TRANSFER_TO_SAME_MEMBER'],
    ['RM-5 a share number used before', { type: 'allotment', effectiveOn: '2024-05-01', holder: holder('Ivy Eq'), shareNumber: 10 }, 409, 'SHARE_NUMBER_ALREADY_USED'],
    ['SH-5 the practice is already a member', { type: 'allotment', effectiveOn: '2024-05-01', holder: { practiceId: '$practice' } }, 409, 'PRACTICE_ALREADY_A_MEMBER'],
    // Dated before the latest share event: checked by the single path's re-fold of the whole ledger, which the later transfer of share 1 then breaks.
    ['RM-3 SH-4 a back-dated cancellation of a share transferred later', { type: 'cancellation', shareNumber: 1, memberId: '$Ada Eq', reason: 'surrender', effectiveOn: '2024-03-31', solvencyStatementOn: '2024-03-25' }, 409, 'SHARE_ALREADY_CANCELLED'],
    ['an unknown member', { type: 'allotment', effectiveOn: '2024-05-01', holder: { memberId: 'no-such-member' } }, 404, 'NOT_FOUND'],
    ['an unknown member whose id has quotes, a backslash and braces', { type: 'transfer', shareNumber: 14, fromMemberId: 'x"}\\{,y', to: holder('Pip Eq'), lodgedOn: '2024-05-01', effectiveOn: '2024-05-01' }, 409, 'SHARE_NOT_HELD_BY_MEMBER'],
    ['an unknown resolution', { type: 'allotment', effectiveOn: '2024-05-01', holder: holder('Jo Eq'), authorisedBy: 'no-such-resolution' }, 404, 'NOT_FOUND'],
    ['dated after it is recorded', { type: 'allotment', effectiveOn: '2999-01-01', holder: holder('Kit Eq') }, 422, 'DATED_AFTER_RECORDING'],
  ];

  it.each(refusals)('%s: refused at index k with the single route’s code, the ledger head and the counts unchanged', async (_rule, bad, status, code) => {
    const before = { head: await ledgerHead(t, A), counts: await counts(A) };
    const steps: Step[] = [
      { type: 'allotment', effectiveOn: '2024-05-01', holder: holder(`Lee ${code}`) },
      { type: 'allotment', effectiveOn: '2024-05-01', holder: holder(`Max ${code}`) },
      bad,
    ];
    const single = await oneByOne(steps);
    expect({ status: single?.status, code: single?.body.code }).toEqual({ status, code });
    const res = await batch(steps);
    expect({ status: res.status, code: res.body.code, index: res.body.details?.index }).toEqual({ status, code, index: 2 });
    expect(res.body.message).toMatch(/^event 2: /);
    expect({ head: await ledgerHead(t, A), counts: await counts(A) }).toEqual(before);
  });

  it('a batch of 1,200 allotments (a body over 100 kB) is recorded, chained and folded', async () => {
    const before = await ledgerHead(t, A);
    const steps: Step[] = Array.from({ length: 1200 }, (_, i) => ({ type: 'allotment', effectiveOn: '2024-06-01', holder: holder(`Bulk Holder ${i}`) }));
    const res = await batch(steps);
    expect({ status: res.status, count: res.body.count }).toEqual({ status: 201, count: 1200 });
    expect(res.statements).toBeLessThanOrEqual(MAX_STATEMENTS);
    expect(await ledgerHead(t, A)).toMatchObject({ valid: true, events: before.events + 1200 });
    expect(await t.app.get(RegisterProjectionCheck).verify(t.orm.em.fork(), A)).toEqual({ matches: true });
  });

  it('a projection row changed by SQL: the batch refuses at the event that relies on it, as that event alone is refused (PROJECTION_OUT_OF_STEP, index 1)', async () => {
    const ids = await memberIds(A);
    const tamper = (memberId: string | undefined) =>
      t.sql(`update share_holding set member_id = ? where company_id = ? and share_number = 1 and held_to is null`, [memberId, A]);
    await tamper(ids.get('Gus Eq'));
    try {
      const before = { head: await ledgerHead(t, A), counts: await counts(A) };
      const res = await batch([
        { type: 'allotment', effectiveOn: '2024-07-01', holder: holder('Nia Eq') },
        { type: 'transfer', shareNumber: 1, fromMemberId: '$Cy Eq', to: holder('Oli Eq'), lodgedOn: '2024-07-01', effectiveOn: '2024-07-01' },
      ]);
      expect({ status: res.status, code: res.body.code, index: res.body.details?.index, table: res.body.details?.table }).toEqual({ status: 500, code: 'PROJECTION_OUT_OF_STEP', index: 1, table: 'share_holding' });
      expect({ head: await ledgerHead(t, A), counts: await counts(A) }).toEqual(before);
    } finally {
      await tamper(ids.get('Cy Eq'));
    }
    expect(await t.app.get(RegisterProjectionCheck).verify(t.orm.em.fork(), A)).toEqual({ matches: true });
  });

  it('a single share event is read and written in a fixed number of statements, its projection changes and the day\'s totals in one', async () => {
    // An allotment: the token, BEGIN, the lock with the chain head, the register's state (latest date,
    // corrections, highest share: the share number comes from it), the ledger entries and the projection
    // rows about the event (one statement), the ledger entry with the new member and the projection
    // changes in its statement, COMMIT. A transfer reads the state with the entries and rows about it, in
    // one statement. The resolutions and meetings (MA-1 /
    // WR-2) and the certificates issued (SH-2) are not read again: the process folded them at the head
    // the write before left (the first two writes below), and a share entry changes neither.
    const post = (path: string, body: object) => t.http.post(`/api/companies/${B}/${path}`).set(t.auth('secretary')).send(body);
    const first = await post('share-allotments', { effectiveOn: '2025-01-02', holder: holder('First Eq') }).expect(201);
    const firstHolder = (await memberIds(B)).get('First Eq');
    await post('share-transfers', { shareNumber: first.body.payload.shareNumber, fromMemberId: firstHolder, to: holder('Second Eq'), lodgedOn: '2025-01-02', effectiveOn: '2025-01-02' }).expect(201);
    const allotted = await counted(() => post('share-allotments', { effectiveOn: '2025-01-02', holder: holder('Solo Eq') }));
    expect([allotted.status, allotted.statements]).toEqual([201, 7]);
    const ids = await memberIds(B);
    const transfer = { shareNumber: allotted.body.payload.shareNumber, fromMemberId: ids.get('Solo Eq'), to: holder('Duo Eq'), lodgedOn: '2025-01-03', effectiveOn: '2025-01-03' };
    const transferred = await counted(() => post('share-transfers', transfer));
    expect([transferred.status, transferred.body.code, transferred.statements]).toEqual([201, undefined, 6]);
    expect(await t.app.get(RegisterProjectionCheck).verify(t.orm.em.fork(), B)).toEqual({ matches: true });
  });
});
