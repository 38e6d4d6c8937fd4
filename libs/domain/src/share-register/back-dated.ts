import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { checkNotBefore } from './share-rules';
import { membersOf, shareOf, type ShareEvent } from './share-event';
import type { ShareRegister } from './share-register';

/**
 * RM-3: an event entered after others dated later than it (back-dated) cannot take effect before the
 * last change, as the register now records it, of the share it moves, of the members it names, or of
 * the entry of the practice a new holder is entered for. Folded in date order it would otherwise rewrite
 * what the register said between the two dates; a change of particulars, stored whole, would carry the
 * later change's other particulars back to its own date. The fold of events in date order checks the
 * same only against the events dated before it, so this is checked against the whole `register`, every
 * event recorded so far folded in. Throws `EVENT_PREDATES_DEPENDENCY` naming what changed and when.
 */
export function checkNotBeforeLaterChanges(register: ShareRegister, event: ShareEvent): void {
  const shareNumber = shareOf(event);
  if (shareNumber !== null && event.type !== 'allotment' && event.type !== 'particulars-change') {
    checkNotBefore(`share ${shareNumber}`, register.share(shareNumber)?.lastChangedOn, event, { shareNumber });
  }
  for (const memberId of membersOf(event)) checkNotBefore(`member ${memberId}`, register.member(memberId)?.lastChangedOn, event, { memberId });
  const holder = event.type === 'allotment' ? event.holder : event.type === 'transfer' ? event.to : null;
  const practiceId = holder?.practiceId ?? null;
  if (practiceId === null) return;
  let practiceChangedOn: CalendarDate | undefined;
  for (const member of register.allMembers()) {
    if (member.practiceId === practiceId && (practiceChangedOn === undefined || compareDates(member.lastChangedOn, practiceChangedOn) > 0)) practiceChangedOn = member.lastChangedOn;
  }
  checkNotBefore("the practice's entry", practiceChangedOn, event, { practiceId });
}
