import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { DomainError, refusalWith } from '../errors';
import { entriesOf } from '../share-register/register-of-members';
import type { ShareEvent } from '../share-register/share-event';
import { ShareRegister } from '../share-register/share-register';
import { inEffectiveOrder } from '../share-register/share-rules';
import { pscPosition, pscPositionKey, type PscPosition, type PscStatement } from './psc';

/**
 * The company's PSC statements (EC-5) as a fold that can be taken further: the statements from the
 * share events folded so far, with the register at the end of the last day that had one, so that
 * events dated on or after that day extend it at the cost of those events alone (and one copy of the
 * register), not of the whole history again. `PscHistory.of(company, events).statements` equals
 * `pscStatementsOf(company, events)`.
 */
export class PscHistory {
  private constructor(
    private readonly register: ShareRegister,
    /** The last day with a share event, or null before the first. */
    readonly lastDay: CalendarDate | null,
    /** The statements to the end of `lastDay`, in date order. */
    readonly statements: readonly PscStatement[],
    /** The statements to the end of the day before `lastDay`: what a later event on `lastDay` builds on. */
    private readonly beforeLastDay: readonly PscStatement[],
  ) {}

  /**
   * The history of `events` (any order; folded in effective order).
   * @throws DomainError the first rule an event breaks, as `ShareRegister.fold` does.
   */
  static of(company: Company, events: readonly ShareEvent[]): PscHistory {
    return new PscHistory(ShareRegister.empty(company), null, [], []).extend(events)!;
  }

  /**
   * The history with `added` folded in after the events already in it; null when one of them is
   * dated before {@link lastDay} (the days after it would change: build it again with {@link of}).
   * @throws DomainError the first rule an event breaks.
   */
  extend(added: readonly ShareEvent[]): PscHistory | null {
    if (added.length === 0) return this;
    const ordered = inEffectiveOrder(added);
    if (this.lastDay !== null && compareDates(ordered[0]!.effectiveOn, this.lastDay) < 0) return null;
    const { register, step } = this.register.stepwise();
    let statements = this.statements;
    let before = this.beforeLastDay;
    let day = this.lastDay;
    for (let i = 0; i < ordered.length; i += 1) {
      const event = ordered[i]!;
      if (event.effectiveOn !== day) {
        // A new day: what its statement builds on is everything to the end of the day before.
        before = statements;
        day = event.effectiveOn;
      } else if (i === 0) {
        // More events on the last day already folded: its statement is taken again.
        statements = before;
      }
      try {
        step(event);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        throw refusalWith(error, { ...error.details, eventId: event.eventId });
      }
      if (ordered[i + 1]?.effectiveOn !== day) statements = withDay(before, day, positionOf(register));
    }
    return new PscHistory(register, day, statements, before);
  }
}

/** The position from the register's current holdings (one vote a share). */
function positionOf(register: ShareRegister): PscPosition {
  return pscPosition(entriesOf(register, 'current').entries.map((m) => ({ memberId: m.memberId, name: m.name, shares: m.shares.length, votes: m.shares.length })));
}

/** `statements` and, when the position changed (as `pscStatements` decides), a statement from `on`. */
function withDay(statements: readonly PscStatement[], on: CalendarDate, position: PscPosition): readonly PscStatement[] {
  const last = statements[statements.length - 1];
  if (last !== undefined && pscPositionKey(last) === pscPositionKey(position) && last.warnings.length === position.warnings.length) return statements;
  return [...statements, { from: on, ...position }];
}
