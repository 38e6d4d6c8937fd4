import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { addWorkingDays } from '../calendar/working-days';
import { DomainError } from '../errors';

/** Working days within which a valid request is complied with or taken to court (s.117, IN-3). */
export const INSPECTION_WORKING_DAYS = 5;

/** A person the requester means to pass the information to, and why (s.116(4)(d)). */
export interface OnwardRecipient {
  readonly name: string;
  readonly purpose: string;
}

/**
 * The requester's address as the log holds it. It is personal data, which only the secretary may see,
 * while board members and auditors read the ledger: so a request holds `{ commitment }`, the salted
 * SHA-256 commitment to the address kept apart from the ledger, or null when the request gave none.
 * Requests logged before addresses were kept apart (`inspection.request-received` version 1) hold the
 * address `{ written }` in the entry itself, blank when none was given.
 */
export type RequesterAddress = { readonly written: string } | { readonly commitment: string } | null;

/** IN-2 / s.116(4)(a): whether the request gave the requester's address. */
export function requesterAddressGiven(address: RequesterAddress): boolean {
  if (address === null) return false;
  return 'written' in address ? address.written.trim() !== '' : true;
}

/** A request to inspect, or for a copy of, the register of members (s.116). */
export interface InspectionRequestReceived {
  readonly type: 'inspection-request-received';
  /** The day the company received the request. */
  readonly effectiveOn: CalendarDate;
  readonly requestId: string;
  readonly kind: 'inspect' | 'copy';
  readonly requesterName: string;
  /** Kept apart from the log as personal data (see `RequesterAddress`). */
  readonly requesterAddress: RequesterAddress;
  /** Whether the requester is a member (IN-1: members inspect free). */
  readonly member: boolean;
  /** Blank when the request gave none. */
  readonly purpose: string;
  /** Null when the request does not say whether the information will be passed on; empty when it says it will not. */
  readonly onwardRecipients: readonly OnwardRecipient[] | null;
}

/** The company's answer: complied (inspection allowed, copy sent), applied to court (s.117(3)), or told the requester the request is invalid. */
export interface InspectionRequestAnswered {
  readonly type: 'inspection-request-answered';
  readonly effectiveOn: CalendarDate;
  readonly requestId: string;
  readonly answer: 'complied' | 'applied-to-court' | 'invalid-request';
  readonly note: string;
}

/**
 * The day and hours a requester names for inspecting the register (IN-5): `effectiveOn` is the day the
 * company received the notice naming them; `from` and `until` are times of day in England, `HH:MM`.
 */
export interface InspectionAppointmentNamed {
  readonly type: 'inspection-appointment-named';
  readonly effectiveOn: CalendarDate;
  readonly requestId: string;
  readonly on: CalendarDate;
  readonly from: string;
  readonly until: string;
}

/** Every entry of the inspection log: requests, the day and hours named for an inspection (IN-5), answers. */
export type InspectionEvent = InspectionRequestReceived | InspectionRequestAnswered | InspectionAppointmentNamed;

/** A request with its validity, deadline and answer as at a day. */
export interface InspectionRequest {
  readonly request: InspectionRequestReceived;
  /** IN-2: valid only with the requester's name and address, the purpose and the onward recipients (s.116(4)). */
  readonly valid: boolean;
  readonly problems: readonly string[];
  /** IN-3: five working days after receipt; null for an invalid request, which starts no clock. */
  readonly deadline: CalendarDate | null;
  readonly answer: InspectionRequestAnswered | null;
  /** IN-5: the day and hours last named for the inspection, if any were. */
  readonly appointment: InspectionAppointmentNamed | null;
  /** `open`, `overdue` (valid, unanswered, past the deadline), `answered` or `answered-late`. */
  readonly status: 'open' | 'overdue' | 'answered' | 'answered-late';
}

/** IN-2: what a request lacks to be valid (empty when it is valid). */
export function inspectionRequestProblems(r: InspectionRequestReceived): string[] {
  const problems: string[] = [];
  if (r.requesterName.trim() === '') problems.push("the requester's name is missing (s.116(4)(a))");
  if (!requesterAddressGiven(r.requesterAddress)) problems.push("the requester's address is missing (s.116(4)(a))");
  if (r.purpose.trim() === '') problems.push('the purpose is missing (s.116(4)(c))');
  if (r.onwardRecipients === null) problems.push('the request does not say whether the information will be disclosed to anyone else (s.116(4)(d))');
  else if (r.onwardRecipients.some((o) => o.name.trim() === '' || o.purpose.trim() === '')) problems.push('each onward recipient needs a name and a purpose (s.116(4)(d))');
  return problems;
}

/**
 * The log of requests as at the end of `asAt`, in order received. Throws `INSPECTION_REQUEST_NOT_FOUND`
 * for an answer to an unknown request, `INSPECTION_REQUEST_ALREADY_ANSWERED` for a second answer,
 * `ANSWER_BEFORE_REQUEST`, and `INVALID_REQUEST_ANSWER` when a valid request is answered as invalid.
 */
export function inspectionLog(events: readonly InspectionEvent[], asAt: CalendarDate, isWorkingDay: (d: CalendarDate) => boolean): InspectionRequest[] {
  const requests = new Map<string, { request: InspectionRequestReceived; answer: InspectionRequestAnswered | null; appointment: InspectionAppointmentNamed | null }>();
  for (const e of events) {
    if (e.type === 'inspection-request-received') {
      if (requests.has(e.requestId)) throw new DomainError('INSPECTION_REQUEST_ALREADY_RECORDED', `request ${e.requestId} is already in the log`, { requestId: e.requestId });
      requests.set(e.requestId, { request: e, answer: null, appointment: null });
      continue;
    }
    const entry = requests.get(e.requestId);
    if (!entry) throw new DomainError('INSPECTION_REQUEST_NOT_FOUND', `request ${e.requestId} was not found`, { requestId: e.requestId });
    if (e.type === 'inspection-appointment-named') {
      if (compareDates(e.effectiveOn, asAt) <= 0) entry.appointment = e;
      continue;
    }
    checkAnswer(entry.request, entry.answer, e);
    entry.answer = e;
  }
  return [...requests.values()]
    .filter(({ request }) => compareDates(request.effectiveOn, asAt) <= 0)
    .map(({ request, answer, appointment }) => {
      const problems = inspectionRequestProblems(request);
      const valid = problems.length === 0;
      const deadline = valid ? addWorkingDays(request.effectiveOn, INSPECTION_WORKING_DAYS, isWorkingDay) : null;
      const known = answer !== null && compareDates(answer.effectiveOn, asAt) <= 0 ? answer : null;
      const status =
        known !== null
          ? deadline !== null && compareDates(known.effectiveOn, deadline) > 0 ? 'answered-late' : 'answered'
          : deadline !== null && compareDates(asAt, deadline) > 0 ? 'overdue' : 'open';
      return { request, valid, problems, deadline, answer: known, appointment, status } as const;
    });
}

/** Checks an answer against its request (see `inspectionLog`). */
export function checkAnswer(request: InspectionRequestReceived, earlier: InspectionRequestAnswered | null, answer: InspectionRequestAnswered): void {
  if (earlier !== null) {
    throw new DomainError('INSPECTION_REQUEST_ALREADY_ANSWERED', `request ${request.requestId} was answered on ${earlier.effectiveOn}`, { requestId: request.requestId });
  }
  if (compareDates(answer.effectiveOn, request.effectiveOn) < 0) {
    throw new DomainError('ANSWER_BEFORE_REQUEST', `request ${request.requestId} was received on ${request.effectiveOn}`, { requestId: request.requestId });
  }
  if (answer.answer === 'invalid-request' && inspectionRequestProblems(request).length === 0) {
    throw new DomainError('INVALID_REQUEST_ANSWER', 'the request gives everything s.116(4) asks for: comply or apply to court (s.117)', { requestId: request.requestId });
  }
}

/**
 * IN-6: the fee for a copy of `entries` entries of the register, by bands of entries: each band is
 * `upTo` entries (cumulative, the last may be Infinity) and its fee `pence`, charged per entry when
 * `perEntry`, else once for any part of the band used.
 */
export function copyFeePence(entries: number, bands: readonly { readonly upTo: number; readonly pence: number; readonly perEntry: boolean }[]): number {
  let fee = 0;
  let from = 0;
  for (const band of bands) {
    if (entries <= from) break;
    const inBand = Math.min(entries, band.upTo) - from;
    fee += band.perEntry ? inBand * band.pence : band.pence;
    from = band.upTo;
  }
  return fee;
}
