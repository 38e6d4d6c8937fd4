import { calendarDate } from '../calendar/calendar-date';
import { companyParticularsOn, previousRegisteredOfficesOn, type CompanyParticulars } from './company-particulars';
import { errorCode } from '../../test/error-code';
import type { DomainError } from '../errors';
import { checkNotAlreadyWaiting, noticeOfFiling, noticesOfChange, particularsDuties, registeredParticulars } from './registered-particulars';

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

  it('FC-5: two moves notified out of order apply in the order filed', () => {
    const first = change('2026-05-01', { registeredOffice: 'Office B' });
    const second = change('2026-05-03', { registeredOffice: 'Office C' });
    const notices = [filed('ad01-2026-05-03', '2026-05-05'), filed('ad01-2026-05-01', '2026-05-07')];
    const { changes, pending } = registeredParticulars(base, [first, second], notices, d('2026-05-31'));
    expect(companyParticularsOn(base, changes, d('2026-05-06')).registeredOffice).toBe('Office C');
    expect(companyParticularsOn(base, changes, d('2026-05-31')).registeredOffice).toBe('Office B');
    expect(pending).toEqual([]);
  });

  it('FC-5: a move decided and then superseded by another before its AD01 is filed is never notified: only the later waits and owes an AD01', () => {
    const changes = [change('2026-05-01', { registeredOffice: 'Office B' }), change('2026-05-03', { registeredOffice: 'Office C' })];
    expect(registeredParticulars(base, changes, [], d('2026-05-02')).pending.map((p) => p.reference)).toEqual(['ad01-2026-05-01']);
    expect(registeredParticulars(base, changes, [], d('2026-05-31')).pending.map((p) => p.reference)).toEqual(['ad01-2026-05-03']);
    expect(particularsDuties(base, changes).map((x) => x.reference)).toEqual(['ad01-2026-05-03']);
    // Filed before the later decision, the first was notified: both owe their AD01.
    expect(particularsDuties(base, changes, [filed('ad01-2026-05-01', '2026-05-02')]).map((x) => x.reference)).toEqual(['ad01-2026-05-01', 'ad01-2026-05-03']);
  });

  it('FC-5: a move back-dated before one already recorded (history entered late) is not superseded by it: each owes its AD01', () => {
    const changes = [change('2026-05-03', { registeredOffice: 'Office C' }), change('2026-05-01', { registeredOffice: 'Office B' })];
    expect(particularsDuties(base, changes).map((x) => x.reference)).toEqual(['ad01-2026-05-01', 'ad01-2026-05-03']);
  });

  it('FC-5: two changes of the reference date decided on one day are one, the later recorded: one AA01, and once filed the particulars and the calendar both count from it', () => {
    const changes = [change('2026-12-05', { accountingReferenceDate: { month: 3, day: 31 } }), change('2026-12-05', { accountingReferenceDate: { month: 2, day: 29 } })];
    expect(registeredParticulars(base, changes, [], d('2026-12-05')).pending).toEqual([{ decidedOn: '2026-12-05', formCode: 'AA01', reference: 'aa01-2026-12-05', accountingReferenceDate: { month: 2, day: 29 } }]);
    expect(particularsDuties(base, changes).map((x) => x.reference)).toEqual(['aa01-2026-12-05']);
    const notified = registeredParticulars(base, changes, [filed('aa01-2026-12-05', '2026-12-06')], d('2026-12-31'));
    expect(notified.changes).toEqual([{ type: 'particulars-changed', effectiveOn: '2026-12-06', accountingReferenceDate: { month: 2, day: 29 } }]);
  });

  it('FC-5: deciding on the office in force while a move waits supersedes the move: nothing waits and no AD01 is owed', () => {
    const changes = [change('2026-05-01', { registeredOffice: 'Office B' }), change('2026-05-03', { registeredOffice: 'Old office' })];
    const { changes: registered, pending } = registeredParticulars(base, changes, [], d('2026-05-31'));
    expect([companyParticularsOn(base, registered, d('2026-05-31')).registeredOffice, pending]).toEqual(['Old office', []]);
    expect(particularsDuties(base, changes)).toEqual([]);
  });

  it('FC-5: the office or reference date already decided and waiting is refused as no change (PARTICULARS_UNCHANGED naming the field, the day decided and the form); the office in force while a move waits is a change', () => {
    const changes = [change('2026-05-01', { registeredOffice: 'Office B' })];
    const waiting = registeredParticulars(base, changes, [], d('2026-05-04'));
    const inForce = companyParticularsOn(base, waiting.changes, d('2026-05-04'));
    const again = change('2026-05-04', { registeredOffice: 'Office B' });
    expect(errorCode(() => checkNotAlreadyWaiting(waiting, inForce, again))).toBe('PARTICULARS_UNCHANGED');
    try {
      checkNotAlreadyWaiting(waiting, inForce, again);
    } catch (e) {
      expect([(e as DomainError).details, (e as DomainError).message]).toEqual([
        { field: 'registeredOffice', decidedOn: '2026-05-01', formCode: 'AD01' },
        'the registered office Office B was decided on 2026-05-01 and waits for its AD01: record the AD01 as filed to put it in force',
      ]);
    }
    expect(() => checkNotAlreadyWaiting(waiting, inForce, change('2026-05-04', { registeredOffice: 'Old office' }))).not.toThrow();
    const withCodes = change('2026-05-04', { registeredOffice: 'Office B', sicCodes: ['86210'] });
    expect(() => checkNotAlreadyWaiting(waiting, inForce, withCodes)).not.toThrow();
    // Recorded, the office given again beside the codes is no new decision: the move of 1 May still waits and owes the AD01.
    expect(registeredParticulars(base, [...changes, withCodes], [], d('2026-05-04')).pending.map((p) => p.reference)).toEqual(['ad01-2026-05-01']);
    expect(particularsDuties(base, [...changes, withCodes]).map((x) => x.reference)).toEqual(['ad01-2026-05-01']);
  });
  it('FC-5: each change says of its notice whether it was filed by the day asked about or waits; only AD01 and AA01 filings are notices', () => {
    const changes = [change('2026-05-01', { registeredOffice: 'Office B', sicCodes: ['86210'] }), change('2026-05-03', { accountingReferenceDate: { month: 3, day: 31 } })];
    const notices = [filed('ad01-2026-05-01', '2026-05-06')];
    const on = (day: string) => {
      const { pending } = registeredParticulars(base, changes, notices, d(day));
      return changes.map((c) => noticesOfChange(c, notices, pending, d(day)).map((n) => [n.formCode, n.filedOn, n.waiting]));
    };
    expect(on('2026-05-05')).toEqual([[['AD01', null, true]], [['AA01', null, true]]]);
    expect(on('2026-05-06')).toEqual([[['AD01', '2026-05-06', false]], [['AA01', null, true]]]);
    expect(noticesOfChange(change('2026-05-01', { sicCodes: ['86210'] }), notices, [], d('2026-05-06'))).toEqual([]);
    expect([noticeOfFiling({ kind: 'aa01', reference: 'aa01-2026-05-03', effectiveOn: d('2026-05-04') }), noticeOfFiling({ kind: 'sh01', reference: 'x', effectiveOn: d('2026-05-04') })]).toEqual([
      { kind: 'aa01', reference: 'aa01-2026-05-03', filedOn: '2026-05-04' },
      null,
    ]);
  });
});
