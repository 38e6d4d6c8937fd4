import { addDays, addMonths, compareDates, isCalendarDate, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';

/** Reg 3(1): a business (undertaking) transfer, or a service provision change (outsource, re-tender, insource). */
export type TransferType = 'service-provision-change' | 'business-transfer';

/** Whom the employer informs and consults (reg 13(3), 13(11), 13A). */
export type RepresentativeBasis = 'recognised-union' | 'existing-representatives' | 'elected-representatives' | 'direct';

/**
 * The representation of the transferring employees, as the transferor's information duty found it.
 * "No representatives" (for the direct route of reg 13A) means: no recognised union, no existing
 * representatives, and no invitation to elect. The employer's size is its total headcount when it had
 * to inform; null when not recorded (then the direct route cannot be shown to apply).
 */
export interface Representation {
  readonly basis: RepresentativeBasis;
  /** An independent trade union is recognised for employees of their description (reg 13(3)(a)). */
  readonly unionRecognised: boolean;
  /** Employee representatives already exist with authority to be informed and consulted (reg 13(3)(b)(i)). */
  readonly existingRepresentatives: boolean;
  /** The employer invited the affected employees to elect representatives. */
  readonly electionsInvited: boolean;
  /** Invited, the employees did not elect within a reasonable time (reg 13(11): inform each directly). */
  readonly employeesFailedToElect: boolean;
  /** How many employees the employer had when it had to inform; null when not recorded. */
  readonly employerHeadcount: number | null;
}

/** Each employer has its own duty to inform and consult its affected employees (reg 13). */
export type EmployerParty = 'transferor' | 'transferee';

/**
 * One dated entry in the information and consultation log. `by` is the employer whose duty it is;
 * `audience` is who was informed or consulted (or, for a representation, who made it).
 */
export interface ConsultationEntry {
  readonly id: string;
  readonly on: CalendarDate;
  readonly by: EmployerParty;
  readonly kind: 'information' | 'consultation' | 'representation' | 'reply';
  readonly audience: 'representatives' | 'employees';
  readonly summary: string;
  /** For a reply, the id of the representation it answers (reg 13(7)); otherwise null. */
  readonly repliesTo: string | null;
}

/** The measures an employer envisages taking in connection with the transfer; `envisaged: false` means none. */
export interface MeasuresEnvisaged {
  readonly envisaged: boolean;
  readonly description: string;
}

/**
 * How pensions are handled (TU-9). `new-fair-deal`: NHS Pension Scheme membership kept through an
 * NHSBSA Direction; `nhs-pension-access`: the "Access" route for NHS, APMS and public-health
 * contract holders; `pensions-act-2004-minimum`: ss.257–258 minimum provision; `broadly-comparable`:
 * a scheme certified as broadly comparable.
 */
export interface PensionArrangement {
  readonly route: 'new-fair-deal' | 'nhs-pension-access' | 'pensions-act-2004-minimum' | 'broadly-comparable';
  /** NHSBSA Direction or Determination reference, or the scheme's certificate; null if not yet issued. */
  readonly reference: string | null;
}

/** A TUPE transfer tracked from planning to completion (SI 2006/246). */
export interface TupeTransfer {
  readonly id: string;
  readonly transferorId: string;
  readonly transfereeId: string;
  /** The service contract the transfer belongs to, if any. */
  readonly serviceContractId: string | null;
  readonly type: TransferType;
  /** The day the transfer takes effect: employees transfer at its start. */
  readonly transferDate: CalendarDate;
  /** When the transferee received the employee liability information; null until it has. */
  readonly eliReceivedOn: CalendarDate | null;
  /** The special circumstances that made the 28 days not reasonably practicable (reg 11(6)), if claimed. */
  readonly eliSpecialCircumstances: string | null;
  /** Days on which updated ELI (changes, objectors among them) was received (reg 11(5)). */
  readonly eliUpdatesOn: readonly CalendarDate[];
  readonly representation: Representation;
  readonly log: readonly ConsultationEntry[];
  /** Measures each party envisages; null until recorded. */
  readonly measures: { readonly transferor: MeasuresEnvisaged | null; readonly transferee: MeasuresEnvisaged | null };
  /** Null until a pension arrangement is recorded. */
  readonly pension: PensionArrangement | null;
}

/** TUPE 2006 reg 11(6) as amended by SI 2014/16: 28 days for transfers from this date, 14 before it. */
export const ELI_28_DAYS_FROM = '2014-05-01' as CalendarDate;

/** The last day on which ELI is on time: 28 days before the transfer (14 for transfers before 2014-05-01). */
export function eliDeadline(transferDate: CalendarDate): CalendarDate {
  return addDays(transferDate, compareDates(transferDate, ELI_28_DAYS_FROM) >= 0 ? -28 : -14);
}

/**
 * Checks and returns a transfer. Throws `INVALID_TRANSFER` for an empty id or party, a bad headcount
 * or a malformed log entry; `INVALID_DATE` for a bad date; `TRANSFER_PARTIES_SAME` when transferor and
 * transferee are one body; and the errors of {@link recordConsultation} for the log.
 */
export function tupeTransfer(input: TupeTransfer): TupeTransfer {
  for (const field of ['id', 'transferorId', 'transfereeId'] as const) {
    if (typeof input[field] !== 'string' || input[field].trim() === '') invalid(`A transfer needs a ${field}`, { field });
  }
  if (input.transferorId === input.transfereeId) {
    throw new DomainError('TRANSFER_PARTIES_SAME', 'The transferor and transferee must be different employers', { organisationId: input.transferorId });
  }
  date(input.transferDate, 'transferDate');
  if (input.eliReceivedOn !== null) date(input.eliReceivedOn, 'eliReceivedOn');
  input.eliUpdatesOn.forEach((d) => date(d, 'eliUpdatesOn'));
  const headcount = input.representation.employerHeadcount;
  if (headcount !== null && !(Number.isInteger(headcount) && headcount >= 0)) {
    invalid('The employer headcount must be a whole number', { field: 'representation.employerHeadcount' });
  }
  const checked: TupeTransfer = { ...input, log: [], eliUpdatesOn: [...input.eliUpdatesOn].sort() };
  return input.log.reduce(recordConsultation, checked);
}

/** How far ahead of the day it is recorded a transfer may be dated: a re-tender is planned months ahead, not years [GK]. */
export const TRANSFER_PLANNING_YEARS = 2;

/**
 * A transfer the company records is dated within its life: not before its incorporation (the company
 * did not exist to be a party, nor to keep the tracker) and not more than {@link TRANSFER_PLANNING_YEARS}
 * after the day it is recorded. Checked when a transfer is recorded, not when the ledger is read.
 * Throws `INVALID_TRANSFER` (before incorporation) or `DATED_TOO_FAR_AHEAD` (with the `latest` day
 * allowed), naming the field `transferDate`.
 */
export function checkTransferDate(transferDate: CalendarDate, company: { incorporatedOn: CalendarDate }, recordedOn: CalendarDate): void {
  if (compareDates(transferDate, company.incorporatedOn) < 0) {
    invalid(`The transfer date ${transferDate} is before the company was incorporated on ${company.incorporatedOn}`, { field: 'transferDate', incorporatedOn: company.incorporatedOn });
  }
  const latest = addMonths(recordedOn, 12 * TRANSFER_PLANNING_YEARS);
  if (compareDates(transferDate, latest) > 0) {
    throw new DomainError('DATED_TOO_FAR_AHEAD', `The transfer date ${transferDate} is more than ${TRANSFER_PLANNING_YEARS} years after today (${recordedOn}); the latest is ${latest}`, { field: 'transferDate', latest });
  }
}

/**
 * Adds an entry to the information and consultation log. Throws `CONSULTATION_ENTRY_ALREADY_RECORDED`
 * for a taken id and `CONSULTATION_REPLY_WITHOUT_REPRESENTATION` for a reply that answers no earlier
 * representation of the same employer's consultation.
 */
export function recordConsultation(transfer: TupeTransfer, entry: ConsultationEntry): TupeTransfer {
  if (typeof entry.id !== 'string' || entry.id.trim() === '') invalid('A consultation entry needs an id', { field: 'log.id' });
  date(entry.on, 'log.on');
  if (transfer.log.some((e) => e.id === entry.id)) {
    throw new DomainError('CONSULTATION_ENTRY_ALREADY_RECORDED', `Consultation entry ${entry.id} is already recorded`, { entryId: entry.id });
  }
  if (entry.kind === 'reply') {
    const answered = transfer.log.find((e) => e.id === entry.repliesTo);
    if (!answered || answered.kind !== 'representation' || answered.by !== entry.by || compareDates(answered.on, entry.on) > 0) {
      throw new DomainError('CONSULTATION_REPLY_WITHOUT_REPRESENTATION', `Reply ${entry.id} answers no earlier representation ${String(entry.repliesTo)}`, {
        entryId: entry.id,
        repliesTo: entry.repliesTo,
      });
    }
  } else if (entry.repliesTo !== null) {
    invalid(`Only a reply answers a representation (entry ${entry.id})`, { field: 'log.repliesTo' });
  }
  return { ...transfer, log: [...transfer.log, entry] };
}

/**
 * TU-6: an entry of the information and consultation log is recorded once. Throws
 * `CONSULTATION_ENTRY_ALREADY_RECORDED` (naming the entry's `entryId`) when the log already has an
 * entry of the same day, by the same party, of the same kind, to the same audience, with the same
 * summary and answering the same representation: the same letter or meeting sent twice. Checked for a
 * new entry only; a replay of the ledger does not apply it to entries recorded before it was.
 */
export function checkConsultationNotRepeated(transfer: TupeTransfer, entry: ConsultationEntry): void {
  const same = transfer.log.find(
    (e) => e.on === entry.on && e.by === entry.by && e.kind === entry.kind && e.audience === entry.audience && e.summary === entry.summary && (e.repliesTo ?? null) === (entry.repliesTo ?? null),
  );
  if (same !== undefined) {
    throw new DomainError('CONSULTATION_ENTRY_ALREADY_RECORDED', `This ${same.kind} of ${same.on} is already recorded in the log as entry ${same.id}`, { entryId: same.id });
  }
}

/**
 * TU-4 (reg 11): a receipt of employee liability information on a day one is already recorded for (the
 * first or an update) records nothing new, as only the day is kept. Throws `TUPE_RECORD_UNCHANGED` (422).
 */
export function checkEliReceiptNew(transfer: TupeTransfer, receivedOn: CalendarDate): void {
  if (transfer.eliReceivedOn === receivedOn || transfer.eliUpdatesOn.includes(receivedOn)) {
    throw new DomainError('TUPE_RECORD_UNCHANGED', `employee liability information received on ${receivedOn} is already recorded`, { transferId: transfer.id, receivedOn });
  }
}

/**
 * ELI received on `receivedOn`: the first receipt sets `eliReceivedOn`; any later one is an update
 * (reg 11(5): changes, objectors among them), kept in date order. No check is made here: the caller
 * decides whether an update may be dated before the first receipt.
 */
export function withEliReceipt(transfer: TupeTransfer, receivedOn: CalendarDate): TupeTransfer {
  return transfer.eliReceivedOn === null
    ? { ...transfer, eliReceivedOn: receivedOn }
    : { ...transfer, eliUpdatesOn: [...transfer.eliUpdatesOn, receivedOn].sort() };
}

/** The measures `party` envisages in connection with the transfer (reg 13(2)(c)–(d), 13(4)); they supersede what was recorded for that party before. */
export function withMeasures(transfer: TupeTransfer, party: EmployerParty, measures: MeasuresEnvisaged): TupeTransfer {
  return { ...transfer, measures: { ...transfer.measures, [party]: measures } };
}

/**
 * TU-6: the measures `party` envisages must differ from those already recorded for it (the same
 * envisaged or not, the same description): a statement sent twice is recorded once. Throws
 * `TUPE_RECORD_UNCHANGED` (422) when they are the same.
 */
export function checkMeasuresChanged(transfer: TupeTransfer, party: EmployerParty, measures: MeasuresEnvisaged): void {
  const recorded = transfer.measures[party];
  if (recorded !== null && recorded.envisaged === measures.envisaged && recorded.description === measures.description) {
    throw new DomainError('TUPE_RECORD_UNCHANGED', `the ${party}'s measures are already recorded as given`, { transferId: transfer.id, party });
  }
}

/**
 * TU-9: a pension arrangement must differ from the one already recorded (route and reference).
 * Throws `TUPE_RECORD_UNCHANGED` (422) when it is the same.
 */
export function checkPensionChanged(transfer: TupeTransfer, pension: PensionArrangement): void {
  const recorded = transfer.pension;
  if (recorded !== null && recorded.route === pension.route && recorded.reference === pension.reference) {
    throw new DomainError('TUPE_RECORD_UNCHANGED', 'the pension arrangement is already recorded as given', { transferId: transfer.id });
  }
}

/** The pension arrangement (TU-9); it supersedes what was recorded before. */
export function withPension(transfer: TupeTransfer, pension: PensionArrangement): TupeTransfer {
  return { ...transfer, pension };
}

function date(value: string, field: string): void {
  if (!isCalendarDate(value)) throw new DomainError('INVALID_DATE', `${field}: "${value}" is not a calendar date (YYYY-MM-DD)`, { field });
}

function invalid(message: string, details: Record<string, unknown>): never {
  throw new DomainError('INVALID_TRANSFER', message, details);
}
