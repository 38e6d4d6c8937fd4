import { calendarDate, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { complianceCalendar } from '../governance/compliance-calendar';
import { pastFilings, type FilingRow } from '../governance/past-filings';
import type { CompanyParticulars } from './company-particulars';
import { checkFilingContents, type FilingFacts } from './filing-contents';
import { officerNotificationDuties } from './officer-notifications';
import { foldOfficers, type OfficerEvent } from './officers';

const d = calendarDate;
const appointed = (id: string, on: string): OfficerEvent => ({
  type: 'director-appointed', effectiveOn: d(on), directorId: id, name: `Dr ${id}`, serviceAddress: '1 Example Street, London E1 1AA', personalCommitment: 'c'.repeat(64),
  particulars: { name: `Dr ${id}`, formerNames: [], serviceAddress: '1 Example Street, London E1 1AA', countryOfResidence: 'United Kingdom', nationality: 'British', occupation: 'General practitioner', birthMonth: '1970-05' },
});
const verified = (id: string, on: string): OfficerEvent => ({ type: 'officer-identity-verified', effectiveOn: d(on), officerId: id, route: 'companies-house', personalCommitment: 'e'.repeat(64) });
const particulars = (registeredEmailAddress: string | null): CompanyParticulars => ({
  companyNumber: null, registeredOffice: '1 Demo Yard, London E1 0XX', registeredEmailAddress, accountingReferenceDate: null, sicCodes: [],
});
/** The registered email address recorded from `emailFrom` (none before). */
const facts = (events: OfficerEvent[], emailFrom: CalendarDate | null): FilingFacts => ({
  officers: foldOfficers(events),
  particularsOn: (day) => particulars(emailFrom !== null && day >= emailFrom ? 'company.secretary@example.org' : null),
});
const outcome = (kind: 'ap01' | 'confirmation-statement', reference: string, filedOn: string, f: FilingFacts, lawfulPurposeStatement = true) => {
  try {
    checkFilingContents({ kind, reference }, { filedOn: d(filedOn), ...(lawfulPurposeStatement ? { lawfulPurposeStatement } : {}) }, f);
    return 'ACCEPTED';
  } catch (error) {
    return error instanceof DomainError ? error.code : error;
  }
};

describe('What a filing states is on record, alone or in a batch (EC-3; CS01, section 5)', () => {
  const events = [appointed('a', '2025-12-01'), appointed('old', '2024-01-10')];

  it('EC-3: the AP01 of a director appointed since 18 November 2025 is refused until verified; an earlier appointment is not checked', () => {
    expect(outcome('ap01', 'a-appointed-2025-12-01', '2025-12-05', facts(events, null))).toBe('IDENTITY_NOT_VERIFIED');
    expect(outcome('ap01', 'a-appointed-2025-12-01', '2025-12-05', facts([...events, verified('a', '2025-12-05')], null))).toBe('ACCEPTED');
    expect(outcome('ap01', 'old-appointed-2024-01-10', '2024-01-12', facts(events, null))).toBe('ACCEPTED');
    // Verified again later: the AP01 filed between the two stands on the first verification.
    expect(outcome('ap01', 'a-appointed-2025-12-01', '2025-12-05', facts([...events, verified('a', '2025-12-05'), verified('a', '2026-03-01')], null))).toBe('ACCEPTED');
  });

  it('the AP01 is found by the reference its duty has, and by no other', () => {
    const [duty] = officerNotificationDuties(foldOfficers(events));
    expect(duty).toMatchObject({ kind: 'ap01', reference: 'a-appointed-2025-12-01' });
    // The officer's id with a date other than the appointment's is no AP01 of theirs.
    expect(outcome('ap01', 'a-appointed-2025-12-02', '2025-12-05', facts(events, null))).toBe('ACCEPTED');
  });

  it('EC-3: a confirmation statement filed from 18 November 2025 confirms every director in office is verified; one filed before is not checked', () => {
    const both = [appointed('old', '2024-01-10'), appointed('other', '2020-03-02')];
    expect(outcome('confirmation-statement', '2025-09-01', '2025-09-14', facts(both, d('2024-01-01')))).toBe('ACCEPTED');
    expect(outcome('confirmation-statement', '2026-09-01', '2025-12-01', facts(both, d('2024-01-01')))).toBe('IDENTITY_NOT_VERIFIED');
    // One verified, the other only after the day filed: still refused, naming the one unverified.
    const one = [...both, verified('old', '2025-11-20'), verified('other', '2025-12-02')];
    let thrown: unknown;
    try {
      checkFilingContents({ kind: 'confirmation-statement', reference: '2026-09-01' }, { filedOn: d('2025-12-01'), lawfulPurposeStatement: true }, facts(one, d('2024-01-01')));
    } catch (error) {
      thrown = error;
    }
    expect((thrown as DomainError).details).toEqual({ officerId: 'other', appointedOn: '2020-03-02', unverified: 1 });
    expect((thrown as DomainError).message).toContain('Dr other had no verification recorded by 2025-12-01');
    expect(outcome('confirmation-statement', '2026-09-01', '2025-12-02', facts(one, d('2024-01-01')))).toBe('ACCEPTED');
    // A director who resigned before the day filed is not asked about.
    const resigned: OfficerEvent = { type: 'director-resigned', effectiveOn: d('2025-11-30'), directorId: 'other' };
    expect(outcome('confirmation-statement', '2026-09-01', '2025-12-01', facts([...both, verified('old', '2025-11-20'), resigned], d('2024-01-01')))).toBe('ACCEPTED');
  });

  it('CS01: a statement made up to a date from 5 March 2024 is refused with no registered email address on record by the day delivered', () => {
    expect(outcome('confirmation-statement', '2024-09-01', '2024-09-14', facts([], null))).toBe('REGISTERED_EMAIL_MISSING');
    expect(outcome('confirmation-statement', '2024-09-01', '2024-09-14', facts([], d('2024-09-15')))).toBe('REGISTERED_EMAIL_MISSING');
    expect(outcome('confirmation-statement', '2024-09-01', '2024-09-14', facts([], d('2024-09-14')))).toBe('ACCEPTED');
    expect(outcome('confirmation-statement', '2023-09-01', '2023-09-14', facts([], null))).toBe('ACCEPTED');
  });

  it('CS01, CA 2006 s.853A: a statement made up to a date from 5 March 2024 without the statement of lawful purpose is refused; an older one is not', () => {
    expect(outcome('confirmation-statement', '2024-09-01', '2024-09-14', facts([], d('2024-09-14')), false)).toBe('LAWFUL_PURPOSE_STATEMENT_MISSING');
    expect(outcome('confirmation-statement', '2023-09-01', '2023-09-14', facts([], null), false)).toBe('ACCEPTED');
  });

  it('a batch of past filings lists the unverified AP01 and the CS01 without an email address with every other bad row, and records none', () => {
    const record = foldOfficers(events);
    const duties = complianceCalendar(
      { incorporatedOn: d('2014-09-01'), allotments: [], transfers: [], resolutions: [], filings: [], notifications: officerNotificationDuties(record) },
      { from: d('2014-09-01'), to: d('2026-11-30'), asAt: d('2026-11-30') },
    );
    const row = (n: number, kind: FilingRow['kind'], reference: string, filedOn: string): FilingRow => ({ row: n, kind, reference, filedOn: d(filedOn), lawfulPurposeStatement: true });
    const rows = [
      row(2, 'confirmation-statement', '2023-09-01', '2023-09-14'),
      row(3, 'ap01', 'a-appointed-2025-12-01', '2025-12-05'),
      row(4, 'confirmation-statement', '2024-09-01', '2024-09-14'),
      row(5, 'ap01', 'old-appointed-2024-01-10', '2024-01-12'),
    ];
    let thrown: unknown;
    try {
      pastFilings([], duties, rows, d('2026-11-30'), facts(events, null));
    } catch (error) {
      thrown = error;
    }
    expect((thrown as DomainError).code).toBe('FILINGS_INVALID');
    const bad = (thrown as DomainError).details!.rows as { row: number; problems: string[] }[];
    expect(bad.map((r) => r.row)).toEqual([3, 4]);
    expect(bad[0]!.problems.join(' ')).toContain('identity is verified (EC-3)');
    expect(bad[1]!.problems.join(' ')).toContain('registered email address');
    // With the verification and an email address on record, the same batch is recorded whole.
    const verifiedFacts = facts([...events, verified('a', '2025-12-01')], d('2024-03-05'));
    expect(pastFilings([], duties, rows, d('2026-11-30'), verifiedFacts)).toHaveLength(4);
    // CA 2006 s.853A: the CS01 row without its statement of lawful purpose is listed, and the statement is kept on the rows recorded.
    const withoutStatement = rows.map((r) => (r.row === 4 ? { ...r, lawfulPurposeStatement: undefined } : r));
    expect(() => pastFilings([], duties, withoutStatement, d('2026-11-30'), verifiedFacts)).toThrow(expect.objectContaining({
      code: 'FILINGS_INVALID',
      details: { rows: [{ row: 4, problems: [expect.stringContaining('intended future activities are lawful')] }] },
    }));
    expect(pastFilings([], duties, rows, d('2026-11-30'), verifiedFacts)[2]).toEqual({ kind: 'confirmation-statement', reference: '2024-09-01', filedOn: '2024-09-14', lawfulPurposeStatement: true });
  });
});
