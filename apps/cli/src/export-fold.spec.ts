import { calendarDate, canonicalEntryText, correctedShareEvents, type ChainedLedgerRecord, type LedgerRecord, type ShareCorrection, type ShareEvent } from '#domain';
import { shareCorrectionsFamily } from '../../api/src/ledger/codecs/share-records.codec';
import { shareRegisterFamily } from '../../api/src/ledger/codecs/share-register.codec';
import { buildProjection } from '../../api/src/share-register/register-writer';
import { chainRecords, EXPORT_COMPANY, exportFileText, holder, stamp, verifyingBothWays } from '../../../test/support/export-files';

const company = EXPORT_COMPANY;
const allotment = (sequence: number, on: string, n: number): ShareEvent => ({ ...stamp(sequence, on), type: 'allotment', authorisedBy: null, shareNumber: n, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: holder(n) });
const transfer = (sequence: number, on: string, share: number, from: number, to: number, name = holder(to).name): ShareEvent => ({ ...stamp(sequence, on), type: 'transfer', authorisedBy: null, shareNumber: share, fromMemberId: `m${from}`, to: { ...holder(to), name }, lodgedOn: calendarDate(on) });

type Entry = ShareEvent | ShareCorrection;
const record = (entry: Entry, sequence: number): LedgerRecord => ({
  companyId: company.id,
  sequence,
  ...(entry.type === 'correction' ? shareCorrectionsFamily.encode(entry) : shareRegisterFamily.encode(entry)),
  recordedAt: entry.recordedAt,
  recordedBy: 'secretary',
});
/** The entries hashed and linked as the service stores them; `edit` changes a record before it is hashed. */
const chained = (entries: readonly Entry[], edit: (r: LedgerRecord) => LedgerRecord = (r) => r): ChainedLedgerRecord[] =>
  chainRecords(entries.map((entry, i) => edit(record(entry, i + 1))));
const shareEvents = (entries: readonly Entry[]) => entries.filter((e): e is ShareEvent => e.type !== 'correction');
const corrections = (entries: readonly Entry[]) => entries.filter((e): e is ShareCorrection => e.type === 'correction');
/** The export the service writes, with the register the whole fold gives (or the one given). */
const exportText = (entries: readonly Entry[], register?: object, edit?: (r: LedgerRecord) => LedgerRecord) =>
  exportFileText(chained(entries, edit), register ?? buildProjection(company, correctedShareEvents(shareEvents(entries), corrections(entries))), { lineOf: canonicalEntryText });
const { verifyBoth } = verifyingBothWays('cic-fold-check-');

const IN_ORDER: Entry[] = [allotment(1, '2014-09-24', 1), allotment(2, '2014-09-24', 2), transfer(3, '2016-04-01', 1, 1, 3), allotment(4, '2016-04-01', 4)];

describe('RM-1: an export file\'s share entries folded in effective order, with their corrections, as the whole text is', () => {
  it('entries in effective order fold to the register the export carries', async () => {
    expect((await verifyBoth(exportText(IN_ORDER))).message).toMatch(/^valid: 4 entries, .*register equals the fold of 4 share entries$/);
  });

  it('a register row that differs from the fold is named by its key', async () => {
    const rows = buildProjection(company, shareEvents(IN_ORDER));
    const altered = { ...rows, entries: rows.entries.map((e, i) => (i === 0 ? { ...e, name: 'Someone Else' } : e)) };
    const result = await verifyBoth(exportText(IN_ORDER, altered));
    expect(result).toMatchObject({ valid: false });
    expect(result.message).toMatch(/the register differs from the fold of the share entries at register_entry \(openedBy 1, shownFrom 2014-09-24\)/);
  });

  it('a back-dated entry (recorded after a later-dated one) is folded in effective order', async () => {
    // Share 5 allotted on 2015-06-01, recorded after the 2016 transfer: valid only folded by effective date.
    const entries: Entry[] = [...IN_ORDER, allotment(5, '2015-06-01', 5), transfer(6, '2017-01-01', 5, 5, 6)];
    const result = await verifyBoth(exportText(entries));
    expect(result.message).toMatch(/^valid: 6 entries, .*register equals the fold of 6 share entries$/);
  });

  it('RM-4, SR-4: a correction among the entries is applied before the fold', async () => {
    const correction: ShareCorrection = {
      ...stamp(5, '2016-05-01'), type: 'correction', correctsEventId: '3', reason: 'transferee misnamed', courtOrderReference: null,
      replacement: transfer(5, '2016-04-01', 1, 1, 3, 'Partners of Surgery Three'),
    };
    const entries: Entry[] = [...IN_ORDER, correction];
    const result = await verifyBoth(exportText(entries));
    expect(result.message).toMatch(/^valid: 5 entries, .*register equals the fold of 4 share entries$/);
    // The register the uncorrected fold gives is refused: the correction was applied.
    const uncorrected = await verifyBoth(exportText(entries, buildProjection(company, shareEvents(IN_ORDER))));
    expect(uncorrected.valid).toBe(false);
  });

  it('the entry that breaks a rule first in effective order is named, whatever order it was recorded in', async () => {
    // Share 1 transferred again by its first holder, who no longer holds it.
    const breaking = transfer(5, '2017-01-01', 1, 1, 7);
    const inOrder = await verifyBoth(exportText([...IN_ORDER, breaking], buildProjection(company, shareEvents(IN_ORDER))));
    expect(inOrder.message).toMatch(/^invalid: the share entries do not fold: entry 5 breaks [A-Z_]+ /);
    // The same, then a back-dated entry that breaks a rule earlier in effective order (share 2 from a non-holder).
    const earlier = transfer(6, '2015-01-01', 2, 4, 8);
    const outOfOrder = await verifyBoth(exportText([...IN_ORDER, breaking, earlier], buildProjection(company, shareEvents(IN_ORDER))));
    expect(outOfOrder.message).toMatch(/^invalid: the share entries do not fold: entry 6 breaks [A-Z_]+ /);
  });

  it('an entry that does not decode after a back-dated one is named by its number', async () => {
    const entries: Entry[] = [...IN_ORDER, allotment(5, '2015-06-01', 5), allotment(6, '2017-01-01', 6)];
    const negative = (r: LedgerRecord): LedgerRecord => (r.sequence === 6 ? { ...r, payload: { ...(r.payload as object), shareNumber: -6 } } : r);
    const result = await verifyBoth(exportText(entries, buildProjection(company, shareEvents(IN_ORDER)), negative));
    expect(result).toMatchObject({ valid: false, entries: 6 });
    expect(result.message).toMatch(/^invalid: entry 6 \(share.allotment\) does not decode/);
  });
});
