import { checkNotBefore } from './share-rules';
import type { ShareEvent } from './share-event';
import type { ShareRegister } from './share-register';

/**
 * RM-3: a change of a member's particulars entered after others dated later than it (back-dated)
 * cannot take effect before the member's last change as the register now records it. A change of
 * particulars is stored whole (name, address and joint holders, the ones not given as they were last
 * recorded), so folded in date order it would carry the later change's particulars back to its own date;
 * the fold in date order checks only against the events dated before it, so this is checked against the
 * whole `register`, every event recorded so far folded in. Other share events are left to the fold,
 * which checks them against what came before them. Throws `EVENT_PREDATES_DEPENDENCY` naming the member
 * and the day of its last change.
 */
export function checkNotBeforeLaterChanges(register: ShareRegister, event: ShareEvent): void {
  if (event.type !== 'particulars-change') return;
  checkNotBefore(`member ${event.memberId}`, register.member(event.memberId)?.lastChangedOn, event, { memberId: event.memberId });
}
