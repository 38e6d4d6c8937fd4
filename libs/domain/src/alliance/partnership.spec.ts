import { calendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { addServiceLine, changePartnershipRole, joinPartnership, leavePartnership, partnership, partnershipAsAt, type Partnership } from './partnership';

const d = calendarDate;
const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ACCEPTED';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
};
/** The company (alliance manager), Barts and ELFT from 2017-04-01. */
const alliance = (): Partnership =>
  [['company', 'alliance-manager'], ['barts', 'partner'], ['elft', 'partner']].reduce(
    (p, [organisationId, role]) => joinPartnership(p, { organisationId, role: role as 'partner', on: d('2017-04-01') }),
    partnership({ id: 'alliance', name: 'Community health services alliance' }),
  );
const memberIds = (p: Partnership, on: string) => partnershipAsAt(p, d(on)).members.map((m) => m.organisationId);

describe('Partnership membership as at a date', () => {
  it('a partnership as at the day before it starts has no members; as at its first day, all three', () => {
    expect(memberIds(alliance(), '2017-03-31')).toEqual([]);
    expect(partnershipAsAt(alliance(), d('2017-04-01')).members).toEqual([
      { organisationId: 'barts', role: 'partner', since: '2017-04-01' },
      { organisationId: 'company', role: 'alliance-manager', since: '2017-04-01' },
      { organisationId: 'elft', role: 'partner', since: '2017-04-01' },
    ]);
  });

  it('a member that leaves is a member as at the day before it leaves, and not as at the day it leaves or after', () => {
    const p = leavePartnership(alliance(), 'barts', d('2020-04-01'));
    expect(memberIds(p, '2020-03-31')).toEqual(['barts', 'company', 'elft']);
    expect(memberIds(p, '2020-04-01')).toEqual(['company', 'elft']);
    expect(memberIds(p, '2025-01-01')).toEqual(['company', 'elft']);
    expect(memberIds(p, '2018-06-01')).toEqual(['barts', 'company', 'elft']); // history is kept
  });

  it('a member that left may join again, and each period is kept', () => {
    const p = joinPartnership(leavePartnership(alliance(), 'elft', d('2019-01-01')), { organisationId: 'elft', role: 'partner', on: d('2019-06-01') });
    expect(memberIds(p, '2019-03-01')).not.toContain('elft');
    expect(partnershipAsAt(p, d('2019-06-01')).members.find((m) => m.organisationId === 'elft')?.since).toBe('2019-06-01');
    expect(p.memberships.filter((m) => m.organisationId === 'elft')).toHaveLength(2);
  });

  it('PARTNERSHIP_MEMBER_ALREADY_ACTIVE: an organisation cannot join while a member, nor into a period already recorded', () => {
    expect(code(() => joinPartnership(alliance(), { organisationId: 'barts', role: 'partner', on: d('2018-01-01') }))).toBe('PARTNERSHIP_MEMBER_ALREADY_ACTIVE');
    const left = leavePartnership(alliance(), 'barts', d('2020-04-01'));
    expect(code(() => joinPartnership(left, { organisationId: 'barts', role: 'partner', on: d('2020-03-01') }))).toBe('PARTNERSHIP_MEMBER_ALREADY_ACTIVE');
    expect(code(() => joinPartnership(left, { organisationId: 'barts', role: 'partner', on: d('2020-04-01') }))).toBe('ACCEPTED');
  });

  it('PARTNERSHIP_MEMBER_NOT_ACTIVE and MEMBERSHIP_ENDS_BEFORE_START: leaving needs an open membership that began earlier', () => {
    expect(code(() => leavePartnership(alliance(), 'ccg', d('2020-01-01')))).toBe('PARTNERSHIP_MEMBER_NOT_ACTIVE');
    expect(code(() => leavePartnership(alliance(), 'barts', d('2017-04-01')))).toBe('MEMBERSHIP_ENDS_BEFORE_START');
    expect(code(() => leavePartnership(alliance(), 'barts', d('2016-01-01')))).toBe('MEMBERSHIP_ENDS_BEFORE_START');
  });

  it('a change of role is dated: the old role as at the day before, the new one from the day of change', () => {
    const p = changePartnershipRole(alliance(), 'elft', 'alliance-manager', d('2022-04-01'));
    const role = (on: string) => partnershipAsAt(p, d(on)).members.find((m) => m.organisationId === 'elft')?.role;
    expect([role('2022-03-31'), role('2022-04-01')]).toEqual(['partner', 'alliance-manager']);
  });

  it('INVALID_ALLIANCE_RECORD and INVALID_DATE: malformed input is refused', () => {
    expect(code(() => partnership({ id: 'x', name: ' ' }))).toBe('INVALID_ALLIANCE_RECORD');
    expect(code(() => partnershipAsAt(alliance(), '2017-13-01' as never))).toBe('INVALID_DATE');
  });
});

describe('Service lines', () => {
  const line = { id: 'ooh', name: 'Out of hours service', managedById: 'company', startOn: d('2017-04-01'), endOn: null };

  it('a service line is managed by a member, and shows in the partnership as at dates it runs', () => {
    const p = addServiceLine(alliance(), line);
    expect(partnershipAsAt(p, d('2017-04-01')).serviceLines).toEqual([{ ...line, managerIsMember: true }]);
    expect(partnershipAsAt(p, d('2017-03-31')).serviceLines).toEqual([]);
  });

  it('SERVICE_LINE_MANAGER_NOT_A_MEMBER: the managing partner must be a member when the line starts', () => {
    expect(code(() => addServiceLine(alliance(), { ...line, managedById: 'ccg' }))).toBe('SERVICE_LINE_MANAGER_NOT_A_MEMBER');
    expect(code(() => addServiceLine(alliance(), { ...line, startOn: d('2017-03-31') }))).toBe('SERVICE_LINE_MANAGER_NOT_A_MEMBER');
  });

  it('a line whose manager has since left is flagged, not hidden', () => {
    const p = leavePartnership(addServiceLine(alliance(), line), 'company', d('2022-04-01'));
    expect(partnershipAsAt(p, d('2022-04-01')).serviceLines[0].managerIsMember).toBe(false);
  });

  it('SERVICE_LINE_ALREADY_RECORDED and CONTRACT_ENDS_BEFORE_START', () => {
    const p = addServiceLine(alliance(), line);
    expect(code(() => addServiceLine(p, line))).toBe('SERVICE_LINE_ALREADY_RECORDED');
    expect(code(() => addServiceLine(alliance(), { ...line, endOn: d('2017-03-01') }))).toBe('CONTRACT_ENDS_BEFORE_START');
  });
});
