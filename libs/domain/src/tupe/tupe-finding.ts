import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import type { TransferringEmployee } from './transferring-employee';
import type { EmployerParty, TupeTransfer } from './tupe-transfer';

/** The rules of the domain brief (section 4) that the TUPE checks apply. */
export type TupeRule = 'TU-3' | 'TU-4' | 'TU-6' | 'TU-7' | 'TU-9';

/**
 * One result of a compliance check: the rule, how serious, what is wrong and the day it became so.
 * A `breach` is a failure of the regulations; a `warning` needs a person to look (it may be lawful).
 * Messages name employees by staff number only: never a name, date of birth or pay.
 */
export interface TupeFinding {
  readonly rule: TupeRule;
  readonly severity: 'breach' | 'warning';
  readonly message: string;
  /** The day the failure happened or a deadline passed. */
  readonly on: CalendarDate;
  /** The staff number of the employee concerned, when the finding is about one employee. */
  readonly employeeId?: string;
  /**
   * The employer whose duty was not met, on the information and consultation findings (TU-6, TU-7):
   * each employer has its own duty under reg 13, and a claim for it (TU-8) is against that employer.
   */
  readonly party?: EmployerParty;
}

/**
 * A compliance check: the findings about a transfer as at the end of `asAt`. Nothing dated after
 * `asAt` is reported, so a transfer still being planned has findings only for deadlines already missed.
 */
export type TupeCheck = (transfer: TupeTransfer, employees: readonly TransferringEmployee[], asAt: CalendarDate) => TupeFinding[];

/** The findings dated on or before `asAt`, by date, then rule, then staff number. */
export function findingsAsAt(findings: readonly TupeFinding[], asAt: CalendarDate): TupeFinding[] {
  return findings
    .filter((f) => compareDates(f.on, asAt) <= 0)
    .sort((a, b) => compareDates(a.on, b.on) || a.rule.localeCompare(b.rule) || (a.employeeId ?? '').localeCompare(b.employeeId ?? ''));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
