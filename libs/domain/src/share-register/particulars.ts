import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { MemberRecord } from './register-records';
import type { Holder, ParticularsChange, ShareEvent } from './share-event';

/**
 * `{jointHolders}` when there are any (RM-2), nothing for a sole holder: a sole holder's record and
 * payloads never carry the field, so entries written before joint holders existed read the same.
 */
export function jointHoldersOf(holder: { readonly jointHolders?: readonly string[] }): { jointHolders?: readonly string[] } {
  return holder.jointHolders && holder.jointHolders.length > 0 ? { jointHolders: [...holder.jointHolders] } : {};
}

/**
 * The member's record after a change of particulars (RM-3): the name, address and joint holders
 * from `change.effectiveOn`, in the record and in its current entry; no share moves. Throws
 * `MEMBER_NOT_ON_REGISTER` for a member never entered, `MEMBER_NOT_CURRENT` for one who holds no share
 * that day (a former member's entry keeps the particulars it had when they ceased), and
 * `PARTICULARS_UNCHANGED` when nothing would change.
 */
export function changedParticulars(member: MemberRecord | undefined, change: ParticularsChange): MemberRecord {
  if (!member) {
    throw new DomainError('MEMBER_NOT_ON_REGISTER', `member ${change.memberId} has never been entered on the register`, { memberId: change.memberId });
  }
  const period = member.periods[member.periods.length - 1];
  if (member.shareNumbers.length === 0 || !period || period.ceasedOn !== null) {
    throw new DomainError(
      'MEMBER_NOT_CURRENT',
      `${member.name} holds no share on ${change.effectiveOn}; only a current member's particulars change on the register`,
      { memberId: change.memberId },
    );
  }
  const joint = jointHoldersOf(change);
  const same = (a: readonly string[] | undefined, b: readonly string[] | undefined) => (a ?? []).join('\u0000') === (b ?? []).join('\u0000');
  if (change.name === member.name && change.address === member.address && same(joint.jointHolders, member.jointHolders)) {
    throw new DomainError('PARTICULARS_UNCHANGED', `${member.name}'s name and address are already as given`, { memberId: change.memberId });
  }
  // Field by field: the old joint holders go (an object rest would drop them, but the engine copies one slowly).
  return {
    memberId: member.memberId,
    name: change.name,
    address: change.address,
    practiceId: member.practiceId,
    ...joint,
    periods: [...member.periods.slice(0, -1), { name: change.name, address: change.address, ...joint, registeredOn: period.registeredOn, ceasedOn: period.ceasedOn }],
    shareNumbers: member.shareNumbers,
    lastChangedOn: change.effectiveOn,
  };
}

/**
 * RM-3: a change of a member's particulars takes effect only while the member is on the register.
 * Throws `MEMBER_NOT_CURRENT` (409) when `on` (YYYY-MM-DD) is before the day the member was first
 * entered (the earliest allotment or transfer of a share to `memberId` among `events`, the share
 * events in force), naming both days: details `memberId`, `name` (as entered), `effectiveOn` (`on`) and
 * `enteredOn`. A member no event enters is left to the register's own check (`MEMBER_NOT_ON_REGISTER`).
 */
export function checkEnteredBy(events: readonly ShareEvent[], memberId: string, on: CalendarDate): void {
  let entered: { on: CalendarDate; holder: Holder } | undefined;
  for (const e of events) {
    const holder = e.type === 'allotment' ? e.holder : e.type === 'transfer' ? e.to : undefined;
    if (holder?.memberId === memberId && (entered === undefined || compareDates(e.effectiveOn, entered.on) < 0)) entered = { on: e.effectiveOn, holder };
  }
  if (entered === undefined || compareDates(on, entered.on) >= 0) return;
  throw new DomainError(
    'MEMBER_NOT_CURRENT',
    { text: '{name} was not on the register on {effectiveOn}: it was entered on the register on {enteredOn}, so a change of its particulars takes effect on or after that day', rule: 'RM-3' },
    { memberId, name: entered.holder.name, effectiveOn: on, enteredOn: entered.on },
  );
}
