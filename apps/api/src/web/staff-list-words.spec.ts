import { STAFF_LIST_COLUMNS } from '#domain';
import { parseStaffListCsv } from '../tupe/staff-list-csv';
import { STAFF_LIST_COLUMN_WORDS, staffListProblem } from './staff-list-words';
import { viewFilters } from './view-filters';

const errorsOf = (result: ReturnType<typeof parseStaffListCsv>) => (result.ok ? [] : result.errors);
const pounds = viewFilters.pounds as unknown as (pence: number) => string;
const HEADER = 'staff_number,name,role,band,fte,continuous_service_date,pension_scheme,assigned_percent';

describe('the staff list upload page in words (TU-1)', () => {
  it('TU-1: lists every column the import takes, with its header exactly as the import reads it and what it holds', () => {
    expect(STAFF_LIST_COLUMN_WORDS.map((c) => c.header)).toEqual(Object.keys(STAFF_LIST_COLUMNS));
    for (const c of STAFF_LIST_COLUMN_WORDS) expect([c.header, c.holds.length > 5, c.needed.length > 3]).toEqual([c.header, true, true]);
    expect(STAFF_LIST_COLUMN_WORDS.find((c) => c.header === 'continuous_service_date')).toMatchObject({ needed: 'Required', holds: expect.stringContaining('continuous employment began') });
  });

  it('TU-1: a misspelt header, a missing column and an empty required cell are said for people, naming the column as in the header', () => {
    const result = parseStaffListCsv('staffnumber,name,role,band,fte,pension_scheme,assigned_percent\nS1,A Person,Nurse,5,1,nhs,100\n');
    expect(result.ok).toBe(false);
    const said = errorsOf(result).map(staffListProblem);
    expect(said).toContain('The header row has a column “staffnumber” that a staff list does not have: write it “staff_number”');
    expect(said).toContain('The header row has no “continuous_service_date” column: add it, with the date continuous employment began, as DD/MM/YYYY or YYYY-MM-DD in each row');
    expect(said.join('\n')).not.toMatch(/not a staff list column|: required$/m);
  });

  it('TU-1: row problems name the row and the column in quotes and say what is expected; dates are in words', () => {
    expect(staffListProblem({ row: 3, field: 'continuous_service_date', problem: 'required' })).toBe(
      'Row 3: the “continuous_service_date” cell is empty: enter the date continuous employment began, as DD/MM/YYYY or YYYY-MM-DD',
    );
    expect(staffListProblem({ row: 4, field: 'fte', problem: 'give fte or fte_hundredths, not both' })).toBe('Row 4, column “fte”: give “fte” or “fte_hundredths”, not both');
    expect(staffListProblem({ row: 5, field: 'date_of_birth', problem: 'makes the employee under 16 on the transfer date 2016-04-01' })).toBe(
      'Row 5, column “date_of_birth”: makes the employee under 16 on the transfer date 1 April 2016',
    );
    const result = parseStaffListCsv(`${HEADER}\nS1,A Person,Nurse,5,1,,nhs,100\n`);
    expect(errorsOf(result).map(staffListProblem)).toEqual([
      'Row 2: the “continuous_service_date” cell is empty: enter the date continuous employment began, as DD/MM/YYYY or YYYY-MM-DD',
    ]);
  });

  it('TU-1: pay is shown in pounds with thousands separated, as the PDFs give money', () => {
    expect(pounds(4_500_000)).toBe('£45,000.00');
    expect(pounds(123_456_789)).toBe('£1,234,567.89');
    expect(pounds(100)).toBe('£1.00');
  });
});
