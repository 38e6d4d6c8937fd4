import { errorCode } from '../../test/error-code';
import { calendarDate, type CalendarDate } from '../calendar/calendar-date';
import { checkParticularsChange, companyParticularsOn, previousRegisteredOfficesOn, particularsChangesInDateOrder, type CompanyParticulars } from './company-particulars';
import { particularsDuties } from './registered-particulars';
import { addWorkingDays } from '../calendar/working-days';
import { copyFeePence, inspectionLog, type InspectionEvent, type InspectionRequestReceived, type RequesterAddress } from './inspection';
import { pscNotificationDuties, pscPosition, pscStatementOn, pscStatements, type PscHolding } from './psc';

const d = calendarDate;
const holdings = (n: number): PscHolding[] => Array.from({ length: n }, (_, i) => ({ memberId: `m${String(i + 1).padStart(2, '0')}`, name: `Practice ${i + 1}`, shares: 1, votes: 1 }));

describe('PSC position (EC-5)', () => {
  it('EC-5: 37 equal holdings: nobody holds more than 25%, so the "no registrable person" statement, no warning', () => {
    expect(pscPosition(holdings(37))).toEqual({ statement: 'no-registrable-person', persons: [], issuedShares: 37, warnings: [] });
  });

  it('EC-5: four equal holdings are 25% each, not more: still no registrable person', () => {
    expect(pscPosition(holdings(4)).statement).toBe('no-registrable-person');
  });

  it('EC-5: issued shares falling to three: each holder has 33.33%, a warning, a new statement and a PSC01 due in 14 days', () => {
    const statements = pscStatements([
      { on: d('2014-09-01'), holdings: holdings(37) },
      { on: d('2020-01-01'), holdings: holdings(36) },
      { on: d('2026-05-01'), holdings: holdings(3) },
    ]);
    expect(statements.map((s) => [s.from, s.statement])).toEqual([['2014-09-01', 'no-registrable-person'], ['2026-05-01', 'registrable-persons']]);
    expect(statements[1]!.persons.map((p) => p.sharesPercent)).toEqual([33.33, 33.33, 33.33]);
    expect(statements[1]!.warnings[0]).toContain('only 3 shares');
    expect(pscNotificationDuties(statements)).toEqual([]);
    const named = { statement: 'registrable-persons' as const, persons: statements[1]!.persons };
    expect(pscNotificationDuties(statements, [{ effectiveOn: d('2026-05-20'), ...named }])).toEqual([{ kind: 'psc01', reference: 'psc-2026-05-01', arisesOn: '2026-05-20', dueOn: '2026-06-03' }]);
    expect(pscStatementOn(statements, d('2026-04-30'))!.statement).toBe('no-registrable-person');
  });
});

describe('Company particulars (FC-5)', () => {
  const base: CompanyParticulars = { companyNumber: null, registeredOffice: 'Old office', registeredEmailAddress: null, accountingReferenceDate: null, sicCodes: [] };
  const change = (on: string, fields: object) => ({ type: 'particulars-changed' as const, effectiveOn: d(on), ...fields });

  it('FC-5: particulars as at a date take every change dated by then; a new office raises AD01, a new reference date AA01', () => {
    const changes = [change('2020-01-01', { companyNumber: '09191234' }), change('2026-06-01', { registeredOffice: 'New office', accountingReferenceDate: { month: 3, day: 31 } })];
    expect(companyParticularsOn(base, changes, d('2019-12-31')).companyNumber).toBeNull();
    expect(companyParticularsOn(base, changes, d('2026-05-31'))).toMatchObject({ companyNumber: '09191234', registeredOffice: 'Old office' });
    expect(companyParticularsOn(base, changes, d('2026-06-01')).registeredOffice).toBe('New office');
    expect(particularsDuties(base, changes).map((x) => [x.kind, x.dueOn])).toEqual([['ad01', '2026-06-01'], ['aa01', '2026-06-01']]);
  });

  it('FC-5, s.87(2): for the 14 days beginning with the day a new registered office takes effect, documents may still be served at the old one', () => {
    const changes = [change('2020-01-01', { companyNumber: '09191234' }), change('2026-06-01', { registeredOffice: 'New office' })];
    expect(previousRegisteredOfficesOn(base, changes, d('2026-05-31'))).toEqual([]);
    for (const on of ['2026-06-01', '2026-06-14']) {
      expect(previousRegisteredOfficesOn(base, changes, d(on))).toEqual([{ address: 'Old office', replacedOn: '2026-06-01', servableUntil: '2026-06-14' }]);
    }
    expect(previousRegisteredOfficesOn(base, changes, d('2026-06-15'))).toEqual([]);
    expect(previousRegisteredOfficesOn(base, [change('2026-06-01', { sicCodes: ['86210'] })], d('2026-06-02'))).toEqual([]);
  });

  it('FC-5, s.87(2): after two moves within 14 days both offices replaced are servable, newest first, each for its own 14 days', () => {
    // The second move is recorded first and back-dated the first: the moves are taken in date order.
    const twice = [change('2026-06-10', { registeredOffice: 'Third office' }), change('2026-06-01', { registeredOffice: 'New office' })];
    const first = { address: 'Old office', replacedOn: '2026-06-01', servableUntil: '2026-06-14' };
    const second = { address: 'New office', replacedOn: '2026-06-10', servableUntil: '2026-06-23' };
    expect(previousRegisteredOfficesOn(base, twice, d('2026-06-09'))).toEqual([first]);
    expect(previousRegisteredOfficesOn(base, twice, d('2026-06-10'))).toEqual([second, first]);
    expect(previousRegisteredOfficesOn(base, twice, d('2026-06-14'))).toEqual([second, first]);
    expect(previousRegisteredOfficesOn(base, twice, d('2026-06-15'))).toEqual([second]);
    expect(previousRegisteredOfficesOn(base, twice, d('2026-06-24'))).toEqual([]);
    // Two changes on one day are one move, from the office of the day before.
    expect(previousRegisteredOfficesOn(base, [change('2026-06-01', { registeredOffice: 'Typo office' }), change('2026-06-01', { registeredOffice: 'New office' })], d('2026-06-02')))
      .toEqual([first]);
  });

  it('FC-5, s.87(2): an office moved back to is not a previous office, and one replaced twice is given once, until its later last day', () => {
    const back = [change('2026-06-01', { registeredOffice: 'New office' }), change('2026-06-05', { registeredOffice: 'Old office' })];
    expect(previousRegisteredOfficesOn(base, back, d('2026-06-06'))).toEqual([{ address: 'New office', replacedOn: '2026-06-05', servableUntil: '2026-06-18' }]);
    const again = [...back, change('2026-06-08', { registeredOffice: 'Third office' })];
    expect(previousRegisteredOfficesOn(base, again, d('2026-06-08'))).toEqual([
      { address: 'Old office', replacedOn: '2026-06-08', servableUntil: '2026-06-21' },
      { address: 'New office', replacedOn: '2026-06-05', servableUntil: '2026-06-18' },
    ]);
  });

  it('FC-5: dated changes are in the order they apply, by effective date and then in the order recorded', () => {
    const a = change('2026-06-10', { registeredOffice: 'A' });
    const b = change('2026-06-01', { sicCodes: ['86210'] });
    const c = change('2026-06-10', { registeredOffice: 'C' });
    expect(particularsChangesInDateOrder([a, b, c])).toEqual([b, a, c]);
    expect(companyParticularsOn(base, [a, b, c], d('2026-06-10')).registeredOffice).toBe('C');
  });

  it('FC-5: a company number never changes once known; bad numbers, SIC codes and reference days are refused', () => {
    expect(errorCode(() => checkParticularsChange({ ...base, companyNumber: '09191234' }, change('2026-01-01', { companyNumber: '09190000' })))).toBe('COMPANY_NUMBER_ALREADY_SET');
    expect(errorCode(() => checkParticularsChange(base, change('2026-01-01', { companyNumber: '123' })))).toBe('INVALID_COMPANY_NUMBER');
    expect(errorCode(() => checkParticularsChange(base, change('2026-01-01', { sicCodes: ['8621'] })))).toBe('INVALID_SIC_CODES');
    expect(errorCode(() => checkParticularsChange(base, change('2026-01-01', { accountingReferenceDate: { month: 2, day: 30 } })))).toBe('INVALID_REFERENCE_DAY');
    expect(errorCode(() => checkParticularsChange(base, change('2026-01-01', {})))).toBe('PARTICULARS_CHANGE_EMPTY');
    expect(errorCode(() => checkParticularsChange(base, change('2026-01-01', { companyNumber: 'CE001234', sicCodes: ['86210'] })))).toBe('ACCEPTED');
  });
});

describe('Inspection of the register of members (IN-1…IN-6)', () => {
  // 25 and 28 December 2026 (Christmas Day, and the substitute for Boxing Day on a Saturday) are bank holidays.
  const holidays = new Set(['2026-12-25', '2026-12-28']);
  const working = (x: CalendarDate) => ![0, 6].includes(new Date(`${x}T00:00:00Z`).getUTCDay()) && !holidays.has(x);
  const request = (id: string, on: string, fields: Partial<InspectionRequestReceived> = {}): InspectionRequestReceived => ({
    type: 'inspection-request-received', effectiveOn: d(on), requestId: id, kind: 'copy', requesterName: 'A Researcher', requesterAddress: { commitment: 'a'.repeat(64) }, member: false, purpose: 'academic study', onwardRecipients: [], ...fields,
  });

  it('IN-3: five working days after receipt, skipping weekends and bank holidays', () => {
    expect(addWorkingDays(d('2026-12-22'), 5, working)).toBe('2026-12-31');
    expect(addWorkingDays(d('2026-11-30'), 5, working)).toBe('2026-12-07');
  });

  it('IN-2: a request without purpose or onward recipients is invalid, starts no clock and may be answered as invalid', () => {
    const events: InspectionEvent[] = [request('r1', '2026-12-01', { purpose: '', onwardRecipients: null })];
    const [r] = inspectionLog(events, d('2026-12-31'), working);
    expect(r).toMatchObject({ valid: false, deadline: null, status: 'open' });
    expect(r!.problems).toHaveLength(2);
  });

  it('IN-2: the address counts as given when kept apart (a commitment) or written non-blank in an old entry; missing when null or blank', () => {
    const missing = "the requester's address is missing (s.116(4)(a))";
    const problems = (requesterAddress: RequesterAddress) => inspectionLog([request('r', '2026-12-01', { requesterAddress })], d('2026-12-31'), working)[0]!.problems;
    expect(problems({ commitment: 'b'.repeat(64) })).toEqual([]);
    expect(problems({ written: '5 Archive Lane' })).toEqual([]);
    expect(problems(null)).toEqual([missing]);
    expect(problems({ written: '  ' })).toEqual([missing]);
  });

  it('IN-3: a valid request not answered by the deadline is overdue; answered late, answered-late; answered as invalid it cannot be', () => {
    const received = request('r2', '2026-12-22');
    expect(inspectionLog([received], d('2026-12-31'), working)[0]).toMatchObject({ valid: true, deadline: '2026-12-31', status: 'open' });
    expect(inspectionLog([received], d('2027-01-04'), working)[0]!.status).toBe('overdue');
    const late: InspectionEvent = { type: 'inspection-request-answered', effectiveOn: d('2027-01-04'), requestId: 'r2', answer: 'complied', note: '' };
    expect(inspectionLog([received, late], d('2027-01-04'), working)[0]!.status).toBe('answered-late');
    const invalid: InspectionEvent = { ...late, answer: 'invalid-request' };
    expect(errorCode(() => inspectionLog([received, invalid], d('2027-01-04'), working))).toBe('INVALID_REQUEST_ANSWER');
    expect(errorCode(() => inspectionLog([received, late, late], d('2027-01-04'), working))).toBe('INSPECTION_REQUEST_ALREADY_ANSWERED');
  });

  it('IN-6: a copy is charged by bands of entries, as configured', () => {
    const bands = [{ upTo: 5, pence: 100, perEntry: true }, { upTo: 100, pence: 3000, perEntry: false }, { upTo: Infinity, pence: 3000, perEntry: false }];
    expect(copyFeePence(3, bands)).toBe(300);
    expect(copyFeePence(37, bands)).toBe(3500);
    expect(copyFeePence(150, bands)).toBe(6500);
  });
});

describe('PSC notifications (EC-2, as amended by ECCTA)', () => {
  const persons = (n: number) => pscPosition(holdings(n)).persons;
  const statements = pscStatements([
    { on: d('2014-09-01'), holdings: holdings(37) },
    { on: d('2026-05-01'), holdings: holdings(3) },
    { on: d('2026-08-01'), holdings: holdings(37) },
  ]);

  it('EC-2: a PSC01 is due 14 days after the company records the statement naming the persons (their particulars confirmed), not 14 days after the change', () => {
    const recorded = [
      { effectiveOn: d('2026-06-10'), statement: 'registrable-persons' as const, persons: persons(3) },
      { effectiveOn: d('2026-06-20'), statement: 'registrable-persons' as const, persons: persons(3) },
    ];
    expect(pscNotificationDuties(statements, recorded).find((x) => x.kind === 'psc01')).toEqual({ kind: 'psc01', reference: 'psc-2026-05-01', arisesOn: '2026-06-10', dueOn: '2026-06-24' });
  });

  it('EC-2: until a statement naming the same persons is recorded between the change and the next change, no PSC01 is due', () => {
    const other = { statement: 'registrable-persons' as const, persons: persons(2) };
    const named = { statement: 'registrable-persons' as const, persons: persons(3) };
    expect(pscNotificationDuties(statements, [{ effectiveOn: d('2026-06-10'), ...other }]).map((x) => x.kind)).toEqual(['psc08']);
    expect(pscNotificationDuties(statements, [{ effectiveOn: d('2026-04-30'), ...named }, { effectiveOn: d('2026-08-01'), ...named }]).map((x) => x.kind)).toEqual(['psc08']);
  });

  it('EC-2: a change back to no registrable person (PSC08) is due 14 days after the change: nobody\'s particulars to confirm', () => {
    expect(pscNotificationDuties(statements)).toEqual([{ kind: 'psc08', reference: 'psc-2026-08-01', arisesOn: '2026-08-01', dueOn: '2026-08-15' }]);
  });
});
