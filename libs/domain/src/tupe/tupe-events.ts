import type { CalendarDate } from '../calendar/calendar-date';
import {
  recordConsultation,
  tupeTransfer,
  withEliReceipt,
  withMeasures,
  withPension,
  type ConsultationEntry,
  type EmployerParty,
  type MeasuresEnvisaged,
  type PensionArrangement,
  type TupeTransfer,
} from './tupe-transfer';

/*
 * Every change to a company's TUPE transfers, as its ledger records them: one event per ledger kind,
 * dated by the entry's effective date. None carries personal data: names, dates of birth, pay and
 * ELI contents stay outside the ledger, which holds only a commitment (a salted hash) to each
 * version of an employee's record.
 */

/** A transfer as first recorded: everything but its log and ELI receipts, which later events add. */
export type RecordedTransfer = Omit<TupeTransfer, 'log' | 'eliReceivedOn' | 'eliUpdatesOn'>;

/** A transfer is recorded (SI 2006/246). Dated the transfer date. */
export interface TupeTransferRecorded {
  readonly type: 'transfer-recorded';
  readonly effectiveOn: CalendarDate;
  readonly transfer: RecordedTransfer;
}

/** An entry is added to the information and consultation log (reg 13). Dated the entry's day. */
export interface TupeConsultationRecorded {
  readonly type: 'consultation-recorded';
  readonly effectiveOn: CalendarDate;
  readonly transferId: string;
  readonly entry: ConsultationEntry;
}

/**
 * Employee liability information received from the transferor on `receivedOn` (reg 11). `update`
 * says whether the writer saw it as an update to an earlier receipt (reg 11(5)); a replay decides
 * that again from the state. Dated the day received.
 */
export interface TupeEliReceived {
  readonly type: 'eli-received';
  readonly effectiveOn: CalendarDate;
  readonly transferId: string;
  readonly receivedOn: CalendarDate;
  readonly update: boolean;
}

/** The measures one employer envisages (reg 13(2)(c)–(d)), superseding earlier ones. Dated the day recorded. */
export interface TupeMeasuresRecorded {
  readonly type: 'measures-recorded';
  readonly effectiveOn: CalendarDate;
  readonly transferId: string;
  readonly party: EmployerParty;
  readonly measures: MeasuresEnvisaged;
}

/** The pension arrangement (TU-9), superseding an earlier one. Dated the day recorded. */
export interface TupePensionRecorded {
  readonly type: 'pension-recorded';
  readonly effectiveOn: CalendarDate;
  readonly transferId: string;
  readonly pension: PensionArrangement;
}

/** One employee added or changed by a staff list import: the commitment to the new version of the record, nothing more. */
export interface StaffListChange {
  readonly staffNumber: string;
  readonly change: 'added' | 'updated';
  /** SHA-256 (hex) of the salted record, kept outside the ledger. */
  readonly commitment: string;
}

/**
 * The transferor's staff list (the employee liability information of reg 11(2)) was imported:
 * `rowsRead` rows, `unchanged` of them matching the stored records, and a new version for each
 * change. An import that changes nobody records no event. Dated the day recorded.
 */
export interface TupeStaffListImported {
  readonly type: 'staff-list-imported';
  readonly effectiveOn: CalendarDate;
  readonly transferId: string;
  readonly format: 'csv' | 'json';
  readonly rowsRead: number;
  readonly unchanged: number;
  readonly changes: readonly StaffListChange[];
}

/** Every change to a company's TUPE transfers. */
export type TupeEvent =
  | TupeTransferRecorded
  | TupeConsultationRecorded
  | TupeEliReceived
  | TupeMeasuresRecorded
  | TupePensionRecorded
  | TupeStaffListImported;

/** A transfer as the ledger records it, with the commitment to each listed employee's current record. */
export interface TupeTransferRecord {
  readonly transfer: TupeTransfer;
  /** Staff number → commitment to the employee's current record, in the order first listed. */
  readonly staff: ReadonlyMap<string, string>;
}

/** Every transfer of a company by id, in the order first recorded. */
export type TupeState = ReadonlyMap<string, TupeTransferRecord>;

/** No transfers. */
export const emptyTupeState: TupeState = new Map();

/**
 * The state after one more event. A transfer and each log entry go through {@link tupeTransfer} and
 * {@link recordConsultation}, the checks they passed when recorded: they throw `INVALID_TRANSFER`,
 * `INVALID_DATE`, `TRANSFER_PARTIES_SAME`, `CONSULTATION_ENTRY_ALREADY_RECORDED` or
 * `CONSULTATION_REPLY_WITHOUT_REPRESENTATION`. As the ledger has always been read, an event for a
 * transfer that was never recorded is skipped, and a transfer recorded again under the same id
 * starts afresh (no log, ELI or staff) in its first place.
 */
export function evolveTupe(state: TupeState, event: TupeEvent): TupeState {
  if (event.type === 'transfer-recorded') {
    const transfer = tupeTransfer({ ...event.transfer, eliReceivedOn: null, eliUpdatesOn: [], log: [] });
    return new Map(state).set(transfer.id, { transfer, staff: new Map() });
  }
  const current = state.get(event.transferId);
  if (current === undefined) return state;
  return new Map(state).set(event.transferId, applyToTransfer(current, event));
}

/** Folds events in ledger order from {@link emptyTupeState}; throws what {@link evolveTupe} throws. */
export function foldTupe(events: Iterable<TupeEvent>): TupeState {
  let state = emptyTupeState;
  for (const event of events) state = evolveTupe(state, event);
  return state;
}

function applyToTransfer(current: TupeTransferRecord, event: Exclude<TupeEvent, TupeTransferRecorded>): TupeTransferRecord {
  const { transfer, staff } = current;
  switch (event.type) {
    case 'consultation-recorded':
      return { staff, transfer: recordConsultation(transfer, event.entry) };
    case 'eli-received':
      return { staff, transfer: withEliReceipt(transfer, event.receivedOn) };
    case 'measures-recorded':
      return { staff, transfer: withMeasures(transfer, event.party, event.measures) };
    case 'pension-recorded':
      return { staff, transfer: withPension(transfer, event.pension) };
    case 'staff-list-imported': {
      const next = new Map(staff);
      for (const c of event.changes) next.set(c.staffNumber, c.commitment);
      return { transfer, staff: next };
    }
  }
}
