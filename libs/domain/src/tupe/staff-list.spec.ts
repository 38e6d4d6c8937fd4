import fc from 'fast-check';
import { DomainError } from '../errors';
import { AFC_BANDS, type TransferringEmployee } from './transferring-employee';
import { importStaffList, mergeStaffList, parseStaffListRecords, parseStaffListRows, staffListRecords } from './staff-list';

const HEADER =
  'Staff Number,Name,Role,Band,FTE,Continuous Service Date,Date of Birth,Annual Pay Pence,Pension Scheme,Assigned Percent,Objection Date,' +
  'S1 Particulars,Discipline Grievance 2y,Claims 2y,Collective Agreements';
const row = (n: number, over: Record<number, string> = {}) => {
  const cells = [`S${n}`, `Synthetic Employee ${n}`, 'Health visitor', '6', '0.8', '2010-09-01', '1980-01-15', '3100000', 'nhs', '100', '',
    'on file', 'none', 'none', 'AfC'];
  for (const [i, v] of Object.entries(over)) cells[Number(i)] = v;
  return cells.join(',');
};
/** The records of a staff list file: the header and the given rows (their cells hold no commas). */
const records = (...rows: string[]) => [HEADER, ...rows].map((r) => r.split(','));
const ok = (result: ReturnType<typeof parseStaffListRecords>) => {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.employees;
};

describe('Staff list import: JSON rows', () => {
  const json = { staff_number: 'J1', name: 'Synthetic Employee J1', role: 'Nursery nurse', band: 4, fte: 0.6, continuous_service_date: '2012-01-01',
    pension_scheme: 'nhs', assigned_percent: 100 };

  it('reads numbers as well as text, and validates like CSV with rows numbered as the CSV numbers them (header row 1, rows[0] row 2)', () => {
    const result = parseStaffListRows([json, { ...json, staff_number: 'J2', band: 10, colour: 'blue' }, { ...json, staff_number: 'J1' }]);
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 3, field: 'colour', problem: 'not a staff list column' },
        { row: 4, field: 'staff_number', problem: 'repeats the staff number of row 2' },
      ],
    });
    expect(parseStaffListRows([json])).toMatchObject({ ok: true, employees: [{ staffNumber: 'J1', band: '4', fteHundredths: 60, dateOfBirth: null }] });
  });
});

describe('Importing into a stored list', () => {
  const list = parseStaffListRecords(records(row(1), row(2), row(3)));

  it('re-importing the same file does not duplicate staff', () => {
    const first = importStaffList([], list);
    const second = importStaffList(first.employees, list);
    expect(first.added).toEqual(['S1', 'S2', 'S3']);
    expect(second).toEqual({ employees: first.employees, added: [], updated: [], unchanged: ['S1', 'S2', 'S3'] });
  });

  it('a corrected file updates by staff number, adds new staff and keeps those not in the file', () => {
    const first = importStaffList([], list);
    const merged = importStaffList(first.employees, parseStaffListRecords(records(row(2, { 3: '7' }), row(4))));
    expect(merged.employees.map((e) => `${e.staffNumber}:${e.band}`)).toEqual(['S1:6', 'S2:7', 'S3:6', 'S4:6']);
    expect(merged).toMatchObject({ added: ['S4'], updated: ['S2'], unchanged: [] });
  });

  it('STAFF_LIST_INVALID: one bad row refuses the whole file, listing each bad row and field', () => {
    const stored = importStaffList([], list).employees;
    try {
      importStaffList(stored, parseStaffListRecords(records(row(4), row(5, { 9: '0' }))));
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'STAFF_LIST_INVALID', details: { errors: [{ row: 3, field: 'assigned_percent' }] } });
    }
    expect(stored.map((e) => e.staffNumber)).toEqual(['S1', 'S2', 'S3']);
  });

  it('property: any valid list survives export to records and import again, and merging it twice is idempotent', () => {
    const day = fc.date({ min: new Date('1950-01-01'), max: new Date('1995-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const text = fc.string({ unit: fc.constantFrom('a', 'B', ',', '"', '\n', ' ', '£'), minLength: 1 }).filter((s) => s.trim() === s && s !== '');
    const employee = fc.record({
      name: text, role: text, band: fc.constantFrom(...AFC_BANDS), fteHundredths: fc.integer({ min: 1, max: 100 }), birth: day,
      pay: fc.option(fc.integer({ min: 0, max: 20_000_000 }), { nil: null }), pensionScheme: fc.constantFrom('nhs-pension-scheme', 'other-occupational', 'none'),
      assignedPercent: fc.integer({ min: 1, max: 100 }), claims: fc.option(text, { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(employee, { maxLength: 12 }), (rows) => {
        const list: TransferringEmployee[] = rows.map((r, i) => ({
          staffNumber: `P${i}`, name: r.name, role: r.role, band: r.band, fteHundredths: r.fteHundredths,
          continuousServiceDate: `${Number(r.birth.slice(0, 4)) + 18}-06-01` as TransferringEmployee['continuousServiceDate'],
          dateOfBirth: r.birth as TransferringEmployee['dateOfBirth'], annualPayPence: r.pay, pensionScheme: r.pensionScheme as TransferringEmployee['pensionScheme'],
          assignedPercent: r.assignedPercent, objectionDate: null,
          eli: { s1Particulars: 'on file', disciplineGrievance2y: null, claims2y: r.claims, collectiveAgreements: 'none' },
        }));
        const back = ok(parseStaffListRecords(staffListRecords(list)));
        expect(back).toEqual(list);
        const once = mergeStaffList([], back);
        expect(mergeStaffList(once.employees, back).employees).toEqual(once.employees);
      }),
      { numRuns: 150 },
    );
  });
});
