import { calendarDate, instant, type Company, type Holder, type ShareEvent } from '#domain';
import { buildProjection } from '../../api/src/share-register/register-writer';
import { sameRegister } from './register-comparison';
import { digestOfExport, digestOfFold, sameDigest } from './register-digest';

const company: Company = {
  id: 'company-1', name: 'Example GP Care Group CIC', companyNumber: '09000001', incorporatedOn: calendarDate('2014-09-01'),
  registeredOffice: '1 Example Street, London E1 1AA',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};
const holder = (n: number): Holder => ({ memberId: `m${n}`, name: `Partners of Surgery ${n}`, address: `${n} Road, London E1`, practiceId: `p${n}` });
const stamp = (id: number, on: string) => ({ eventId: String(id), effectiveOn: calendarDate(on), recordedAt: instant(`${on}T09:00:00.000Z`) });
const events: ShareEvent[] = [
  ...[1, 2, 3].map((n): ShareEvent => ({ ...stamp(n, '2014-09-24'), type: 'allotment', authorisedBy: null, shareNumber: n, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: holder(n) })),
  // Recorded after the transfer below but effective before it: the fold's order is not the ledger's.
  { ...stamp(5, '2015-06-01'), type: 'particulars-change', memberId: 'm2', name: 'Partners of Surgery 2', address: '2 New Road, London E1', jointHolders: ['Dr A', 'Dr B'] },
  { ...stamp(4, '2016-04-01'), type: 'transfer', authorisedBy: 'r1', shareNumber: 1, fromMemberId: 'm1', to: holder(4), lodgedOn: calendarDate('2016-03-30') },
];
const fold = () => buildProjection(company, events);
/** The rows as an export might list them: another order, keys in another order, nulls left out. */
const asExported = () => {
  const rows = fold();
  const loose = (row: object) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null).reverse());
  return { holdings: rows.holdings.map(loose).reverse(), entries: rows.entries.map(loose).reverse(), totals: rows.totals.map(loose) };
};

describe('the register digest: the exported register compared with the fold without parsing it on the main thread (RM-1)', () => {
  it('is the same for the fold and for its rows as exported, in any order, nulls left out', () => {
    const exported = asExported();
    expect(sameRegister(fold(), exported as never)).toBe(true);
    expect(sameDigest(digestOfFold(fold()), digestOfExport(exported)!)).toBe(true);
  });

  it('differs when a field of one row differs, or a row is missing; totals count only when both sides carry them', () => {
    const changed = asExported();
    (changed.entries[0] as Record<string, unknown>).address = 'Elsewhere';
    expect(sameDigest(digestOfFold(fold()), digestOfExport(changed)!)).toBe(false);
    const missing = asExported();
    missing.holdings.pop();
    expect(sameDigest(digestOfFold(fold()), digestOfExport(missing)!)).toBe(false);
    const noTotals = { holdings: asExported().holdings, entries: asExported().entries };
    expect(sameDigest(digestOfFold(fold()), digestOfExport(noTotals)!)).toBe(true);
    const otherTotals = asExported();
    (otherTotals.totals[0] as Record<string, unknown>).issuedShares = 99;
    expect(sameDigest(digestOfFold(fold()), digestOfExport(otherTotals)!)).toBe(false);
  });

  it('is not made for a row with a field the fold does not write (the rows are then compared one by one)', () => {
    const extra = asExported();
    (extra.holdings[0] as Record<string, unknown>).colour = 'red';
    expect(digestOfExport(extra)).toBeNull();
    (extra.holdings[0] as Record<string, unknown>).colour = null;
    expect(digestOfExport(extra)).not.toBeNull();
    expect(digestOfExport({ holdings: 'none' })).toBeNull();
    expect(digestOfExport(null)).toBeNull();
  });
});
