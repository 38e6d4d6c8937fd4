/**
 * The staff list read from CSV text with csv-parse and checked by the domain's rules: the same cases
 * the domain's hand-written reader was held to, now through the library.
 */
import fc from 'fast-check';
import { AFC_BANDS, mergeStaffList, type TransferringEmployee } from '#domain';
import { parseStaffListCsv, staffListToCsv } from './staff-list-csv';

const HEADER =
  'Staff Number,Name,Role,Band,FTE,Continuous Service Date,Date of Birth,Annual Pay Pence,Pension Scheme,Assigned Percent,Objection Date,' +
  'S1 Particulars,Discipline Grievance 2y,Claims 2y,Collective Agreements';
const row = (n: number, over: Record<number, string> = {}) => {
  const cells = [`S${n}`, `Synthetic Employee ${n}`, 'Health visitor', '6', '0.8', '2010-09-01', '1980-01-15', '3100000', 'nhs', '100', '',
    'on file', 'none', 'none', 'AfC'];
  for (const [i, v] of Object.entries(over)) cells[Number(i)] = v;
  return cells.join(',');
};
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';
const ok = (result: ReturnType<typeof parseStaffListCsv>) => {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.employees;
};

describe('Staff list import: CSV', () => {
  it('reads a valid list, mapping headers, bands, FTE and pension codes', () => {
    const [e] = ok(parseStaffListCsv(csv(row(1, { 3: 'Band 8A', 4: '1', 8: 'NHS Pension Scheme' }))));
    expect(e).toMatchObject({
      staffNumber: 'S1', band: '8a', fteHundredths: 100, pensionScheme: 'nhs-pension-scheme', continuousServiceDate: '2010-09-01',
      annualPayPence: 3_100_000, objectionDate: null, eli: { s1Particulars: 'on file', claims2y: 'none' },
    });
  });

  it('quoted fields keep their commas, quotes and line breaks', () => {
    const [e] = ok(parseStaffListCsv(csv(row(1, { 1: '"Employee, Synthetic ""Sam"""', 13: '"Claim A,\r\nsettled 2015"' }))));
    expect(e.name).toBe('Employee, Synthetic "Sam"');
    expect(e.eli.claims2y).toBe('Claim A,\r\nsettled 2015');
  });

  it('a CSV with 3 bad rows lists exactly those rows and fields, and nothing is imported', () => {
    const result = parseStaffListCsv(csv(row(1), row(2, { 3: '8' }), row(3), row(4, { 4: '80', 5: '31/02/2010' }), row(5), row(6, { 0: 'S1' })));
    expect(result).toEqual({
      ok: false,
      errors: [
        { row: 3, field: 'band', problem: expect.any(String) },
        { row: 5, field: 'fte', problem: expect.stringContaining('fte_hundredths') },
        { row: 5, field: 'continuous_service_date', problem: expect.any(String) },
        { row: 7, field: 'staff_number', problem: 'repeats the staff number of row 2' },
      ],
    });
  });

  it('FTE: a decimal under `fte`, whole hundredths under `fte_hundredths`', () => {
    const hundredthsHeader = HEADER.replace('FTE', 'fte_hundredths');
    expect(ok(parseStaffListCsv(csv(row(1, { 4: '.45' }))))[0].fteHundredths).toBe(45);
    expect(ok(parseStaffListCsv([hundredthsHeader, row(1, { 4: '80' })].join('\n')))[0].fteHundredths).toBe(80);
    expect(parseStaffListCsv(csv(row(1, { 4: '0.805' })))).toMatchObject({ ok: false, errors: [{ field: 'fte' }] });
    expect(parseStaffListCsv(csv(row(1, { 4: '0' })))).toMatchObject({ ok: false, errors: [{ field: 'fte' }] });
  });

  it('required cells, UK dates, pay in pounds and a percent sign', () => {
    const header = HEADER.replace('Annual Pay Pence', 'annual_pay');
    const [e] = ok(parseStaffListCsv([header, row(1, { 6: '5/1/1980', 7: '"£31,000.50"', 9: '60%' })].join('\n')));
    expect(e).toMatchObject({ dateOfBirth: '1980-01-05', annualPayPence: 3_100_050, assignedPercent: 60 });
    expect(parseStaffListCsv(csv(row(1, { 2: '', 8: 'private' })))).toMatchObject({
      ok: false, errors: [{ row: 2, field: 'role', problem: 'required' }, { row: 2, field: 'pension_scheme' }],
    });
  });

  it('TU-4: empty ELI cells import as "not supplied", for the completeness check to report', () => {
    const [e] = ok(parseStaffListCsv(csv(row(1, { 6: '', 12: '' }))));
    expect(e.dateOfBirth).toBeNull();
    expect(e.eli.disciplineGrievance2y).toBeNull();
  });

  it('header problems are reported on row 1: unknown, repeated and missing columns', () => {
    const result = parseStaffListCsv('staff_number,name,name,objection_dat\r\n');
    expect(result.ok).toBe(false);
    const fields = !result.ok ? result.errors.map((e) => `${e.row}:${e.field}`) : [];
    expect(fields).toEqual(expect.arrayContaining(['1:name', '1:objection_dat', '1:role', '1:band', '1:fte', '1:assigned_percent']));
  });

  it('a row with the wrong number of fields, and unreadable CSV, are reported', () => {
    expect(parseStaffListCsv(csv(row(1), 'S2,too,few'))).toEqual({ ok: false, errors: [{ row: 3, field: '*', problem: expect.stringContaining('3 fields') }] });
    expect(parseStaffListCsv(csv(row(1), 'S2,"open'))).toMatchObject({ ok: false, errors: [{ row: 3, field: '*' }] });
  });

  it('blank rows are skipped and row numbers still match the spreadsheet', () => {
    const result = parseStaffListCsv(csv(row(1), ',,,,,,,,,,,,,,', row(3, { 3: 'x' })));
    expect(result).toMatchObject({ ok: false, errors: [{ row: 4, field: 'band' }] });
  });
});


describe('Staff list CSV: reading the text', () => {
  it('accepts LF and CR line ends, a byte order mark and a missing final line break', () => {
    for (const eol of ['\n', '\r']) expect(ok(parseStaffListCsv(`\uFEFF${[HEADER, row(1), row(2)].join(eol)}`)).map((e) => e.staffNumber)).toEqual(['S1', 'S2']);
  });

  it.each([
    [csv(row(1), 'S2,"open'), 3],
    [csv(row(1), 'S2,Synth"etic'), 3],
    [csv('"S1"x,Synthetic'), 2],
  ])('text that is not CSV is reported on the record where reading stopped (%#)', (text, at) => {
    expect(parseStaffListCsv(text)).toEqual({ ok: false, errors: [{ row: at, field: '*', problem: expect.stringContaining('not readable as CSV') }] });
  });

  it('property: any valid list survives export to CSV and import again, and merging it twice is idempotent', () => {
    const day = fc.date({ min: new Date('1950-01-01'), max: new Date('1995-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const text = fc.string({ unit: fc.constantFrom('a', 'B', ',', '"', '\n', '\r', ' ', '£'), minLength: 1 }).filter((s) => s.trim() === s && s !== '');
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
        const back = ok(parseStaffListCsv(staffListToCsv(list)));
        expect(back).toEqual(list);
        const once = mergeStaffList([], back);
        expect(mergeStaffList(once.employees, back).employees).toEqual(once.employees);
      }),
      { numRuns: 150 },
    );
  });
});
