import { addMonths, compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { Company } from '../company/company';
import type { PracticeList } from './practice-events';
import type { ShareEvent } from './share-event';
import { inEffectiveOrder, ShareRegister } from './share-register';

/** What the articles make of a share held by a practice that ceased (SH-5). */
export type PracticeShareAction = 'transfer to the successor' | 'buy-back' | 'surrender';

/**
 * A share held by a practice on the day it ceased: a duty until the share leaves the practice's
 * member (transferred, bought back or surrendered). `reference`: `practice-closure-<entry>-share-<n>`.
 */
export interface PracticeShareRecord {
  readonly reference: string;
  readonly practiceId: string;
  readonly shareNumber: number;
  readonly memberId: string;
  readonly ceasedOn: CalendarDate;
  /**
   * The articles were not available (BRIEF SH-5 [GK]): the duty is shown as due two months after the
   * practice ceased, the period s.771 gives the company to decide on a transfer.
   */
  readonly dueOn: CalendarDate;
  readonly doneOn: CalendarDate | null;
  readonly action: PracticeShareAction;
}

/**
 * SH-5: for each practice that ceased, the shares its member held at the start of that day, with the
 * consequence the articles give: transfer to the successor when there is one that is not yet a member;
 * surrender when the successor already holds a share (a merger's surplus share); otherwise buy-back.
 * Done on the day the share leaves the member, by any transfer or cancellation.
 */
export function practiceShareDuties(company: Company, practices: PracticeList, events: readonly ShareEvent[]): PracticeShareRecord[] {
  const duties: PracticeShareRecord[] = [];
  for (const practice of practices.values()) {
    const closure = practice.closure;
    if (closure === null) continue;
    const before = ShareRegister.fold(company, events.filter((e) => compareDates(e.effectiveOn, closure.on) < 0));
    const members = before.allMembers();
    const holding = members.filter((m) => m.practiceId === practice.practiceId && m.shareNumbers.length > 0);
    const successorIsMember =
      closure.successorPracticeId !== null && members.some((m) => m.practiceId === closure.successorPracticeId && m.shareNumbers.length > 0);
    const action: PracticeShareAction =
      closure.successorPracticeId === null ? 'buy-back' : successorIsMember ? 'surrender' : 'transfer to the successor';
    for (const member of holding) {
      for (const shareNumber of member.shareNumbers) {
        const leaves = inEffectiveOrder(events)
          .filter((e) => compareDates(e.effectiveOn, closure.on) >= 0)
          .find((e) => (e.type === 'transfer' && e.shareNumber === shareNumber && e.fromMemberId === member.memberId) || (e.type === 'cancellation' && e.shareNumber === shareNumber));
        duties.push({
          reference: `practice-closure-${closure.eventId}-share-${shareNumber}`,
          practiceId: practice.practiceId,
          shareNumber,
          memberId: member.memberId,
          ceasedOn: closure.on,
          dueOn: addMonths(closure.on, 2),
          doneOn: leaves?.effectiveOn ?? null,
          action,
        });
      }
    }
  }
  return duties;
}

/**
 * SH-5: the duties still open as at `asAt` — the practice had ceased by then and its member still held
 * the share at the end of that day — by the member holding the share, so that the register can flag
 * the entry until the share leaves it.
 */
export function pendingPracticeShares(duties: readonly PracticeShareRecord[], asAt: CalendarDate): Map<string, PracticeShareRecord[]> {
  const pending = new Map<string, PracticeShareRecord[]>();
  for (const duty of duties) {
    if (compareDates(duty.ceasedOn, asAt) > 0 || (duty.doneOn !== null && compareDates(duty.doneOn, asAt) <= 0)) continue;
    pending.set(duty.memberId, [...(pending.get(duty.memberId) ?? []), duty]);
  }
  return pending;
}

/**
 * SH-5: a practice that has ceased cannot receive a share, so its closure cannot be dated on or before
 * the day a share already recorded came to a member entered for it (an allotment or a transfer to it):
 * the register would show a ceased practice receiving a share. Throws `EVENT_PREDATES_DEPENDENCY` naming
 * the share and the day it came.
 */
export function checkClosureAfterShares(practiceId: string, closedOn: CalendarDate, events: readonly ShareEvent[]): void {
  let latest: { shareNumber: number; on: CalendarDate } | null = null;
  for (const e of events) {
    if (e.type !== 'allotment' && e.type !== 'transfer') continue;
    if ((e.type === 'allotment' ? e.holder : e.to).practiceId !== practiceId) continue;
    if (compareDates(e.effectiveOn, closedOn) >= 0 && (latest === null || compareDates(e.effectiveOn, latest.on) > 0)) latest = { shareNumber: e.shareNumber, on: e.effectiveOn };
  }
  if (latest === null) return;
  throw new DomainError('EVENT_PREDATES_DEPENDENCY', `share ${latest.shareNumber} came to the practice's member on ${latest.on}; the practice cannot have ceased before that, on ${closedOn}`, {
    practiceId,
    shareNumber: latest.shareNumber,
    lastChangedOn: latest.on,
  });
}
