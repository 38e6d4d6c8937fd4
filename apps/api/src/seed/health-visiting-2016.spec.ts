import { calendarDate, checkTransfer, eliDeadline, employeeProblems, publicTransferSummary } from '#domain';
import { healthVisitingTransfer2016 } from './health-visiting-2016';
import { TOWER_HAMLETS_ORGANISATION_IDS } from './tower-hamlets-alliance';

describe('Synthetic seed: the 2016-04-01 health visiting transfer from Barts Health', () => {
  const { transfer, employees } = healthVisitingTransfer2016();

  it('passes every check (no findings) with 140 transferring employees', () => {
    expect(checkTransfer(transfer, employees, calendarDate('2026-01-01'))).toEqual([]);
    expect(publicTransferSummary(transfer, employees)).toMatchObject({ listed: 140, transferredHeadcount: 140, objections: 0 });
  });

  it('uses the facts: Barts Health to the company on 2016-04-01, under the health visiting contract', () => {
    expect(transfer).toMatchObject({
      transferorId: TOWER_HAMLETS_ORGANISATION_IDS.bartsHealth, transfereeId: TOWER_HAMLETS_ORGANISATION_IDS.company,
      transferDate: '2016-04-01', serviceContractId: 'health-visiting', pension: { route: 'new-fair-deal' },
      representation: { basis: 'recognised-union' },
    });
    expect(transfer.eliReceivedOn! <= eliDeadline(transfer.transferDate)).toBe(true);
    expect(transfer.log.filter((e) => e.kind === 'information').every((e) => e.on < transfer.transferDate)).toBe(true);
  });

  it('every employee is clearly synthetic, valid, and has a unique staff number', () => {
    expect(employees.map((e) => e.name)).toEqual(Array.from({ length: 140 }, (_, i) => `Synthetic Employee ${String(i + 1).padStart(3, '0')}`));
    expect(employees.flatMap((e) => employeeProblems(e, transfer.transferDate))).toEqual([]);
    expect(new Set(employees.map((e) => e.staffNumber)).size).toBe(140);
    expect(employees.every((e) => e.continuousServiceDate < transfer.transferDate)).toBe(true);
  });

  it('is a pure function: two calls give equal data', () => {
    expect(healthVisitingTransfer2016()).toEqual(healthVisitingTransfer2016());
  });
});
