import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldTupe, type ChainedLedgerRecord, type Json } from '#domain';
import { AppError } from '../../common/app-error';
import { tupeFamily } from './tupe.codec';

/** test/fixtures/v1: a ledger written by the code before the codecs, and what its folds gave (see its README). */
const FIXTURE = join(__dirname, '../../../../../test/fixtures/v1');
const read = (file: string) => JSON.parse(readFileSync(join(FIXTURE, file), 'utf8'));
const entries: ChainedLedgerRecord[] = read('ledger-export.json').entries;
const folds = read('expected/folds.json');
const plain = (value: unknown) => JSON.parse(JSON.stringify(value));
/** Maps as the fixture writes them: arrays of [key, value] sorted by key. */
const sortedEntries = <V>(map: ReadonlyMap<string, V>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const firstOf = (kind: string) => entries.find((e) => e.kind === kind)!;
const payloadOf = (kind: string) => firstOf(kind).payload as Record<string, Json>;
const withPayload = (entry: ChainedLedgerRecord, payload: Record<string, Json>): ChainedLedgerRecord => ({ ...entry, payload });
const without = (entry: ChainedLedgerRecord, ...fields: string[]) =>
  withPayload(entry, Object.fromEntries(Object.entries(entry.payload as Record<string, Json>).filter(([key]) => !fields.includes(key))));

/** The code `decode` fails with, or `ACCEPTED`. */
function decodeCode(entry: ChainedLedgerRecord): string {
  try {
    tupeFamily.decode(entry);
    return 'ACCEPTED';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

/** One field of each kind that every payload has always carried. */
const REQUIRED: Record<string, string> = {
  'tupe.transfer-recorded': 'representation',
  'tupe.consultation-recorded': 'entry',
  'tupe.eli-received': 'update',
  'tupe.measures-recorded': 'party',
  'tupe.pension-recorded': 'route',
  'tupe.staff-list-imported': 'changes',
};
const KINDS = Object.keys(REQUIRED);

describe('TUPE codec (tupe.)', () => {
  it('the fixture ledger holds every TUPE kind, all owned by the family', () => {
    const kinds = new Set(entries.filter((e) => e.kind.startsWith(tupeFamily.prefix)).map((e) => e.kind));
    expect([...kinds].sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) expect(tupeFamily.owns(kind)).toBe(true);
  });

  it('every tupe. entry of the fixture decodes and re-encodes to exactly the payload that was hashed', () => {
    const stored = entries.filter((e) => e.kind.startsWith(tupeFamily.prefix));
    expect(stored).toHaveLength(23);
    for (const entry of stored) {
      expect(tupeFamily.encode(tupeFamily.decode(entry))).toStrictEqual({ kind: entry.kind, effectiveOn: entry.effectiveOn, payload: entry.payload });
    }
  });

  it('folded through the domain, the entries give the transfers and staff commitments the old fold gave (expected/folds.json)', () => {
    const state = foldTupe(tupeFamily.decodeAll(entries));
    const transfers = sortedEntries(state).map(([id, r]) => [id, { transfer: r.transfer, staff: sortedEntries(r.staff) }]);
    expect(plain(transfers)).toEqual(folds.tupe.transfers);
    expect([...state.keys()]).toEqual(entries.filter((e) => e.kind === 'tupe.transfer-recorded').map((e) => (e.payload as { transferId: string }).transferId));
  });

  it('decodes to domain values, dated by the entry: a log entry under its domain names, measures as one value', () => {
    const consultation = firstOf('tupe.consultation-recorded');
    expect(tupeFamily.decode(consultation)).toEqual({
      type: 'consultation-recorded',
      effectiveOn: consultation.effectiveOn,
      transferId: 'tupe-2016-health-visiting',
      entry: { id: 'hv-1', on: '2016-01-22', by: 'transferor', kind: 'information', audience: 'representatives', summary: expect.any(String), repliesTo: null },
    });
    expect(tupeFamily.decode(firstOf('tupe.measures-recorded'))).toMatchObject({ party: 'transferor', measures: { envisaged: false, description: 'None' } });
  });

  it.each(KINDS)('%s: a payload with a field no schema names is refused with LEDGER_ENTRY_UNREADABLE', (kind) => {
    expect(decodeCode(withPayload(firstOf(kind), { ...payloadOf(kind), extra: 'x' }))).toBe('LEDGER_ENTRY_UNREADABLE');
  });

  it.each(KINDS)('%s: a payload missing a required field is refused with LEDGER_ENTRY_UNREADABLE', (kind) => {
    expect(decodeCode(without(firstOf(kind), REQUIRED[kind]))).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(decodeCode(without(firstOf(kind), 'transferId'))).toBe('LEDGER_ENTRY_UNREADABLE');
  });

  it('nested records are as strict: an extra representation field, or personal data beside a commitment, is refused', () => {
    const transfer = payloadOf('tupe.transfer-recorded');
    const representation = { ...(transfer.representation as Record<string, Json>), notes: 'x' };
    expect(decodeCode(withPayload(firstOf('tupe.transfer-recorded'), { ...transfer, representation }))).toBe('LEDGER_ENTRY_UNREADABLE');
    const staff = payloadOf('tupe.staff-list-imported');
    const changes = (staff.changes as Record<string, Json>[]).map((c, i) => (i === 0 ? { ...c, name: 'Synthetic Employee 001' } : c));
    expect(decodeCode(withPayload(firstOf('tupe.staff-list-imported'), { ...staff, changes }))).toBe('LEDGER_ENTRY_UNREADABLE');
    const notAHash = (staff.changes as Record<string, Json>[]).map((c) => ({ ...c, commitment: '1970-01-01' }));
    expect(decodeCode(withPayload(firstOf('tupe.staff-list-imported'), { ...staff, changes: notAHash }))).toBe('LEDGER_ENTRY_UNREADABLE');
  });

  it('values of the wrong kind are refused: an unknown pension route or party, a date that is not one', () => {
    expect(decodeCode(withPayload(firstOf('tupe.pension-recorded'), { ...payloadOf('tupe.pension-recorded'), route: 'final-salary' }))).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(decodeCode(withPayload(firstOf('tupe.measures-recorded'), { ...payloadOf('tupe.measures-recorded'), party: 'both' }))).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(decodeCode(withPayload(firstOf('tupe.eli-received'), { ...payloadOf('tupe.eli-received'), receivedOn: '26/02/2016' }))).toBe('LEDGER_ENTRY_UNREADABLE');
    expect(decodeCode({ ...firstOf('tupe.eli-received'), kind: 'tupe.eli-withdrawn' })).toBe('LEDGER_ENTRY_UNREADABLE');
  });

  it('fields the old fold read as null when absent decode to null: contract, special circumstances, measures, pension, reference, repliesTo', () => {
    const transfer = without(firstOf('tupe.transfer-recorded'), 'serviceContractId', 'eliSpecialCircumstances', 'pension');
    const measures = withPayload(transfer, { ...(transfer.payload as Record<string, Json>), measures: {} });
    expect(tupeFamily.decode(measures)).toMatchObject({
      transfer: { serviceContractId: null, eliSpecialCircumstances: null, pension: null, measures: { transferor: null, transferee: null } },
    });
    expect(tupeFamily.decode(without(firstOf('tupe.pension-recorded'), 'reference'))).toMatchObject({ pension: { reference: null } });
    const consultation = payloadOf('tupe.consultation-recorded');
    const { repliesTo: _, ...entry } = consultation.entry as Record<string, Json>;
    expect(tupeFamily.decode(withPayload(firstOf('tupe.consultation-recorded'), { ...consultation, entry }))).toMatchObject({ entry: { repliesTo: null } });
  });
});
