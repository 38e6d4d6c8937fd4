import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import type { Duty, DutyKind } from '../governance/compliance-calendar';
import { confirmationDateOf } from '../governance/filing-periods';

/**
 * A notice to the registrar that a confirmation statement confirmed as delivered while it was not:
 * its duty's kind, reference and form, and the day the change it notifies took effect (`arisesOn`).
 */
export type UndeliveredNotice = NonNullable<Duty['undeliveredNotices']>[number];

/**
 * The notices a confirmation statement confirms (CA 2006 s.853A(1)(b), (2)): of changes among the
 * directors and secretaries and in their particulars (AP01, TM01, CH01, AP03, TM02, CH03; ss.167, 276),
 * of the registered office (AD01, s.87) and of the people with significant control (PSC01, PSC08;
 * s.790VA). The registered email address is given in the statement itself (s.88B; checked when the
 * statement is recorded), and accounts are not confirmed by it.
 */
const CONFIRMED_KINDS: ReadonlySet<DutyKind> = new Set<DutyKind>(['ap01', 'tm01', 'ch01', 'ap03', 'tm02', 'ch03', 'ad01', 'psc01', 'psc08']);

/**
 * s.853A(1)(b): a confirmation statement confirms that every notice the company owed the registrar
 * in relation to its confirmation period has been delivered, or is delivered at the same time. For
 * each confirmation statement of `duties` that is done, the notices of `all` (the whole calendar, so
 * that a notice that fell due before the listed window is seen) of a change in its review period
 * (from the period's first day, the duty's `arisesOn`, to its confirmation date: the period's end, or
 * the day delivered when early, FC-2) that were not delivered by the day it was: given as
 * `undeliveredNotices` on that duty. A change of an earlier period is that period's statement's. The statement
 * stays done (it was delivered, and the calendar records what was filed); the list says what it
 * confirmed wrongly. Other duties are returned as they are.
 */
export function withUndeliveredNotices(duties: readonly Duty[], all: readonly Duty[] = duties): Duty[] {
  const notices = all.filter((d) => CONFIRMED_KINDS.has(d.kind));
  return duties.map((duty) => {
    if (duty.kind !== 'confirmation-statement' || duty.doneOn === null) return duty;
    const deliveredOn = duty.doneOn;
    const confirmationDate = confirmationDateOf(duty.reference as CalendarDate, deliveredOn);
    const undelivered = notices
      .filter((n) => compareDates(n.arisesOn, duty.arisesOn) >= 0 && compareDates(n.arisesOn, confirmationDate) <= 0 && (n.doneOn === null || compareDates(n.doneOn, deliveredOn) > 0))
      .map((n): UndeliveredNotice => ({ kind: n.kind, reference: n.reference, formCode: n.formCode, arisesOn: n.arisesOn }));
    return undelivered.length === 0 ? duty : { ...duty, undeliveredNotices: undelivered };
  });
}
