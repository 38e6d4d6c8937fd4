import { DomainError } from '../errors';
import type { MemberRecord } from './register-records';
import type { ParticularsChange } from './share-event';

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
