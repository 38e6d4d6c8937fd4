import {
  recordConsultation,
  tupeTransfer,
  type CalendarDate,
  type ChainedLedgerRecord,
  type ConsultationEntry,
  type Json,
  type MeasuresEnvisaged,
  type PensionArrangement,
  type TupeTransfer,
} from '#domain';

/** Ledger kinds of the TUPE records. None carries personal data: see `personal-data.ts`. */
export const TUPE_KINDS = {
  transferRecorded: 'tupe.transfer-recorded',
  consultationRecorded: 'tupe.consultation-recorded',
  eliReceived: 'tupe.eli-received',
  measuresRecorded: 'tupe.measures-recorded',
  pensionRecorded: 'tupe.pension-recorded',
  staffListImported: 'tupe.staff-list-imported',
} as const;

export const TUPE_PREFIX = 'tupe.';

/** A transfer as the ledger records it, with the commitment to each listed employee's current record. */
export interface TransferRecord {
  readonly transfer: TupeTransfer;
  /** Staff number → SHA-256 commitment of the employee's current record, in list order. */
  readonly staff: ReadonlyMap<string, string>;
}

/** One employee changed by an import, as the ledger records it: no personal data, only the commitment. */
export interface StaffChange {
  readonly staffNumber: string;
  readonly change: 'added' | 'updated';
  readonly commitment: string;
}

/** The payload of `tupe.transfer-recorded`: the transfer as first recorded (no log or ELI receipt yet). */
export function transferPayload(t: TupeTransfer): Json {
  return {
    transferId: t.id,
    transferorId: t.transferorId,
    transfereeId: t.transfereeId,
    serviceContractId: t.serviceContractId,
    type: t.type,
    transferDate: t.transferDate,
    eliSpecialCircumstances: t.eliSpecialCircumstances,
    representation: {
      basis: t.representation.basis,
      unionRecognised: t.representation.unionRecognised,
      existingRepresentatives: t.representation.existingRepresentatives,
      electionsInvited: t.representation.electionsInvited,
      employeesFailedToElect: t.representation.employeesFailedToElect,
      employerHeadcount: t.representation.employerHeadcount,
    },
    measures: { transferor: measuresJson(t.measures.transferor), transferee: measuresJson(t.measures.transferee) },
    pension: t.pension === null ? null : { route: t.pension.route, reference: t.pension.reference },
  };
}

export function consultationJson(e: ConsultationEntry): Json {
  return { entryId: e.id, on: e.on, by: e.by, kind: e.kind, audience: e.audience, summary: e.summary, repliesTo: e.repliesTo };
}

function measuresJson(m: MeasuresEnvisaged | null): Json {
  return m === null ? null : { envisaged: m.envisaged, description: m.description };
}

type Payload = Record<string, unknown>;

/** Every transfer of the company, folded in sequence order through the same domain checks the writes passed. */
export function foldTransfers(records: readonly ChainedLedgerRecord[]): Map<string, TransferRecord> {
  const transfers = new Map<string, { transfer: TupeTransfer; staff: Map<string, string> }>();
  for (const r of records) {
    const p = r.payload as Payload;
    const id = p.transferId as string;
    if (r.kind === TUPE_KINDS.transferRecorded) {
      transfers.set(id, { transfer: transferFromPayload(p), staff: new Map() });
      continue;
    }
    const current = transfers.get(id);
    if (current === undefined) continue;
    const t = current.transfer;
    switch (r.kind) {
      case TUPE_KINDS.consultationRecorded:
        current.transfer = recordConsultation(t, consultationFromPayload(p.entry as Payload));
        break;
      case TUPE_KINDS.eliReceived:
        current.transfer = withEliReceipt(t, p.receivedOn as CalendarDate);
        break;
      case TUPE_KINDS.measuresRecorded: {
        const party = p.party as 'transferor' | 'transferee';
        current.transfer = { ...t, measures: { ...t.measures, [party]: { envisaged: p.envisaged as boolean, description: p.description as string } } };
        break;
      }
      case TUPE_KINDS.pensionRecorded:
        current.transfer = { ...t, pension: { route: p.route as PensionArrangement['route'], reference: (p.reference ?? null) as string | null } };
        break;
      case TUPE_KINDS.staffListImported:
        for (const c of p.changes as StaffChange[]) current.staff.set(c.staffNumber, c.commitment);
        break;
    }
  }
  return transfers;
}

/** The first ELI received sets `eliReceivedOn`; any later one is an update (reg 11(5)). */
export function withEliReceipt(t: TupeTransfer, receivedOn: CalendarDate): TupeTransfer {
  return t.eliReceivedOn === null ? { ...t, eliReceivedOn: receivedOn } : { ...t, eliUpdatesOn: [...t.eliUpdatesOn, receivedOn].sort() };
}

function transferFromPayload(p: Payload): TupeTransfer {
  const measures = p.measures as { transferor: MeasuresEnvisaged | null; transferee: MeasuresEnvisaged | null };
  return tupeTransfer({
    id: p.transferId as string,
    transferorId: p.transferorId as string,
    transfereeId: p.transfereeId as string,
    serviceContractId: (p.serviceContractId ?? null) as string | null,
    type: p.type as TupeTransfer['type'],
    transferDate: p.transferDate as CalendarDate,
    eliReceivedOn: null,
    eliSpecialCircumstances: (p.eliSpecialCircumstances ?? null) as string | null,
    eliUpdatesOn: [],
    representation: p.representation as TupeTransfer['representation'],
    log: [],
    measures: { transferor: measures.transferor ?? null, transferee: measures.transferee ?? null },
    pension: (p.pension ?? null) as PensionArrangement | null,
  });
}

function consultationFromPayload(p: Payload): ConsultationEntry {
  return {
    id: p.entryId as string,
    on: p.on as CalendarDate,
    by: p.by as ConsultationEntry['by'],
    kind: p.kind as ConsultationEntry['kind'],
    audience: p.audience as ConsultationEntry['audience'],
    summary: p.summary as string,
    repliesTo: (p.repliesTo ?? null) as string | null,
  };
}
