import type { CalendarDate, Instant } from '../calendar/calendar-date';
import { checkNotDatedAfterRecording } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { DomainError } from '../errors';
import { shareOf, type ShareEvent } from './share-event';
import { ShareRegister } from './share-register';

/**
 * A correcting entry (RM-4, SR-4): voids an earlier share event of the register, by court order
 * under s.125 or to put right an error in the company's own entries, and may put a corrected event
 * in its place. The original stays in the ledger; the register is folded as if it had never been
 * entered, with the replacement (whose id is the correction's own) at the replacement's date.
 * `effectiveOn` is the day the correction is entered.
 */
export interface ShareCorrection {
  readonly type: 'correction';
  readonly eventId: string;
  readonly effectiveOn: CalendarDate;
  readonly recordedAt: Instant;
  /** The id of the event corrected: a share event, or an earlier correction's replacement. */
  readonly correctsEventId: string;
  readonly reason: string;
  /** The order under s.125, when the court rectified the register. */
  readonly courtOrderReference: string | null;
  readonly replacement: ShareEvent | null;
}

/**
 * The share events in force once `corrections` are applied, in recorded order: every corrected
 * event left out, every replacement put in with its correction's id. Both lists are in recorded
 * order. Throws `CORRECTION_TARGET_UNKNOWN` for a correction of an event not in force when it was
 * entered (unknown, already corrected, or itself a correction without a replacement), with the
 * ledger number of the entry not found (`correctsSequence`) and, when it was corrected before, that of
 * the correction that replaced it (`correctedBySequence`), both numbers as the ledger's `sequence`.
 */
export function correctedShareEvents(events: readonly ShareEvent[], corrections: readonly ShareCorrection[]): ShareEvent[] {
  if (corrections.length === 0) return [...events];
  const inForce = new Map(events.map((e) => [e.eventId, e]));
  const replacedBy = new Map<string, string>();
  for (const c of [...corrections].sort(bySequence)) {
    if (!inForce.has(c.correctsEventId)) {
      const sequence = Number(c.correctsEventId);
      const by = replacedBy.get(c.correctsEventId);
      throw new DomainError(
        'CORRECTION_TARGET_UNKNOWN',
        by !== undefined
          ? `ledger entry ${sequence} was corrected before, by entry ${by}; correct entry ${by} instead`
          : `no share entry numbered ${sequence} was found in the register in force: entry ${sequence} is no allotment, transfer or cancellation still in force`,
        { correctsSequence: sequence, ...(by !== undefined ? { correctedBySequence: Number(by) } : {}) },
      );
    }
    inForce.delete(c.correctsEventId);
    replacedBy.set(c.correctsEventId, c.eventId);
    if (c.replacement) inForce.set(c.eventId, { ...c.replacement, eventId: c.eventId, recordedAt: c.recordedAt });
  }
  return [...inForce.values()].sort(bySequence);
}

/**
 * The share events in force that move a share (allotments, transfers, cancellations), from those events
 * alone and every correcting entry (RM-4, SR-4): what {@link correctedShareEvents} gives less the changes
 * of particulars, for a reader that has no need of them (the compliance calendar, the PSC positions) and
 * so need not read them. A correction of an entry not among `movements` corrects a change of particulars
 * and removes nothing; a replacement that changes particulars is left out, one that moves a share put in.
 * Both lists are in recorded order; so is the result. Throws nothing: a correction of an entry not in
 * force is refused when it is entered (`checkCorrection`), and {@link correctedShareEvents} names it.
 */
export function correctedMovements(movements: readonly ShareEvent[], corrections: readonly ShareCorrection[]): ShareEvent[] {
  if (corrections.length === 0) return [...movements];
  const inForce = new Map(movements.map((e) => [e.eventId, e]));
  for (const c of [...corrections].sort(bySequence)) {
    inForce.delete(c.correctsEventId);
    if (c.replacement && shareOf(c.replacement) !== null) inForce.set(c.eventId, { ...c.replacement, eventId: c.eventId, recordedAt: c.recordedAt });
  }
  return [...inForce.values()].sort(bySequence);
}

/** Which entries have been corrected, and by which correction: corrected id → correction id. */
export function correctedBy(corrections: readonly ShareCorrection[]): Map<string, string> {
  return new Map(corrections.map((c) => [c.correctsEventId, c.eventId]));
}

/**
 * Checks a new correction (RM-4, SR-4) against the register: a reason is given
 * (`CORRECTION_REASON_MISSING`), the replacement is not dated after the day of recording, the corrected
 * entry is in force, and the register with the correction still keeps every rule. A rule the
 * replacement itself breaks is thrown as it is; one that another entry would then break (a later
 * transfer of a share whose allotment is voided, say) is `CORRECTION_BREAKS_LATER_ENTRY` (409), naming
 * that entry (`eventId`, its ledger sequence; `entryType`, `effectiveOn` and `shareNumber`, null for a
 * change of particulars) and the rule (`rule`): it must be corrected first. Returns the register as corrected.
 */
export function checkCorrection(
  company: Company,
  events: readonly ShareEvent[],
  corrections: readonly ShareCorrection[],
  correction: ShareCorrection,
): ShareRegister {
  if (correction.reason.trim() === '') {
    throw new DomainError('CORRECTION_REASON_MISSING', 'a correcting entry gives its reason (s.125 order or the error put right)');
  }
  if (correction.replacement) checkNotDatedAfterRecording('the corrected entry', correction.replacement.effectiveOn, correction.recordedAt, 'replacement.effectiveOn');
  const corrected = correctedShareEvents(events, [...corrections, correction]);
  try {
    return ShareRegister.fold(company, corrected);
  } catch (error) {
    const eventId = error instanceof DomainError ? (error.details as { eventId?: unknown } | undefined)?.eventId : undefined;
    if (!(error instanceof DomainError) || typeof eventId !== 'string' || eventId === correction.eventId) throw error;
    const later = corrected.find((e) => e.eventId === eventId);
    throw new DomainError(
      'CORRECTION_BREAKS_LATER_ENTRY',
      `with entry ${correction.correctsEventId} corrected so, entry ${eventId} would no longer hold (${error.message}); correct entry ${eventId} first`,
      {
        eventId,
        rule: error.code,
        correctsEventId: correction.correctsEventId,
        ...(later && { entryType: later.type, effectiveOn: later.effectiveOn, shareNumber: shareOf(later) }),
      },
    );
  }
}

function bySequence(a: { eventId: string }, b: { eventId: string }): number {
  return Number(a.eventId) - Number(b.eventId);
}
