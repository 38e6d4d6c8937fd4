import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { changesThatChange, companyParticularsOn, particularsChangesInDateOrder, referenceDayInWords, type CompanyParticulars, type CompanyParticularsChanged, type ReferenceDay } from './company-particulars';
import type { NotificationDuty, ParticularsDutyKind } from './notification-duty';

/** A notice to Companies House that registers a change of particulars: an AD01 or AA01 recorded as filed, by its duty reference (`ad01-<date decided>`). */
export interface ParticularsNoticeFiled {
  readonly kind: string;
  readonly reference: string;
  /** The calendar date the notice was delivered, taken as the day Companies House registered it. */
  readonly filedOn: CalendarDate;
}

/** A change of registered office or accounting reference date decided but not yet in force: its AD01 or AA01 is not recorded as filed. */
export interface ParticularsChangePending {
  /** The calendar date of the change as recorded: the day the company decided it. */
  readonly decidedOn: CalendarDate;
  readonly formCode: 'AD01' | 'AA01';
  /** The reference of the duty the notice answers (`ad01-2026-05-01`). */
  readonly reference: string;
  readonly registeredOffice?: string;
  readonly accountingReferenceDate?: ReferenceDay;
}

/** The registered changes and the changes still waiting for their notice. */
export interface RegisteredParticulars {
  /** The changes as Companies House holds them: a new office or reference date dated the day its notice was filed, the other particulars on the day recorded. */
  readonly changes: CompanyParticularsChanged[];
  /** Pending changes as at the day asked about: at most one of each kind, the latest decided. */
  readonly pending: ParticularsChangePending[];
}

/** The particulars a notice puts in force (FC-5). */
type NoticeKind = 'registeredOffice' | 'accountingReferenceDate';
const NOTICE_KINDS: readonly NoticeKind[] = ['registeredOffice', 'accountingReferenceDate'];
const FORM = { registeredOffice: 'AD01', accountingReferenceDate: 'AA01' } as const;
const END_OF_TIME = '9999-12-31' as CalendarDate;
const noticeReference = (kind: NoticeKind, decidedOn: CalendarDate) => `${FORM[kind].toLowerCase()}-${decidedOn}`;

/** A decision to change the office or the reference date: the last of its kind recorded for its day (one notice per day). */
interface Decision {
  readonly kind: NoticeKind;
  readonly decidedOn: CalendarDate;
  readonly value: string | ReferenceDay;
  readonly reference: string;
  /** The day its notice was filed, when one was. */
  readonly filedOn: CalendarDate | undefined;
  /** Its place in the order recorded (the ledger's). */
  readonly recorded: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Each kind's decisions in the order decided (date, then ledger order), two of one day being one (the later recorded), and one repeating the decision before it none. */
function decisionsOf(changes: readonly CompanyParticularsChanged[], filings: readonly ParticularsNoticeFiled[]): Decision[] {
  const byReference = new Map<string, Decision>();
  for (const c of particularsChangesInDateOrder(changes)) {
    const recorded = changes.indexOf(c);
    for (const kind of NOTICE_KINDS) {
      const value = c[kind];
      if (value === undefined) continue;
      const reference = noticeReference(kind, c.effectiveOn);
      // The same office or date decided again (given beside another change) is no new decision.
      const previous = [...byReference.values()].filter((d) => d.kind === kind).at(-1);
      if (previous !== undefined && previous.reference !== reference && same(previous.value, value)) continue;
      byReference.delete(reference);
      byReference.set(reference, { kind, decidedOn: c.effectiveOn, value, reference, filedOn: filings.find((f) => f.reference === reference)?.filedOn, recorded });
    }
  }
  return [...byReference.values()];
}

/**
 * Whether a later decision of the same kind, recorded after `d`, was made by `on` and before `d`'s notice
 * was filed (or at all, when none was): `d` is then never notified. A decision back-dated before one
 * already recorded (history entered late) is not superseded by it.
 */
function superseded(d: Decision, decisions: readonly Decision[], on: CalendarDate): boolean {
  const later = decisions.slice(decisions.indexOf(d) + 1).filter((l) => l.kind === d.kind && l.recorded > d.recorded && compareDates(l.decidedOn, on) <= 0);
  return later.some((l) => d.filedOn === undefined || compareDates(l.decidedOn, d.filedOn) < 0);
}

/** The office and reference date changes registered by the end of `on`, each dated the day its notice was filed. */
function registeredChanges(decisions: readonly Decision[], on: CalendarDate, except?: Decision): CompanyParticularsChanged[] {
  return decisions
    .filter((d) => d !== except && d.filedOn !== undefined && compareDates(d.filedOn, on) <= 0)
    .map((d) => ({ type: 'particulars-changed' as const, effectiveOn: d.filedOn!, [d.kind]: d.value }));
}

/**
 * FC-5: a new registered office takes effect when Companies House registers the AD01 (s.87(1)), and a
 * new accounting reference date only by the AA01 notice given to the registrar (s.392(1)): a change
 * recorded and never notified leaves the office and reference date as they were. A change of the
 * office or the reference date is the company's decision, dated the day decided; it is in force from
 * the day its AD01 or AA01 (`ad01-<date decided>`, `aa01-<date decided>`) was filed, when on or before
 * `on`. Two decisions of one kind on one day are one, the later recorded. A decision not notified is
 * pending on `on` when it is the latest of its kind decided by then and differs from what is in force;
 * a later decision supersedes it (it is then never notified). The company number, registered email
 * address and SIC codes take effect on the day recorded. Pure: `filings` may hold filings of any kind;
 * only the references of AD01 and AA01 are read.
 */
export function registeredParticulars(base: CompanyParticulars, changes: readonly CompanyParticularsChanged[], filings: readonly ParticularsNoticeFiled[], on: CalendarDate): RegisteredParticulars {
  const decisions = decisionsOf(changes, filings);
  const others = changes.flatMap(({ registeredOffice: _office, accountingReferenceDate: _ard, ...rest }) =>
    rest.companyNumber !== undefined || rest.registeredEmailAddress !== undefined || rest.sicCodes !== undefined ? [rest] : [],
  );
  const registered = [...others, ...registeredChanges(decisions, on)];
  const inForce = companyParticularsOn(base, registered, on);
  const pending = decisions
    .filter((d) => compareDates(d.decidedOn, on) <= 0 && (d.filedOn === undefined || compareDates(d.filedOn, on) > 0))
    .filter((d) => !superseded(d, decisions, on) && !same(d.value, inForce[d.kind]))
    .map((d): ParticularsChangePending => ({ decidedOn: d.decidedOn, formCode: FORM[d.kind], reference: d.reference, [d.kind]: d.value }));
  return { changes: registered, pending };
}

/**
 * FC-5: a new registered office takes effect when Companies House registers the AD01 (s.87(1)), and a
 * new accounting reference date by the AA01 notice to the registrar (s.392(1)); neither sets a time for
 * filing: each is a notice to file from the day the change is decided, never overdue (`noDeadline`), and
 * until it is filed the change is pending ({@link registeredParticulars}); which decisions owe one is
 * {@link noticeDuties}'s rule (`filings`: the AD01s and AA01s recorded). ECCTA (CA 2006 s.88B): a change
 * of the registered email address is made by notice to the registrar, stating that the new address is an
 * appropriate one (s.88A(2)); the Act gives no day it takes effect on, so the company's record has it from
 * the day recorded, and a new address replacing one in force raises a `registered-email` notice with no
 * deadline, as AD01 does;
 * the first address recorded (given with the confirmation statement, s.853A, or the application to
 * register) raises none, nor does one already in force ({@link changesThatChange}). A company number
 * (given by Companies House) and SIC codes (confirmed with the confirmation statement) raise no duty of
 * their own. Reference `<kind>-<date of the change>`, the email notices first.
 */
export function particularsDuties(base: CompanyParticulars, changes: readonly CompanyParticularsChanged[], filings: readonly ParticularsNoticeFiled[] = []): NotificationDuty<ParticularsDutyKind>[] {
  const duties = new Map<string, NotificationDuty<ParticularsDutyKind>>();
  let email = base.registeredEmailAddress;
  for (const c of changesThatChange(base, changes)) {
    if (c.registeredEmailAddress === undefined) continue;
    const reference = `registered-email-${c.effectiveOn}`;
    if (email !== null) duties.set(reference, { kind: 'registered-email', reference, arisesOn: c.effectiveOn, dueOn: c.effectiveOn, noDeadline: true });
    email = c.registeredEmailAddress;
  }
  for (const d of noticeDuties(base, changes, filings)) duties.set(d.reference, { ...d, dueOn: d.arisesOn, noDeadline: true });
  return [...duties.values()];
}

/**
 * FC-5: the AD01 and AA01 the company owes: one for each decision to change the office or the
 * reference date (two of one day being one, the later recorded) that differs from what was in force
 * that day (the registered value, from the other notices filed by then) and that no later decision
 * superseded before it was notified. A notice with no deadline (s.87, s.392): `arisesOn` and `dueOn`
 * are the day decided. Reference `<kind>-<date decided>`.
 */
export function noticeDuties(base: CompanyParticulars, changes: readonly CompanyParticularsChanged[], filings: readonly ParticularsNoticeFiled[]): { kind: 'ad01' | 'aa01'; reference: string; arisesOn: CalendarDate }[] {
  const decisions = decisionsOf(changes, filings);
  return decisions
    .filter((d) => !superseded(d, decisions, END_OF_TIME))
    .filter((d) => !same(d.value, companyParticularsOn(base, registeredChanges(decisions, d.decidedOn, d), d.decidedOn)[d.kind]))
    .map((d) => ({ kind: d.kind === 'registeredOffice' ? 'ad01' as const : 'aa01' as const, reference: d.reference, arisesOn: d.decidedOn }));
}

/**
 * FC-5: a change of the office or the reference date already decided and waiting for its notice is no
 * new change: throws `PARTICULARS_UNCHANGED` naming the field, the day decided and the form, when every
 * particular `change` gives is as in force on its day or as decided and waiting then, and one of them
 * is waiting. A change back to what is in force while another waits is a change: it supersedes the one waiting.
 */
export function checkNotAlreadyWaiting(registered: RegisteredParticulars, inForce: CompanyParticulars, change: CompanyParticularsChanged): void {
  const waiting = NOTICE_KINDS.flatMap((kind) => {
    const p = registered.pending.find((w) => w[kind] !== undefined);
    return p !== undefined && change[kind] !== undefined && same(change[kind], p[kind]) ? [{ kind, p }] : [];
  });
  if (waiting.length === 0) return;
  const fields = (['companyNumber', 'registeredOffice', 'registeredEmailAddress', 'accountingReferenceDate', 'sicCodes'] as const).filter((f) => change[f] !== undefined);
  const asBefore = (f: (typeof fields)[number]) => waiting.some((w) => w.kind === f) || (same(change[f], inForce[f]) && !registered.pending.some((p) => p[f as NoticeKind] !== undefined));
  if (!fields.every(asBefore)) return;
  const { kind, p } = waiting[0]!;
  const what = kind === 'registeredOffice' ? `the registered office ${String(p.registeredOffice)}` : `the accounting reference date ${referenceDayInWords(p.accountingReferenceDate!)}`;
  throw new DomainError('PARTICULARS_UNCHANGED', `${what} was decided on ${p.decidedOn} and waits for its ${p.formCode}: record the ${p.formCode} as filed to put it in force`, {
    field: kind,
    decidedOn: p.decidedOn,
    formCode: p.formCode,
  });
}

/** The particulars as the company has decided them: `inForce` with the office and reference date of each change `pending` (FC-5). */
export function asDecided(inForce: CompanyParticulars, pending: readonly ParticularsChangePending[]): CompanyParticulars {
  return pending.reduce<CompanyParticulars>((p, w) => ({
    ...p,
    registeredOffice: w.registeredOffice ?? p.registeredOffice,
    accountingReferenceDate: w.accountingReferenceDate ?? p.accountingReferenceDate,
  }), inForce);
}

/** A filing recorded (its kind, duty reference and `effectiveOn`, the day filed) as the notice it is, when an AD01 or AA01; else null. */
export function noticeOfFiling(filing: { readonly kind: string; readonly reference: string; readonly effectiveOn: CalendarDate }): ParticularsNoticeFiled | null {
  return filing.kind === 'ad01' || filing.kind === 'aa01' ? { kind: filing.kind, reference: filing.reference, filedOn: filing.effectiveOn } : null;
}

/** The notice of a change of the office or the reference date as at a day (FC-5). */
export interface ChangeNotice {
  readonly formCode: 'AD01' | 'AA01';
  readonly reference: string;
  /** The day it was filed, when by the day asked about; else null. */
  readonly filedOn: CalendarDate | null;
  /** Whether the change waits for it (neither filed nor waiting: superseded, or it changed nothing). */
  readonly waiting: boolean;
}

/**
 * FC-5: the AD01 or AA01 of each office or reference date `change` gives, as at `on`: its reference,
 * the day filed by then and whether the change waits for it (`pending`, from {@link registeredParticulars} as at `on`).
 */
export function noticesOfChange(change: CompanyParticularsChanged, filings: readonly ParticularsNoticeFiled[], pending: readonly ParticularsChangePending[], on: CalendarDate): ChangeNotice[] {
  return NOTICE_KINDS.filter((kind) => change[kind] !== undefined).map((kind) => {
    const reference = noticeReference(kind, change.effectiveOn);
    const filedOn = filings.find((f) => f.reference === reference && compareDates(f.filedOn, on) <= 0)?.filedOn ?? null;
    return { formCode: FORM[kind], reference, filedOn, waiting: pending.some((p) => p.reference === reference && same(p[kind], change[kind])) };
  });
}
