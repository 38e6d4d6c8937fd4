import { addDays, compareDates, type CalendarDate } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { entriesOf } from '../share-register/register-of-members';
import type { ShareEvent } from '../share-register/share-event';
import { ShareRegister } from '../share-register/share-register';
import { inEffectiveOrder } from '../share-register/share-rules';
import type { NotificationDuty, PscDutyKind } from './notification-duty';

/** One member's holding on a day: shares and the votes they carry. */
export interface PscHolding {
  readonly memberId: string;
  readonly name: string;
  readonly shares: number;
  readonly votes: number;
}

/** A holder of more than 25% of the shares or of the votes (Sch 1A paras 2–3). */
export interface RegistrablePerson {
  readonly memberId: string;
  readonly name: string;
  /** Percentages, to two decimal places. */
  readonly sharesPercent: number;
  readonly votesPercent: number;
}

/**
 * The company's PSC position on a day (EC-5): `no-registrable-person` (the prescribed statement
 * that the company knows of no registrable person) or `registrable-persons`, naming them.
 */
export interface PscPosition {
  readonly statement: 'no-registrable-person' | 'registrable-persons';
  readonly persons: readonly RegistrablePerson[];
  readonly issuedShares: number;
  /** EC-5 warnings: issued shares at 3 or fewer, or a holder over 25%. */
  readonly warnings: readonly string[];
}

/** A position held from `from` until the next statement. */
export interface PscStatement extends PscPosition {
  readonly from: CalendarDate;
}

/** More than this share of shares or votes makes a holder registrable (Sch 1A para 2). */
export const PSC_THRESHOLD_PERCENT = 25;

/** At or below this many issued shares, some holder must hold more than 25%: warn (EC-5). */
export const PSC_WARNING_ISSUED_SHARES = 3;

/** The PSC position from the holdings of one day. */
export function pscPosition(holdings: readonly PscHolding[]): PscPosition {
  const shares = holdings.reduce((sum, h) => sum + h.shares, 0);
  const votes = holdings.reduce((sum, h) => sum + h.votes, 0);
  const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10000) / 100);
  const persons = holdings
    .filter((h) => h.shares * 100 > shares * PSC_THRESHOLD_PERCENT || h.votes * 100 > votes * PSC_THRESHOLD_PERCENT)
    .map((h) => ({ memberId: h.memberId, name: h.name, sharesPercent: percent(h.shares, shares), votesPercent: percent(h.votes, votes) }))
    .sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
  const warnings: string[] = [];
  if (shares > 0 && shares <= PSC_WARNING_ISSUED_SHARES) warnings.push(`only ${shares} shares are in issue: at least one holder has more than 25% (EC-5)`);
  for (const p of persons) warnings.push(`${p.name} holds ${p.sharesPercent}% of the shares and ${p.votesPercent}% of the votes, more than 25% (EC-5)`);
  return { statement: persons.length === 0 ? 'no-registrable-person' : 'registrable-persons', persons, issuedShares: shares, warnings };
}

/**
 * The dated PSC statements from the register's history: one from the first day with holdings, and
 * one more each day the position changes (the statement or the persons named; a change in the
 * number of shares alone is not a change of position). `days` is each day the register changed,
 * with the holdings at the end of it, in date order.
 */
export function pscStatements(days: readonly { on: CalendarDate; holdings: readonly PscHolding[] }[]): PscStatement[] {
  const statements: PscStatement[] = [];
  for (const day of days) {
    const position = pscPosition(day.holdings);
    const last = statements[statements.length - 1];
    if (last === undefined || pscPositionKey(last) !== pscPositionKey(position) || last.warnings.length !== position.warnings.length) statements.push({ from: day.on, ...position });
  }
  return statements;
}

/**
 * The dated statements from the share ledger: the register folded once, its holdings (one vote a
 * share) taken at the end of each day with share events.
 */
export function pscStatementsOf(company: Company, events: readonly ShareEvent[]): PscStatement[] {
  const ordered = inEffectiveOrder(events);
  const days: { on: CalendarDate; holdings: PscHolding[] }[] = [];
  let applied = 0;
  ShareRegister.fold(company, ordered, (event, _before, after) => {
    applied += 1;
    if (ordered[applied]?.effectiveOn === event.effectiveOn) return;
    const holdings = entriesOf(after, 'current').entries.map((m) => ({ memberId: m.memberId, name: m.name, shares: m.shares.length, votes: m.shares.length }));
    days.push({ on: event.effectiveOn, holdings });
  });
  return pscStatements(days);
}

/** The statement in force at the end of `on`, or null before the first. */
export function pscStatementOn(statements: readonly PscStatement[], on: CalendarDate): PscStatement | null {
  return [...statements].reverse().find((s) => compareDates(s.from, on) <= 0) ?? null;
}

/**
 * EC-2 / EC-5: each change of position after the first statement (which is delivered with the
 * application to register) is notified to Companies House. Reference `psc-<date of the change>`.
 * - A change to "no registrable person" (PSC08) is due 14 days after the change: there is nobody
 *   whose particulars need confirming.
 * - A change naming registrable persons (PSC01) is due 14 days after the company **receives
 *   confirmation of their particulars** (EC-2, s.790VA as amended by ECCTA). The company records that
 *   it has them by recording its statement naming those persons (`psc.statement-recorded`, which may
 *   only state confirmed particulars): the first recorded statement of the same position, on or after
 *   the change and before the next change, starts the 14 days. Until one is recorded nothing is yet due;
 *   the change is listed as unrecorded ({@link unrecordedPscChanges}) and warned of on the company's page.
 * `recorded`: the statements the company recorded (their `effectiveOn`, the day made), in any order.
 */
export function pscNotificationDuties(statements: readonly PscPositionDay[], recorded: readonly RecordedPosition[] = []): NotificationDuty<PscDutyKind>[] {
  const duties: NotificationDuty<PscDutyKind>[] = [];
  for (let i = 1; i < statements.length; i += 1) {
    const s = statements[i]!;
    const key = pscPositionKey(s);
    if (key === pscPositionKey(statements[i - 1]!)) continue;
    const reference = `psc-${s.from}`;
    if (s.statement === 'no-registrable-person') {
      duties.push({ kind: 'psc08', reference, arisesOn: s.from, dueOn: addDays(s.from, 14) });
      continue;
    }
    const next = statements.slice(i + 1).find((n) => pscPositionKey(n) !== key);
    const confirmedOn = recorded
      .filter((r) => compareDates(r.effectiveOn, s.from) >= 0 && (next === undefined || compareDates(r.effectiveOn, next.from) < 0) && pscPositionKey({ statement: r.statement, persons: r.persons }) === key)
      .map((r) => r.effectiveOn)
      .sort(compareDates)[0];
    if (confirmedOn !== undefined) duties.push({ kind: 'psc01', reference, arisesOn: confirmedOn, dueOn: addDays(confirmedOn, 14) });
  }
  return duties;
}

/**
 * A day the PSC position changed, as {@link pscNotificationDuties} reads it: the day, the statement and
 * who it names (a `PscStatement` is one; the names, percentages and warnings are not needed).
 */
export interface PscPositionDay {
  readonly from: CalendarDate;
  readonly statement: PscPosition['statement'];
  readonly persons: readonly Pick<RegistrablePerson, 'memberId'>[];
}

/** A statement the company recorded, as {@link pscNotificationDuties} reads it: the day made and the position stated. */
export interface RecordedPosition {
  readonly effectiveOn: CalendarDate;
  readonly statement: PscPosition['statement'];
  readonly persons: readonly Pick<RegistrablePerson, 'memberId'>[];
}

/** What identifies a position: the statement and the persons it names (not the number of shares alone). */
export function pscPositionKey(p: Pick<PscPosition, 'statement'> & { readonly persons: readonly Pick<RegistrablePerson, 'memberId'>[] }): string {
  return `${p.statement}|${p.persons.map((x) => x.memberId).join(',')}`;
}
