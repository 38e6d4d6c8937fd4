import { addDays, addMonths, compareDates, type CalendarDate } from '../calendar/calendar-date';
import { checkEliComplete, checkEliOnTime } from './tupe-checks';
import { checkInformation, checkRepresentation } from './tupe-consultation-checks';
import type { TupeFinding } from './tupe-finding';
import { isObjector, type TransferringEmployee } from './transferring-employee';
import type { EmployerParty, TupeTransfer } from './tupe-transfer';

/** TU-5 (reg 12(5)–(6)): the least a tribunal awards for each employee whose ELI failed, in pence (£500), unless it finds a smaller sum just and equitable. */
export const ELI_CLAIM_MINIMUM_PENCE_PER_EMPLOYEE = 50_000;

/** TU-8 (reg 16(3)): the most a tribunal awards each affected employee, in weeks' pay (no statutory cap on a week's pay). */
export const CONSULTATION_CLAIM_MAXIMUM_WEEKS = 13;

/** Regs 12(2) and 15(12): a claim is presented within the period of three months beginning with the transfer date. */
export const CLAIM_PERIOD_MONTHS = 3;

/** How a transferor failed its ELI duty (reg 11): not given by the deadline, given late, or given without items for some employees. */
export type EliFailure = 'missing' | 'late' | 'incomplete';

/** What every claim says: who may claim, against whom, for how many employees, and until when. */
interface TupeClaimBase {
  /** The breaches (never warnings) the claim rests on, as {@link checkTransfer} reports them. */
  readonly grounds: readonly TupeFinding[];
  /** The day the claim could first be presented: the transfer date (regs 12(1), 15(1) look back from the transfer). */
  readonly from: CalendarDate;
  /** The last day of the period of three months beginning with the transfer date (see {@link lastDayOfMonthsBeginning}). */
  readonly lastDayToClaim: CalendarDate;
  /** True when `asAt` is on or before {@link lastDayToClaim}: a claim presented then is in time. */
  readonly open: boolean;
  /** How many transferring employees (non-objectors) the failure concerns. */
  readonly employeesConcerned: number;
}

/**
 * TU-5 (reg 12): the transferee's claim against the transferor for a failure of reg 11 (employee
 * liability information), presented to an employment tribunal within three months beginning with the
 * transfer date (reg 12(2)).
 */
export interface EliClaim extends TupeClaimBase {
  readonly rule: 'TU-5';
  readonly regulation: 'reg 12';
  readonly claimant: 'transferee';
  readonly against: readonly ['transferor'];
  /** What failed, in {@link EliFailure} order; `missing` and `late` concern every transferring employee. */
  readonly failures: readonly EliFailure[];
  /** £500 for each employee concerned, in pence (reg 12(5)–(6)). */
  readonly minimumPence: number;
}

/**
 * TU-8 (regs 15–16): the affected employees' claim (through their representatives, or their own where
 * they were to be informed directly) for a failure to inform or consult under reg 13 or to arrange
 * representation (reg 14), presented within three months beginning with the transfer date (reg 15(12)).
 */
export interface ConsultationClaim extends TupeClaimBase {
  readonly rule: 'TU-8';
  readonly regulation: 'regs 15–16';
  readonly claimant: 'employees or their representatives';
  /**
   * The employers liable, transferor first: each for its own failure; for a failure of the transferor,
   * the transferee as well (reg 15(9)).
   */
  readonly against: readonly EmployerParty[];
  /** True when a failure is the transferor's, so the transferor and transferee are jointly and severally liable (reg 15(9)). */
  readonly jointlyAndSeverally: boolean;
  /**
   * The most the tribunal may award, in pence: for each employee concerned with pay recorded, 13 weeks'
   * pay, taken as annual pay × 13 / 52, rounded to the penny (half a penny up) per employee, then summed.
   */
  readonly maximumPence: number;
  /** Employees concerned whose annual pay is not recorded: counted in `employeesConcerned`, left out of `maximumPence`. */
  readonly employeesWithoutPay: number;
  /** How many employees' pay `maximumPence` adds up (`employeesConcerned − employeesWithoutPay`). */
  readonly employeesWithPay: number;
}

/** A claim a transfer's failures open: TU-5 ({@link EliClaim}) or TU-8 ({@link ConsultationClaim}). */
export type TupeClaim = EliClaim | ConsultationClaim;

/**
 * The last day of the period of `months` months beginning with `start` (the day itself counts): the
 * day before the corresponding day `months` later, or, where that month has no corresponding day, its
 * last day. Three months: 2016-04-01 → 2016-06-30; 2016-01-31 → 2016-04-30 (there is no 31 April);
 * 2024-11-30 → 2025-02-28. (One day before `addMonths` would be a day short at month ends: 2016-04-29.)
 */
export function lastDayOfMonthsBeginning(start: CalendarDate, months: number): CalendarDate {
  const corresponding = addMonths(start, months);
  // addMonths gives the month's last day when the day does not exist there: the period ends on it.
  return corresponding.slice(8) === start.slice(8) ? addDays(corresponding, -1) : corresponding;
}

/**
 * The claims a transfer's failures open, as at the end of `asAt`: none before the transfer date (the
 * claims look back from the transfer; nothing dated after `asAt` is reported), none when no check
 * finds a breach. Each is `open` while `asAt` is within its three months, and closed after.
 *
 * - TU-5, reg 12 (the transferee against the transferor): the TU-4 breaches of reg 11, from
 *   {@link checkEliOnTime} (ELI missing or late, without special circumstances: a warning otherwise,
 *   which opens no claim) — concerning every transferring employee — and {@link checkEliComplete}
 *   (an employee's ELI lacks an item) — concerning the employees it names. The TU-4 warning about an
 *   objector's ELI not updated (reg 11(5)) opens no claim.
 * - TU-8, regs 15–16 (the affected employees or their representatives): the TU-6 breaches of reg 13
 *   ({@link checkInformation}: not informed before the transfer, measures not recorded, measures
 *   envisaged but no consultation before the transfer) and the TU-7 breach ({@link checkRepresentation}:
 *   the wrong people informed and consulted). The TU-6 warning (a representation without a reply)
 *   opens no claim. It concerns every transferring employee; the maximum is of their pay only, since
 *   the tracker knows no other affected employee (those who do not transfer may claim too).
 *
 * Transferring employees are those on the staff list who did not object before the transfer ({@link isObjector}).
 */
export function tupeClaims(transfer: TupeTransfer, employees: readonly TransferringEmployee[], asAt: CalendarDate): TupeClaim[] {
  const from = transfer.transferDate;
  if (compareDates(from, asAt) > 0) return [];
  const transferring = employees.filter((e) => !isObjector(e, from));
  const lastDayToClaim = lastDayOfMonthsBeginning(from, CLAIM_PERIOD_MONTHS);
  const clock = { from, lastDayToClaim, open: compareDates(asAt, lastDayToClaim) <= 0 };
  const breaches = (findings: TupeFinding[]) => findings.filter((f) => f.severity === 'breach');
  const claims: TupeClaim[] = [];

  const onTime = breaches(checkEliOnTime(transfer, employees, asAt));
  const incomplete = breaches(checkEliComplete(transfer, employees, asAt));
  if (onTime.length + incomplete.length > 0) {
    const named = new Set(incomplete.map((f) => f.employeeId));
    const concerned = onTime.length > 0 ? transferring.length : transferring.filter((e) => named.has(e.staffNumber)).length;
    const failures: EliFailure[] = [];
    if (onTime.length > 0) failures.push(transfer.eliReceivedOn === null || compareDates(transfer.eliReceivedOn, asAt) > 0 ? 'missing' : 'late');
    if (incomplete.length > 0) failures.push('incomplete');
    claims.push({
      rule: 'TU-5', regulation: 'reg 12', claimant: 'transferee', against: ['transferor'], ...clock,
      grounds: [...onTime, ...incomplete], failures, employeesConcerned: concerned, minimumPence: ELI_CLAIM_MINIMUM_PENCE_PER_EMPLOYEE * concerned,
    });
  }

  const consultation = breaches([...checkInformation(transfer, employees, asAt), ...checkRepresentation(transfer, employees, asAt)]);
  if (consultation.length > 0) {
    const transferorFailed = consultation.some((f) => f.party !== 'transferee');
    const withPay = transferring.filter((e) => e.annualPayPence !== null);
    claims.push({
      rule: 'TU-8', regulation: 'regs 15–16', claimant: 'employees or their representatives', ...clock,
      against: transferorFailed ? ['transferor', 'transferee'] : ['transferee'],
      jointlyAndSeverally: transferorFailed,
      grounds: consultation,
      employeesConcerned: transferring.length,
      maximumPence: withPay.reduce((total, e) => total + weeksPayPence(e.annualPayPence!, CONSULTATION_CLAIM_MAXIMUM_WEEKS), 0),
      employeesWithPay: withPay.length,
      employeesWithoutPay: transferring.length - withPay.length,
    });
  }
  return claims;
}

/** `weeks` weeks of an annual pay, in whole pence: annual × weeks / 52, half a penny rounded up. */
export function weeksPayPence(annualPayPence: number, weeks: number): number {
  return Math.round((annualPayPence * weeks) / 52);
}
