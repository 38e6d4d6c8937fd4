import type { CalendarDate } from '#domain';
import type { EntryRow, HoldingRow } from '../../api/src/share-register/register-projection';
import { sameRegister } from './register-comparison';

const day = (d: string) => d as CalendarDate;
const holding = (shareNumber: number, openedBy: number, memberId: string): HoldingRow => ({
  shareNumber, openedBy, memberId, heldFrom: day('2014-09-24'), heldTo: null, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, authorisedBy: null,
});
const entry = (memberId: string, openedBy: number, jointHolders: readonly string[] | null = null): EntryRow => ({
  memberId, openedBy, registeredOn: day('2014-09-24'), ceasedOn: null, name: `Practice ${memberId}`, nameKey: `practice ${memberId}`,
  address: '1 High Street', shownFrom: day('2014-09-24'), shownTo: null, jointHolders,
});
const register = () => ({ holdings: [holding(1, 1, 'm1'), holding(2, 2, 'm2')], entries: [entry('m1', 1), entry('m2', 2, ['Dr A', 'Dr B'])] });

describe('sameRegister: the offline verifier comparing the exported register with the fold (RM-1)', () => {
  it('holds for the same rows, whatever order the export lists them in', () => {
    const exported = register();
    expect(sameRegister(register(), { holdings: [...exported.holdings].reverse(), entries: [...exported.entries].reverse() })).toBe(true);
  });

  it('treats an absent field as null, as the export omits nulls', () => {
    const { authorisedBy: _omitted, ...withoutAuthority } = holding(1, 1, 'm1');
    const exported = { ...register(), holdings: [withoutAuthority as HoldingRow, holding(2, 2, 'm2')] };
    expect(sameRegister(register(), exported)).toBe(true);
  });

  it('finds a changed holder, a changed date and a number written as text', () => {
    const changed = (patch: Partial<HoldingRow>) => ({ ...register(), holdings: [{ ...holding(1, 1, 'm1'), ...patch }, holding(2, 2, 'm2')] });
    expect(sameRegister(register(), changed({ memberId: 'm9' }))).toBe(false);
    expect(sameRegister(register(), changed({ heldTo: day('2020-01-01') }))).toBe(false);
    expect(sameRegister(register(), changed({ nominalPence: '100' as unknown as number }))).toBe(false);
  });

  it('finds a field the fold does not give, a missing row and changed joint holders', () => {
    const extra = { ...register(), holdings: [{ ...holding(1, 1, 'm1'), note: 'x' } as HoldingRow, holding(2, 2, 'm2')] };
    expect(sameRegister(register(), extra)).toBe(false);
    expect(sameRegister(register(), { ...register(), entries: [entry('m1', 1)] })).toBe(false);
    expect(sameRegister(register(), { ...register(), entries: [entry('m1', 1), entry('m2', 2, ['Dr B', 'Dr A'])] })).toBe(false);
  });
});
