import fc from 'fast-check';
import { addDays } from '../calendar/calendar-date';
import { compliantTransfer } from '../../test/compliant-transfer.fixture';
import { AFC_BANDS, publicEmployeeRecord, type TransferringEmployee } from './transferring-employee';
import { publicTransferSummary } from './tupe-summary';

const { transfer, employees } = compliantTransfer();
const TRANSFER = transfer.transferDate;

describe('Transfer summary (headcount, FTE, bands, objections)', () => {
  it('TU-3: an objector is excluded from the transferred headcount and FTE', () => {
    const five = employees.slice(0, 5);
    const withObjector = five.map((e, i) => (i === 2 ? { ...e, objectionDate: addDays(TRANSFER, -10) } : e));
    const all = publicTransferSummary(transfer, five);
    const summary = publicTransferSummary(transfer, withObjector);
    expect(summary).toMatchObject({ listed: 5, transferredHeadcount: 4, objections: 1 });
    expect(summary.transferredFteHundredths).toBe(all.transferredFteHundredths - five[2].fteHundredths);
  });

  it('TU-3: an objection on the transfer date is too late to count: the employee is in the headcount', () => {
    const late = employees.slice(0, 3).map((e, i) => (i === 0 ? { ...e, objectionDate: TRANSFER } : e));
    expect(publicTransferSummary(transfer, late)).toMatchObject({ transferredHeadcount: 3, objections: 0 });
  });

  it('counts headcount and FTE by band, in band order, leaving out empty bands', () => {
    const summary = publicTransferSummary(transfer, employees);
    expect(summary.byBand.map((b) => b.band)).toEqual(['3', '4', '5', '6', '7', '8a']);
    expect(summary.byBand.find((b) => b.band === '6')?.headcount).toBe(80);
    expect(summary.byBand.reduce((t, b) => t + b.fteHundredths, 0)).toBe(summary.transferredFteHundredths);
  });

  it('holds no personal data: no names, dates of birth or pay', () => {
    const text = JSON.stringify(publicTransferSummary(transfer, employees));
    for (const e of employees) {
      expect(text).not.toContain(e.name);
      expect(text).not.toContain(String(e.dateOfBirth));
    }
    expect(text).not.toMatch(/pay|birth|name/i);
  });

  it('a public employee record leaves out name, date of birth, pay and ELI contents', () => {
    const record = publicEmployeeRecord({ ...employees[0], objectionDate: addDays(TRANSFER, -1) }, TRANSFER);
    expect(Object.keys(record).sort()).toEqual(['assignedPercent', 'band', 'eliMissing', 'fteHundredths', 'objected', 'role', 'staffNumber']);
    expect(record).toMatchObject({ staffNumber: 'SYN-HV-001', objected: true, eliMissing: [] });
  });

  it('property: transferred headcount + objections = employees listed, and FTE never exceeds 100 per head', () => {
    const employee = fc.record({
      band: fc.constantFrom(...AFC_BANDS),
      fteHundredths: fc.integer({ min: 1, max: 100 }),
      objectedDaysBefore: fc.option(fc.integer({ min: -5, max: 60 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(employee, { maxLength: 40 }), (rows) => {
        const list: TransferringEmployee[] = rows.map((r, i) => ({
          ...employees[0], staffNumber: `P${i}`, band: r.band, fteHundredths: r.fteHundredths,
          objectionDate: r.objectedDaysBefore === null ? null : addDays(TRANSFER, -r.objectedDaysBefore),
        }));
        const s = publicTransferSummary(transfer, list);
        expect(s.transferredHeadcount + s.objections).toBe(list.length);
        expect(s.byBand.reduce((t, b) => t + b.headcount, 0)).toBe(s.transferredHeadcount);
        expect(s.transferredFteHundredths).toBeLessThanOrEqual(100 * s.transferredHeadcount);
      }),
      { numRuns: 200 },
    );
  });
});
