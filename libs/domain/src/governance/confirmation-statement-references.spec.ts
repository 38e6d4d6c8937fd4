import { errorCode } from '../../test/error-code';
import { calendarDate } from '../calendar/calendar-date';
import { complianceCalendar, type ComplianceRecords, type Duty, type DutyKind, type FilingRecord } from './compliance-calendar';
import { recordFiling } from './past-filings';

const d = calendarDate;
const records = (filings: FilingRecord[]): ComplianceRecords => ({ incorporatedOn: d('2014-09-01'), allotments: [], transfers: [], resolutions: [], filings });
const window = (from: string, to: string, asAt: string) => ({ from: d(from), to: d(to), asAt: d(asAt) });
const filing = (kind: DutyKind, reference: string, filedOn: string): FilingRecord => ({ kind, reference, filedOn: d(filedOn) });
const only = (duties: Duty[], kind: DutyKind) => duties.filter((x) => x.kind === kind);

// s.854: a company incorporated on 1 September 2014 made its returns up to 1 September; earlier versions of
// the calendar ended its periods on 31 August, and statements recorded then name that day.
describe('Confirmation statements recorded under a period\'s earlier reference (s.854, s.853A)', () => {
  it('s.853A: a statement recorded under the day before its period ends, as the calendar once named it, answers the period; filed early, it still moves the next one (FC-2)', () => {
    const onTime = records([filing('confirmation-statement', '2023-08-31', '2023-09-05')]);
    expect(only(complianceCalendar(onTime, window('2023-01-01', '2024-12-31', '2024-09-20')), 'confirmation-statement').map((x) => [x.reference, x.status, x.doneOn])).toEqual([
      ['2023-09-01', 'done', '2023-09-05'],
      ['2024-09-01', 'overdue', null],
    ]);
    const early = records([filing('confirmation-statement', '2024-08-31', '2024-06-15')]);
    expect(only(complianceCalendar(early, window('2024-01-01', '2025-12-31', '2025-07-01')), 'confirmation-statement').map((x) => [x.reference, x.dueOn, x.status])).toEqual([
      ['2024-09-01', '2024-09-15', 'done'],
      ['2025-06-15', '2025-06-29', 'overdue'],
    ]);
  });

  it('FILING_ALREADY_RECORDED: a confirmation statement recorded under the day before its period ends (s.854, as the calendar once named it) is that period\'s', () => {
    const filings = recordFiling([], filing('confirmation-statement', '2016-08-31', '2016-09-10'));
    expect(errorCode(() => recordFiling(filings, filing('confirmation-statement', '2016-09-01', '2016-09-12'), d('2014-09-01')))).toBe('FILING_ALREADY_RECORDED');
    // A company whose periods never moved: the day before is another reference.
    expect(recordFiling(filings, filing('confirmation-statement', '2016-09-01', '2016-09-12'), d('2015-09-02'))).toHaveLength(2);
  });
});
