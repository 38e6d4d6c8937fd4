import type {
  CompanyParticularsChanged,
  InspectionAppointmentNamed,
  InspectionEvent,
  InspectionRequestAnswered,
  InspectionRequestReceived,
  OfficerIdentityVerified,
  OfficerParticularsChanged,
  PscStatementRecorded,
  SecretaryAppointed,
  SecretaryResigned,
} from '#domain';
import { z } from 'zod';
import { entryKind, LedgerFamily } from '../ledger-codec';
import { calendarDate, entryDate, id, text } from './fields';
import { birthMonth, officerParticulars, officerParticularsPayload, sha256 } from './officer-fields';

/*
 * Officers (secretaries; changes of particulars and identity verification of directors and
 * secretaries), the company's particulars and the inspection log (version 1; requests to inspect,
 * version 2). Directors' appointments and resignations stay `director.*` in the governance family. No
 * payload carries a residential address, a full date of birth or a personal code: an officer's
 * protected details are kept in officer_personal and the entries carry only the salted SHA-256
 * commitment to them. Since `inspection.request-received.v2` an inspection requester's address is kept
 * the same way, in inspection_requester_personal.
 */

const secretaryAppointed = entryKind<SecretaryAppointed>()({
  kind: 'officer.secretary-appointed',
  version: 1,
  schema: z.strictObject({ officerId: id, particulars: officerParticulars, personalCommitment: sha256.nullable() }),
  encode: (e) => ({ officerId: e.officerId, particulars: officerParticularsPayload(e.particulars), personalCommitment: e.personalCommitment }),
  decode: (p, entry) => ({ type: 'secretary-appointed', effectiveOn: entryDate(entry), ...p }),
});

const secretaryResigned = entryKind<SecretaryResigned>()({
  kind: 'officer.secretary-resigned',
  version: 1,
  schema: z.strictObject({ officerId: id }),
  encode: (e) => ({ officerId: e.officerId }),
  decode: (p, entry) => ({ type: 'secretary-resigned', effectiveOn: entryDate(entry), ...p }),
});

const changes = z.strictObject({
  name: text.optional(),
  formerNames: z.array(text).optional(),
  serviceAddress: text.optional(),
  countryOfResidence: text.nullable().optional(),
  nationality: text.nullable().optional(),
  occupation: text.nullable().optional(),
  birthMonth: birthMonth.nullable().optional(),
});

const particularsChanged = entryKind<OfficerParticularsChanged>()({
  kind: 'officer.particulars-changed',
  version: 1,
  schema: z.strictObject({ officerId: id, changes, personalCommitment: sha256.nullable(), protectedFields: z.array(z.enum(['residential-address', 'date-of-birth'])) }),
  encode: (e) => ({
    officerId: e.officerId,
    changes: Object.fromEntries(Object.entries(e.changes).filter(([, v]) => v !== undefined).map(([k, v]) => [k, Array.isArray(v) ? [...v] : v])),
    personalCommitment: e.personalCommitment,
    protectedFields: e.protectedFields.map((f) => f as 'residential-address' | 'date-of-birth'),
  }),
  decode: (p, entry) => ({ type: 'officer-particulars-changed', effectiveOn: entryDate(entry), ...p }),
});

const identityVerified = entryKind<OfficerIdentityVerified>()({
  kind: 'officer.identity-verified',
  version: 1,
  schema: z.strictObject({ officerId: id, route: z.enum(['companies-house', 'acsp']), personalCommitment: sha256 }),
  encode: (e) => ({ officerId: e.officerId, route: e.route, personalCommitment: e.personalCommitment }),
  decode: (p, entry) => ({ type: 'officer-identity-verified', effectiveOn: entryDate(entry), ...p }),
});

/** Secretaries, changes of particulars and identity verification: `officer.*`. */
export const officersFamily = new LedgerFamily<SecretaryAppointed | SecretaryResigned | OfficerParticularsChanged | OfficerIdentityVerified>('officers', 'officer.', {
  'secretary-appointed': secretaryAppointed,
  'secretary-resigned': secretaryResigned,
  'officer-particulars-changed': particularsChanged,
  'officer-identity-verified': identityVerified,
});

const referenceDay = z.strictObject({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) });

const particulars = entryKind<CompanyParticularsChanged>()({
  kind: 'particulars.changed',
  version: 1,
  schema: z.strictObject({
    companyNumber: text.optional(),
    registeredOffice: text.optional(),
    registeredEmailAddress: text.optional(),
    accountingReferenceDate: referenceDay.optional(),
    sicCodes: z.array(text).optional(),
  }),
  encode: (e) => ({
    ...(e.companyNumber !== undefined ? { companyNumber: e.companyNumber } : {}),
    ...(e.registeredOffice !== undefined ? { registeredOffice: e.registeredOffice } : {}),
    ...(e.registeredEmailAddress !== undefined ? { registeredEmailAddress: e.registeredEmailAddress } : {}),
    ...(e.accountingReferenceDate !== undefined ? { accountingReferenceDate: { month: e.accountingReferenceDate.month, day: e.accountingReferenceDate.day } } : {}),
    ...(e.sicCodes !== undefined ? { sicCodes: [...e.sicCodes] } : {}),
  }),
  decode: (p, entry) => ({ type: 'particulars-changed', effectiveOn: entryDate(entry), ...p }),
});

/** The company's particulars as notified to Companies House: `particulars.*`. */
export const particularsFamily = new LedgerFamily<CompanyParticularsChanged>('particulars', 'particulars.', { 'particulars-changed': particulars });

const onwardRecipients = z.array(z.strictObject({ name: text, purpose: text })).nullable();
const onwardPayload = (e: InspectionRequestReceived) => (e.onwardRecipients === null ? null : e.onwardRecipients.map((o) => ({ name: o.name, purpose: o.purpose })));

/**
 * A request with the requester's address kept apart (personal data, read by the secretary only): the
 * payload carries the salted SHA-256 commitment to it, null when the request gave none.
 */
const requestReceived = entryKind<InspectionRequestReceived>()({
  kind: 'inspection.request-received.v2',
  version: 2,
  schema: z.strictObject({
    requestId: id,
    kind: z.enum(['inspect', 'copy']),
    requesterName: text,
    requesterAddressCommitment: sha256.nullable(),
    member: z.boolean(),
    purpose: text,
    onwardRecipients,
  }),
  encode: (e) => ({
    requestId: e.requestId,
    kind: e.kind,
    requesterName: e.requesterName,
    requesterAddressCommitment: addressCommitment(e),
    member: e.member,
    purpose: e.purpose,
    onwardRecipients: onwardPayload(e),
  }),
  decode: ({ requesterAddressCommitment, ...p }, entry) => ({
    type: 'inspection-request-received',
    effectiveOn: entryDate(entry),
    ...p,
    requesterAddress: requesterAddressCommitment === null ? null : { commitment: requesterAddressCommitment },
  }),
});

function addressCommitment(e: InspectionRequestReceived): string | null {
  if (e.requesterAddress === null) return null;
  if ('commitment' in e.requesterAddress) return e.requesterAddress.commitment;
  throw new Error(`request ${e.requestId}: an address written out belongs only in inspection.request-received version 1`);
}

/**
 * Version 1, written until requesters' addresses were kept apart: the address in the payload (blank
 * when none was given). Still decoded, and still records the events decoded from it, so they
 * re-encode to the payload that was hashed; new requests are never written as it.
 */
const requestReceivedV1 = entryKind<InspectionRequestReceived>()({
  kind: 'inspection.request-received',
  version: 1,
  schema: z.strictObject({
    requestId: id,
    kind: z.enum(['inspect', 'copy']),
    requesterName: text,
    requesterAddress: text,
    member: z.boolean(),
    purpose: text,
    onwardRecipients,
  }),
  encode: (e) => ({
    requestId: e.requestId,
    kind: e.kind,
    requesterName: e.requesterName,
    requesterAddress: e.requesterAddress !== null && 'written' in e.requesterAddress ? e.requesterAddress.written : '',
    member: e.member,
    purpose: e.purpose,
    onwardRecipients: onwardPayload(e),
  }),
  decode: ({ requesterAddress, ...p }, entry) => ({ type: 'inspection-request-received', effectiveOn: entryDate(entry), ...p, requesterAddress: { written: requesterAddress } }),
  writes: (e) => e.requesterAddress !== null && 'written' in e.requesterAddress,
});

const requestAnswered = entryKind<InspectionRequestAnswered>()({
  kind: 'inspection.request-answered',
  version: 1,
  schema: z.strictObject({ requestId: id, answer: z.enum(['complied', 'applied-to-court', 'invalid-request']), note: text }),
  encode: (e) => ({ requestId: e.requestId, answer: e.answer, note: e.note }),
  decode: (p, entry) => ({ type: 'inspection-request-answered', effectiveOn: entryDate(entry), ...p }),
});

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

const appointmentNamed = entryKind<InspectionAppointmentNamed>()({
  kind: 'inspection.appointment-named',
  version: 1,
  schema: z.strictObject({ requestId: id, on: calendarDate, from: timeOfDay, until: timeOfDay }),
  encode: (e) => ({ requestId: e.requestId, on: e.on, from: e.from, until: e.until }),
  decode: (p, entry) => ({ type: 'inspection-appointment-named', effectiveOn: entryDate(entry), ...p }),
});

/** Requests to inspect or copy the register of members, the day and hours named for an inspection (IN-5), and the answers: `inspection.*`. */
export const inspectionFamily = new LedgerFamily<InspectionEvent>('inspection', 'inspection.', {
  'inspection-request-received': [requestReceived, requestReceivedV1],
  'inspection-request-answered': requestAnswered,
  'inspection-appointment-named': appointmentNamed,
});

const registrablePerson = z.strictObject({ memberId: id, name: text, sharesPercent: z.number().min(0).max(100), votesPercent: z.number().min(0).max(100) });

const pscStatementRecorded = entryKind<PscStatementRecorded>()({
  kind: 'psc.statement-recorded',
  version: 1,
  schema: z.strictObject({ statement: z.enum(['no-registrable-person', 'registrable-persons']), persons: z.array(registrablePerson), issuedShares: z.number().int().min(0) }),
  encode: (e) => ({
    statement: e.statement,
    persons: e.persons.map((p) => ({ memberId: p.memberId, name: p.name, sharesPercent: p.sharesPercent, votesPercent: p.votesPercent })),
    issuedShares: e.issuedShares,
  }),
  decode: (p, entry) => ({ type: 'psc-statement-recorded', effectiveOn: entryDate(entry), ...p }),
});

/** The PSC statements the company made and kept, each the position the register gave that day (EC-5): `psc.*`. */
export const pscFamily = new LedgerFamily<PscStatementRecorded>('psc', 'psc.', {
  'psc-statement-recorded': pscStatementRecorded,
});
