import { errorCode } from '../../test/error-code';
import { calendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { complianceCalendar } from '../governance/compliance-calendar';
import { accountingReferenceDateInUse } from '../governance/filing-periods';
import { DEFAULT_GOVERNANCE_SETTINGS } from '../governance/governance-settings';
import { checkParticularsChanged, companyParticularsOn, type CompanyParticulars } from './company-particulars';
import { particularsDuties } from './registered-particulars';

const d = calendarDate;
const incorporatedOn = d('2014-09-01');
// FC-5: none recorded, the calendar counts from 30 September (s.391(4): the month of incorporation's anniversary ends).
const base: CompanyParticulars = { companyNumber: null, registeredOffice: 'Old office', registeredEmailAddress: null, accountingReferenceDate: accountingReferenceDateInUse(incorporatedOn, DEFAULT_GOVERNANCE_SETTINGS), sicCodes: [] };
const change = (on: string, fields: object) => ({ type: 'particulars-changed' as const, effectiveOn: d(on), ...fields });

describe('FC-5, s.392: the accounting reference date already in use', () => {
  it('FC-5, s.391(4): with none recorded, the date in force is the one the calendar counts from, 30 September for a company incorporated on 1 September 2014', () => {
    expect(base.accountingReferenceDate).toEqual({ month: 9, day: 30 });
  });

  it('FC-5, s.392: a change to the date already in use is refused (nothing to change), naming the field and the date in words', () => {
    const same = change('2026-06-01', { accountingReferenceDate: { month: 9, day: 30 } });
    expect(errorCode(() => checkParticularsChanged(companyParticularsOn(base, [], d('2026-06-01')), same))).toBe('PARTICULARS_UNCHANGED');
    try {
      checkParticularsChanged(base, same);
    } catch (e) {
      expect((e as DomainError).details).toMatchObject({ field: 'accountingReferenceDate' });
      expect((e as DomainError).message).toContain('already 30 September on 2026-06-01: there is nothing to change and no AA01');
    }
  });

  it('FC-5, s.392: the date in use recorded beside a new office raises the AD01 alone, no AA01; a real change raises its AA01', () => {
    expect(particularsDuties(base, [change('2026-06-01', { registeredOffice: 'New office', accountingReferenceDate: { month: 9, day: 30 } })]).map((x) => x.kind)).toEqual(['ad01']);
    expect(particularsDuties(base, [change('2026-06-01', { accountingReferenceDate: { month: 3, day: 31 } })]).map((x) => x.kind)).toEqual(['aa01']);
    // The office already in force is no move either.
    expect(particularsDuties(base, [change('2026-06-01', { registeredOffice: 'Old office', sicCodes: ['86210'] })])).toEqual([]);
  });
});

describe('FC-5, s.87: a change of registered office is a notice with no deadline', () => {
  const calendar = (asAt: string, from: string | null) =>
    complianceCalendar(
      { incorporatedOn, allotments: [], transfers: [], resolutions: [], filings: [], notifications: particularsDuties(base, [change('2026-06-01', { registeredOffice: 'New office' })]) },
      { from: d(from ?? '2026-12-02'), to: d('2027-12-02'), asAt: d(asAt), overdueBeforeFrom: from === null },
    ).filter((x) => x.kind === 'ad01');

  it('FC-5, s.87: the AD01 is due from the day of the change and never overdue nor late, however long it waits; listed while not filed', () => {
    expect(calendar('2026-06-01', '2026-06-01')).toEqual([expect.objectContaining({ status: 'due', late: false, noDeadline: true, dueOn: '2026-06-01', formCode: 'AD01' })]);
    expect(calendar('2026-12-02', null)).toEqual([expect.objectContaining({ status: 'due', late: false, noDeadline: true })]);
  });
});

describe('ECCTA, CA 2006 s.88B: a change of the registered email address', () => {
  it('s.88B: a new address replacing one in force owes a notice with no deadline from its day; the first address recorded, or the one already in force, owes none', () => {
    const first = change('2024-03-05', { registeredEmailAddress: 'a@example.org' });
    const moved = change('2026-06-01', { registeredEmailAddress: 'b@example.org' });
    const same = change('2026-07-01', { registeredEmailAddress: 'b@example.org', sicCodes: ['86900'] });
    expect(particularsDuties(base, [first])).toEqual([]);
    expect(particularsDuties(base, [first, moved, same])).toEqual([
      { kind: 'registered-email', reference: 'registered-email-2026-06-01', arisesOn: '2026-06-01', dueOn: '2026-06-01', noDeadline: true },
    ]);
    const [duty] = complianceCalendar({ incorporatedOn, allotments: [], transfers: [], resolutions: [], filings: [], notifications: particularsDuties(base, [first, moved]) }, { from: d('2026-01-01'), to: d('2027-12-31'), asAt: d('2027-12-31') }).filter((x) => x.kind === 'registered-email');
    expect(duty).toMatchObject({ rule: 's.88B', formCode: null, section: 'CA 2006 s.88B', status: 'due', noDeadline: true });
  });
});
