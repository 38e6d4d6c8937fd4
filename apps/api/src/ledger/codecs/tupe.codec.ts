import type {
  ConsultationEntry,
  EmployerParty,
  MeasuresEnvisaged,
  PensionArrangement,
  RepresentativeBasis,
  TransferType,
  TupeConsultationRecorded,
  TupeEliReceived,
  TupeEvent,
  TupeMeasuresRecorded,
  TupePensionRecorded,
  TupeStaffListImported,
  TupeTransferRecorded,
} from '#domain';
import { z } from 'zod';
import { entryKind, LedgerFamily } from '../ledger-codec';
import { calendarDate, entryDate, id, optionalNullable, text, wholeNumber } from './fields';

/*
 * TUPE transfers (version 1, as written since the ledger began). No payload carries personal data:
 * a staff list import records, per employee changed, only the commitment (a salted SHA-256) to the
 * new version of the record kept in tupe_employee_personal. The entry's effective date is the
 * event's. Fields the first reader defaulted to null when absent are read the same way; every
 * payload written so far has them all.
 */

const transferType = z.enum(['service-provision-change', 'business-transfer'] as const satisfies readonly TransferType[]);
const basis = z.enum(['recognised-union', 'existing-representatives', 'elected-representatives', 'direct'] as const satisfies readonly RepresentativeBasis[]);
const pensionRoute = z.enum(['new-fair-deal', 'nhs-pension-access', 'pensions-act-2004-minimum', 'broadly-comparable'] as const satisfies readonly PensionArrangement['route'][]);
const party = z.enum(['transferor', 'transferee'] as const satisfies readonly EmployerParty[]);
const entryKinds = z.enum(['information', 'consultation', 'representation', 'reply'] as const satisfies readonly ConsultationEntry['kind'][]);
const audience = z.enum(['representatives', 'employees'] as const satisfies readonly ConsultationEntry['audience'][]);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256 commitment');

const measures = z.strictObject({ envisaged: z.boolean(), description: text });
const measuresPayload = (m: MeasuresEnvisaged | null) => (m === null ? null : { envisaged: m.envisaged, description: m.description });

const transferRecorded = entryKind<TupeTransferRecorded>()({
  kind: 'tupe.transfer-recorded',
  version: 1,
  schema: z.strictObject({
    transferId: id,
    transferorId: id,
    transfereeId: id,
    serviceContractId: optionalNullable(id),
    type: transferType,
    transferDate: calendarDate,
    eliSpecialCircumstances: optionalNullable(text),
    representation: z.strictObject({
      basis,
      unionRecognised: z.boolean(),
      existingRepresentatives: z.boolean(),
      electionsInvited: z.boolean(),
      employeesFailedToElect: z.boolean(),
      employerHeadcount: wholeNumber.nullable(),
    }),
    measures: z.strictObject({ transferor: optionalNullable(measures), transferee: optionalNullable(measures) }),
    pension: optionalNullable(z.strictObject({ route: pensionRoute, reference: text.nullable() })),
  }),
  encode: ({ transfer: t }) => ({
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
    measures: { transferor: measuresPayload(t.measures.transferor), transferee: measuresPayload(t.measures.transferee) },
    pension: t.pension === null ? null : { route: t.pension.route, reference: t.pension.reference },
  }),
  decode: (p, entry) => ({
    type: 'transfer-recorded',
    effectiveOn: entryDate(entry),
    transfer: {
      id: p.transferId,
      transferorId: p.transferorId,
      transfereeId: p.transfereeId,
      serviceContractId: p.serviceContractId,
      type: p.type,
      transferDate: p.transferDate,
      eliSpecialCircumstances: p.eliSpecialCircumstances,
      representation: p.representation,
      measures: p.measures,
      pension: p.pension,
    },
  }),
});

const consultationRecorded = entryKind<TupeConsultationRecorded>()({
  kind: 'tupe.consultation-recorded',
  version: 1,
  schema: z.strictObject({
    transferId: id,
    entry: z.strictObject({ entryId: id, on: calendarDate, by: party, kind: entryKinds, audience, summary: text, repliesTo: optionalNullable(id) }),
  }),
  encode: ({ transferId, entry: e }) => ({
    transferId,
    entry: { entryId: e.id, on: e.on, by: e.by, kind: e.kind, audience: e.audience, summary: e.summary, repliesTo: e.repliesTo },
  }),
  decode: ({ transferId, entry: e }, entry) => ({
    type: 'consultation-recorded',
    effectiveOn: entryDate(entry),
    transferId,
    entry: { id: e.entryId, on: e.on, by: e.by, kind: e.kind, audience: e.audience, summary: e.summary, repliesTo: e.repliesTo },
  }),
});

const eliReceived = entryKind<TupeEliReceived>()({
  kind: 'tupe.eli-received',
  version: 1,
  schema: z.strictObject({ transferId: id, receivedOn: calendarDate, update: z.boolean() }),
  encode: (e) => ({ transferId: e.transferId, receivedOn: e.receivedOn, update: e.update }),
  decode: (p, entry) => ({ type: 'eli-received', effectiveOn: entryDate(entry), transferId: p.transferId, receivedOn: p.receivedOn, update: p.update }),
});

const measuresRecorded = entryKind<TupeMeasuresRecorded>()({
  kind: 'tupe.measures-recorded',
  version: 1,
  schema: z.strictObject({ transferId: id, party, envisaged: z.boolean(), description: text }),
  encode: (e) => ({ transferId: e.transferId, party: e.party, envisaged: e.measures.envisaged, description: e.measures.description }),
  decode: (p, entry) => ({
    type: 'measures-recorded',
    effectiveOn: entryDate(entry),
    transferId: p.transferId,
    party: p.party,
    measures: { envisaged: p.envisaged, description: p.description },
  }),
});

const pensionRecorded = entryKind<TupePensionRecorded>()({
  kind: 'tupe.pension-recorded',
  version: 1,
  schema: z.strictObject({ transferId: id, route: pensionRoute, reference: optionalNullable(text) }),
  encode: (e) => ({ transferId: e.transferId, route: e.pension.route, reference: e.pension.reference }),
  decode: (p, entry) => ({
    type: 'pension-recorded',
    effectiveOn: entryDate(entry),
    transferId: p.transferId,
    pension: { route: p.route, reference: p.reference },
  }),
});

const staffListImported = entryKind<TupeStaffListImported>()({
  kind: 'tupe.staff-list-imported',
  version: 1,
  schema: z.strictObject({
    transferId: id,
    format: z.enum(['csv', 'json']),
    rowsRead: wholeNumber,
    unchanged: wholeNumber,
    changes: z.array(z.strictObject({ staffNumber: id, change: z.enum(['added', 'updated']), commitment: sha256 })),
  }),
  encode: (e) => ({
    transferId: e.transferId,
    format: e.format,
    rowsRead: e.rowsRead,
    unchanged: e.unchanged,
    changes: e.changes.map((c) => ({ staffNumber: c.staffNumber, change: c.change, commitment: c.commitment })),
  }),
  decode: (p, entry) => ({
    type: 'staff-list-imported',
    effectiveOn: entryDate(entry),
    transferId: p.transferId,
    format: p.format,
    rowsRead: p.rowsRead,
    unchanged: p.unchanged,
    changes: p.changes,
  }),
});

/** TUPE transfers, their consultation log, ELI, measures, pension and staff list commitments: `tupe.*`. */
export const tupeFamily = new LedgerFamily<TupeEvent>('TUPE transfers', 'tupe.', {
  'transfer-recorded': transferRecorded,
  'consultation-recorded': consultationRecorded,
  'eli-received': eliReceived,
  'measures-recorded': measuresRecorded,
  'pension-recorded': pensionRecorded,
  'staff-list-imported': staffListImported,
});
