import { MEMBERS_INDEX_THRESHOLD, membersIndexWarning } from './members-index';

describe('the index of members (RM-6, s.115)', () => {
  it('RM-6: warns once the register shows more than 50 members, naming the count and the 14 days; not at 50 or fewer', () => {
    expect(MEMBERS_INDEX_THRESHOLD).toBe(50);
    expect(membersIndexWarning(37)).toBeNull();
    expect(membersIndexWarning(50)).toBeNull();
    const warning = membersIndexWarning(51)!;
    expect(warning).toContain('The company has 51 members, more than 50');
    expect(warning).toContain('within 14 days of each change (s.115)');
  });
});
