import type { CalendarDate } from '#domain';
import type { EntryRow, HoldingRow } from '../../api/src/share-register/register-projection';
import { inExportOrder, registerBytesAre, registerLineIs, sameRegister } from './register-comparison';

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

describe('registerBytesAre: the register line compared as the bytes read, in pieces, never joined', () => {
  const rows = () => {
    const holdings = Array.from({ length: 4_500 }, (_, i) => holding(i + 1, i + 1, `m${i % 70}`));
    const entries = Array.from({ length: 70 }, (_, i) => ({ ...entry(`m${i}`, i + 1, i % 3 === 0 ? ['Łukasz Wójcik', 'সৈয়দ'] : null), name: `Practice Łódź ${i}` }));
    return { holdings, entries, totals: [{ onDate: day('2014-09-24'), issuedShares: 4_500, currentMembers: 70 }] };
  };
  /** The bytes cut every `size` bytes, through multi-byte characters as a chunk read from a file may be. */
  const pieces = (text: string, size: number) => {
    const bytes = Buffer.from(text, 'utf8');
    const out: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
    return out;
  };
  const line = (r: object) => `],"register":${JSON.stringify(inExportOrder(r as ReturnType<typeof rows>))}}`;

  it('holds for the text the service writes, however the bytes are cut', () => {
    for (const size of [1, 7, 4_096, 1 << 20]) expect(registerBytesAre(pieces(line(rows()), size), rows())).toBe(true);
    expect(registerBytesAre([...pieces(line(rows()), 1_000), Buffer.alloc(0)], rows())).toBe(true);
  });

  it('is false for a changed byte anywhere, a byte more or a byte less', () => {
    const text = line(rows());
    const bytes = Buffer.from(text, 'utf8');
    for (const at of [0, 20, bytes.indexOf('"m69"'), bytes.indexOf('Łódź 69') + 1, bytes.length - 1]) {
      const changed = Buffer.from(bytes);
      changed[at] = changed[at]! ^ 1;
      expect(registerBytesAre([changed.subarray(0, 5_000), changed.subarray(5_000)], rows())).toBe(false);
    }
    expect(registerBytesAre(pieces(`${text} `, 4_096), rows())).toBe(false);
    expect(registerBytesAre(pieces(text.slice(0, -1), 4_096), rows())).toBe(false);
    expect(registerBytesAre([], rows())).toBe(false);
    const fewer = rows();
    fewer.holdings.pop();
    expect(registerBytesAre(pieces(text, 4_096), fewer)).toBe(false);
  });
});
