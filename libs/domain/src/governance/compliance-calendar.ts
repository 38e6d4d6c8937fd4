import { addDays, addMonths, compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DEFAULT_GOVERNANCE_SETTINGS, type GovernanceSettings } from './governance-settings';
import type { ResolutionMatter, ResolutionOutcome } from './resolution';
import type { PracticeShareRecord } from '../share-register/practice-closure';
import { closedByAnnualReturn, companyAccountingPeriods, filedReviewPeriods, type AccountingReferenceDateChange } from './filing-periods';

import type { NotificationDuty, OfficerDutyKind, ParticularsDutyKind, PscDutyKind } from '../officers/notification-duty';
import { NOTIFICATION_RULE, source, type DutyKind, type DutyRule, type FormCode } from './duty-sources';

export type { DutyKind, DutyRule, FormCode } from './duty-sources';

/** `done`: done on or before the as-at date; `overdue`: not done and the due date has gone by; `due`: neither. */
export type DutyStatus = 'due' | 'overdue' | 'done';

/** Shares allotted on `allottedOn`; `reference` names the allotment (say, its ledger event id). */
export interface AllotmentRecord {
  readonly reference: string;
  readonly allottedOn: CalendarDate;
  /**
   * Taken by a subscriber to the memorandum on incorporation: in the statement of capital delivered
   * with the application to register (IN01), so no SH01 is due (FC-1).
   */
  readonly subscriber?: boolean;
  /** The day the share was cancelled, if it has been: no certificate is due once it is gone (FC-4). */
  readonly cancelledOn?: CalendarDate | null;
}

/** A transfer lodged with the company, and the day it was registered or refused, if it has been. */
export interface TransferRecord {
  readonly reference: string;
  readonly lodgedOn: CalendarDate;
  readonly registeredOn: CalendarDate | null;
  readonly refusedOn: CalendarDate | null;
  /** RM-4, SR-4: the day a correction voided the transfer's registration with nothing in its place: no certificate is then due for it. */
  readonly voidedOn?: CalendarDate | null;
}

/** A share bought back (SR-2) or cancelled in a reduction of capital (SR-1) on `on`, by resolution `authorisedBy` (s.644(1)). */
export interface CapitalChangeRecord {
  readonly reference: string;
  readonly on: CalendarDate;
  readonly kind: 'buy-back' | 'reduction';
  readonly authorisedBy?: string | null;
}

/** A resolution and its outcome (from `resolutionOutcome`, as at the calendar's as-at date), and what it does (a members' resolution). */
export interface ResolutionRecord {
  readonly reference: string;
  readonly outcome: ResolutionOutcome;
  readonly matter?: ResolutionMatter;
  /**
   * s.26: the day the amendment of the articles it makes takes effect, where that is not the day it
   * passed (a change of the asset-locked bodies the articles name, from the change's day; a change of
   * the objects, from the day the CIC Regulator approved it: `objectsChangedOn`; CI-6); absent: the day
   * it passed, except for a change of the objects, which amends nothing until approved.
   */
  readonly articlesAmendedOn?: CalendarDate;
}

/**
 * A duty done: a form delivered, a certificate ready. `reference` is the duty's: the allotment's,
 * transfer's or resolution's reference, or for periodic filings the end date of the period
 * (confirmation statement: the review period; accounts and CIC34: the accounting reference period).
 */
export interface FilingRecord {
  readonly kind: DutyKind;
  readonly reference: string;
  readonly filedOn: CalendarDate;
  /** A confirmation statement's statement of lawful purpose (CA 2006 s.853A, from 5 March 2024): present only when made. */
  readonly lawfulPurposeStatement?: true;
}

/** What the calendar is computed from: plain records, no register or ledger. */
export interface ComplianceRecords {
  readonly incorporatedOn: CalendarDate;
  readonly settings?: Pick<GovernanceSettings, 'accountingReferenceDate' | 'firstAccountsPeriodEndsOn'>;
  /** FC-5, s.392: accounting reference dates changed by AA01, each from the period it was notified in. */
  readonly accountingReferenceDateChanges?: readonly AccountingReferenceDateChange[];
  readonly allotments: readonly AllotmentRecord[];
  readonly transfers: readonly TransferRecord[];
  readonly resolutions: readonly ResolutionRecord[];
  readonly filings: readonly FilingRecord[];
  /** Buy-backs and reductions of capital, each owing its returns to Companies House. */
  readonly capitalChanges?: readonly CapitalChangeRecord[];
  /** SH-5: shares held by practices that ceased, each a duty until the share leaves the practice (see `practiceShareDuties`). */
  readonly practiceShares?: readonly PracticeShareRecord[];
  /** Notifications to Companies House of officers, PSCs and particulars, each due on its own day (EC-2, EC-5, FC-5). */
  readonly notifications?: readonly NotificationDuty<OfficerDutyKind | PscDutyKind | ParticularsDutyKind>[];
}

/** Duties due from `from` to `to` (both included), with their status as at the end of `asAt`; with `overdueBeforeFrom`, also every duty still overdue that fell due before `from`. */
export interface ComplianceWindow {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly asAt: CalendarDate;
  readonly overdueBeforeFrom?: boolean;
}

/** A dated duty. `late`: done after its due date, or overdue. */
export interface Duty {
  readonly kind: DutyKind;
  readonly reference: string;
  readonly dueOn: CalendarDate;
  /** The first day the duty can be done: the day of what it files (the allotment, the lodging, the resolution passed, the change notified), the first day of a review period (FC-2), the day after an accounting period ends. */
  readonly arisesOn: CalendarDate;
  readonly status: DutyStatus;
  readonly doneOn: CalendarDate | null;
  readonly late: boolean;
  readonly rule: DutyRule;
  /** The Companies House form, or null where the duty is the company's own act. */
  readonly formCode: FormCode | null;
  /** The statute section the duty comes from, e.g. `CA 2006 s.555`. */
  readonly section: string;
  /** What is to be done, where the kind alone does not say (SH-5: `transfer to the successor`, `buy-back`, `surrender`). */
  readonly action?: string;
  /** A notice to file that the law sets no time for (AD01, s.87): `dueOn` is the first day it may be filed; never `overdue` nor `late`. */
  readonly noDeadline?: true;
  /** A confirmation statement done: the notices it confirmed as delivered that were not yet (s.853A(1)(b); `withUndeliveredNotices`). */
  readonly undeliveredNotices?: readonly { readonly kind: DutyKind; readonly reference: string; readonly formCode: FormCode | null; readonly arisesOn: CalendarDate }[];
}

/**
 * The company's dated duties falling due in the window, ordered by due date, kind and reference:
 * - SH-1 `sh01`: one month after each allotment (s.555), corresponding date, month-end rule
 *   (`addMonths`); none for subscribers' shares taken on incorporation (FC-1);
 * - SH-2 `share-certificate`: two months after each allotment (s.769) and after each transfer is lodged
 *   (s.776); none for a transfer refused (it owes the notice of refusal instead) or a share cancelled
 *   before the certificate fell due (FC-4);
 * - SH-3 `transfer-decision`: two months after lodging (s.771), done on registration or refusal;
 * - FR-1 `resolution-filing`: the outcome's `filingDueOn`, 15 days after a filable resolution passed;
 * - s.26 `articles-filing`: the articles as amended, 15 days after the amendment takes effect: when a
 *   resolution amending them (`matter: 'amendment-of-articles'`) passed, or on `articlesAmendedOn`; for a
 *   change of the objects (`matter: 'change-of-objects'`, CI-6) only on `articlesAmendedOn`, the day the CIC
 *   Regulator approved it: none while the decision is awaited or once refused (its FR-1 copy is owed all the same);
 * - s.853A `confirmation-statement`: 14 days after each review period; a statement filed early makes
 *   the filing date the confirmation date and starts the next period the day after (FC-2); a period
 *   ending before 30 June 2016 closes with an annual return (AR01, rule `s.854`), due 28 days after, the
 *   first made up to the anniversary of incorporation (`firstReviewPeriodEnd`); a statement recorded under
 *   its period's earlier reference (`earlierStatementReference`, up to the first statement delivered early) answers the period
 *   (`filedReviewPeriods`);
 * - s.442 `annual-accounts` and CI-5 `cic34-report` (delivered with the accounts): see `accountingPeriods`.
 * - SR-2 `sh03` and `sh06`: in the 28 days beginning with a buy-back's day (ss.707, 708);
 * - SR-1 `sh19`: 15 days after a reduction's resolution passed (s.644(1); else after the cancellation); one for
 *   all the shares one resolution cancels, referenced by the first of them recorded, from the first to take place.
 * A written resolution that lapses is not a duty (FC-3). A duty owed for an allotment, a lodged transfer, a
 * change of capital, a practice's share or a notified change (an officer's, a PSC's, the particulars') is not
 * listed as at a day before it (as a resolution's duties are not before it passes); the confirmation
 * statements and accounts are owed whatever happens.
 * A duty is done by a filing of its kind and reference dated on or before `asAt` (the earliest counts).
 */
export function complianceCalendar(records: ComplianceRecords, window: ComplianceWindow): Duty[] {
  const filed = new Map<string, CalendarDate>();
  for (const f of records.filings) {
    const key = `${f.kind}|${f.reference}`;
    const before = filed.get(key);
    if (compareDates(f.filedOn, window.asAt) <= 0 && (before === undefined || compareDates(f.filedOn, before) < 0)) {
      filed.set(key, f.filedOn);
    }
  }
  const duties: Duty[] = [];
  const addDuty = (noDeadline: boolean, kind: DutyKind, rule: DutyRule, reference: string, dueOn: CalendarDate, arisesOn: CalendarDate, ...doneOn: (CalendarDate | null)[]) => {
    const { formCode, section } = source(kind, rule);
    if (compareDates(dueOn, window.to) > 0) return;
    const done = [filed.get(`${kind}|${reference}`) ?? null, ...doneOn]
      .filter((d): d is CalendarDate => d !== null && compareDates(d, window.asAt) <= 0)
      .sort(compareDates)[0];
    // A notice with no deadline (AD01, s.87) stays due until it is filed: never overdue, never late.
    const status: DutyStatus = done !== undefined ? 'done' : !noDeadline && compareDates(window.asAt, dueOn) > 0 ? 'overdue' : 'due';
    const stillOpen = status === 'overdue' || (noDeadline && status === 'due');
    if (compareDates(dueOn, window.from) < 0 && !(window.overdueBeforeFrom === true && stillOpen)) return;
    const late = !noDeadline && (done !== undefined ? compareDates(done, dueOn) > 0 : status === 'overdue');
    duties.push({ kind, reference, dueOn, arisesOn, status, doneOn: done ?? null, late, rule, formCode, section, ...(noDeadline ? { noDeadline: true as const } : {}) });
  };
  const add = (kind: DutyKind, rule: DutyRule, reference: string, dueOn: CalendarDate, arisesOn: CalendarDate, ...doneOn: (CalendarDate | null)[]) =>
    addDuty(false, kind, rule, reference, dueOn, arisesOn, ...doneOn);
  // A duty owed for something done (an allotment, a lodged transfer, a change of capital, a practice ceasing, a
  // change to notify) is not owed as at a day before it was done, as a resolution's duties wait until it passes.
  const happened = (on: CalendarDate) => compareDates(on, window.asAt) <= 0;

  for (const a of records.allotments) {
    if (!happened(a.allottedOn)) continue;
    if (!a.subscriber) add('sh01', 'SH-1', a.reference, addMonths(a.allottedOn, 1), a.allottedOn);
    const certificateDueOn = addMonths(a.allottedOn, 2);
    const cancelledFirst = a.cancelledOn != null && compareDates(a.cancelledOn, certificateDueOn) < 0 && compareDates(a.cancelledOn, window.asAt) <= 0;
    if (!cancelledFirst) add('share-certificate', 'SH-2', a.reference, certificateDueOn, a.allottedOn);
  }
  for (const t of records.transfers) {
    if (!happened(t.lodgedOn)) continue;
    const refused = t.refusedOn !== null && compareDates(t.refusedOn, window.asAt) <= 0;
    const voided = t.voidedOn != null && compareDates(t.voidedOn, window.asAt) <= 0;
    if (!refused && !voided) add('share-certificate', 'SH-2', t.reference, addMonths(t.lodgedOn, 2), t.lodgedOn);
    add('transfer-decision', 'SH-3', t.reference, addMonths(t.lodgedOn, 2), t.lodgedOn, t.registeredOn, t.refusedOn);
  }
  for (const { reference, outcome, matter, articlesAmendedOn } of records.resolutions) {
    if (outcome.filingDueOn !== null) add('resolution-filing', 'FR-1', reference, outcome.filingDueOn, outcome.passedOn ?? outcome.filingDueOn);
    // CI-6: a change of the objects amends the articles only from the Regulator's approval.
    const amendedOn = articlesAmendedOn ?? (matter === 'change-of-objects' ? null : outcome.passedOn);
    const amends = matter === 'amendment-of-articles' || matter === 'change-of-objects';
    if (amends && outcome.passedOn !== null && amendedOn !== null && happened(amendedOn)) add('articles-filing', 's.26', reference, addDays(amendedOn, 15), amendedOn);
  }
  const passedOn = new Map(records.resolutions.map((r) => [r.reference, r.outcome.passedOn]));
  // SR-1 (s.644): the shares one resolution cancels are one reduction, with one SH19, referenced by the first of them recorded
  // (whatever the as-at day, so that a filing recorded against it stays against it) and owed once the first of them has taken place.
  const reductions = new Map<string, { first: CapitalChangeRecord; on: CalendarDate }>();
  for (const c of records.capitalChanges ?? []) {
    if (c.kind !== 'reduction' || c.authorisedBy == null) continue;
    const known = reductions.get(c.authorisedBy);
    if (known === undefined) reductions.set(c.authorisedBy, { first: c, on: c.on });
    else if (compareDates(c.on, known.on) < 0) reductions.set(c.authorisedBy, { ...known, on: c.on });
  }
  for (const c of records.capitalChanges ?? []) {
    const reduction = c.kind === 'reduction' && c.authorisedBy != null ? reductions.get(c.authorisedBy) : undefined;
    if (reduction !== undefined && reduction.first !== c) continue;
    const on = reduction?.on ?? c.on;
    if (!happened(on)) continue;
    if (c.kind === 'buy-back') {
      add('sh03', 'SR-2', c.reference, addDays(c.on, 27), c.on);
      add('sh06', 'SR-2', c.reference, addDays(c.on, 27), c.on);
    } else {
      const resolvedOn = (c.authorisedBy == null ? undefined : passedOn.get(c.authorisedBy)) ?? on;
      add('sh19', 'SR-1', c.reference, addDays(resolvedOn, 15), resolvedOn);
    }
  }
  for (const n of records.notifications ?? []) if (happened(n.arisesOn)) addDuty(n.noDeadline === true, n.kind, NOTIFICATION_RULE[n.kind], n.reference, n.dueOn, n.arisesOn);
  // A statement recorded under its period's earlier reference (the day before, for a company that delivered annual returns) answers it too.
  for (const period of filedReviewPeriods(records.incorporatedOn, (reference) => filed.get(`confirmation-statement|${reference}`))) {
    if (compareDates(period.dueOn, window.to) > 0) break;
    add('confirmation-statement', closedByAnnualReturn(period.endsOn) ? 's.854' : 's.853A', period.endsOn, period.dueOn, period.startsOn, period.filedOn);
  }
  const settings = records.settings ?? DEFAULT_GOVERNANCE_SETTINGS;
  for (const period of companyAccountingPeriods(records.incorporatedOn, settings, records.accountingReferenceDateChanges)) {
    if (compareDates(period.dueOn, window.to) > 0) break;
    add('annual-accounts', 's.442', period.endsOn, period.dueOn, addDays(period.endsOn, 1));
    add('cic34-report', 'CI-5', period.endsOn, period.dueOn, addDays(period.endsOn, 1));
  }
  for (const p of records.practiceShares ?? []) {
    if (!happened(p.ceasedOn)) continue;
    add('practice-share', 'SH-5', p.reference, p.dueOn, p.ceasedOn, p.doneOn);
    const added = duties[duties.length - 1];
    if (added?.reference === p.reference) duties[duties.length - 1] = { ...added, action: p.action };
  }
  return duties.sort(
    (a, b) => compareDates(a.dueOn, b.dueOn) || compareText(a.kind, b.kind) || compareText(a.reference, b.reference),
  );
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
