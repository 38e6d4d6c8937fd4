import type { CalendarDate } from '#domain';
import type { EntryRow, HoldingRow } from '../../api/src/share-register/register-projection';
import { inExportOrder, registerLineIs, sameRegister } from './register-comparison';

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

describe('registerLineIs: the register line of an export read as the very text the service writes (no parse)', () => {
  const line = (rows: object) => `],"register":${JSON.stringify(rows)}}`;
  it('holds for the rows in the export order, whatever order they are given in', () => {
    const rows = { ...register(), totals: [{ onDate: day('2014-09-24'), issuedShares: 2, currentMembers: 2 }] };
    const given = { holdings: [...rows.holdings].reverse(), entries: [...rows.entries].reverse(), totals: rows.totals };
    expect(registerLineIs(line(inExportOrder(rows)), given)).toBe(true);
    expect(registerLineIs(line(inExportOrder(rows)), { holdings: given.holdings, entries: given.entries })).toBe(false);
  });

  it('is false for any other text, even of the same rows (they are then compared as rows)', () => {
    const rows = register();
    const text = line(inExportOrder(rows));
    expect(registerLineIs(text.replace('"m2"', '"m9"'), rows)).toBe(false);
    expect(registerLineIs(`${text} `, rows)).toBe(false);
    expect(registerLineIs(line({ entries: rows.entries, holdings: rows.holdings }), rows)).toBe(false);
    const { authorisedBy: _omitted, ...withoutAuthority } = holding(1, 1, 'm1');
    const nullsLeftOut = { ...rows, holdings: [withoutAuthority as HoldingRow, holding(2, 2, 'm2')] };
    expect(registerLineIs(line(nullsLeftOut), rows)).toBe(false);
    expect(sameRegister(rows, nullsLeftOut)).toBe(true);
  });
});
