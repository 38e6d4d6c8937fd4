import { parse } from 'csv-parse/sync';
import type { CalendarDate } from '#domain';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RegisterHistoryService } from '../apps/api/src/share-register/register-history.service';
import { MemberHistoryReader } from '../apps/api/src/web/member-history';
import { inWords } from '../apps/api/src/web/view-filters';
import { main as verifyLedgerMain } from '../scripts/verify-ledger';
import { passBoardResolution, seededAllotmentSequence } from './support/authority';
import { databaseKinds } from './support/databases';
import { addDays, todayAndTomorrow } from './support/dates';
import { ledgerEntries, ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { holdersByShare, readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/**
 * Correcting entries (RM-3, RM-4, SR-4): a mistaken transfer is corrected by a new ledger entry that
 * voids it and puts the right transfer in its place. The register as at every date is the corrected
 * one; as known before the correction it is as it stood; the original entry stays in the ledger,
 * marked as corrected; the chain verifies online and offline, and the projection equals the fold.
 */
describe.each(databaseKinds())('corrections of the register (%s)', (kind) => {
  let t: TestApp;
  let today: string;
  let transferor: string;
  let mistaken: { sequence: number; recordedAt: string };
  let correctionSequence: number;
  const dir = mkdtempSync(join(tmpdir(), 'cic-corrections-'));
  beforeAll(async () => {
    t = await startTestApp(kind);
    ({ today } = await todayAndTomorrow());
    transferor = (await holdersByShare(t)).get(9)!;
    const resolution = await passBoardResolution(t, COMPANY, today, [{ action: 'transfer', shareNumber: 9 }]);
    const res = await post('share-transfers', {
      shareNumber: 9, fromMemberId: transferor, to: { practiceId: 'practice-z00009', name: 'Wrong partners of Demo Practice 09' },
      lodgedOn: today, effectiveOn: today, authorisedBy: resolution,
    });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    mistaken = res.body;
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  function post(path: string, body: object) {
    return t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  }
  const holderOf9 = async (query = '') => {
    const { members } = await readRegister(t, `status=current&limit=1000${query}`, 'auditor');
    return members.find((m) => m.shares.some((s) => s.shareNumber === 9))?.name;
  };
  const everyone = async (query = '') => (await readRegister(t, `status=all&limit=1000${query}`, 'auditor')).members.map((m) => m.name);
  const state = async () => ({ head: await ledgerHead(t), register: await readRegister(t, 'status=all&limit=1000', 'auditor') });
  const refused = refusedUnchanged(state);
  const rightTransfer = () => ({
    type: 'transfer', effectiveOn: today, shareNumber: 9, fromMemberId: transferor, to: { practiceId: 'practice-z00009', name: 'Right partners of Demo Practice 09' },
  });

  it('SR-4, RM-3: a mistaken transfer is corrected: the register is right, knownAt before the correction shows it as it stood, the original stays marked', async () => {
    expect(await holderOf9()).toBe('Wrong partners of Demo Practice 09');
    const correction = await post('ledger/corrections', { correctsSequence: mistaken.sequence, reason: 'The transfer was entered in the wrong names', replacement: rightTransfer() });
    expect(correction.status).toBe(201);
    correctionSequence = correction.body.sequence;
    expect(correction.body).toMatchObject({ kind: 'share-correction.recorded', payload: { correctsSequence: mistaken.sequence, courtOrderReference: null } });

    expect(await holderOf9()).toBe('Right partners of Demo Practice 09');
    expect(await holderOf9(`&asAt=${today}`)).toBe('Right partners of Demo Practice 09');
    expect(await everyone()).not.toContain('Wrong partners of Demo Practice 09');
    // RM-1: the register with each entry's history, and the register as a document, are the corrected one too.
    const withHistory = (await readRegister(t, 'status=all&limit=1000&include=history', 'auditor')).members as unknown as { name: string; sharesHeld: { shareNumber: number; disposedTo: { name: string } | null }[] }[];
    expect(withHistory.map((m) => m.name)).not.toContain('Wrong partners of Demo Practice 09');
    expect(withHistory.find((m) => m.name === 'Right partners of Demo Practice 09')?.sharesHeld).toEqual([expect.objectContaining({ shareNumber: 9, acquiredOn: today })]);
    const disposals = withHistory.flatMap((m) => m.sharesHeld.filter((h) => h.shareNumber === 9 && h.disposedTo !== null).map((h) => h.disposedTo!.name));
    expect(disposals).toEqual(['Right partners of Demo Practice 09']);
    // The register page's former entries fold only the entries about them: once corrected, the whole ledger as corrected.
    const [former] = await t.app.get(RegisterHistoryService).forMembers(COMPANY, [transferor], { asAt: today as CalendarDate, status: 'former' });
    expect(former.sharesHeld.find((h) => h.shareNumber === 9)?.disposedTo?.name).toBe('Right partners of Demo Practice 09');
    const lines = (await t.app.get(MemberHistoryReader).read(COMPANY, transferor, today as CalendarDate))!.shares.get(9)!;
    expect(lines[lines.length - 1]).toMatchObject({ what: 'transferred from', detail: expect.stringMatching(/^to Right partners of Demo Practice 09,/) });
    // The member it came to names the transferor by name, never by its internal id.
    const transferorName = withHistory.find((m) => (m as unknown as { memberId: string }).memberId === transferor)!.name;
    const rightId = (withHistory.find((m) => m.name === 'Right partners of Demo Practice 09') as unknown as { memberId: string }).memberId;
    const received = (await t.app.get(MemberHistoryReader).read(COMPANY, rightId, today as CalendarDate))!.shares.get(9)!;
    expect(received[received.length - 1]).toMatchObject({ what: 'transferred to', detail: `from ${transferorName}, lodged ${inWords(today)}` });
    // SR-4: the CSV's register lines are the register as corrected; the mistaken transfer is kept on its own line, marked voided.
    const rows = parse((await t.http.get(`${C}/reports/register.csv`).set(t.auth('auditor')).expect(200)).text, { columns: true }) as Record<string, string>[];
    const names = rows.filter((r) => r['Voided'] === 'no').map((r) => r['Member name']);
    expect(names).toContain('Right partners of Demo Practice 09');
    expect(names).not.toContain('Wrong partners of Demo Practice 09');
    expect(rows.filter((r) => r['Voided'] === 'yes')).toEqual([
      expect.objectContaining({
        'Voided ledger entry': String(mistaken.sequence),
        'What the voided entry recorded': expect.stringMatching(new RegExp(`^transfer of share 9 from .+ to Wrong partners of Demo Practice 09, dated ${today}$`)),
        'Date voided': today,
        'Reason voided': 'The transfer was entered in the wrong names',
        'Correcting ledger entry': String(correction.body.sequence),
        'Entered in its place': expect.stringMatching(/ to Right partners of Demo Practice 09, dated /),
      }),
    ]);
    expect(await holderOf9(`&knownAt=${encodeURIComponent(mistaken.recordedAt)}`)).toBe('Wrong partners of Demo Practice 09');

    const entries = (await t.http.get(`${C}/ledger?afterSequence=${mistaken.sequence - 1}&limit=1000`).set(t.auth('auditor')).expect(200)).body.entries;
    expect(entries[0]).toMatchObject({ sequence: mistaken.sequence, kind: 'share.transfer', correctedBy: correction.body.sequence, payload: { to: { name: 'Wrong partners of Demo Practice 09' } } });
    expect(entries.find((e: { sequence: number }) => e.sequence === correction.body.sequence).correctedBy).toBeUndefined();
  });

  it('RM-4: the chain still verifies, the projection equals the fold, and the export verifies offline (npm run verify-ledger)', async () => {
    const verified = (await t.http.get(`${C}/ledger/verify`).set(t.auth('auditor')).expect(200)).body;
    expect(verified).toMatchObject({ valid: true, projection: { matches: true } });
    const exported = await t.http.get(`${C}/ledger/export`).set(t.auth('auditor')).expect(200);
    const file = join(dir, 'ledger.json');
    writeFileSync(file, exported.text);
    const out: string[] = [];
    expect(await verifyLedgerMain([file], (l) => out.push(l))).toBe(0);
    expect(out[0]).toMatch(new RegExp(`^valid: ${verified.headSequence} entries`));
    expect((await ledgerEntries(t)).filter((e) => e.kind === 'share-correction.recorded')).toHaveLength(1);
  });

  it('RM-4: an entry already corrected, or one that is not a share entry, cannot be corrected; the refusal names the correction that replaced it', async () => {
    const again = await refused(() => post('ledger/corrections', { correctsSequence: mistaken.sequence, reason: 'again' }), 409, 'CORRECTION_TARGET_UNKNOWN');
    expect(again.body.details).toEqual({ correctsSequence: mistaken.sequence, correctedBySequence: correctionSequence });
    expect(again.body.message).toBe(`ledger entry ${mistaken.sequence} was corrected before, by entry ${correctionSequence}; correct entry ${correctionSequence} instead`);
    await refused(() => post('ledger/corrections', { correctsSequence: 1, reason: 'not a share entry' }), 409, 'CORRECTION_TARGET_UNKNOWN');
  });

  it('RM-4: a correction of an entry number the register does not have says which number was not found, as a number', async () => {
    const unknown = 999_999;
    const res = await refused(() => post('ledger/corrections', { correctsSequence: unknown, reason: 'no such entry' }), 409, 'CORRECTION_TARGET_UNKNOWN');
    expect(res.body.details).toEqual({ correctsSequence: unknown });
    expect(res.body.message).toBe('no share entry numbered 999999 was found in the register in force: entry 999999 is no allotment, transfer or cancellation still in force');
  });

  it('RM-4: a correction that breaks the register is refused with the real reason', async () => {
    await refused(() => post('ledger/corrections', { correctsSequence: mistaken.sequence }), 400, 'VALIDATION_FAILED', 'reason');
    // Correcting the correction's own replacement is allowed, but not with a transfer from a member who did not hold the share.
    const holders = await holdersByShare(t, addDays(today, -1));
    const wrongFrom = await refused(
      () => post('ledger/corrections', { correctsSequence: correctionSequence, reason: 'x', replacement: { ...rightTransfer(), fromMemberId: holders.get(10) } }),
      409,
      'SHARE_NOT_HELD_BY_MEMBER',
    );
    expect(wrongFrom.body.message).toMatch(new RegExp(`^share 9 was held by .+ on ${today}, not `));
    // Voiding the allotment of share 9 would leave its later transfer moving a share never issued: refused
    // naming that later entry and its rule, not as if the member had never been entered.
    const later = await refused(() => post('ledger/corrections', { correctsSequence: seededAllotmentSequence(9), reason: 'allotted in error' }), 409, 'CORRECTION_BREAKS_LATER_ENTRY');
    expect(later.body.details).toMatchObject({ eventId: String(correctionSequence), correctsEventId: String(seededAllotmentSequence(9)), rule: expect.stringMatching(/^[A-Z_]+$/) });
  });

  it('RM-1: a transfer from a member who no longer holds the share names who held it on that date', async () => {
    const resolution = await passBoardResolution(t, COMPANY, today, [{ action: 'transfer', shareNumber: 9 }]);
    const res = await refused(
      () => post('share-transfers', { shareNumber: 9, fromMemberId: transferor, to: { practiceId: 'practice-z00009' }, lodgedOn: today, effectiveOn: today, authorisedBy: resolution }),
      409,
      'SHARE_NOT_HELD_BY_MEMBER',
    );
    expect(res.body.message).toMatch(new RegExp(`^share 9 was held by Right partners of Demo Practice 09 on ${today}, not `));
  });
});
