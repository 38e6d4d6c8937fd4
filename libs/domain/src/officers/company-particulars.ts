import { addDays, compareDates, type CalendarDate } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { DomainError } from '../errors';

/** An accounting reference date: the day and month each financial year ends (s.391). */
export interface ReferenceDay {
  readonly month: number;
  readonly day: number;
}

/** The company's particulars as Companies House holds them on a day. */
export interface CompanyParticulars {
  readonly companyNumber: string | null;
  readonly registeredOffice: string;
  readonly registeredEmailAddress: string | null;
  readonly accountingReferenceDate: ReferenceDay | null;
  readonly sicCodes: readonly string[];
}

/** A dated change of one or more particulars; only the fields given change. */
export interface CompanyParticularsChanged {
  readonly type: 'particulars-changed';
  readonly effectiveOn: CalendarDate;
  readonly companyNumber?: string;
  readonly registeredOffice?: string;
  readonly registeredEmailAddress?: string;
  readonly accountingReferenceDate?: ReferenceDay;
  readonly sicCodes?: readonly string[];
}

/** A Companies House number: eight digits, or two letters and six digits (e.g. `CE` prefixes). */
const COMPANY_NUMBER = /^([0-9]{8}|[A-Z]{2}[0-9]{6})$/;
/** A SIC 2007 code as Companies House takes it: five digits, at most four codes. */
const SIC_CODE = /^[0-9]{5}$/;

/**
 * Checks a change against the particulars before it, and returns the change. Throws
 * `PARTICULARS_CHANGE_EMPTY` when nothing is given, `INVALID_COMPANY_NUMBER`, `INVALID_SIC_CODES`,
 * `INVALID_REFERENCE_DAY`, or `COMPANY_NUMBER_ALREADY_SET` when the number (which Companies House
 * gives once, on incorporation) is already known and differs.
 */
export function checkParticularsChange(before: CompanyParticulars, change: CompanyParticularsChanged): CompanyParticularsChanged {
  const fields = (['companyNumber', 'registeredOffice', 'registeredEmailAddress', 'accountingReferenceDate', 'sicCodes'] as const).filter((f) => change[f] !== undefined);
  if (fields.length === 0) throw new DomainError('PARTICULARS_CHANGE_EMPTY', 'a change of particulars names at least one particular', {});
  if (change.companyNumber !== undefined) {
    if (!COMPANY_NUMBER.test(change.companyNumber)) throw new DomainError('INVALID_COMPANY_NUMBER', `${change.companyNumber} is not a company number (8 digits, or 2 letters and 6 digits)`, { field: 'companyNumber' });
    if (before.companyNumber !== null && before.companyNumber !== change.companyNumber) {
      throw new DomainError('COMPANY_NUMBER_ALREADY_SET', `the company number is ${before.companyNumber}; a company's number never changes`, { companyNumber: before.companyNumber });
    }
  }
  if (change.sicCodes !== undefined && (change.sicCodes.length === 0 || change.sicCodes.length > 4 || !change.sicCodes.every((c) => SIC_CODE.test(c)))) {
    throw new DomainError('INVALID_SIC_CODES', 'one to four SIC codes of five digits each', { field: 'sicCodes' });
  }
  const ard = change.accountingReferenceDate;
  if (ard !== undefined) {
    const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][ard.month - 1];
    if (!Number.isInteger(ard.month) || !Number.isInteger(ard.day) || days === undefined || ard.day < 1 || ard.day > days) {
      throw new DomainError('INVALID_REFERENCE_DAY', `${ard.day}/${ard.month} is not a day of the year`, { field: 'accountingReferenceDate' });
    }
  }
  return change;
}

/**
 * A change that changes something: at least one particular it gives differs from `inForce`, the
 * particulars in force on its date. Throws `PARTICULARS_UNCHANGED` (422) when all are already as given,
 * so that a change sent twice is recorded once.
 */
export function checkParticularsChanged(inForce: CompanyParticulars, change: CompanyParticularsChanged): void {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const given = PARTICULAR_FIELDS.filter((f) => change[f] !== undefined);
  if (given.some((f) => !same(change[f], inForce[f]))) return;
  const ard = change.accountingReferenceDate;
  if (given.length === 1 && ard !== undefined) {
    // FC-5, s.392: nothing to change, so no AA01; the date in force may be the one the calendar assumes, none recorded (s.391(4)).
    throw new DomainError(
      'PARTICULARS_UNCHANGED',
      { text: `the accounting reference date is already ${referenceDayInWords(ard)} on {effectiveOn}: there is nothing to change and no AA01 to file`, rule: 'FC-5' },
      { field: 'accountingReferenceDate', effectiveOn: change.effectiveOn },
    );
  }
  throw new DomainError('PARTICULARS_UNCHANGED', `the company's particulars are already as given on ${change.effectiveOn}`, given.length === 1 ? { field: given[0] } : {});
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An accounting reference date in words: `30 September`. */
export function referenceDayInWords(ard: ReferenceDay): string {
  return `${ard.day} ${MONTHS[ard.month - 1] ?? ard.month}`;
}

/**
 * The particulars as the company's own record holds them when it is entered (before any dated change).
 * `referenceDateInUse` is the accounting reference date the filing calendar counts from before any is
 * recorded (`accountingReferenceDateInUse`: the articles' setting, else s.391(4)); given, it is the one
 * in force until a change, so that recording the same date is no change (no AA01).
 */
export function enteredParticulars(company: Company, referenceDateInUse: ReferenceDay | null = null): CompanyParticulars {
  return { companyNumber: company.companyNumber, registeredOffice: company.registeredOffice, registeredEmailAddress: null, accountingReferenceDate: referenceDateInUse, sicCodes: [] };
}

const PARTICULAR_FIELDS = ['companyNumber', 'registeredOffice', 'registeredEmailAddress', 'accountingReferenceDate', 'sicCodes'] as const;

/**
 * Each change with only the particulars it changes: a field given that equals the particulars in force
 * before it (by date, then ledger order) is left out, and a change left with none is dropped. What the
 * duties and the calendar count: recording the office or reference date already in force raises no
 * AD01 or AA01.
 */
export function changesThatChange(base: CompanyParticulars, changes: readonly CompanyParticularsChanged[]): CompanyParticularsChanged[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const result: CompanyParticularsChanged[] = [];
  let inForce = base;
  for (const c of particularsChangesInDateOrder(changes)) {
    const kept: Record<string, unknown> = { type: c.type, effectiveOn: c.effectiveOn };
    for (const f of PARTICULAR_FIELDS) if (c[f] !== undefined && !same(c[f], inForce[f])) kept[f] = c[f];
    if (Object.keys(kept).length > 2) result.push(kept as unknown as CompanyParticularsChanged);
    inForce = companyParticularsOn(inForce, [c], c.effectiveOn);
  }
  return result;
}

/** The dated changes in the order they apply: by effective date, then in the order recorded (a back-dated change takes its place by its date). */
export function particularsChangesInDateOrder(changes: readonly CompanyParticularsChanged[]): CompanyParticularsChanged[] {
  return changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => compareDates(a.c.effectiveOn, b.c.effectiveOn) || a.i - b.i)
    .map(({ c }) => c);
}

/** The particulars in force at the end of `on`: `base` (as at incorporation) with every change dated on or before it, in date then ledger order. */
export function companyParticularsOn(base: CompanyParticulars, changes: readonly CompanyParticularsChanged[], on: CalendarDate): CompanyParticulars {
  return particularsChangesInDateOrder(changes)
    .filter((c) => compareDates(c.effectiveOn, on) <= 0)
    .reduce<CompanyParticulars>((p, c) => ({
      companyNumber: c.companyNumber ?? p.companyNumber,
      registeredOffice: c.registeredOffice ?? p.registeredOffice,
      registeredEmailAddress: c.registeredEmailAddress ?? p.registeredEmailAddress,
      accountingReferenceDate: c.accountingReferenceDate ?? p.accountingReferenceDate,
      sicCodes: c.sicCodes ?? p.sicCodes,
    }), base);
}

/** Days, beginning with the day a new registered office takes effect, during which documents may still be served at the old one (s.87(2)). */
export const PREVIOUS_OFFICE_SERVICE_DAYS = 14;

/** The registered office a document may still be served at on a day, and the last day it may be. */
export interface PreviousRegisteredOffice {
  readonly address: string;
  /** The day the new office took effect (the AD01 registered at Companies House, FC-5). */
  readonly replacedOn: CalendarDate;
  /** The last calendar date of the 14 days beginning with `replacedOn`. */
  readonly servableUntil: CalendarDate;
}

/**
 * FC-5, s.87(2): for 14 days beginning with the day a change of registered office takes effect, a
 * person may still validly serve a document on the company at the previous address. Every office
 * that may still be served at on `on`, newest move first: after two moves within 14 days both the
 * offices replaced are given, each until the end of its own 14 days. A move is a day on which the
 * office in force at the end of the day differs from the day before (two changes on one day are one
 * move, from the office of the day before). The office in force on `on` is never listed, and an
 * office replaced twice in the period is listed once, for its later move (the later last day).
 * Empty when no such period runs on `on`.
 */
export function previousRegisteredOfficesOn(base: CompanyParticulars, changes: readonly CompanyParticularsChanged[], on: CalendarDate): PreviousRegisteredOffice[] {
  const current = companyParticularsOn(base, changes, on).registeredOffice;
  const moveDays = [...new Set(changes
    .filter((c) => c.registeredOffice !== undefined && compareDates(c.effectiveOn, on) <= 0 && compareDates(on, addDays(c.effectiveOn, PREVIOUS_OFFICE_SERVICE_DAYS - 1)) <= 0)
    .map((c) => c.effectiveOn))]
    .sort((a, b) => compareDates(b, a));
  const offices: PreviousRegisteredOffice[] = [];
  for (const day of moveDays) {
    const before = companyParticularsOn(base, changes, addDays(day, -1)).registeredOffice;
    if (before === companyParticularsOn(base, changes, day).registeredOffice || before === current || offices.some((o) => o.address === before)) continue;
    offices.push({ address: before, replacedOn: day, servableUntil: addDays(day, PREVIOUS_OFFICE_SERVICE_DAYS - 1) });
  }
  return offices;
}
