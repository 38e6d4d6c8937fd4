import { errorCode } from '../../test/error-code';
import { calendarDate } from '../calendar/calendar-date';
import { governanceSettings } from './governance-settings';
import type { ResolutionOutcome } from './resolution';
import { complianceCalendar, type ComplianceRecords, type Duty, type DutyKind, type FilingRecord } from './compliance-calendar';
import { recordFiling } from './past-filings';

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
      { kind: 'sh01', reference: 'allot-38', dueOn: '2024-02-29', arisesOn: '2024-01-31', status: 'due', doneOn: null, late: false, rule: 'SH-1', formCode: 'SH01', section: 'CA 2006 s.555' },
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
      { kind: 'share-certificate', reference: 'allot-38', dueOn: '2024-03-31', arisesOn: '2024-01-31', status: 'overdue', doneOn: null, late: true, rule: 'SH-2', formCode: null, section: 'CA 2006 s.769 (allotment), s.776 (transfer)' },
      { kind: 'share-certificate', reference: 'transfer-5', dueOn: '2024-04-10', arisesOn: '2024-02-10', status: 'done', doneOn: '2024-03-01', late: false, rule: 'SH-2', formCode: null, section: 'CA 2006 s.769 (allotment), s.776 (transfer)' },
    ]);
    // Before the refusal, transfer 6 still needs a certificate.
    expect(only(complianceCalendar(r, window('2024-01-01', '2024-12-31', '2024-03-19')), 'share-certificate').map((x) => x.reference)).toContain('transfer-6');
  });

  it('SH-1, SH-2, SH-3: as at a day before an allotment or a transfer\'s lodging, neither owes anything yet; from that day both do', () => {
    const r = records({
      allotments: [{ reference: 'allot-38', allottedOn: d('2024-01-31') }],
      transfers: [{ reference: 'transfer-5', lodgedOn: d('2024-02-10'), registeredOn: null, refusedOn: null }],
    });
    const owed = (asAt: string) => complianceCalendar(r, window('2024-01-01', '2024-12-31', asAt)).filter((x) => x.kind !== 'confirmation-statement' && x.kind !== 'annual-accounts' && x.kind !== 'cic34-report').map((x) => `${x.kind} ${x.reference}`);
    expect(owed('2024-01-30')).toEqual([]);
    expect(owed('2024-01-31')).toEqual(['sh01 allot-38', 'share-certificate allot-38']);
    expect(owed('2024-02-09')).toEqual(['sh01 allot-38', 'share-certificate allot-38']);
    expect(owed('2024-02-10')).toEqual(['sh01 allot-38', 'share-certificate allot-38', 'share-certificate transfer-5', 'transfer-decision transfer-5']);
  });

  it('FC-5: a change of registered office owes its AD01 from the day of the change, not as at a day before it', () => {
    const r = records({ notifications: [{ kind: 'ad01', reference: 'ad01-2026-11-29', arisesOn: d('2026-11-29'), dueOn: d('2026-11-29'), noDeadline: true }] });
    const ad01 = (asAt: string) => only(complianceCalendar(r, window('2026-01-01', '2026-12-31', asAt)), 'ad01').map((x) => x.reference);
    expect(ad01('2026-11-28')).toEqual([]);
    expect(ad01('2026-11-29')).toEqual(['ad01-2026-11-29']);
  });

  it('SH-2, SR-4: a transfer whose registration a correction voided owes no certificate from the day of the correction', () => {
    const r = records({ transfers: [{ reference: 'transfer-7', lodgedOn: d('2024-02-10'), registeredOn: d('2024-03-01'), refusedOn: null, voidedOn: d('2024-03-20') }] });
    expect(only(complianceCalendar(r, window('2024-01-01', '2024-12-31', '2024-03-19')), 'share-certificate').map((x) => x.reference)).toEqual(['transfer-7']);
    expect(only(complianceCalendar(r, window('2024-01-01', '2024-12-31', '2024-03-20')), 'share-certificate')).toEqual([]);
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
      { kind: 'resolution-filing', reference: 'wr-1', dueOn: '2024-03-26', arisesOn: '2024-03-11', status: 'due', doneOn: null, late: false, rule: 'FR-1', formCode: null, section: 'CA 2006 ss.29–30' },
    ]);
    const filed = { ...r, filings: recordFiling(r.filings, filing('resolution-filing', 'wr-1', '2024-03-25')) };
    expect(only(complianceCalendar(filed, window('2024-01-01', '2024-12-31', '2024-03-27')), 'resolution-filing')[0]).toMatchObject({
      status: 'done', doneOn: '2024-03-25',
    });
  });

  it('s.26(1), CI-6: an amendment that takes effect after the resolution passed (articlesAmendedOn) owes the articles 15 days after that day, and nothing before it', () => {
    const passed = outcome({ status: 'passed', passedOn: d('2024-03-01'), filingDueOn: d('2024-03-16'), lapsesOn: null });
    const r = records({ resolutions: [{ reference: 'sr-1', outcome: passed, matter: 'amendment-of-articles', articlesAmendedOn: d('2024-04-01') }] });
    const articles = (asAt: string) => only(complianceCalendar(r, window('2024-01-01', '2024-12-31', asAt)), 'articles-filing');
    expect(articles('2024-03-31')).toEqual([]);
    expect(articles('2024-04-01')).toEqual([expect.objectContaining({ reference: 'sr-1', arisesOn: '2024-04-01', dueOn: '2024-04-16', status: 'due' })]);
  });

  it('s.26(1): a resolution amending the articles owes the articles as amended 15 days after it passed; an open one, or one for another matter, owes none', () => {
    const passed = outcome({ status: 'passed', passedOn: d('2024-03-11'), filingDueOn: d('2024-03-26'), lapsesOn: d('2024-03-28') });
    const open = outcome({ status: 'open', passedOn: null, filingDueOn: null, lapsesOn: d('2024-03-28') });
    const r = records({
      resolutions: [
        { reference: 'wr-1', outcome: passed, matter: 'amendment-of-articles' },
        { reference: 'wr-2', outcome: passed, matter: 'general' },
        { reference: 'wr-3', outcome: open, matter: 'amendment-of-articles' },
        { reference: 'wr-4', outcome: passed },
      ],
    });
    expect(only(complianceCalendar(r, window('2024-01-01', '2024-12-31', '2024-03-27')), 'articles-filing')).toEqual([
      { kind: 'articles-filing', reference: 'wr-1', dueOn: '2024-03-26', arisesOn: '2024-03-11', status: 'overdue', doneOn: null, late: true, rule: 's.26', formCode: null, section: 'CA 2006 s.26' },
    ]);
    const filed = { ...r, filings: recordFiling(r.filings, filing('articles-filing', 'wr-1', '2024-03-20')) };
    expect(only(complianceCalendar(filed, window('2024-01-01', '2024-12-31', '2024-03-27')), 'articles-filing')[0]).toMatchObject({ status: 'done', doneOn: '2024-03-20', late: false });
  });

  it('FC-3: a written resolution that lapses is not a duty, before or after its lapse date', () => {
    const lapses = d('2024-03-28');
    const r = records({
      resolutions: [
        { reference: 'open', outcome: outcome({ lapsesOn: lapses }) },
        { reference: 'lapsed', outcome: outcome({ status: 'lapsed', lapsesOn: lapses }) },
      ],
    });
    for (const asAt of ['2024-03-01', '2024-03-28', '2024-04-30']) {
      expect(complianceCalendar(r, window('2024-01-01', '2024-12-31', asAt)).filter((x) => x.reference === 'open' || x.reference === 'lapsed')).toEqual([]);
    }
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
    const r = records({ filings: [filing('confirmation-statement', '2023-09-01', '2023-09-05')] });
    expect(only(complianceCalendar(r, window('2023-01-01', '2024-12-31', '2024-09-20')), 'confirmation-statement')).toEqual([
      { kind: 'confirmation-statement', reference: '2023-09-01', dueOn: '2023-09-15', arisesOn: '2022-09-02', status: 'done', doneOn: '2023-09-05', late: false, rule: 's.853A', formCode: 'CS01', section: 'CA 2006 s.853A' },
      { kind: 'confirmation-statement', reference: '2024-09-01', dueOn: '2024-09-15', arisesOn: '2023-09-02', status: 'overdue', doneOn: null, late: true, rule: 's.853A', formCode: 'CS01', section: 'CA 2006 s.853A' },
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

describe('Compliance calendar: the corrections in force in November 2026 (FC-1, FC-2, FC-4)', () => {
  it('FC-1: shares taken by the subscribers on incorporation owe no SH01, but still a certificate within two months (s.769)', () => {
    const r = records({ allotments: [{ reference: 'subscriber-1', allottedOn: d('2014-09-01'), subscriber: true }, { reference: 'allot-38', allottedOn: d('2014-09-01') }] });
    const duties = complianceCalendar(r, window('2014-09-01', '2014-12-31', '2014-12-31'));
    expect(only(duties, 'sh01').map((x) => x.reference)).toEqual(['allot-38']);
    expect(only(duties, 'share-certificate').map((x) => [x.reference, x.dueOn])).toEqual([['allot-38', '2014-11-01'], ['subscriber-1', '2014-11-01']]);
  });

  it('FC-2: a confirmation statement filed early makes the filing date the confirmation date (filed 15 June 2024: next made up to 15 June 2025, due 29 June 2025)', () => {
    const r = records({ incorporatedOn: d('2014-09-01'), filings: [filing('confirmation-statement', '2024-09-01', '2024-06-15')] });
    const statements = only(complianceCalendar(r, window('2024-01-01', '2026-12-31', '2025-07-01')), 'confirmation-statement');
    expect(statements.map((x) => [x.reference, x.dueOn, x.status, x.formCode])).toEqual([
      ['2024-09-01', '2024-09-15', 'done', 'CS01'],
      ['2025-06-15', '2025-06-29', 'overdue', 'CS01'],
      ['2026-06-15', '2026-06-29', 'due', 'CS01'],
    ]);
  });

  it('s.854: the return date before 30 June 2016, the anniversary of incorporation, owed an annual return (AR01) within 28 days; the next period, a confirmation statement (CS01) within 14', () => {
    const r = records({ incorporatedOn: d('2014-09-01') });
    const statements = only(complianceCalendar(r, window('2014-09-01', '2016-12-31', '2016-12-31')), 'confirmation-statement');
    expect(statements.map((x) => [x.reference, x.dueOn, x.formCode, x.rule, x.section])).toEqual([
      ['2015-09-01', '2015-09-29', 'AR01', 's.854', 'CA 2006 s.854 (annual return, before 30 June 2016)'],
      ['2016-09-01', '2016-09-15', 'CS01', 's.853A', 'CA 2006 s.853A'],
    ]);
  });

  it('FC-2: a statement filed within the 14 days after the period leaves the next period where it was', () => {
    const r = records({ incorporatedOn: d('2014-09-01'), filings: [filing('confirmation-statement', '2024-09-01', '2024-09-10')] });
    const statements = only(complianceCalendar(r, window('2024-01-01', '2025-12-31', '2025-07-01')), 'confirmation-statement');
    expect(statements.map((x) => [x.reference, x.dueOn])).toEqual([
      ['2024-09-01', '2024-09-15'],
      ['2025-09-01', '2025-09-15'],
    ]);
  });

  it('FC-4: a share cancelled before its certificate fell due owes no certificate; one cancelled after still does', () => {
    const r = records({
      allotments: [
        { reference: 'gone-early', allottedOn: d('2024-01-10'), cancelledOn: d('2024-02-01') },
        { reference: 'gone-late', allottedOn: d('2024-01-10'), cancelledOn: d('2024-04-01') },
      ],
    });
    const certificates = only(complianceCalendar(r, window('2024-01-01', '2024-12-31', '2024-06-01')), 'share-certificate');
    expect(certificates.map((x) => [x.reference, x.status])).toEqual([['gone-late', 'overdue']]);
  });

  it('every duty names its statute section, and its form where Companies House has one', () => {
    const r = records({ allotments: [{ reference: 'allot-38', allottedOn: d('2024-01-31') }], transfers: [{ reference: 't1', lodgedOn: d('2024-02-01'), registeredOn: null, refusedOn: null }] });
    const duties = complianceCalendar(r, window('2024-01-01', '2025-12-31', '2024-02-01'));
    expect(new Set(duties.map((x) => `${x.kind}:${x.formCode}`))).toEqual(
      new Set(['sh01:SH01', 'share-certificate:null', 'transfer-decision:null', 'confirmation-statement:CS01', 'annual-accounts:AA', 'cic34-report:CIC34']),
    );
    for (const duty of duties) expect(duty.section).toMatch(/s\.\d+/);
  });
});

describe('Compliance calendar: an outstanding duty does not age out of the window', () => {
  const changed = records({
    notifications: [{ kind: 'ch01', reference: 'd1-particulars-changed-2025-02-03', arisesOn: d('2025-02-03'), dueOn: d('2025-02-17') }],
    filings: [filing('confirmation-statement', '2015-09-01', '2015-09-10')],
  });
  const ch01 = (duties: Duty[]) => only(duties, 'ch01').map((x) => [x.dueOn, x.status]);

  it('EC-2: a CH01 overdue for more than a year is listed with overdueBeforeFrom; duties done before from are not', () => {
    const all = complianceCalendar(changed, { ...window('2025-11-30', '2027-11-30', '2026-11-30'), overdueBeforeFrom: true });
    expect(ch01(all)).toEqual([['2025-02-17', 'overdue']]);
    expect(all.filter((x) => x.status !== 'overdue').every((x) => x.dueOn >= '2025-11-30')).toBe(true);
    // Without it, from is the first due date listed, whatever the status.
    expect(ch01(complianceCalendar(changed, window('2025-11-30', '2027-11-30', '2026-11-30')))).toEqual([]);
    // Filed, it is done and goes out with the rest of the past.
    const filed = { ...changed, filings: [...changed.filings, filing('ch01', 'd1-particulars-changed-2025-02-03', '2026-03-01')] };
    expect(ch01(complianceCalendar(filed, { ...window('2025-11-30', '2027-11-30', '2026-11-30'), overdueBeforeFrom: true }))).toEqual([]);
  });
});
