import { calendarDate } from '../calendar/calendar-date';
import { companyParticularsOn, previousRegisteredOfficesOn, type CompanyParticulars } from './company-particulars';
import { registeredParticulars } from './registered-particulars';

const d = calendarDate;
const base: CompanyParticulars = { companyNumber: null, registeredOffice: 'Old office', registeredEmailAddress: null, accountingReferenceDate: { month: 9, day: 30 }, sicCodes: [] };
const change = (on: string, fields: object) => ({ type: 'particulars-changed' as const, effectiveOn: d(on), ...fields });
const filed = (reference: string, on: string) => ({ kind: reference.slice(0, 4), reference, filedOn: d(on) });

describe('FC-5: a change of registered office or accounting reference date takes effect when notified', () => {
  const moved = change('2026-05-01', { registeredOffice: 'New office', companyNumber: '09191234' });

  it('FC-5, s.87(1): a move with no AD01 filed leaves the office as it was and is pending; the company number given with it is in force from its day', () => {
    const { changes, pending } = registeredParticulars(base, [moved], [], d('2026-06-30'));
    const onDay = companyParticularsOn(base, changes, d('2026-06-30'));
    expect([onDay.registeredOffice, onDay.companyNumber]).toEqual(['Old office', '09191234']);
    expect(pending).toEqual([{ decidedOn: '2026-05-01', formCode: 'AD01', reference: 'ad01-2026-05-01', registeredOffice: 'New office' }]);
  });

  it('FC-5, s.87(1), s.87(2): the office moves on the day the AD01 was filed, and the old office may be served at for 14 days from then', () => {
    const notices = [filed('ad01-2026-05-01', '2026-05-06'), filed('confirmation-statement', '2026-05-02')];
    const on = (day: string) => companyParticularsOn(base, registeredParticulars(base, [moved], notices, d(day)).changes, d(day)).registeredOffice;
    expect([on('2026-05-05'), on('2026-05-06')]).toEqual(['Old office', 'New office']);
    const { changes, pending } = registeredParticulars(base, [moved], notices, d('2026-05-10'));
    expect(pending).toEqual([]);
    expect(previousRegisteredOfficesOn(base, changes, d('2026-05-10'))).toEqual([{ address: 'Old office', replacedOn: '2026-05-06', servableUntil: '2026-05-19' }]);
  });

  it('FC-5: on a day before the AD01 was filed the move is pending; on a day before it was decided it is neither in force nor pending', () => {
    const notices = [filed('ad01-2026-05-01', '2026-05-06')];
    expect(registeredParticulars(base, [moved], notices, d('2026-05-03')).pending.map((p) => p.reference)).toEqual(['ad01-2026-05-01']);
    expect(registeredParticulars(base, [moved], notices, d('2026-04-30')).pending).toEqual([]);
  });

  it('FC-5, s.392(1): a new accounting reference date with no AA01 leaves the date in use; with one, it is in force from the day filed', () => {
    const ard = change('2026-06-01', { accountingReferenceDate: { month: 3, day: 31 } });
    const none = registeredParticulars(base, [ard], [], d('2026-12-31'));
    expect(companyParticularsOn(base, none.changes, d('2026-12-31')).accountingReferenceDate).toEqual({ month: 9, day: 30 });
    expect(none.pending).toEqual([{ decidedOn: '2026-06-01', formCode: 'AA01', reference: 'aa01-2026-06-01', accountingReferenceDate: { month: 3, day: 31 } }]);
    const notified = registeredParticulars(base, [ard], [filed('aa01-2026-06-01', '2026-06-20')], d('2026-12-31'));
    expect(notified.changes).toEqual([{ type: 'particulars-changed', effectiveOn: '2026-06-20', accountingReferenceDate: { month: 3, day: 31 } }]);
  });

  it('FC-5: two moves notified out of order apply in the order filed; a change to the office already recorded raises nothing pending', () => {
    const first = change('2026-05-01', { registeredOffice: 'Office B' });
    const second = change('2026-05-03', { registeredOffice: 'Office C' });
    const same = change('2026-05-04', { registeredOffice: 'Office C' });
    const notices = [filed('ad01-2026-05-03', '2026-05-05'), filed('ad01-2026-05-01', '2026-05-07')];
    const { changes, pending } = registeredParticulars(base, [first, second, same], notices, d('2026-05-31'));
    expect(companyParticularsOn(base, changes, d('2026-05-06')).registeredOffice).toBe('Office C');
    expect(companyParticularsOn(base, changes, d('2026-05-31')).registeredOffice).toBe('Office B');
    expect(pending).toEqual([]);
  });
});
