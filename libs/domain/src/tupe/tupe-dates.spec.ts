import { errorCode } from '../../test/error-code';
import { compliantTransfer } from '../../test/compliant-transfer.fixture';
import { calendarDate } from '../calendar/calendar-date';
import { employeeProblems } from './transferring-employee';
import { checkTransferDate } from './tupe-transfer';

const d = calendarDate;
const company = { incorporatedOn: d('2014-09-01') };
const employee = compliantTransfer().employees[0];

describe('improbable TUPE dates (TU-1, TU-2, TU-4)', () => {
  it('TU-1: a transfer the company records is dated from its incorporation up to 2 years after the day it is recorded', () => {
    expect(errorCode(() => checkTransferDate(d('2014-08-31'), company, d('2026-11-30')))).toBe('INVALID_TRANSFER');
    expect(errorCode(() => checkTransferDate(d('2014-09-01'), company, d('2026-11-30')))).toBe('ACCEPTED');
    expect(errorCode(() => checkTransferDate(d('2028-11-30'), company, d('2026-11-30')))).toBe('ACCEPTED');
    expect(errorCode(() => checkTransferDate(d('2028-12-01'), company, d('2026-11-30')))).toBe('DATED_TOO_FAR_AHEAD');
  });

  it('TU-2 / TU-4: a date of birth making the employee under 16 or over 100 on the transfer date is a problem of dateOfBirth; 16 and 100 that day are not', () => {
    const on = d('2016-04-01');
    const problems = (dateOfBirth: string) => employeeProblems({ ...employee, dateOfBirth: d(dateOfBirth), continuousServiceDate: d('2016-03-01') }, on);
    expect(problems('2000-04-02')).toEqual([{ field: 'dateOfBirth', problem: 'makes the employee under 16 on the transfer date 2016-04-01' }]);
    expect(problems('2000-04-01')).toEqual([]);
    expect(problems('1915-04-02')).toEqual([]);
    expect(problems('1915-04-01')).toEqual([{ field: 'dateOfBirth', problem: 'makes the employee over 100 on the transfer date 2016-04-01' }]);
    // Without a transfer date only the record's own values are checked.
    expect(employeeProblems({ ...employee, dateOfBirth: d('2015-01-01'), continuousServiceDate: d('2016-03-01') })).toEqual([]);
  });
});
