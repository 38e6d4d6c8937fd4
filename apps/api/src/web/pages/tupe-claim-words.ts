import { ELI_CLAIM_MINIMUM_PENCE_PER_EMPLOYEE } from '#domain';
import { formatMoney } from '#reports';
import type { claimResponse } from '../../tupe/tupe.mapper';
import { inWords } from '../view-filters';

type Claim = ReturnType<typeof claimResponse>;

/** The parties as the page names them: the company itself as "the company", the others by name. */
export interface ClaimParties {
  readonly companyId: string;
  readonly transferorId: string;
  readonly transfereeId: string;
  readonly names: ReadonlyMap<string, string>;
}

/** The ELI failures of a TU-5 claim (as listed, in order) in words. */
const ELI_FAILURES: Record<string, string> = {
  missing: 'the employee liability information not given',
  late: 'the late employee liability information',
  incomplete: 'the incomplete employee liability information',
  'late,incomplete': 'the late and incomplete employee liability information',
  'missing,incomplete': 'the employee liability information not given, and incomplete',
};

/**
 * A claim (TU-5, TU-8) in one sentence for the TUPE transfer page: who may claim against whom, for
 * what, by when, for how much and how many, and whether it is still open:
 * "Reg 12 (TU-5): the company may claim against Barts Health NHS Trust for the late employee liability
 * information, by 30 June 2016 — at least £70,000.00 for 140 employees. Closed."
 */
export function claimInWords(c: Claim, parties: ClaimParties): string {
  const name = (id: string) => (id === parties.companyId ? 'the company' : (parties.names.get(id) ?? id));
  const party = (p: 'transferor' | 'transferee') => name(p === 'transferor' ? parties.transferorId : parties.transfereeId);
  const employees = (n: number) => `${n} ${n === 1 ? 'employee' : 'employees'}`;
  const against = c.against.map(party).join(' and ') + (c.jointlyAndSeverally ? ', jointly and severally,' : '');
  const by = `by ${inWords(c.lastDayToClaim)}`;
  const state = c.open ? 'Open.' : 'Closed.';
  if (c.rule === 'TU-5') {
    const what = ELI_FAILURES[c.eliFailures.join(',')] ?? 'the employee liability information';
    // Reg 12(5): at least £500 for each employee concerned; with no staff list recorded yet there is no total to give.
    const amount = c.employeesConcerned === 0
      ? `at least ${formatMoney(ELI_CLAIM_MINIMUM_PENCE_PER_EMPLOYEE)} for each employee concerned (no staff list is recorded yet)`
      : `at least ${formatMoney(c.minimumPence ?? 0)} for ${employees(c.employeesConcerned)}`;
    return `Reg 12 (TU-5): ${party('transferee')} may claim against ${against} for ${what}, ${by} — ${amount}. ${state}`;
  }
  const rules = new Set(c.grounds.map((g) => g.rule));
  const what = [rules.has('TU-6') ? 'the failure to inform or consult' : '', rules.has('TU-7') ? 'informing and consulting other than the right representatives' : '']
    .filter((w) => w !== '')
    .join(' and ');
  const withoutPay = c.employeesWithoutPay ? ` (${employees(c.employeesWithoutPay)} without pay recorded, not counted)` : '';
  const most = c.maximumPence === null
    ? `up to 13 weeks' pay for ${employees(c.employeesConcerned)} (the total is one employee's pay, so not shown)`
    : `up to ${formatMoney(c.maximumPence)} (13 weeks' pay each) for ${employees(c.employeesConcerned)}${withoutPay}`;
  return `Regs 15–16 (TU-8): the employees or their representatives may claim against ${against} for ${what}, ${by} — ${most}. ${state}`;
}
