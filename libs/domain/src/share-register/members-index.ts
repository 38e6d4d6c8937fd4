/**
 * RM-6 (CA 2006 s.115): a company with more than this many members keeps an index of their names,
 * unless the register of members is itself in a form that constitutes an index.
 */
export const MEMBERS_INDEX_THRESHOLD = 50;

/**
 * RM-6 (s.115): the warning when the register shows more than {@link MEMBERS_INDEX_THRESHOLD} current
 * members (`currentMembers`, a whole number): an index of members' names is needed, updated within 14
 * days of each alteration, unless the register is itself an index. This register is kept in order of
 * name, so it is one; a copy kept in another order is not. Null at 50 members or fewer.
 */
export function membersIndexWarning(currentMembers: number): string | null {
  if (currentMembers <= MEMBERS_INDEX_THRESHOLD) return null;
  return (
    `The company has ${currentMembers} members, more than ${MEMBERS_INDEX_THRESHOLD}: it must keep an index of the members' names, brought up to date within 14 days of each change (s.115), ` +
    'unless the register is itself an index. This register lists its entries in order of name, so it is one; any copy of the register kept in another order needs an index of its own.'
  );
}
