import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { findingsAsAt, type TupeCheck, type TupeFinding } from './tupe-finding';
import type { TransferringEmployee } from './transferring-employee';
import type { EmployerParty, TupeTransfer } from './tupe-transfer';

/** SI 2014/16 reg 11(5): reg 13A (direct consultation) applies to transfers from this date. */
export const DIRECT_CONSULTATION_FROM = '2014-07-31' as CalendarDate;
/** SI 2023/1426: from this date reg 13A extends to employers under 50, or transfers of fewer than 10. */
export const DIRECT_CONSULTATION_WIDENED_FROM = '2024-07-01' as CalendarDate;

/** Whether the employer may inform (and consult) the employees directly, and why. */
export interface DirectConsultationRoute {
  readonly allowed: boolean;
  readonly reason: string;
}

/**
 * Whether the transferor may inform and consult the transferring employees directly rather than
 * through representatives, on the rules in force on the transfer date:
 * - reg 13(11): it invited them to elect representatives and they did not; or
 * - reg 13A (transfers from 2014-07-31): no recognised union, no existing representatives, no
 *   invitation to elect, and the employer has fewer than 10 employees; for transfers from 2024-07-01,
 *   fewer than 50 employees, or fewer than 10 employees transferring.
 * "Transferring" counts everyone on the staff list, objectors included: the count is of the proposed
 * transfer when the employer must inform, before objections are known.
 */
export function directConsultationAllowed(transfer: TupeTransfer, employees: readonly TransferringEmployee[]): DirectConsultationRoute {
  const r = transfer.representation;
  const on = transfer.transferDate;
  if (r.electionsInvited && r.employeesFailedToElect) {
    return { allowed: true, reason: 'the employees were invited to elect representatives and did not (reg 13(11))' };
  }
  if (r.unionRecognised || r.existingRepresentatives) {
    return { allowed: false, reason: 'there are appropriate representatives (a recognised union or existing representatives)' };
  }
  if (r.electionsInvited) {
    return { allowed: false, reason: 'the employer invited the employees to elect representatives (reg 13A(1)(c)) and they have not failed to' };
  }
  if (compareDates(on, DIRECT_CONSULTATION_FROM) < 0) {
    return { allowed: false, reason: `reg 13A applies only to transfers from ${DIRECT_CONSULTATION_FROM}` };
  }
  const size = r.employerHeadcount;
  if (compareDates(on, DIRECT_CONSULTATION_WIDENED_FROM) >= 0) {
    if (size !== null && size < 50) return { allowed: true, reason: `the employer has ${size} employees, fewer than 50 (reg 13A)` };
    if (employees.length < 10) return { allowed: true, reason: `${employees.length} employees are transferring, fewer than 10 (reg 13A)` };
    const employer = size === null ? 'the employer headcount is not recorded' : `the employer has ${size} employees`;
    return { allowed: false, reason: `${employer} and ${employees.length} are transferring: reg 13A needs fewer than 50 employees or fewer than 10 transferring` };
  }
  if (size !== null && size < 10) return { allowed: true, reason: `the employer has ${size} employees, fewer than 10 (reg 13A)` };
  const employer = size === null ? 'the employer headcount is not recorded' : `the employer has ${size} employees`;
  return { allowed: false, reason: `${employer}: before ${DIRECT_CONSULTATION_WIDENED_FROM} reg 13A needs fewer than 10` };
}

/**
 * TU-7 (reg 13(3)): the transferor informs and consults the right people. Where a union is
 * recognised, its representatives; else existing or elected representatives; directly only where
 * {@link directConsultationAllowed}. Dated the first day the transferor informed anyone, or the
 * transfer date if it never did.
 */
export const checkRepresentation: TupeCheck = (transfer, employees, asAt) => {
  const r = transfer.representation;
  const firstInformed = transfer.log
    .filter((e) => e.by === 'transferor' && e.kind === 'information')
    .map((e) => e.on)
    .sort()[0];
  const on = firstInformed ?? transfer.transferDate;
  let problem: string | null = null;
  if (r.unionRecognised && r.basis !== 'recognised-union') {
    problem = `a union is recognised for these employees, so its representatives must be informed and consulted (reg 13(3)(a)), not on the basis "${r.basis}"`;
  } else if (r.basis === 'recognised-union' && !r.unionRecognised) {
    problem = 'the basis is a recognised union, but no union is recorded as recognised';
  } else if (r.basis === 'existing-representatives' && !r.existingRepresentatives) {
    problem = 'the basis is existing representatives, but none with authority are recorded (reg 13(3)(b)(i))';
  } else if (r.basis === 'direct') {
    const route = directConsultationAllowed(transfer, employees);
    if (!route.allowed) problem = `direct consultation is not allowed on ${transfer.transferDate}: ${route.reason}`;
  }
  return findingsAsAt(problem ? [{ rule: 'TU-7', severity: 'breach', on, message: `Representation: ${problem}`, party: 'transferor' }] : [], asAt);
};

/**
 * TU-6 (reg 13). Breaches, dated the transfer date: the transferor gave no information before the
 * transfer to the representatives (or, on the direct basis, to the employees); a party's measures
 * envisaged (or that there are none) are not recorded; a party envisaging measures did not consult
 * before the transfer. Warning: a representation with no reply logged (reg 13(7)).
 */
export const checkInformation: TupeCheck = (transfer, _employees, asAt) => {
  const td = transfer.transferDate;
  const audience = transfer.representation.basis === 'direct' ? 'employees' : 'representatives';
  const before = (e: { on: CalendarDate }) => compareDates(e.on, td) < 0;
  const given = (by: EmployerParty, kind: 'information' | 'consultation') =>
    transfer.log.filter((e) => e.by === by && e.kind === kind && e.audience === audience);
  const findings: TupeFinding[] = [];
  const breach = (message: string, party: EmployerParty) => findings.push({ rule: 'TU-6', severity: 'breach', on: td, message, party });

  const informed = given('transferor', 'information');
  if (!informed.some(before)) {
    const late = informed.length > 0 ? `; it was first given on ${informed.map((e) => e.on).sort()[0]}` : '';
    breach(`The transferor did not inform the ${audience} before the transfer on ${td} (reg 13(2))${late}`, 'transferor');
  }
  for (const party of ['transferor', 'transferee'] as const) {
    const measures = transfer.measures[party];
    if (measures === null) breach(`The ${party}'s measures envisaged, or that there are none, are not recorded (reg 13(2)(c)–(d), 13(4))`, party);
    else if (measures.envisaged && !given(party, 'consultation').some(before)) {
      breach(`The ${party} envisages measures but did not consult the ${audience} before the transfer on ${td} (reg 13(6))`, party);
    }
  }
  for (const representation of transfer.log.filter((e) => e.kind === 'representation')) {
    if (transfer.log.some((e) => e.kind === 'reply' && e.repliesTo === representation.id)) continue;
    findings.push({
      rule: 'TU-6', severity: 'warning', on: compareDates(representation.on, td) > 0 ? representation.on : td,
      message: `The representation of ${representation.on} (${representation.id}) to the ${representation.by} has no reply logged (reg 13(7))`,
      party: representation.by,
    });
  }
  return findingsAsAt(findings, asAt);
};
