import { calendarDate, proposeAtGeneralMeeting, proposeWrittenResolution, type RegisterEntry, type Resolution } from '#domain';
import { sellersOf } from './resolution-context';

const d = calendarDate;
const CIRCULATED = d('2024-03-01');
const entry = (n: number, shareNumber = n): RegisterEntry => ({
  memberId: `m${n}`,
  name: `Synthetic Practice ${n}`,
  address: `${n} Road, London E1`,
  registeredOn: d('2014-09-01'),
  ceasedOn: null,
  shares: [{ shareNumber, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100 }],
});
const REGISTER = [1, 2, 3, 4].map((n) => entry(n));
const buyBack = (...shares: number[]) => shares.map((shareNumber) => ({ action: 'cancellation' as const, shareNumber, reason: 'buy-back' as const }));
const written = (...shares: number[]): Resolution =>
  proposeWrittenResolution({ id: 'wr-1', text: 'THAT the company buy back the shares named (synthetic).', kind: 'special', circulatedOn: CIRCULATED, members: REGISTER, authorises: buyBack(...shares) });
/** The register as it reads after a correction: share 1 was, it now says, held by Synthetic Practice 2 on the day. */
const CORRECTED = [entry(2, 1), entry(3), entry(4)];
const names = (sellers: ReturnType<typeof sellersOf>) => Object.fromEntries([...sellers].map(([share, m]) => [share, m.name]));

describe('SR-2, s.695: the selling members a resolution’s documents print', () => {
  it('are the ones recorded with the resolution, not whoever the register shows holding the share today', () => {
    const r = written(1);
    expect(names(sellersOf(r, REGISTER, CIRCULATED))).toEqual({ 1: 'Synthetic Practice 1' });
    expect(names(sellersOf(r, CORRECTED, CIRCULATED))).toEqual({ 1: 'Synthetic Practice 1' });
  });

  it('with several shares, each recorded seller is put against the share the register shows it holding', () => {
    const r = written(1, 3);
    expect(names(sellersOf(r, REGISTER, CIRCULATED))).toEqual({ 1: 'Synthetic Practice 1', 3: 'Synthetic Practice 3' });
    expect(names(sellersOf(r, CORRECTED, CIRCULATED))).toEqual({ 1: 'Synthetic Practice 1', 3: 'Synthetic Practice 3' });
  });

  it('a resolution recorded without its sellers takes them from the register on its day, as before', () => {
    const atMeeting = proposeAtGeneralMeeting({ id: 'gm-1', text: 'THAT share 1 be bought back (synthetic).', kind: 'special', noticeGivenOn: CIRCULATED, meetingOn: d('2024-03-20'), members: REGISTER, authorises: buyBack(1) });
    const { sellers: _recorded, ...withoutSellers } = atMeeting as Extract<Resolution, { procedure: 'general-meeting' }>;
    expect(names(sellersOf(withoutSellers, CORRECTED, d('2024-03-20')))).toEqual({ 1: 'Synthetic Practice 2' });
    expect(names(sellersOf(atMeeting, CORRECTED, d('2024-03-20')))).toEqual({ 1: 'Synthetic Practice 1' });
  });
});
