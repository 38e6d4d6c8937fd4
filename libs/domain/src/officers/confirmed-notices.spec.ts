import { calendarDate, type CalendarDate } from '../calendar/calendar-date';
import type { Duty, DutyKind, FormCode } from '../governance/compliance-calendar';
import { withUndeliveredNotices } from './confirmed-notices';

const d = calendarDate;
const duty = (kind: DutyKind, reference: string, arisesOn: string, doneOn: string | null, formCode: FormCode | null): Duty => ({
  kind, reference, arisesOn: d(arisesOn), dueOn: d(arisesOn), doneOn: doneOn === null ? null : d(doneOn), status: doneOn === null ? 'overdue' : 'done', late: false, rule: 'EC-2', formCode, section: 'CA 2006 s.167',
});
/** A confirmation statement for the review period ending `endsOn`, delivered on `doneOn` (or not). */
const statement = (endsOn: string, doneOn: string | null, startsOn = '2024-09-01') => ({ ...duty('confirmation-statement', endsOn, startsOn, doneOn, 'CS01'), rule: 's.853A' as const, section: 'CA 2006 s.853A' });
const undelivered = (duties: Duty[]) => withUndeliveredNotices(duties).find((x) => x.kind === 'confirmation-statement')?.undeliveredNotices?.map((n) => `${n.formCode} ${n.reference} ${n.arisesOn}`);

describe('A confirmation statement confirms the notices of its period delivered (CA 2006 s.853A(1)(b))', () => {
  it('s.853A(1)(b): an AP01 of an appointment before the confirmation date, still undelivered when the statement was, is named on the statement', () => {
    const duties = [duty('ap01', 'director-7', '2025-06-01', null, 'AP01'), statement('2025-08-31', '2025-09-10')];
    expect(undelivered(duties)).toEqual(['AP01 director-7 2025-06-01']);
  });

  it('s.853A(1)(b): a notice delivered before the statement or the same day ("at the same time") is not named; one delivered after it is', () => {
    const duties = [
      duty('tm01', 'director-1', '2025-03-01', '2025-09-09', 'TM01'),
      duty('ad01', 'office-2', '2025-04-01', '2025-09-10', 'AD01'),
      duty('psc08', 'psc-3', '2025-05-01', '2025-09-11', 'PSC08'),
      statement('2025-08-31', '2025-09-10'),
    ];
    expect(undelivered(duties)).toEqual(['PSC08 psc-3 2025-05-01']);
  });

  it('s.853A(1)(b), FC-2: a change after the confirmation date is the next statement\'s, and a statement delivered early is made up to the day it was delivered', () => {
    const change = duty('ch01', 'director-2', '2025-07-15', null, 'CH01');
    // Made up to 31 August: the change of 15 July is in its period.
    expect(undelivered([change, statement('2025-08-31', '2025-09-01')])).toEqual(['CH01 director-2 2025-07-15']);
    // Delivered early, on 10 July: made up to 10 July, so the change of 15 July is not in it.
    expect(undelivered([change, statement('2025-08-31', '2025-07-10')])).toBeUndefined();
    // Made up to 31 May 2025: the change of 15 July is after it.
    expect(undelivered([change, statement('2025-05-31', '2025-06-01')])).toBeUndefined();
    // A change before the review period began (1 August 2025) is the earlier period's statement's, delivered or not.
    expect(undelivered([change, statement('2026-07-31', '2026-08-05', '2025-08-01')])).toBeUndefined();
    expect(undelivered([change, statement('2026-07-31', '2026-08-05', '2025-07-15')])).toEqual(['CH01 director-2 2025-07-15']);
  });

  it('s.853A(2): what the statement does not confirm (an SH01, the accounts, an AA01) is never named, and a statement not yet delivered names nothing', () => {
    const others = [duty('sh01', 'share-allotment-38', '2025-06-01', null, 'SH01'), duty('annual-accounts', '2024-09-30', '2024-10-01', null, 'AA'), duty('aa01', 'ard-1', '2025-06-01', null, 'AA01')];
    expect(undelivered([...others, statement('2025-08-31', '2025-09-10')])).toBeUndefined();
    expect(undelivered([duty('ap01', 'director-7', '2025-06-01', null, 'AP01'), statement('2025-08-31', null)])).toBeUndefined();
  });

  it('s.853A(1)(b): the notices are looked for in the whole calendar given, not only the listed duties (a notice due before the window)', () => {
    const listed = [statement('2025-08-31', '2025-09-10')];
    const all = [duty('ap03', 'secretary-1', '2024-12-01', '2025-10-01', 'AP03'), ...listed];
    expect(withUndeliveredNotices(listed, all)[0]!.undeliveredNotices).toEqual([{ kind: 'ap03', reference: 'secretary-1', formCode: 'AP03', arisesOn: '2024-12-01' as CalendarDate }]);
    expect(withUndeliveredNotices(listed)[0]!.undeliveredNotices).toBeUndefined();
  });
});
