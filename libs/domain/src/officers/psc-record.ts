import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { pscPositionKey, pscStatementOn, type PscPosition, type PscStatement, type RegistrablePerson } from './psc';

/**
 * EC-5: a PSC statement the company made and kept, as its ledger records it: the position computed from
 * the register of members at the end of `effectiveOn` (the day the statement is made), frozen as it
 * was then, so that the company's history of statements is a record and not only a computation.
 */
export interface PscStatementRecorded {
  readonly type: 'psc-statement-recorded';
  readonly effectiveOn: CalendarDate;
  readonly statement: PscPosition['statement'];
  readonly persons: readonly RegistrablePerson[];
  readonly issuedShares: number;
}

/** A change of position the register shows and no statement records yet. */
export interface UnrecordedPscChange {
  readonly from: CalendarDate;
  readonly statement: PscPosition['statement'];
  readonly persons: readonly RegistrablePerson[];
}

/**
 * EC-5: the statement to record on `on`: the position the register gives at the end of that day.
 * Throws `PSC_NO_POSITION` before the first share was issued and `PSC_STATEMENT_ALREADY_RECORDED`
 * when a statement is already recorded for that day.
 */
export function pscStatementToRecord(computed: readonly PscStatement[], recorded: readonly PscStatementRecorded[], on: CalendarDate): PscStatementRecorded {
  const position = pscStatementOn(computed, on);
  if (position === null) throw new DomainError('PSC_NO_POSITION', `no share was in issue on ${on}: there is no PSC position to state`, { on });
  if (recorded.some((r) => r.effectiveOn === on)) throw new DomainError('PSC_STATEMENT_ALREADY_RECORDED', `a PSC statement is already recorded for ${on}`, { on });
  return { type: 'psc-statement-recorded', effectiveOn: on, statement: position.statement, persons: position.persons, issuedShares: position.issuedShares };
}

/**
 * EC-5: the changes of position (computed from the register) that no recorded statement covers: a
 * change is covered by a statement recorded on or after the day it happened and before the next
 * change, stating the same position. Each uncovered change is a warning until it is recorded.
 */
export function unrecordedPscChanges(computed: readonly PscStatement[], recorded: readonly PscStatementRecorded[]): UnrecordedPscChange[] {
  const out: UnrecordedPscChange[] = [];
  computed.forEach((s, i) => {
    if (i > 0 && pscPositionKey(s) === pscPositionKey(computed[i - 1]!)) return;
    const next = computed.slice(i + 1).find((n) => pscPositionKey(n) !== pscPositionKey(s));
    const covered = recorded.some(
      (r) => compareDates(r.effectiveOn, s.from) >= 0 && (next === undefined || compareDates(r.effectiveOn, next.from) < 0) && pscPositionKey(r) === pscPositionKey(s),
    );
    if (!covered) out.push({ from: s.from, statement: s.statement, persons: s.persons });
  });
  return out;
}
