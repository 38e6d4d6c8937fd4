import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendarDate, canonicalEntryText, type ChainedLedgerRecord, type Json, type LedgerRecord, type ShareEvent } from '#domain';
import { shareRegisterFamily } from '../../api/src/ledger/codecs/share-register.codec';
import { buildProjection } from '../../api/src/share-register/register-writer';
import { checkChainOfFile } from './chain-check';
import { verifyExportFile } from './export-reader';
import { chainRecords, EXPORT_COMPANY, exportFileText, holder, stamp, verifyingBothWays } from '../../../test/support/export-files';

const company = EXPORT_COMPANY;
/** Shares 1–4 allotted, share 1 transferred to a new practice, share 2 bought back: six entries. */
const EVENTS: ShareEvent[] = [
  ...[1, 2, 3, 4].map((n): ShareEvent => ({ ...stamp(n, '2014-09-24'), type: 'allotment', authorisedBy: null, shareNumber: n, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: holder(n) })),
  { ...stamp(5, '2016-04-01'), type: 'transfer', authorisedBy: null, shareNumber: 1, fromMemberId: 'm1', to: holder(5), lodgedOn: calendarDate('2016-03-30') },
  { ...stamp(6, '2017-05-02'), type: 'cancellation', authorisedBy: null, shareNumber: 2, memberId: 'm2', reason: 'buy-back', note: null },
];
const contents = (): LedgerRecord[] =>
  EVENTS.map((event, i) => ({ companyId: company.id, sequence: i + 1, ...shareRegisterFamily.encode(event), recordedAt: event.recordedAt, recordedBy: 'secretary' }));
const chained = chainRecords;
/**
 * An export in the layout the service writes: the header on line 1, an entry a line, the register last.
 * Each entry line its canonical text (version 3, hashed as it stands) or, as version 2 wrote it, in
 * the stored order of its fields (parsed and then hashed).
 */
const LAYOUTS = { 3: canonicalEntryText, 2: (e: ChainedLedgerRecord) => JSON.stringify(e) } as const;
let layout: keyof typeof LAYOUTS = 3;
const exportText = (entries: readonly ChainedLedgerRecord[], head = entries.at(-1)!) =>
  exportFileText(entries, buildProjection(company, EVENTS), { version: layout, lineOf: LAYOUTS[layout], head });
const { dir, verifyBoth } = verifyingBothWays('cic-export-reader-');
const withPayload = (record: LedgerRecord, change: Record<string, Json>): LedgerRecord => ({ ...record, payload: { ...(record.payload as Record<string, Json>), ...change } });

describe.each([3, 2] as const)('offline verification of an export file (version %i lines), the chain on a worker thread and the fold beside it', (version) => {
  beforeAll(() => (layout = version));

  it('RM-1: a whole export verifies, with its register equal to the fold', async () => {
    const result = await verifyBoth(exportText(chained(contents())));
    expect(result).toMatchObject({ valid: true, entries: 6 });
    expect(result.message).toMatch(/^valid: 6 entries, head [0-9a-f]{64}; register equals the fold of 6 share entries$/);
  });

  it('an entry altered after it was hashed is named as the first broken link', async () => {
    const entries = chained(contents());
    entries[3] = { ...entries[3]!, payload: { ...(entries[3]!.payload as object), shareNumber: 9 } };
    const result = await verifyBoth(exportText(entries));
    expect(result).toMatchObject({ valid: false, entries: 4 });
    expect(result.message).toMatch(/^invalid: first broken link at sequence 4 \(hash-mismatch/);
  });

  it('of an entry that does not decode and a later broken link, the earlier is reported', async () => {
    const records = contents();
    records[1] = withPayload(records[1]!, { colour: 'red' });
    const entries = chained(records);
    entries[4] = { ...entries[4]!, recordedBy: 'someone else' };
    const result = await verifyBoth(exportText(entries));
    expect(result).toMatchObject({ valid: false, entries: 2 });
    expect(result.message).toMatch(/^invalid: entry 2 \(share\.allotment\) does not decode: ledger entry 2 \(share\.allotment\) cannot be read: payload: /);
  });

  it('the chain check goes no further than the entry where the reader beside it stopped', async () => {
    const entries = chained(contents());
    entries[4] = { ...entries[4]!, recordedBy: 'someone else' };
    const file = join(dir, 'stop-after.json');
    writeFileSync(file, exportText(entries));
    const stopAfter = new Int32Array(new SharedArrayBuffer(4));
    const whole = await checkChainOfFile({ path: file, companyId: company.id, stopAfter });
    expect(whole).toMatchObject({ entries: 5, stoppedAt: 5, chain: { valid: false } });
    Atomics.store(stopAfter, 0, 3);
    const stopped = await checkChainOfFile({ path: file, companyId: company.id, stopAfter });
    expect(stopped).toMatchObject({ entries: 3, stoppedAt: null, chain: { valid: true } });
  });

  it('of a broken link and a later entry that does not decode, the earlier is reported', async () => {
    const records = contents();
    records[4] = withPayload(records[4]!, { colour: 'red' });
    const entries = chained(records);
    entries[1] = { ...entries[1]!, previousHash: '0'.repeat(64) };
    const result = await verifyBoth(exportText(entries));
    expect(result).toMatchObject({ valid: false, entries: 2 });
    expect(result.message).toMatch(/^invalid: first broken link at sequence 2 \(previous-hash-mismatch/);
  });

  it('an entry of another company is named', async () => {
    const records = contents();
    records[2] = { ...records[2]!, companyId: 'company-2' };
    const result = await verifyBoth(exportText(chained(records)));
    expect(result).toMatchObject({ valid: false, entries: 3, message: 'invalid: entry 3 belongs to company company-2, not company-1' });
  });

  it('a register row that differs from the fold is named, whether the export is read as a file or whole', async () => {
    const [entries, register] = exportText(chained(contents())).split('\n],"register":');
    const text = `${entries}\n],"register":${register!.replace('"address":"3 Road, London E1"', '"address":"3 Other Road, London E1"')}`;
    const result = await verifyBoth(text);
    expect(result).toMatchObject({ valid: false, entries: 6 });
    expect(result.message).toContain('the register differs from the fold of the share entries at register_entry (openedBy 3, shownFrom 2014-09-24)');
  });

  it('a line that is not JSON is named by its number in the file', async () => {
    const lines = exportText(chained(contents())).split('\n');
    lines[3] = lines[3]!.slice(0, 40);
    const file = join(dir, 'truncated.json');
    writeFileSync(file, lines.join('\n'));
    expect(await verifyExportFile(file)).toMatchObject({ valid: false, entries: 0, message: expect.stringMatching(/^not a ledger export: line 4: /) });
  });
});
