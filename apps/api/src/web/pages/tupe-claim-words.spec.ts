import { calendarDate } from '#domain';
import { claimInWords, type ClaimParties } from './tupe-claim-words';

const parties: ClaimParties = { companyId: 'co', transferorId: 'barts', transfereeId: 'co', names: new Map([['barts', 'Barts Health NHS Trust']]) };
const eliClaim = (employeesConcerned: number): Parameters<typeof claimInWords>[0] => ({
  rule: 'TU-5' as const, regulation: 'reg 12', claimant: 'transferee', against: ['transferor'], jointlyAndSeverally: false, employeesConcerned,
  from: calendarDate('2016-04-01'), lastDayToClaim: calendarDate('2016-06-30'), open: true, eliFailures: ['missing'],
  minimumPence: 50_000 * employeesConcerned, maximumPence: null, maximumWithheld: false, employeesWithoutPay: null, grounds: [],
});

describe('a TUPE claim in words', () => {
  it('TU-5 (reg 12(5)): the least award is £500 for each employee concerned, totalled over the staff list', () => {
    expect(claimInWords(eliClaim(140), parties)).toBe(
      'Reg 12 (TU-5): the company may claim against Barts Health NHS Trust for the employee liability information not given, by 30 June 2016 — at least £70,000.00 for 140 employees. Open.',
    );
  });

  it('TU-5: before a staff list is recorded it gives the amount per employee, not "£0.00 for 0 employees"', () => {
    const words = claimInWords(eliClaim(0), parties);
    expect(words).toContain('at least £500.00 for each employee concerned (no staff list is recorded yet)');
    expect(words).not.toContain('£0.00');
  });
});
