import { errorCode } from '../../test/error-code';
import { calendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { complianceCalendar, type ComplianceRecords } from './compliance-calendar';
import { checkFiledNotBeforeDuty, pastFilings, type FilingRow } from './past-filings';

const d = calendarDate;
const noFacts = { officers: [], particularsOn: () => ({ companyNumber: null, registeredOffice: '', registeredEmailAddress: null, accountingReferenceDate: null, sicCodes: [] }) };
const records: ComplianceRecords = {
  incorporatedOn: d('2014-09-01'),
  allotments: [{ reference: 'allot-38', allottedOn: d('2016-03-10') }],
  transfers: [],
  resolutions: [],
  filings: [],
};
const duties = complianceCalendar(records, { from: d('2014-09-01'), to: d('2018-12-31'), asAt: d('2018-12-31') });
const duty = (kind: string, reference: string) => duties.find((x) => x.kind === kind && x.reference === reference)!;
const row = (n: number, kind: FilingRow['kind'], reference: string, filedOn: string): FilingRow => ({ row: n, kind, reference, filedOn: d(filedOn) });

describe('a past filing is not dated before what it files (s.442, s.853A with FC-2, SH-1)', () => {
  it('s.442: accounts cannot be filed on or before the last day of their period; the day after they can', () => {
    const accounts = duty('annual-accounts', '2015-09-30');
    expect(accounts.arisesOn).toBe('2015-10-01');
    expect(errorCode(() => checkFiledNotBeforeDuty(accounts, d('2015-09-30')))).toBe('FILING_BEFORE_DUTY');
    expect(errorCode(() => checkFiledNotBeforeDuty(accounts, d('2015-10-01')))).toBe('ACCEPTED');
  });

  it('FC-2: a confirmation statement may be filed early within its review period, not before the period begins', () => {
    const second = duty('confirmation-statement', '2016-09-01');
    expect(second.arisesOn).toBe('2015-09-02');
    expect(errorCode(() => checkFiledNotBeforeDuty(second, d('2016-03-01')))).toBe('ACCEPTED');
    expect(errorCode(() => checkFiledNotBeforeDuty(second, d('2015-09-01')))).toBe('FILING_BEFORE_DUTY');
  });

  it('SH-1: an SH01 cannot be filed before the allotment; the refusal names filedOn and the first day it could be filed', () => {
    let thrown: unknown;
    try {
      checkFiledNotBeforeDuty(duty('sh01', 'allot-38'), d('2016-03-09'));
    } catch (error) {
      thrown = error;
    }
    expect((thrown as DomainError).details).toEqual({ field: 'filedOn', kind: 'sh01', reference: 'allot-38', filedOn: '2016-03-09', arisesOn: '2016-03-10' });
  });

  it('a batch lists every row filed too early, by its row, and records none', () => {
    let thrown: unknown;
    try {
      pastFilings([], duties, [row(2, 'annual-accounts', '2015-09-30', '2015-09-01'), row(3, 'sh01', 'allot-38', '2016-03-20'), row(4, 'confirmation-statement', '2016-09-01', '2015-01-01')], d('2020-01-01'), noFacts);
    } catch (error) {
      thrown = error;
    }
    expect((thrown as DomainError).code).toBe('FILINGS_INVALID');
    const rows = (thrown as DomainError).details!.rows as { row: number; problems: string[] }[];
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
    expect(rows[0].problems[0]).toContain('filedOn 2015-09-01 is before the accounting period it reports on ends (2015-09-30)');
    expect(rows[1].problems[0]).toContain('filedOn 2015-01-01 is before the review period it confirms begins (2015-09-02)');
  });
});
