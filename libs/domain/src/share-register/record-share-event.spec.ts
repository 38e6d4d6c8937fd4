import { calendarDate, instant } from '../calendar/calendar-date';
import { replacementNeedingAuthority } from './record-share-event';
import type { CancellationReason, ShareEvent } from './share-event';

const base = { eventId: '40', effectiveOn: calendarDate('2024-05-01'), recordedAt: instant('2024-05-02T10:00:00Z') };
const holder = { memberId: 'm2', name: 'Synthetic Practice 2', address: '2 Road, London E1', practiceId: 'p2' };
const transfer = (authorisedBy: string | null): ShareEvent => ({ ...base, type: 'transfer', shareNumber: 1, fromMemberId: 'm1', to: holder, lodgedOn: base.effectiveOn, authorisedBy });
const cancellation = (reason: CancellationReason, authorisedBy: string | null = null): ShareEvent => ({ ...base, type: 'cancellation', shareNumber: 1, memberId: 'm1', reason, note: null, authorisedBy });
const particulars: ShareEvent = { ...base, type: 'particulars-change', memberId: 'm1', name: 'Synthetic Practice 1', address: '1 Road, London E1', authorisedBy: 'r1' };
const needs = (replacement: ShareEvent | null, courtOrderReference: string | null = null) => replacementNeedingAuthority({ replacement, courtOrderReference }) !== null;

describe('SR-4: which corrected entries rest on the articles’ authority, as one recorded directly does', () => {
  it('SR-2, s.694: a buy-back, and SR-1 a reduction of capital (a cancellation or a surrender), need it even when they name no resolution', () => {
    expect(needs(cancellation('buy-back'))).toBe(true);
    expect(needs(cancellation('cancellation'))).toBe(true);
    expect(needs(cancellation('surrender'))).toBe(true);
    expect(replacementNeedingAuthority({ replacement: cancellation('buy-back'), courtOrderReference: null })).toMatchObject({ type: 'cancellation', reason: 'buy-back' });
  });

  it('an entry naming a resolution needs that resolution to authorise it', () => {
    expect(needs(transfer('r1'))).toBe(true);
    expect(needs(cancellation('surrender', 'r1'))).toBe(true);
  });

  it('another entry naming none is taken as the record of what happened; a change of particulars needs none; a voided entry has no replacement', () => {
    expect(needs(transfer(null))).toBe(false);
    expect(needs(cancellation('forfeiture'))).toBe(false);
    expect(needs(particulars)).toBe(false);
    expect(needs(null)).toBe(false);
  });

  it('s.125: a correction under a court’s order rests on the order, whatever it puts in place', () => {
    expect(needs(cancellation('buy-back'), 'CR-2024-000123')).toBe(false);
    expect(needs(transfer('r1'), 'CR-2024-000123')).toBe(false);
  });
});
