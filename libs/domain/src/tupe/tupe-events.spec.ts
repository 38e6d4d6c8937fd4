import { errorCode } from '../../test/error-code';
import { addDays, calendarDate } from '../calendar/calendar-date';
import { checkEliOnTime, checkPension } from './tupe-checks';
import { compliantTransfer } from '../../test/compliant-transfer.fixture';
import { emptyTupeState, evolveTupe, foldTupe, type RecordedTransfer, type TupeEvent } from './tupe-events';
import { recordConsultation, tupeTransfer, withEliReceipt, type ConsultationEntry } from './tupe-transfer';

const base = compliantTransfer().transfer;
const TRANSFER = base.transferDate;
const ID = base.id;
const RECORDED = calendarDate('2026-11-30');
const { log, eliReceivedOn, eliUpdatesOn, ...first } = base;
const asFirstRecorded: RecordedTransfer = { ...first, measures: { transferor: null, transferee: null }, pension: null };

const recorded = (transfer: RecordedTransfer = asFirstRecorded): TupeEvent => ({ type: 'transfer-recorded', effectiveOn: transfer.transferDate, transfer });
const consulted = (entry: ConsultationEntry, transferId = ID): TupeEvent => ({ type: 'consultation-recorded', effectiveOn: entry.on, transferId, entry });
const eli = (daysBefore: number, update = false, transferId = ID): TupeEvent => {
  const on = addDays(TRANSFER, -daysBefore);
  return { type: 'eli-received', effectiveOn: on, transferId, receivedOn: on, update };
};
const imported = (changes: [string, 'added' | 'updated', string][], transferId = ID): TupeEvent => ({
  type: 'staff-list-imported',
  effectiveOn: RECORDED,
  transferId,
  format: 'csv',
  rowsRead: changes.length,
  unchanged: 0,
  changes: changes.map(([staffNumber, change, commitment]) => ({ staffNumber, change, commitment })),
});
const commitment = (c: string) => c.repeat(64);

describe('TUPE events: replaying the ledger through the domain', () => {
  it('a transfer as first recorded has no log, no ELI and no staff, and passes tupeTransfer', () => {
    const state = foldTupe([recorded()]);
    expect([...state.keys()]).toEqual([ID]);
    expect(state.get(ID)).toEqual({ transfer: tupeTransfer({ ...asFirstRecorded, eliReceivedOn: null, eliUpdatesOn: [], log: [] }), staff: new Map() });
  });

  it('TU-6: the consultation log is replayed through recordConsultation, in ledger order', () => {
    const state = foldTupe([recorded(), ...log.map((e) => consulted(e))]);
    expect(state.get(ID)!.transfer.log).toEqual(log.reduce(recordConsultation, tupeTransfer({ ...asFirstRecorded, eliReceivedOn: null, eliUpdatesOn: [], log: [] })).log);
  });

  it('TU-6: CONSULTATION_REPLY_WITHOUT_REPRESENTATION and CONSULTATION_ENTRY_ALREADY_RECORDED on replay', () => {
    const reply = log.find((e) => e.kind === 'reply')!;
    expect(errorCode(() => foldTupe([recorded(), consulted(reply)]))).toBe('CONSULTATION_REPLY_WITHOUT_REPRESENTATION');
    expect(errorCode(() => foldTupe([recorded(), consulted(log[0]), consulted(log[0])]))).toBe('CONSULTATION_ENTRY_ALREADY_RECORDED');
  });

  it('TU-4: the first ELI receipt sets the received date and later ones are updates in date order (reg 11(5)), whatever `update` the writer saw', () => {
    const state = foldTupe([recorded(), eli(35), eli(10, true), eli(20, false)]);
    const transfer = state.get(ID)!.transfer;
    expect(transfer.eliReceivedOn).toBe(addDays(TRANSFER, -35));
    expect(transfer.eliUpdatesOn).toEqual([addDays(TRANSFER, -20), addDays(TRANSFER, -10)]);
    expect(transfer).toEqual(withEliReceipt(withEliReceipt(withEliReceipt(foldTupe([recorded()]).get(ID)!.transfer, addDays(TRANSFER, -35)), addDays(TRANSFER, -10)), addDays(TRANSFER, -20)));
    expect(checkEliOnTime(transfer, [], RECORDED)).toEqual([]);
  });

  it('measures and the pension arrangement supersede what was recorded before (TU-9)', () => {
    const pension = { route: 'new-fair-deal', reference: 'SYNTHETIC-DIRECTION' } as const;
    const state = foldTupe([
      recorded(),
      { type: 'measures-recorded', effectiveOn: RECORDED, transferId: ID, party: 'transferee', measures: { envisaged: true, description: 'rotas' } },
      { type: 'measures-recorded', effectiveOn: RECORDED, transferId: ID, party: 'transferee', measures: { envisaged: false, description: 'None' } },
      { type: 'pension-recorded', effectiveOn: RECORDED, transferId: ID, pension: { route: 'broadly-comparable', reference: null } },
      { type: 'pension-recorded', effectiveOn: RECORDED, transferId: ID, pension },
    ]);
    const transfer = state.get(ID)!.transfer;
    expect(transfer.measures).toEqual({ transferor: null, transferee: { envisaged: false, description: 'None' } });
    expect(transfer.pension).toEqual(pension);
    expect(checkPension(transfer, [], RECORDED)).toEqual([]);
  });

  it('staff list imports keep one commitment per staff number, in the order first listed; an update replaces the commitment', () => {
    const state = foldTupe([recorded(), imported([['SN-2', 'added', commitment('a')], ['SN-1', 'added', commitment('b')]]), imported([['SN-1', 'updated', commitment('c')], ['SN-3', 'added', commitment('d')]])]);
    expect([...state.get(ID)!.staff]).toEqual([['SN-2', commitment('a')], ['SN-1', commitment('c')], ['SN-3', commitment('d')]]);
  });

  it('an event for a transfer never recorded is skipped, as the ledger has always been read', () => {
    const before = foldTupe([recorded(), imported([['SN-1', 'added', commitment('a')]])]);
    const strays: TupeEvent[] = [
      consulted(log[0], 'unknown'),
      eli(30, false, 'unknown'),
      { type: 'measures-recorded', effectiveOn: RECORDED, transferId: 'unknown', party: 'transferor', measures: { envisaged: false, description: 'None' } },
      { type: 'pension-recorded', effectiveOn: RECORDED, transferId: 'unknown', pension: { route: 'new-fair-deal', reference: null } },
      imported([['SN-9', 'added', commitment('f')]], 'unknown'),
    ];
    for (const event of strays) expect(evolveTupe(before, event)).toBe(before);
    expect(foldTupe(strays)).toBe(emptyTupeState);
  });

  it('a transfer recorded again under its id starts afresh (no log, ELI or staff) in its first place, as the ledger has always been read', () => {
    const other = { ...asFirstRecorded, id: 'other' };
    const state = foldTupe([recorded(), consulted(log[0]), eli(35), imported([['SN-1', 'added', commitment('a')]]), recorded(other), recorded()]);
    expect([...state.keys()]).toEqual([ID, 'other']);
    expect(state.get(ID)).toEqual(foldTupe([recorded()]).get(ID));
  });

  it('TRANSFER_PARTIES_SAME and INVALID_DATE: a recorded transfer is checked by tupeTransfer on replay', () => {
    expect(errorCode(() => foldTupe([recorded({ ...asFirstRecorded, transfereeId: asFirstRecorded.transferorId })]))).toBe('TRANSFER_PARTIES_SAME');
    expect(errorCode(() => foldTupe([recorded({ ...asFirstRecorded, transferDate: '2016-02-30' as RecordedTransfer['transferDate'] })]))).toBe('INVALID_DATE');
  });

  it('replay does not change the state it was given', () => {
    const before = foldTupe([recorded(), imported([['SN-1', 'added', commitment('a')]])]);
    const snapshot = [...before.get(ID)!.staff];
    evolveTupe(before, imported([['SN-1', 'updated', commitment('b')], ['SN-2', 'added', commitment('c')]]));
    evolveTupe(before, eli(35));
    expect([...before.get(ID)!.staff]).toEqual(snapshot);
    expect(before.get(ID)!.transfer.eliReceivedOn).toBeNull();
  });
});
