import type { CalendarDate } from '../calendar/calendar-date';

/** The duty kinds of officers' notifications, named after their forms (EC-2). */
export type OfficerDutyKind = 'ap01' | 'tm01' | 'ch01' | 'ap03' | 'tm02' | 'ch03';

/** The duty kinds of PSC notifications: a registrable person (PSC01), or the statement that there is none (PSC08). */
export type PscDutyKind = 'psc01' | 'psc08';

/** The duty kinds of particulars changes: registered office (AD01), accounting reference date (AA01) and registered email address (s.88B). */
export type ParticularsDutyKind = 'ad01' | 'aa01' | 'registered-email';

/**
 * A duty to notify Companies House, as the compliance calendar takes it: the kind, a reference
 * unique to the change, and the due date. `arisesOn` is the day of the change.
 */
export interface NotificationDuty<K extends string = string> {
  readonly kind: K;
  readonly reference: string;
  readonly arisesOn: CalendarDate;
  readonly dueOn: CalendarDate;
  /** A notice the law sets no time for (AD01, s.87, and AA01, s.392: the change takes effect only when notified): `dueOn` is the first day it may be filed, and it is never overdue. */
  readonly noDeadline?: true;
}
