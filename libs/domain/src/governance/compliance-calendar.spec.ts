import { errorCode } from '../../test/error-code';
import { calendarDate } from '../calendar/calendar-date';
import { governanceSettings } from './governance-settings';
import type { ResolutionOutcome } from './resolution';
import { complianceCalendar, recordFiling, type ComplianceRecords, type Duty, type DutyKind, type FilingRecord } from './compliance-calendar';

const d = calendarDate;
const none: ComplianceRecords = { incorporatedOn: d('2014-09-01'), allotments: [], transfers: [], resolutions: [], filings: [] };
const records = (more: Partial<ComplianceRecords>): ComplianceRecords => ({ ...none, ...more });
const window = (from: string, to: string, asAt: string) => ({ from: d(from), to: d(to), asAt: d(asAt) });
const filing = (kind: DutyKind, reference: string, filedOn: string): FilingRecord => ({ kind, reference, filedOn: d(filedOn) });
const only = (duties: Duty[], kind: DutyKind) => duties.filter((x) => x.kind === kind);
const outcome = (more: Partial<ResolutionOutcome>): ResolutionOutcome => ({
  status: 'open', passedOn: null, filingDueOn: null, lapsesOn: null, failedBecause: null, tally: null, ...more,
});

describe('Compliance calendar: shares (SH-1..SH-3)', () => {
  const allotted = records({ allotments: [{ reference: 'allot-38', allottedOn: d('2024-01-31') }] });

  it('SH-1: SH01 is due one month after an allotment; from 31 January that is 29 February (month-end rule)', () => {
    expect(only(complianceCalendar(allotted, window('2024-01-01', '2024-12-31', '2024-02-10')), 'sh01')).toEqual([
      { kind: 'sh01', reference: 'allot-38', dueOn: '2024-02-29', status: 'due', doneOn: null, late: false, rule: 'SH-1' },
    ]);
  });

  it('SH-1: SH01 not filed by the day after it was due is overdue; filed on the due day it is done, not late', () => {
    expect(only(complianceCalendar(allotted, window('2024-01-01', '2024-12-31', '2024-03-01')), 'sh01')[0]).toMatchObject({ status: 'overdue', late: true });
    const filed = { ...allotted, filings: [filing('sh01', 'allot-38', '2024-02-29')] };
    expect(only(complianceCalendar(filed, window('2024-01-01', '2024-12-31', '2024-06-01')), 'sh01')[0]).toMatchObject({
      status: 'done', doneOn: '2024-02-29', late: false,
    });
  });

  it('SH-1: a filing dated after the as-at date does not count yet; one filed late is done and late', () => {
    const filed = { ...allotted, filings: [filing('sh01', 'allot-38', '2024-03-05')] };
    expect(only(complianceCalendar(filed, window('2024-01-01', '2024-12-31', '2024-03-04')), 'sh01')[0]).toMatchObject({ status: 'overdue', doneOn: null });
    expect(only(complianceCalendar(filed, window('2024-01-01', '2024-12-31', '2024-03-05')), 'sh01')[0]).toMatchObject({
      status: 'done', doneOn: '2024-03-05', late: true,
    });
  });

  it('SH-2: a certificate is due two months after an allotment and two months after a transfer is lodged, not after a refusal', () => {
    const r = records({
      allotments: [{ reference: 'allot-38', allottedOn: d('2024-01-31') }],
      transfers: [
        { reference: 'transfer-5', lodgedOn: d('2024-02-10'), registeredOn: d('2024-03-01'), refusedOn: null },
        { reference: 'transfer-6', lodgedOn: d('2024-02-12'), registeredOn: null, refusedOn: d('2024-03-20') },
      ],
      filings: [filing('share-certificate', 'transfer-5', '2024-03-01')],
    });
    expect(only(complianceCalendar(r, window('2024-01-01', '2024-12-31', '2024-04-01')), 'share-certificate')).toEqual([
      { kind: 'share-certificate', reference: 'allot-38', dueOn: '2024-03-31', status: 'overdue', doneOn: null, late: true, rule: 'SH-2' },
      { kind: 'share-certificate', reference: 'transfer-5', dueOn: '2024-04-10', status: 'done', doneOn: '2024-03-01', late: false, rule: 'SH-2' },
    ]);
    // Before the refusal, transfer 6 still needs a certificate.
    expect(only(complianceCalendar(r, window('2024-01-01', '2024-12-31', '2024-03-19')), 'share-certificate').map((x) => x.reference)).toContain('transfer-6');
  });

  it('SH-3: a transfer is registered or refused within two months of lodging; either is the decision', () => {
    const r = records({
      transfers: [
        { reference: 'registered', lodgedOn: d('2024-02-10'), registeredOn: d('2024-03-01'), refusedOn: null },
        { reference: 'refused', lodgedOn: d('2024-02-10'), registeredOn: null, refusedOn: d('2024-04-11') },
        { reference: 'pending', lodgedOn: d('2024-02-10'), registeredOn: null, refusedOn: null },
      ],
    });
    const decisions = only(complianceCalendar(r, window('2024-01-01', '2024-12-31', '2024-04-11')), 'transfer-decision');
    expect(decisions.map((x) => [x.reference, x.dueOn, x.status, x.doneOn, x.late, x.rule])).toEqual([
      ['pending', '2024-04-10', 'overdue', null, true, 'SH-3'],
      ['refused', '2024-04-10', 'done', '2024-04-11', true, 'SH-3'],
      ['registered', '2024-04-10', 'done', '2024-03-01', false, 'SH-3'],
    ]);
  });
});

describe('Compliance calendar: resolutions (FR-1, WR-3)', () => {
  it('FR-1: a passed special resolution is to be filed by its filingDueOn; recording the filing marks it done', () => {
    const passed = outcome({ status: 'passed', passedOn: d('2024-03-11'), filingDueOn: d('2024-03-26'), lapsesOn: d('2024-03-28') });
    const r = records({ resolutions: [{ reference: 'wr-1', outcome: passed }] });
    const before = complianceCalendar(r, window('2024-01-01', '2024-12-31', '2024-03-20'));
    expect(only(before, 'resolution-filing')).toEqual([
      { kind: 'resolution-filing', reference: 'wr-1', dueOn: '2024-03-26', status: 'due', doneOn: null, late: false, rule: 'FR-1' },
    ]);
    const filed = { ...r, filings: recordFiling(r.filings, filing('resolution-filing', 'wr-1', '2024-03-25')) };
    expect(only(complianceCalendar(filed, window('2024-01-01', '2024-12-31', '2024-03-27')), 'resolution-filing')[0]).toMatchObject({
      status: 'done', doneOn: '2024-03-25',
    });
  });

  it('WR-3: a written resolution lapse date is due while open, done on the day it passed, overdue once lapsed', () => {
    const lapses = d('2024-03-28');
    const r = records({
      resolutions: [
        { reference: 'open', outcome: outcome({ lapsesOn: lapses }) },
        { reference: 'passed', outcome: outcome({ status: 'passed', passedOn: d('2024-03-11'), lapsesOn: lapses }) },
      ],
    });
    const lapseDuties = (asAt: string) => only(complianceCalendar(r, window('2024-01-01', '2024-12-31', asAt)), 'written-resolution-lapse');
    expect(lapseDuties('2024-03-28').map((x) => [x.reference, x.status, x.doneOn, x.rule])).toEqual([
      ['open', 'due', null, 'WR-3'],
      ['passed', 'done', '2024-03-11', 'WR-3'],
    ]);
    expect(lapseDuties('2024-03-29')[0]).toMatchObject({ reference: 'open', status: 'overdue' });
  });

  it('a failed meeting resolution or an ordinary one gives no filing duty', () => {
    const r = records({ resolutions: [{ reference: 'gm', outcome: outcome({ status: 'failed', failedBecause: 'quorum-not-met' }) }] });
    expect(complianceCalendar(r, window('2024-01-01', '2024-12-31', '2024-06-01')).filter((x) => x.reference === 'gm')).toEqual([]);
  });

  it('FILING_ALREADY_RECORDED: a duty is done once', () => {
    const filings = recordFiling([], filing('sh01', 'allot-38', '2024-02-20'));
    expect(errorCode(() => recordFiling(filings, filing('sh01', 'allot-38', '2024-02-21')))).toBe('FILING_ALREADY_RECORDED');
    expect(recordFiling(filings, filing('sh01', 'allot-39', '2024-02-21'))).toHaveLength(2);
  });
});

describe('Compliance calendar: annual filings (section 5, CI-5)', () => {
  it('CS01 (s.853A): due 14 days after each review period, named by the period end', () => {
    const r = records({ filings: [filing('confirmation-statement', '2023-08-31', '2023-09-05')] });
    expect(only(complianceCalendar(r, window('2023-01-01', '2024-12-31', '2024-09-20')), 'confirmation-statement')).toEqual([
      { kind: 'confirmation-statement', reference: '2023-08-31', dueOn: '2023-09-14', status: 'done', doneOn: '2023-09-05', late: false, rule: 's.853A' },
      { kind: 'confirmation-statement', reference: '2024-08-31', dueOn: '2024-09-14', status: 'overdue', doneOn: null, late: true, rule: 's.853A' },
    ]);
  });

  it('s.442: the first accounts (13 months to 30 September 2015) are due on 1 June 2016, then each 30 June; CIC34 with them', () => {
    const duties = complianceCalendar(none, window('2016-01-01', '2017-12-31', '2016-01-01'));
    expect(only(duties, 'annual-accounts').map((x) => [x.reference, x.dueOn, x.rule])).toEqual([
      ['2015-09-30', '2016-06-01', 's.442'],
      ['2016-09-30', '2017-06-30', 's.442'],
    ]);
    expect(only(duties, 'cic34-report').map((x) => [x.reference, x.dueOn, x.rule])).toEqual([
      ['2015-09-30', '2016-06-01', 'CI-5'],
      ['2016-09-30', '2017-06-30', 'CI-5'],
    ]);
  });

  it('s.442: with the accounting reference date at 31 March, accounts are due each 31 December; CIC34 is tracked apart from the accounts', () => {
    const r = records({
      settings: governanceSettings({ accountingReferenceDate: { month: 3, day: 31 } }),
      filings: [filing('annual-accounts', '2023-03-31', '2023-12-01')],
    });
    const duties = complianceCalendar(r, window('2023-12-31', '2023-12-31', '2024-01-02'));
    expect(duties.map((x) => [x.kind, x.reference, x.dueOn, x.status])).toEqual([
      ['annual-accounts', '2023-03-31', '2023-12-31', 'done'],
      ['cic34-report', '2023-03-31', '2023-12-31', 'overdue'],
    ]);
  });

  it('a first period set in the articles (16 months, so due 21 months after incorporation) fixes the reference date after it', () => {
    const r = records({ settings: governanceSettings({ firstAccountsPeriodEndsOn: d('2015-12-31') }) });
    expect(only(complianceCalendar(r, window('2016-01-01', '2017-12-31', '2016-01-01')), 'annual-accounts').map((x) => [x.reference, x.dueOn])).toEqual([
      ['2015-12-31', '2016-06-01'],
      ['2016-12-31', '2017-09-30'],
    ]);
  });

  it('only duties due inside the window are listed, ordered by due date', () => {
    const r = records({ allotments: [{ reference: 'allot-38', allottedOn: d('2024-01-31') }] });
    const duties = complianceCalendar(r, window('2024-02-29', '2024-03-31', '2024-02-01'));
    expect(duties.map((x) => [x.dueOn, x.kind])).toEqual([
      ['2024-02-29', 'sh01'],
      ['2024-03-31', 'share-certificate'],
    ]);
  });
});
