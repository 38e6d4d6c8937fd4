import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { buffer } from 'node:stream/consumers';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENESIS_HASH, hashLedgerRecord } from '#domain';
import { Ledger } from '../apps/api/src/ledger/ledger';
import { LedgerExportService } from '../apps/api/src/reports/ledger-export.service';
import type { ReportFile } from '../apps/api/src/reports/report-file';
import { main as verifyLedger } from '../scripts/verify-ledger';
import { passBoardResolution, SEEDED_ENTRIES, seededAllotmentSequence } from './support/authority';
import { databaseKinds, type DatabaseKind } from './support/databases';
import { ledgerEntries, ledgerHead, type LedgerEntry as Entry } from './support/ledger';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/** The hash the domain library gives an entry, from nothing but the fields the API returns. */
const recomputed = (e: Entry) =>
  hashLedgerRecord({ companyId: COMPANY, sequence: e.sequence, kind: e.kind, effectiveOn: e.effectiveOn, recordedAt: e.recordedAt, recordedBy: e.recordedBy, payload: e.payload as never }, e.previousHash);

const ledgerPage = async (t: TestApp, query: string) => (await t.http.get(`${C}/ledger?${query}`).set(t.auth('auditor')).expect(200)).body as { entries: Entry[]; nextAfterSequence: number | null };
const verify = (t: TestApp) => ledgerHead(t);
/** The sequence of the allotment of share `n` in what the ledger shows. */
const allotmentOf = (entries: Entry[], n: number) => entries.find((e) => e.kind === 'share.allotment' && e.payload.shareNumber === n)!.sequence;

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
    const { events } = await verify(t);
    const { entries, pages } = await readAll(t, 10);
    expect(pages).toBe(Math.ceil(events / 10));
    expect(entries.map((e) => e.sequence)).toEqual(Array.from({ length: events }, (_, i) => i + 1));
    const all = await ledgerPage(t, '');
    expect(all).toEqual({ entries, nextAfterSequence: null });
    // A page exactly as long as the limit points on; the page after it is empty and ends.
    const exact = await ledgerPage(t, `limit=${events}`);
    expect(exact.nextAfterSequence).toBe(events);
    expect(await ledgerPage(t, `afterSequence=${events}&limit=${events}`)).toEqual({ entries: [], nextAfterSequence: null });
    const middle = await ledgerPage(t, 'afterSequence=15&limit=3');
    expect(middle).toEqual({ entries: entries.slice(15, 18), nextAfterSequence: 18 });
  });

  it('RM-3: the seeded ledger: each entry links to the one before, from 64 zeros, and its hash recomputes from what the API shows', async () => {
    const { entries } = await readAll(t, 100);
    expect(entries[0].previousHash).toBe('0'.repeat(64));
    expect(entries[0].previousHash).toBe(GENESIS_HASH);
    entries.forEach((e, i) => {
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
      if (i > 0) expect(e.previousHash).toBe(entries[i - 1].hash);
      expect(recomputed(e)).toBe(e.hash);
      expect(e).toMatchObject({ effectiveOn: '2014-09-01', recordedBy: 'seed' });
      if (i > 0) expect(e.recordedAt >= entries[i - 1].recordedAt).toBe(true);
    });
    expect(new Set(entries.map((e) => e.hash)).size).toBe(SEEDED_ENTRIES);
    // The seeded ledger: three directors appointed, the board meeting and the resolution at it authorising
    // the 37 allotments, each director's vote for it, then the allotments, each naming the resolution.
    const directors = entries.slice(0, 3);
    for (const d of directors) expect(d).toMatchObject({ kind: 'director.appointed', payload: { directorId: expect.any(String), name: expect.any(String) } });
    expect(entries[3]).toMatchObject({ sequence: 4, kind: 'meeting.called', payload: { meetingKind: 'board', heldOn: '2014-09-01' } });
    const proposal = entries[4];
    expect(proposal).toMatchObject({ sequence: 5, kind: 'resolution.proposed', payload: { resolution: { meetingId: entries[3].payload.meetingId } } });
    const resolution = proposal.payload.resolution as { id: string; authorises: unknown[] };
    expect(resolution.authorises).toEqual(Array.from({ length: 37 }, (_, i) => ({ action: 'allotment', shareNumber: i + 1 })));
    expect(entries.slice(5, 8)).toEqual(
      directors.map((d, i) =>
        expect.objectContaining({ sequence: 6 + i, kind: 'resolution.vote', payload: { resolutionId: resolution.id, voterId: d.payload.directorId, vote: 'for' } }),
      ),
    );
    for (let n = 1; n <= 37; n += 1) {
      expect(entries[seededAllotmentSequence(n) - 1]).toMatchObject({
        sequence: seededAllotmentSequence(n),
        kind: 'share.allotment',
        payload: { type: 'allotment', shareNumber: n, authorisedBy: resolution.id },
      });
    }
    // The seeded ledger ends with the 37th allotment.
    expect(entries[entries.length - 1].sequence).toBe(seededAllotmentSequence(37));
  });

  it('verify reports the chain valid, with the last entry\'s hash as head', async () => {
    const { entries } = await readAll(t, 100);
    const last = entries[entries.length - 1];
    expect(await verify(t)).toEqual({ valid: true, events: entries.length, headHash: last.hash, headSequence: last.sequence, projection: { matches: true } });
  });

  it('exports asked for at once are built once, from one read of the ledger, and are the same bytes', async () => {
    const ledger = t.app.get(Ledger);
    const exports = t.app.get(LedgerExportService);
    const reads = jest.spyOn(ledger, 'all');
    // Reads of the whole ledger (the export's); the family folds read it by kind.
    const wholeReads = () => reads.mock.calls.filter(([, companyId, kinds]) => companyId === COMPANY && kinds === undefined).length;
    const text = async (file: ReportFile) => (await buffer(file.body)).toString('utf8');
    try {
      const asked = await Promise.all([1, 2, 3].map(async () => text(await exports.export(COMPANY))));
      expect(wholeReads()).toBe(1);
      expect(new Set(asked).size).toBe(1);
      // That build is over: the next request reads the ledger again, as stored now.
      expect(await text(await exports.export(COMPANY))).toBe(asked[0]);
      expect(wholeReads()).toBe(2);
    } finally {
      reads.mockRestore();
    }
  });

  it('while an export is written, the database answers other requests between its reads (one PGlite connection too)', async () => {
    const ledger = t.app.get(Ledger);
    const whole = Ledger.prototype.all;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    let paused!: () => void;
    const pausedAt = new Promise<void>((resolve) => (paused = resolve));
    // The export's read of the whole ledger stops after its first entry until the gate opens.
    const reads = jest.spyOn(ledger, 'all').mockImplementation(async function* (this: Ledger, ...args: Parameters<Ledger['all']>) {
      let first = args[2] === undefined;
      for await (const entry of whole.apply(this, args)) {
        yield entry;
        if (first) {
          first = false;
          paused();
          await gate;
        }
      }
    });
    try {
      const exported = t.app.get(LedgerExportService).export(COMPANY).then((file) => buffer(file.body));
      await pausedAt;
      const answer = await Promise.race([
        t.http.get(`${C}/ledger?limit=1`).set(t.auth('board')).then((res) => res.status),
        new Promise<string>((resolve) => setTimeout(() => resolve('no answer within 10 s'), 10_000)),
      ]);
      expect(answer).toBe(200);
      open();
      expect(JSON.parse((await exported).toString('utf8')).entries.length).toBeGreaterThan(1);
    } finally {
      open();
      reads.mockRestore();
    }
  });

  it('RM-3: recording a board resolution and then a transfer appends each entry onto the head and moves it', async () => {
    const seeded = await verify(t);
    // Articles: share events need a board resolution; its meeting, its proposal and three votes are entries too.
    const approved = await passBoardResolution(t, COMPANY, '2022-02-01', [{ action: 'transfer', shareNumber: 5 }]);
    const before = await verify(t);
    expect(before).toMatchObject({ valid: true, events: seeded.events + 5, headSequence: seeded.events + 5 });
    const added = await ledgerPage(t, `afterSequence=${seeded.headSequence}`);
    expect(added.entries.map((e) => e.kind)).toEqual(['meeting.called', 'resolution.proposed', 'resolution.vote', 'resolution.vote', 'resolution.vote']);
    expect(added.entries[0].previousHash).toBe(seeded.headHash);

    const [{ memberId: holderOf5 }] = await t.sql<{ memberId: string }>(
      `select member_id as "memberId" from share_holding where company_id = ? and share_number = 5 and held_to is null`,
      [COMPANY],
    );
    const res = await t.http
      .post(`${C}/share-transfers`)
      .set(t.auth('secretary'))
      .send({
        shareNumber: 5,
        fromMemberId: holderOf5,
        to: { practiceId: 'practice-z00005', name: 'New partners of Demo Practice 05' },
        lodgedOn: '2022-02-01',
        effectiveOn: '2022-02-14',
        authorisedBy: approved,
      })
      .expect(201);
    const entry: Entry = res.body;
    expect(entry).toMatchObject({ sequence: before.headSequence + 1, kind: 'share.transfer', effectiveOn: '2022-02-14', recordedBy: 'admin', previousHash: before.headHash });
    expect(entry.payload).toMatchObject({ fromMemberId: holderOf5, authorisedBy: approved });
    expect(recomputed(entry)).toBe(entry.hash);
    expect(await verify(t)).toEqual({ valid: true, events: before.events + 1, headHash: entry.hash, headSequence: before.headSequence + 1, projection: { matches: true } });
    expect(await ledgerPage(t, `afterSequence=${before.headSequence}`)).toEqual({ entries: [entry], nextAfterSequence: null });
    // The head the next write chains onto, kept on the company's row by a trigger, moved with it.
    const [kept] = await t.sql<{ sequence: number; hash: string; recordedAt: string }>(
      `select head_sequence as sequence, head_hash as hash, to_char(head_recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "recordedAt" from company where id = ?`,
      [COMPANY],
    );
    expect(kept).toEqual({ sequence: entry.sequence, hash: entry.hash, recordedAt: entry.recordedAt });
  });

  it('RM-4: the table refuses UPDATE, DELETE and TRUNCATE, and the chain is untouched', async () => {
    const before = await verify(t);
    const share10 = allotmentOf(await ledgerEntries(t), 10);
    const attempts = [
      `update ledger_entry set payload = jsonb_set(payload, '{shareNumber}', '99') where company_id = '${COMPANY}' and sequence = ${share10}`,
      `update ledger_entry set payload = jsonb_set(payload, '{vote}', '"against"') where company_id = '${COMPANY}' and kind = 'resolution.vote'`,
      `delete from ledger_entry where company_id = '${COMPANY}' and sequence = ${before.headSequence}`,
      `truncate ledger_entry`,
    ];
    for (const sql of attempts) await expect(t.sql(sql)).rejects.toThrow(/append-only/);
    const [row] = await t.sql<{ n: number; share: number; against: number }>(
      `select count(*)::int as n, max((payload->>'shareNumber')::int) filter (where sequence = ${share10}) as share,
              count(*) filter (where payload->>'vote' = 'against')::int as against
       from ledger_entry where company_id = ?`,
      [COMPANY],
    );
    expect(row).toEqual({ n: before.events, share: 10, against: 0 });
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

/**
 * Alterations of an entry of the seeded ledger, the entry found by what it records (`target`): `sql`
 * takes the company id and the entry's sequence. Verification stops at the first broken link, so it
 * reports as many events as the target's sequence.
 */
const tamperCases: {
  name: string;
  target: (entries: Entry[]) => number;
  sql: string;
  firstBreak: (sequence: number) => { reason: string; sequence: number } & Record<string, unknown>;
}[] = [
  {
    name: 'a changed payload in the allotment of share 3 is a hash mismatch there',
    target: (entries) => allotmentOf(entries, 3),
    sql: `update ledger_entry set payload = jsonb_set(payload, '{shareNumber}', '99') where company_id = ? and sequence = ?`,
    firstBreak: (sequence) => ({ reason: 'hash-mismatch', sequence }),
  },
  {
    name: "the second director's vote for the seeded resolution changed from for to against is a hash mismatch there",
    target: (entries) => entries.filter((e) => e.kind === 'resolution.vote')[1].sequence,
    sql: `update ledger_entry set payload = jsonb_set(payload, '{vote}', '"against"') where company_id = ? and sequence = ? and kind = 'resolution.vote'`,
    firstBreak: (sequence) => ({ reason: 'hash-mismatch', sequence }),
  },
  {
    name: 'a changed previous_hash in the allotment of share 13 is a previous-hash mismatch there',
    target: (entries) => allotmentOf(entries, 13),
    sql: `update ledger_entry set previous_hash = '${'f'.repeat(64)}' where company_id = ? and sequence = ?`,
    firstBreak: (sequence) => ({ reason: 'previous-hash-mismatch', sequence, found: 'f'.repeat(64) }),
  },
  {
    name: 'a deleted allotment of share 13 is a sequence gap at the entry after it',
    target: (entries) => allotmentOf(entries, 13),
    sql: `delete from ledger_entry where company_id = ? and sequence = ?`,
    firstBreak: (sequence) => ({ reason: 'sequence-gap', sequence: sequence + 1, expectedSequence: sequence }),
  },
  {
    name: 'a re-dated allotment of share 23 is a hash mismatch there',
    target: (entries) => allotmentOf(entries, 23),
    sql: `update ledger_entry set effective_on = '2014-09-02' where company_id = ? and sequence = ?`,
    firstBreak: (sequence) => ({ reason: 'hash-mismatch', sequence }),
  },
];

describe.each(databaseKinds())('tampering with the stored ledger is detected (%s)', (kind: DatabaseKind) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it.each(tamperCases)('RM-3: $name', async (tampering) => {
    t = await startTestApp(kind);
    const entries = await ledgerEntries(t);
    const clean = await verify(t);
    expect(clean).toMatchObject({ valid: true, events: entries.length });
    const target = tampering.target(entries);
    const firstBreak = tampering.firstBreak(target);
    const [{ previous }] = await t.sql<{ previous: string }>(`select previous_hash as previous from ledger_entry where company_id = ? and sequence = ?`, [COMPANY, firstBreak.sequence]);

    await tamper(t, tampering.sql, [COMPANY, target]);
    const result = await verify(t);
    expect(result).toEqual({ valid: false, events: target, firstBreak: expect.objectContaining(firstBreak) });
    if (firstBreak.reason === 'previous-hash-mismatch') expect(result.firstBreak?.expected).toBe(previous);
    if (firstBreak.reason === 'hash-mismatch') {
      // The API shows the altered entry, and its stored hash no longer recomputes from it.
      const [altered] = (await ledgerPage(t, `afterSequence=${firstBreak.sequence - 1}&limit=1`)).entries;
      expect(recomputed(altered)).not.toBe(altered.hash);
      expect(result.firstBreak).toMatchObject({ expected: recomputed(altered), found: altered.hash });
    }
  });

  it('RM-3: an export taken after an entry was altered (the head unchanged) carries the altered entry, and the offline verifier names it', async () => {
    t = await startTestApp(kind);
    const dir = mkdtempSync(join(tmpdir(), 'cic-export-'));
    try {
      const exported = async (name: string) => {
        const res = await t!.http.get(`${C}/ledger/export`).set(t!.auth('auditor')).expect(200);
        const file = join(dir, name);
        writeFileSync(file, res.text);
        return { text: res.text, file };
      };
      const offline = async (file: string) => {
        const out: string[] = [];
        const code = await verifyLedger([file], (line) => out.push(line));
        return { code, out: out.join('\n') };
      };
      const before = await exported('before.json');
      expect(await offline(before.file)).toMatchObject({ code: 0, out: expect.stringContaining('valid:') });
      // Built again, at the same head of the same ledger, it is the same bytes: the checkpoint first signed for the head is kept.
      expect((await exported('again.json')).text).toBe(before.text);
      const target = allotmentOf(await ledgerEntries(t), 3);
      const head = await verify(t);
      await tamper(t, tamperCases[0].sql, [COMPANY, target]);

      const after = await exported('after.json');
      expect(after.text).not.toBe(before.text);
      const checked = await offline(after.file);
      expect(checked.code).toBe(1);
      expect(checked.out).toContain(`invalid: first broken link at sequence ${target} (hash-mismatch`);
      // The head did not move: the entry after it still links to the stored hash.
      expect(JSON.parse(after.text).exportedAtHead).toEqual(JSON.parse(before.text).exportedAtHead);
      expect(head.valid).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
