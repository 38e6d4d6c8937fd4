import { calendarDate, instant } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import type { CertificateIssued } from './certificates';
import { registerOfMembers } from './register-of-members';
import { registerHistory } from './register-history';
import type { Holder, ParticularsChange, ShareEvent } from './share-event';

const d = calendarDate;
const company: Company = {
  id: 'c', name: 'Example CIC', companyNumber: null, incorporatedOn: d('2014-09-01'), registeredOffice: '1 Example Street',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};
let seq = 0;
const stamp = (on: string, authorisedBy: string | null = null) => ({ eventId: `${++seq}`, effectiveOn: d(on), recordedAt: instant(`${on}T09:00:00.000Z`), authorisedBy });
const holder = (id: string, more: Partial<Holder> = {}): Holder => ({ memberId: id, name: `Partners of ${id}`, address: `${id} Road`, practiceId: `p-${id}`, ...more });
const change = (memberId: string, on: string, name: string, jointHolders?: string[]): ParticularsChange => ({
  ...stamp(on), type: 'particulars-change', memberId, name, address: `${memberId} Road`, ...(jointHolders ? { jointHolders } : {}),
});
const events: ShareEvent[] = [
  { ...stamp('2014-09-01', 'res-1'), type: 'allotment', shareNumber: 1, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: holder('A') },
  { ...stamp('2014-09-01', 'res-1'), type: 'allotment', shareNumber: 2, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: holder('B') },
  change('A', '2020-01-01', 'A renamed', ['Dr Second']),
  { ...stamp('2021-03-01', 'res-2'), type: 'transfer', shareNumber: 1, fromMemberId: 'A', to: holder('C'), lodgedOn: d('2021-02-01') },
  { ...stamp('2022-05-05', 'res-3'), type: 'cancellation', shareNumber: 2, memberId: 'B', reason: 'buy-back', note: null },
];

const certificate = (certificateNumber: number, holdingEventId: string, memberId: string, on: string, recordedOn = on, replacesCertificate?: number): CertificateIssued => ({
  type: 'issued', eventId: `cert-${certificateNumber}`, effectiveOn: d(on), recordedAt: instant(`${recordedOn}T10:00:00.000Z`), certificateNumber,
  shareNumber: memberId === 'B' ? 2 : 1, holder: holder(memberId), holdingEventId,
  replacement: replacesCertificate === undefined ? null : { replacesCertificate, reason: 'lost', indemnityReceivedOn: d(on) },
});
// Certificates for A's allotment (event 1) and C's transfer (event 4), C's replaced later; none for B's allotment (event 2).
const certificates = [certificate(1, '1', 'A', '2014-09-10'), certificate(2, '4', 'C', '2021-03-20'), certificate(3, '4', 'C', '2023-01-01', '2023-01-05', 2)];

describe('the register of members with its history (RM-1, RM-2, RM-3)', () => {
  const entries = registerHistory(company, events, { asAt: d('2026-01-01') }, certificates);
  const entryOf = (id: string) => entries.find((e) => e.memberId === id)!;

  it("RM-1: a former member's entry names the share it held, when and from whom it came, and when and to whom it went", () => {
    expect(entryOf('A')).toMatchObject({ ceasedOn: '2021-03-01', shares: [] });
    expect(entryOf('A').sharesHeld).toEqual([
      {
        shareNumber: 1, acquiredOn: '2014-09-01', acquiredFrom: null, certificateNumber: 'C-0001', authorisedBy: 'res-1',
        disposedOn: '2021-03-01', disposal: 'transfer', disposedTo: { memberId: 'C', name: 'Partners of C' }, disposalAuthorisedBy: 'res-2',
      },
    ]);
    expect(entryOf('C').sharesHeld).toEqual([
      expect.objectContaining({ shareNumber: 1, acquiredOn: '2021-03-01', acquiredFrom: { memberId: 'A', name: 'A renamed' }, certificateNumber: 'C-0003', disposedOn: null }),
    ]);
    expect(entryOf('B').sharesHeld[0]).toMatchObject({ disposal: 'buy-back', disposedOn: '2022-05-05', disposedTo: null, disposalAuthorisedBy: 'res-3' });
  });

  it('RM-3: an entry keeps each version of its particulars with its date and when it was entered; RM-2: joint holders are named', () => {
    expect(entryOf('A').particulars).toEqual([
      { from: '2014-09-01', name: 'Partners of A', address: 'A Road', recordedAt: '2014-09-01T09:00:00.000Z' },
      { from: '2020-01-01', name: 'A renamed', address: 'A Road', jointHolders: ['Dr Second'], recordedAt: '2020-01-01T09:00:00.000Z' },
    ]);
    expect(entryOf('A')).toMatchObject({ name: 'A renamed', jointHolders: ['Dr Second'] });
  });

  it('RM-3 (s.113): a change taking effect the day the entry was made supersedes the particulars it was made with; both stay in the history, in recorded order', () => {
    const sameDay = [...events, change('D', '2024-06-01', 'Partners of D, renamed')];
    sameDay.splice(4, 0, { ...stamp('2024-06-01', 'res-4'), type: 'allotment', shareNumber: 3, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: holder('D') });
    const d2 = registerHistory(company, sameDay, { asAt: d('2026-01-01') }, []).find((e) => e.memberId === 'D')!;
    expect(d2.particulars).toEqual([
      { from: '2024-06-01', name: 'Partners of D', address: 'D Road', recordedAt: '2024-06-01T09:00:00.000Z' },
      { from: '2024-06-01', name: 'Partners of D, renamed', address: 'D Road', recordedAt: '2024-06-01T09:00:00.000Z' },
    ]);
    // The entry reads the later one from that day: the register as at any day is unchanged.
    expect(d2.name).toBe('Partners of D, renamed');
    const laterChange = registerHistory(company, [...sameDay, change('D', '2025-01-01', 'D again')], { asAt: d('2026-01-01') }, []).find((e) => e.memberId === 'D')!;
    expect(laterChange.particulars.map((p) => [p.from, p.name])).toEqual([['2024-06-01', 'Partners of D'], ['2024-06-01', 'Partners of D, renamed'], ['2025-01-01', 'D again']]);
  });

  it('RM-2, RM-3 (s.113): two changes recorded with the same effective day are both kept, the earlier before the later, each with its joint holders', () => {
    const recorded = (c: ParticularsChange, at: string): ParticularsChange => ({ ...c, recordedAt: instant(at) });
    const twice = [
      ...events,
      recorded(change('A', '2020-06-01', 'A first', ['Dr Third']), '2020-06-01T09:00:00.000Z'),
      recorded(change('A', '2020-06-01', 'A second'), '2020-06-02T11:00:00.000Z'),
    ];
    const a = registerHistory(company, twice, { asAt: d('2020-12-31') }, []).find((e) => e.memberId === 'A')!;
    expect(a.particulars.map((p) => [p.from, p.name, p.jointHolders ?? [], p.recordedAt])).toEqual([
      ['2014-09-01', 'Partners of A', [], '2014-09-01T09:00:00.000Z'],
      ['2020-01-01', 'A renamed', ['Dr Second'], '2020-01-01T09:00:00.000Z'],
      ['2020-06-01', 'A first', ['Dr Third'], '2020-06-01T09:00:00.000Z'],
      ['2020-06-01', 'A second', [], '2020-06-02T11:00:00.000Z'],
    ]);
    expect(a).toMatchObject({ name: 'A second' });
    expect(a.jointHolders).toBeUndefined();
    // As known before the second was recorded, the first is in force and the last version.
    const known = registerHistory(company, twice, { asAt: d('2020-12-31'), knownAt: instant('2020-06-01T12:00:00.000Z') }, []).find((e) => e.memberId === 'A')!;
    expect(known.particulars.map((p) => p.name)).toEqual(['Partners of A', 'A renamed', 'A first']);
  });

  it('RM-3: as at a day before the change, the entry shows the particulars it had then', () => {
    const before = registerOfMembers(company, events, { asAt: d('2019-12-31') }).entries.find((e) => e.memberId === 'A')!;
    expect(before).toMatchObject({ name: 'Partners of A', ceasedOn: null });
    expect(before.jointHolders).toBeUndefined();
    const after = registerOfMembers(company, events, { asAt: d('2020-01-01') }).entries.find((e) => e.memberId === 'A')!;
    expect(after).toMatchObject({ name: 'A renamed', jointHolders: ['Dr Second'], registeredOn: '2014-09-01' });
  });

  it('RM-1: the history gives the same entries, in the same order, as the register', () => {
    const plain = registerOfMembers(company, events, { asAt: d('2026-01-01') }).entries;
    expect(entries.map(({ sharesHeld: _s, particulars: _p, ...e }) => e)).toEqual(plain);
  });

  it('SH-2, RM-1: a holding names the certificate the certificate register issued for it, the latest by the as-at date; none issued: null', () => {
    expect(entryOf('B').sharesHeld[0].certificateNumber).toBeNull();
    const certificateOfC = (view: { asAt: string; knownAt?: string }) =>
      registerHistory(company, events, { asAt: d(view.asAt), knownAt: view.knownAt ? instant(view.knownAt) : null }, certificates).find((e) => e.memberId === 'C')!.sharesHeld[0].certificateNumber;
    expect(certificateOfC({ asAt: '2021-03-10' })).toBeNull();
    expect(certificateOfC({ asAt: '2022-01-01' })).toBe('C-0002');
    expect(certificateOfC({ asAt: '2026-01-01' })).toBe('C-0003');
    // Known at a time before the replacement was recorded, the register showed the certificate it replaced.
    expect(certificateOfC({ asAt: '2026-01-01', knownAt: '2023-01-03T00:00:00.000Z' })).toBe('C-0002');
    expect(registerHistory(company, events, { asAt: d('2014-09-05') }, certificates).find((e) => e.memberId === 'A')!.sharesHeld[0].certificateNumber).toBeNull();
  });
});
