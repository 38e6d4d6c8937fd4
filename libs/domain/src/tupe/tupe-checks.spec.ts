import fc from 'fast-check';
import { addDays, calendarDate, compareDates, type CalendarDate } from '../calendar/calendar-date';
import { compliantTransfer } from '../../test/compliant-transfer.fixture';
import { checkEliComplete, checkEliOnTime, checkObjections, checkPension, checkTransfer } from './tupe-checks';
import type { TransferringEmployee } from './transferring-employee';
import type { TupeTransfer } from './tupe-transfer';

/** A compliant baseline (the synthetic 2016 transfer, first 5 employees); each test changes one thing. */
const base = compliantTransfer();
const transfer = (more: Partial<TupeTransfer> = {}): TupeTransfer => ({ ...base.transfer, ...more });
const staff = (changes: Partial<TransferringEmployee>[] = []): TransferringEmployee[] =>
  base.employees.slice(0, 5).map((e, i) => ({ ...e, ...changes[i] }));
const TRANSFER = base.transfer.transferDate; // 2016-04-01
const LATER = calendarDate('2017-01-01');
const before = (days: number, date: CalendarDate = TRANSFER) => addDays(date, -days);

describe('TU-4: employee liability information on time (reg 11(6))', () => {
  it('TU-4: ELI received 27 days before the transfer is late', () => {
    const findings = checkEliOnTime(transfer({ eliReceivedOn: before(27) }), staff(), LATER);
    expect(findings).toEqual([expect.objectContaining({ rule: 'TU-4', severity: 'breach', on: before(27) })]);
    expect(findings[0].message).toContain('due by 2016-03-04');
  });

  it('TU-4: ELI received exactly 28 days before the transfer is on time', () => {
    expect(checkEliOnTime(transfer({ eliReceivedOn: before(28) }), staff(), LATER)).toEqual([]);
  });

  it('TU-4: for a transfer before 2014-05-01 the deadline was 14 days: 14 is on time, 13 is late', () => {
    const early = calendarDate('2014-04-30');
    expect(checkEliOnTime(transfer({ transferDate: early, eliReceivedOn: before(14, early) }), [], LATER)).toEqual([]);
    expect(checkEliOnTime(transfer({ transferDate: early, eliReceivedOn: before(13, early) }), [], LATER)).toHaveLength(1);
  });

  it('TU-4: for a transfer on 2014-05-01 the 28-day deadline applies, so 20 days before is late', () => {
    const first = calendarDate('2014-05-01');
    expect(checkEliOnTime(transfer({ transferDate: first, eliReceivedOn: before(20, first) }), [], LATER)).toHaveLength(1);
  });

  it('TU-4: ELI never received is a breach from the day after the deadline, and not before', () => {
    const t = transfer({ eliReceivedOn: null });
    expect(checkEliOnTime(t, [], before(28))).toEqual([]);
    expect(checkEliOnTime(t, [], before(27))).toEqual([expect.objectContaining({ rule: 'TU-4', severity: 'breach', on: before(27) })]);
  });

  it('TU-4: ELI received after the transfer is missing as at a day before it arrived, late from the day it did', () => {
    const t = transfer({ eliReceivedOn: addDays(TRANSFER, 10) });
    expect(checkEliOnTime(t, [], addDays(TRANSFER, 5))).toEqual([expect.objectContaining({ rule: 'TU-4', severity: 'breach', on: before(27), message: expect.stringContaining('was not received by 2016-03-04') })]);
    expect(checkEliOnTime(t, [], addDays(TRANSFER, 10))).toEqual([expect.objectContaining({ rule: 'TU-4', on: addDays(TRANSFER, 10), message: expect.stringContaining('10 days after the transfer') })]);
  });

  it('TU-4: ELI received after the transfer says so', () => {
    const [finding] = checkEliOnTime(transfer({ eliReceivedOn: addDays(TRANSFER, 3) }), [], LATER);
    expect(finding.message).toContain('3 days after the transfer');
  });

  it('TU-4: with special circumstances recorded, late ELI is a warning, not a breach', () => {
    const t = transfer({ eliReceivedOn: before(10), eliSpecialCircumstances: 'Contract awarded 6 weeks before start' });
    expect(checkEliOnTime(t, [], LATER)).toEqual([expect.objectContaining({ rule: 'TU-4', severity: 'warning' })]);
  });
});

describe('TU-4: employee liability information complete (reg 11(2))', () => {
  it('TU-4: a missing ELI field is a finding naming the employee and the field', () => {
    const findings = checkEliComplete(transfer(), staff([{}, { eli: { ...base.employees[1].eli, claims2y: null } }]), LATER);
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'TU-4', severity: 'breach', employeeId: 'SYN-HV-002', on: before(27) }),
    ]);
    expect(findings[0].message).toContain('claims in the last 2 years');
  });

  it('TU-4: a missing date of birth is missing ELI (age)', () => {
    const [finding] = checkEliComplete(transfer(), staff([{ dateOfBirth: null }]), LATER);
    expect(finding.message).toContain('age (date of birth)');
  });

  it("TU-4: an objector's missing ELI is not reported, as the objector does not transfer", () => {
    const objector = { objectionDate: before(40), dateOfBirth: null };
    expect(checkEliComplete(transfer(), staff([objector]), LATER)).toEqual([]);
  });

  it('TU-4: "none" is complete; only a value not supplied (null) is missing', () => {
    const eli = { s1Particulars: 'on file', disciplineGrievance2y: 'none', claims2y: 'none', collectiveAgreements: 'none' };
    expect(checkEliComplete(transfer(), staff([{ eli }]), LATER)).toEqual([]);
  });
});

describe('TU-3: objections (reg 4(7)) and ELI updates (reg 11(5))', () => {
  it('TU-3: an objection dated on the transfer date is too late: a warning, the employee transferred', () => {
    const findings = checkObjections(transfer(), staff([{ objectionDate: TRANSFER }]), LATER);
    expect(findings).toEqual([expect.objectContaining({ rule: 'TU-3', severity: 'warning', employeeId: 'SYN-HV-001', on: TRANSFER })]);
  });

  it('TU-4: an objection after the ELI was given, with no ELI update since, is a warning', () => {
    const t = transfer({ eliReceivedOn: before(35) });
    const employees = staff([{ objectionDate: before(20) }]);
    expect(checkObjections(t, employees, LATER)).toEqual([expect.objectContaining({ rule: 'TU-4', severity: 'warning', employeeId: 'SYN-HV-001' })]);
    expect(checkObjections({ ...t, eliUpdatesOn: [before(18)] }, employees, LATER)).toEqual([]);
  });

  it('TU-3: an objection before the ELI was given needs no update', () => {
    expect(checkObjections(transfer({ eliReceivedOn: before(35) }), staff([{ objectionDate: before(50) }]), LATER)).toEqual([]);
  });
});

describe('TU-9: pensions', () => {
  it('TU-9: no pension arrangement recorded is a breach from the transfer date', () => {
    const t = transfer({ pension: null });
    expect(checkPension(t, staff(), before(1))).toEqual([]);
    expect(checkPension(t, staff(), TRANSFER)).toEqual([expect.objectContaining({ rule: 'TU-9', severity: 'breach', on: TRANSFER })]);
  });

  it('TU-9: New Fair Deal without a Direction reference is a warning', () => {
    const findings = checkPension(transfer({ pension: { route: 'new-fair-deal', reference: null } }), staff(), LATER);
    expect(findings).toEqual([expect.objectContaining({ rule: 'TU-9', severity: 'warning' })]);
  });

  it('TU-9: NHS Pension Scheme members moved to the Pensions Act minimum is a warning', () => {
    const findings = checkPension(transfer({ pension: { route: 'pensions-act-2004-minimum', reference: null } }), staff(), LATER);
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toContain('5 transferring employees');
  });

  it('TU-9: under New Fair Deal, an NHS member assigned only 50% to the service is a warning', () => {
    const findings = checkPension(transfer(), staff([{}, {}, { assignedPercent: 50 }, { assignedPercent: 51 }]), LATER);
    expect(findings.map((f) => f.employeeId)).toEqual(['SYN-HV-003']);
  });
});

describe('checkTransfer: all the checks together', () => {
  it('a compliant transfer yields no findings (the synthetic 2016 transfer, all 140 employees)', () => {
    expect(checkTransfer(base.transfer, base.employees, LATER)).toEqual([]);
  });

  it('findings from several rules come back sorted by date', () => {
    const t = transfer({ eliReceivedOn: before(27), pension: null });
    const findings = checkTransfer(t, staff([{ eli: { ...base.employees[0].eli, s1Particulars: null } }]), LATER);
    expect(findings.map((f) => `${f.rule}@${f.on}`)).toEqual(['TU-4@2016-03-05', 'TU-4@2016-03-05', 'TU-9@2016-04-01']);
  });

  it('property: no finding is dated after the as-at date, and every finding names a known rule', () => {
    const day = fc.integer({ min: -60, max: 30 }).map((d) => addDays(TRANSFER, d));
    fc.assert(
      fc.property(fc.option(day), fc.option(day, { nil: null }), day, fc.boolean(), (received, objected, asAt, noPension) => {
        const t = transfer({ eliReceivedOn: received ?? null, pension: noPension ? null : base.transfer.pension });
        const findings = checkTransfer(t, staff([{ objectionDate: objected, dateOfBirth: null }]), asAt);
        for (const f of findings) {
          expect(compareDates(f.on, asAt)).toBeLessThanOrEqual(0);
          expect(['TU-3', 'TU-4', 'TU-6', 'TU-7', 'TU-9']).toContain(f.rule);
        }
      }),
      { numRuns: 200 },
    );
  });
});
