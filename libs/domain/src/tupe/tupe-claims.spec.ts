import { addDays, calendarDate, type CalendarDate } from '../calendar/calendar-date';
import { compliantTransfer } from '../../test/compliant-transfer.fixture';
import { lastDayOfMonthsBeginning, tupeClaims, weeksPayPence, type ConsultationClaim, type EliClaim } from './tupe-claims';
import type { TransferringEmployee } from './transferring-employee';
import type { TupeTransfer } from './tupe-transfer';

/** The compliant synthetic 2016 transfer (140 employees); each test breaks one thing. */
const base = compliantTransfer();
const TRANSFER = base.transfer.transferDate; // 2016-04-01
const LAST_DAY = calendarDate('2016-06-30');
const transfer = (more: Partial<TupeTransfer> = {}): TupeTransfer => ({ ...base.transfer, ...more });
const staff = (n: number, change: (e: TransferringEmployee, i: number) => Partial<TransferringEmployee> = () => ({})): TransferringEmployee[] =>
  base.employees.slice(0, n).map((e, i) => ({ ...e, ...change(e, i) }));
const eliClaim = (t: TupeTransfer, employees: readonly TransferringEmployee[], asAt: CalendarDate) =>
  tupeClaims(t, employees, asAt).find((c): c is EliClaim => c.rule === 'TU-5');
const consultationClaim = (t: TupeTransfer, employees: readonly TransferringEmployee[], asAt: CalendarDate) =>
  tupeClaims(t, employees, asAt).find((c): c is ConsultationClaim => c.rule === 'TU-8');

describe('the period of three months beginning with the transfer date (regs 12(2), 15(12))', () => {
  it.each([
    ['2016-04-01', '2016-06-30'],
    ['2016-03-01', '2016-05-31'],
    ['2016-01-30', '2016-04-29'],
    ['2016-01-31', '2016-04-30'],
    ['2024-11-29', '2025-02-28'],
    ['2024-11-30', '2025-02-28'],
    ['2023-11-29', '2024-02-28'],
    ['2023-11-30', '2024-02-29'],
    ['2016-12-15', '2017-03-14'],
  ])('beginning %s, it ends %s', (start, last) => {
    expect(lastDayOfMonthsBeginning(calendarDate(start), 3)).toBe(last);
  });
});

describe('TU-5: the transferee\'s claim for employee liability information (reg 12)', () => {
  it('TU-5: no breach, no claim: the compliant transfer opens none', () => {
    expect(tupeClaims(base.transfer, base.employees, calendarDate('2016-05-01'))).toEqual([]);
  });

  it('TU-5: ELI received late concerns all 140 transferring employees: at least £70,000, by 30 June 2016, open on that day and closed the next', () => {
    const late = transfer({ eliReceivedOn: addDays(TRANSFER, -10) });
    const claim = eliClaim(late, base.employees, LAST_DAY)!;
    expect(claim).toMatchObject({
      rule: 'TU-5', regulation: 'reg 12', claimant: 'transferee', against: ['transferor'], failures: ['late'],
      employeesConcerned: 140, minimumPence: 7_000_000, from: TRANSFER, lastDayToClaim: LAST_DAY, open: true,
    });
    expect(claim.grounds.map((f) => [f.rule, f.severity])).toEqual([['TU-4', 'breach']]);
    expect(eliClaim(late, base.employees, addDays(LAST_DAY, 1))).toMatchObject({ open: false, lastDayToClaim: LAST_DAY });
  });

  it('TU-5: ELI that arrived after the transfer is missing as at a day before it came, and late from then on', () => {
    const afterwards = transfer({ eliReceivedOn: addDays(TRANSFER, 20) });
    expect(eliClaim(afterwards, base.employees, addDays(TRANSFER, 5))).toMatchObject({ failures: ['missing'], employeesConcerned: 140, open: true });
    expect(eliClaim(afterwards, base.employees, addDays(TRANSFER, 20))).toMatchObject({ failures: ['late'], employeesConcerned: 140 });
  });

  it('TU-5: objectors do not transfer, so are not counted: 5 listed, 2 objected before the transfer, £1,500', () => {
    const employees = staff(5, (_e, i) => (i < 2 ? { objectionDate: addDays(TRANSFER, -20) } : {}));
    expect(eliClaim(transfer({ eliReceivedOn: null }), employees, TRANSFER)).toMatchObject({ failures: ['missing'], employeesConcerned: 3, minimumPence: 150_000 });
  });

  it('TU-5: incomplete ELI concerns only the employees named; with late ELI as well, everyone', () => {
    const employees = staff(10, (e, i) => (i === 3 || i === 7 ? { eli: { ...e.eli, claims2y: null } } : {}));
    const incomplete = eliClaim(base.transfer, employees, TRANSFER)!;
    expect(incomplete).toMatchObject({ failures: ['incomplete'], employeesConcerned: 2, minimumPence: 100_000 });
    expect(incomplete.grounds.map((f) => f.employeeId)).toEqual(['SYN-HV-004', 'SYN-HV-008']);
    expect(eliClaim(transfer({ eliReceivedOn: addDays(TRANSFER, -1) }), employees, TRANSFER)).toMatchObject({ failures: ['late', 'incomplete'], employeesConcerned: 10, minimumPence: 500_000 });
  });

  it('TU-5: late ELI with special circumstances recorded is a warning, and a warning opens no claim', () => {
    const excused = transfer({ eliReceivedOn: addDays(TRANSFER, -10), eliSpecialCircumstances: 'Contract awarded 3 weeks before the start' });
    expect(eliClaim(excused, base.employees, TRANSFER)).toBeUndefined();
  });

  it('TU-5: before the transfer date there is no claim yet, though the ELI deadline has passed', () => {
    const missing = transfer({ eliReceivedOn: null });
    expect(tupeClaims(missing, base.employees, addDays(TRANSFER, -1))).toEqual([]);
    expect(eliClaim(missing, base.employees, TRANSFER)).toMatchObject({ open: true, employeesConcerned: 140 });
  });
});

describe('TU-8: the claim for a failure to inform or consult (regs 15–16)', () => {
  const notInformed = transfer({ log: base.transfer.log.filter((e) => !(e.by === 'transferor' && e.kind === 'information')) });

  it('TU-8: the transferor informed nobody: up to 13 weeks\' pay for each of 140 employees, £1,011,000, transferor and transferee jointly and severally', () => {
    const claim = consultationClaim(notInformed, base.employees, calendarDate('2016-05-01'))!;
    expect(claim).toMatchObject({
      rule: 'TU-8', regulation: 'regs 15–16', claimant: 'employees or their representatives', against: ['transferor', 'transferee'], jointlyAndSeverally: true,
      employeesConcerned: 140, employeesWithPay: 140, employeesWithoutPay: 0, maximumPence: 101_100_000, lastDayToClaim: LAST_DAY, open: true,
    });
    expect(claim.grounds.map((f) => [f.rule, f.party])).toEqual([['TU-6', 'transferor']]);
    expect(consultationClaim(notInformed, base.employees, addDays(LAST_DAY, 1))).toMatchObject({ open: false });
  });

  it('TU-8: 13 weeks of a year\'s pay is a quarter, rounded to the penny per employee; no pay recorded is counted apart and not summed', () => {
    expect(weeksPayPence(2_345_678, 13)).toBe(586_420); // 586,419.5 rounds up
    expect(weeksPayPence(1_000_001, 13)).toBe(250_000); // 250,000.25 rounds down
    const pays = [2_345_678, 1_000_001, null, 3_100_000];
    const employees = staff(4, (_e, i) => ({ annualPayPence: pays[i] }));
    expect(consultationClaim(notInformed, employees, TRANSFER)).toMatchObject({
      employeesConcerned: 4, employeesWithPay: 3, employeesWithoutPay: 1, maximumPence: 586_420 + 250_000 + 775_000,
    });
  });

  it('TU-8: only the transferee failed (its measures not recorded): the claim is against the transferee alone', () => {
    const t = transfer({ measures: { ...base.transfer.measures, transferee: null } });
    expect(consultationClaim(t, staff(3), TRANSFER)).toMatchObject({ against: ['transferee'], jointlyAndSeverally: false, employeesConcerned: 3 });
  });

  it('TU-8: the wrong representatives (TU-7) open the claim too', () => {
    const t = transfer({ representation: { ...base.transfer.representation, basis: 'direct' } });
    const claim = consultationClaim(t, staff(3), TRANSFER)!;
    expect(claim.grounds.map((f) => f.rule)).toContain('TU-7');
    expect(claim.against).toEqual(['transferor', 'transferee']);
  });

  it('TU-8: a representation with no reply is a warning and opens no claim; objectors are left out', () => {
    const unanswered = transfer({ log: base.transfer.log.filter((e) => e.kind !== 'reply') });
    expect(tupeClaims(unanswered, base.employees, TRANSFER)).toEqual([]);
    const employees = staff(3, (_e, i) => (i === 0 ? { objectionDate: addDays(TRANSFER, -5) } : {}));
    expect(consultationClaim(notInformed, employees, TRANSFER)).toMatchObject({ employeesConcerned: 2 });
  });

  it('TU-5 and TU-8 together: both claims, TU-5 first, with the same clock', () => {
    const both = { ...notInformed, eliReceivedOn: null };
    expect(tupeClaims(both, staff(2), calendarDate('2016-07-01')).map((c) => [c.rule, c.lastDayToClaim, c.open])).toEqual([
      ['TU-5', LAST_DAY, false],
      ['TU-8', LAST_DAY, false],
    ]);
  });
});
