import { GENESIS_HASH, hashLedgerRecord } from '#domain';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';
import { databaseKinds, type DatabaseKind } from './support/databases';

const C = `/api/companies/${COMPANY}`;

interface Entry {
  sequence: number;
  kind: string;
  effectiveOn: string;
  recordedAt: string;
  recordedBy: string;
  payload: Record<string, unknown>;
  previousHash: string;
  hash: string;
}

/** The hash the domain library gives an entry, from nothing but the fields the API returns. */
const recomputed = (e: Entry) =>
  hashLedgerRecord({ companyId: COMPANY, sequence: e.sequence, kind: e.kind, effectiveOn: e.effectiveOn, recordedAt: e.recordedAt, recordedBy: e.recordedBy, payload: e.payload as never }, e.previousHash);

const ledgerPage = async (t: TestApp, query: string) => (await t.http.get(`${C}/ledger?${query}`).set(t.auth('auditor')).expect(200)).body as { entries: Entry[]; nextAfterSequence: number | null };
const verify = async (t: TestApp) => (await t.http.get(`${C}/ledger/verify`).set(t.auth('auditor')).expect(200)).body;

/** Follows nextAfterSequence from the start; returns every entry and the number of pages. */
async function readAll(t: TestApp, limit: number): Promise<{ entries: Entry[]; pages: number }> {
  const entries: Entry[] = [];
  let after: number | null = 0;
  let pages = 0;
  while (after !== null) {
    const page = await ledgerPage(t, `afterSequence=${after}&limit=${limit}`);
    expect(page.entries.length).toBeLessThanOrEqual(limit);
    entries.push(...page.entries);
    pages += 1;
    after = page.nextAfterSequence;
    if (after !== null) expect(after).toBe(page.entries[page.entries.length - 1].sequence);
  }
  return { entries, pages };
}

describe.each(databaseKinds())('the hash-chained ledger over HTTP (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('pages by afterSequence and limit, following nextAfterSequence to the end', async () => {
    const { entries, pages } = await readAll(t, 10);
    expect(pages).toBe(4);
    expect(entries.map((e) => e.sequence)).toEqual(Array.from({ length: 37 }, (_, i) => i + 1));
    const all = await ledgerPage(t, '');
    expect(all).toEqual({ entries, nextAfterSequence: null });
    // A page exactly as long as the limit points on; the page after it is empty and ends.
    const exact = await ledgerPage(t, 'limit=37');
    expect(exact.nextAfterSequence).toBe(37);
    expect(await ledgerPage(t, 'afterSequence=37&limit=37')).toEqual({ entries: [], nextAfterSequence: null });
    const middle = await ledgerPage(t, 'afterSequence=15&limit=3');
    expect(middle).toEqual({ entries: entries.slice(15, 18), nextAfterSequence: 18 });
  });

  it('RM-3: each entry links to the one before, from 64 zeros, and its hash recomputes from what the API shows', async () => {
    const { entries } = await readAll(t, 100);
    expect(entries[0].previousHash).toBe('0'.repeat(64));
    expect(entries[0].previousHash).toBe(GENESIS_HASH);
    entries.forEach((e, i) => {
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
      if (i > 0) expect(e.previousHash).toBe(entries[i - 1].hash);
      expect(recomputed(e)).toBe(e.hash);
      expect(e).toMatchObject({ kind: 'share.allotment', effectiveOn: '2014-09-01', recordedBy: 'seed', payload: { type: 'allotment', shareNumber: e.sequence } });
      if (i > 0) expect(e.recordedAt >= entries[i - 1].recordedAt).toBe(true);
    });
    expect(new Set(entries.map((e) => e.hash)).size).toBe(37);
  });

  it('verify reports the seeded chain valid, with the last entry\'s hash as head', async () => {
    const { entries } = await readAll(t, 100);
    expect(await verify(t)).toEqual({ valid: true, events: 37, headHash: entries[36].hash, headSequence: 37 });
  });

  it('RM-3: recording a transfer appends entry 38 onto the head and moves it', async () => {
    const before = await verify(t);
    const res = await t.http
      .post(`${C}/share-transfers`)
      .set(t.auth('secretary'))
      .send({ shareNumber: 5, to: { practiceId: 'practice-z00005', name: 'New partners of Demo Practice 05' }, lodgedOn: '2022-02-01', effectiveOn: '2022-02-14' })
      .expect(201);
    const entry: Entry = res.body;
    expect(entry).toMatchObject({ sequence: 38, kind: 'share.transfer', effectiveOn: '2022-02-14', recordedBy: 'admin', previousHash: before.headHash });
    expect(recomputed(entry)).toBe(entry.hash);
    expect(await verify(t)).toEqual({ valid: true, events: 38, headHash: entry.hash, headSequence: 38 });
    expect(await ledgerPage(t, 'afterSequence=37')).toEqual({ entries: [entry], nextAfterSequence: null });
  });

  it('RM-4: the table refuses UPDATE, DELETE and TRUNCATE, and the chain is untouched', async () => {
    const before = await verify(t);
    const attempts = [
      `update ledger_entry set payload = jsonb_set(payload, '{shareNumber}', '99') where company_id = '${COMPANY}' and sequence = 10`,
      `delete from ledger_entry where company_id = '${COMPANY}' and sequence = 37`,
      `truncate ledger_entry`,
    ];
    for (const sql of attempts) await expect(t.sql(sql)).rejects.toThrow(/append-only/);
    const [row] = await t.sql<{ n: number; share: number }>(
      `select count(*)::int as n, max((payload->>'shareNumber')::int) filter (where sequence = 10) as share from ledger_entry where company_id = ?`,
      [COMPANY],
    );
    expect(row).toEqual({ n: before.events, share: 10 });
    expect(await verify(t)).toEqual(before);
  });
});

/** Alters the ledger the way someone with superuser rights could: with the triggers switched off. */
async function tamper(t: TestApp, sql: string, params: unknown[]): Promise<void> {
  await t.orm.em.fork().transactional(async (em) => {
    await em.execute('set local session_replication_role = replica');
    await em.execute(sql, params);
  });
}

const tamperCases: {
  name: string;
  sql: string;
  params: unknown[];
  firstBreak: { reason: string; sequence: number } & Record<string, unknown>;
  events: number;
}[] = [
  {
    name: 'a changed payload in entry 10 is a hash mismatch at 10',
    sql: `update ledger_entry set payload = jsonb_set(payload, '{shareNumber}', '99') where company_id = ? and sequence = 10`,
    params: [COMPANY],
    firstBreak: { reason: 'hash-mismatch', sequence: 10 },
    events: 10,
  },
  {
    name: 'a changed previous_hash in entry 20 is a previous-hash mismatch at 20',
    sql: `update ledger_entry set previous_hash = ? where company_id = ? and sequence = 20`,
    params: ['f'.repeat(64), COMPANY],
    firstBreak: { reason: 'previous-hash-mismatch', sequence: 20, found: 'f'.repeat(64) },
    events: 20,
  },
  {
    name: 'a deleted entry 20 is a sequence gap at 21',
    sql: `delete from ledger_entry where company_id = ? and sequence = 20`,
    params: [COMPANY],
    firstBreak: { reason: 'sequence-gap', sequence: 21, expectedSequence: 20 },
    events: 20,
  },
  {
    name: 'a re-dated entry 30 is a hash mismatch at 30',
    sql: `update ledger_entry set effective_on = '2014-09-02' where company_id = ? and sequence = 30`,
    params: [COMPANY],
    firstBreak: { reason: 'hash-mismatch', sequence: 30 },
    events: 30,
  },
];

describe.each(databaseKinds())('tampering with the stored ledger is detected (%s)', (kind: DatabaseKind) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.each(tamperCases)('RM-3: $name', async ({ sql, params, firstBreak, events }) => {
    t = await startTestApp(kind);
    const clean = await verify(t);
    expect(clean).toMatchObject({ valid: true, events: 37 });
    const [{ previous }] = await t.sql<{ previous: string }>(`select previous_hash as previous from ledger_entry where company_id = ? and sequence = ?`, [COMPANY, firstBreak.sequence]);

    await tamper(t, sql, params);
    const result = await verify(t);
    expect(result).toEqual({ valid: false, events, firstBreak: expect.objectContaining(firstBreak) });
    if (firstBreak.reason === 'previous-hash-mismatch') expect(result.firstBreak.expected).toBe(previous);
    if (firstBreak.reason === 'hash-mismatch') {
      // The API shows the altered entry, and its stored hash no longer recomputes from it.
      const { entries } = await ledgerPage(t, `afterSequence=${firstBreak.sequence - 1}&limit=1`);
      expect(recomputed(entries[0])).not.toBe(entries[0].hash);
      expect(result.firstBreak).toMatchObject({ expected: recomputed(entries[0]), found: entries[0].hash });
    }
  });
});
