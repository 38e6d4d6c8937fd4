import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { changesThatChange, type CompanyParticulars, type CompanyParticularsChanged, type ReferenceDay } from './company-particulars';

/** A notice to Companies House that registers a change of particulars: an AD01 or AA01 recorded as filed, by its duty reference (`ad01-<date decided>`). */
export interface ParticularsNoticeFiled {
  readonly kind: string;
  readonly reference: string;
  /** The calendar date the notice was delivered, taken as the day Companies House registered it. */
  readonly filedOn: CalendarDate;
}

/** A change of registered office or accounting reference date decided but not yet in force: its AD01 or AA01 is not recorded as filed. */
export interface ParticularsChangePending {
  /** The calendar date of the change as recorded: the day the company decided it. */
  readonly decidedOn: CalendarDate;
  readonly formCode: 'AD01' | 'AA01';
  /** The reference of the duty the notice answers (`ad01-2026-05-01`). */
  readonly reference: string;
  readonly registeredOffice?: string;
  readonly accountingReferenceDate?: ReferenceDay;
}

/** The registered changes and the changes still waiting for their notice. */
export interface RegisteredParticulars {
  /** The changes as Companies House holds them: a new office or reference date dated the day its notice was filed, the other particulars on the day recorded. */
  readonly changes: CompanyParticularsChanged[];
  /** Pending changes as at the day asked about, in the order decided. */
  readonly pending: ParticularsChangePending[];
}

/**
 * FC-5: a new registered office takes effect when Companies House registers the AD01 (s.87(1)), and a
 * new accounting reference date only by the AA01 notice given to the registrar (s.392(1)): a change
 * recorded and never notified leaves the office and reference date as they were. Each change that
 * changes something ({@link changesThatChange}) is split: its office and reference date take effect on
 * the day the AD01 or AA01 for it (`ad01-<effectiveOn>`, `aa01-<effectiveOn>`) was filed on or before
 * `on`, or are pending; its company number, registered email address and SIC codes take effect on the
 * day recorded. Pure: `filings` may hold filings of any kind; only AD01 and AA01 are read.
 */
export function registeredParticulars(base: CompanyParticulars, changes: readonly CompanyParticularsChanged[], filings: readonly ParticularsNoticeFiled[], on: CalendarDate): RegisteredParticulars {
  const filedOn = (reference: string) => filings.find((f) => f.reference === reference && compareDates(f.filedOn, on) <= 0)?.filedOn;
  const registered: CompanyParticularsChanged[] = [];
  const pending: ParticularsChangePending[] = [];
  for (const c of changesThatChange(base, changes)) {
    const { registeredOffice, accountingReferenceDate, ...rest } = c;
    if (rest.companyNumber !== undefined || rest.registeredEmailAddress !== undefined || rest.sicCodes !== undefined) registered.push(rest);
    if (registeredOffice !== undefined) {
      const reference = `ad01-${c.effectiveOn}`;
      const day = filedOn(reference);
      if (day !== undefined) registered.push({ type: c.type, effectiveOn: day, registeredOffice });
      else if (compareDates(c.effectiveOn, on) <= 0) pending.push({ decidedOn: c.effectiveOn, formCode: 'AD01', reference, registeredOffice });
    }
    if (accountingReferenceDate !== undefined) {
      const reference = `aa01-${c.effectiveOn}`;
      const day = filedOn(reference);
      if (day !== undefined) registered.push({ type: c.type, effectiveOn: day, accountingReferenceDate });
      else if (compareDates(c.effectiveOn, on) <= 0) pending.push({ decidedOn: c.effectiveOn, formCode: 'AA01', reference, accountingReferenceDate });
    }
  }
  return { changes: registered, pending };
}
