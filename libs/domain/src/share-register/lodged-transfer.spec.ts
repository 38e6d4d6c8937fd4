import { calendarDate, instant } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { DomainError } from '../errors';
import { checkLodging, checkNotLodgedAlready, lodgedTransfers, practiceTransferee } from './lodged-transfer';
import type { Holder, ShareAllotment, ShareCancellation, ShareEvent, ShareTransfer } from './share-event';

const company: Company = {
  id: 'company-1', name: 'Example GP Care Group CIC', companyNumber: '09000001', incorporatedOn: calendarDate('2014-09-01'),
  registeredOffice: '1 Example Street, London E1 1AA',
  articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
};
let sequence = 0;
const base = (on: string) => ({ eventId: String(++sequence), effectiveOn: calendarDate(on), recordedAt: instant(`${on}T09:00:00.000Z`), authorisedBy: null });
const holder = (id: string): Holder => ({ memberId: id, name: `Partners of ${id}`, address: `${id} Surgery, London E1`, practiceId: `practice-${id}` });
const allot = (shareNumber: number, to: Holder): ShareAllotment => ({
  ...base('2014-09-01'), type: 'allotment', shareNumber, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, holder: to,
});
const transfer = (shareNumber: number, from: string, to: Holder, on: string): ShareTransfer => ({
  ...base(on), type: 'transfer', shareNumber, fromMemberId: from, to, lodgedOn: calendarDate(on),
});
const cancel = (shareNumber: number, memberId: string, on: string): ShareCancellation => ({
  ...base(on), type: 'cancellation', shareNumber, memberId, reason: 'surrender', note: null,
});
const events: ShareEvent[] = [allot(1, holder('A')), allot(2, holder('B')), allot(3, holder('D')), transfer(1, 'A', holder('C'), '2020-01-15'), cancel(3, 'D', '2021-06-30')];

function refusal(fromMemberId: string, shareNumber: number, lodgedOn: string): DomainError | null {
  try {
    checkLodging({ company, shareEvents: events, shareNumber, fromMemberId, lodgedOn: calendarDate(lodgedOn) });
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  return null;
}

describe('Lodging an instrument of transfer (SH-3, s.770)', () => {
  it('SH-3: a share never allotted cannot be lodged for transfer (SHARE_NOT_ISSUED)', () => {
    expect(refusal('A', 9999, '2024-05-10')).toMatchObject({ code: 'SHARE_NOT_ISSUED', message: 'share 9999 has not been allotted' });
  });

  it('SH-3: a share cancelled by the lodging day cannot be lodged for transfer (SHARE_ALREADY_CANCELLED)', () => {
    expect(refusal('D', 3, '2024-05-10')?.code).toBe('SHARE_ALREADY_CANCELLED');
    expect(refusal('D', 3, '2021-06-29')).toBeNull();
  });

  it('SH-3: only the holder on the lodging day can lodge a transfer of the share (SHARE_NOT_HELD_BY_MEMBER), named as on registering', () => {
    expect(refusal('B', 1, '2024-05-10')).toMatchObject({
      code: 'SHARE_NOT_HELD_BY_MEMBER',
      message: 'share 1 was held by Partners of C on 2024-05-10, not Partners of B',
      details: { shareNumber: 1, memberId: 'B', holderId: 'C' },
    });
    // Held by A until the transfer of 2020-01-15: the holder is the one on the lodging day.
    expect(refusal('A', 1, '2020-01-14')).toBeNull();
    expect(refusal('A', 1, '2020-01-15')?.code).toBe('SHARE_NOT_HELD_BY_MEMBER');
    expect(refusal('C', 1, '2019-12-31')?.code).toBe('SHARE_NOT_HELD_BY_MEMBER');
    expect(refusal('nobody', 2, '2024-05-10')?.message).toBe('share 2 was held by Partners of B on 2024-05-10, not member nobody');
  });

  it('SH-3: a share in issue and held by the transferor on the lodging day can be lodged; nothing else is checked until registration', () => {
    expect(refusal('C', 1, '2024-05-10')).toBeNull();
    expect(refusal('B', 2, '2014-09-01')).toBeNull();
  });

  it('SH-3: a transfer lodged to a practice already on the register goes to its entry; to the transferor\'s own practice, to a new entry', () => {
    const register = checkLodging({ company, shareEvents: events, shareNumber: 2, fromMemberId: 'B', lodgedOn: calendarDate('2024-05-10') });
    expect(practiceTransferee(register, 'practice-C', 'B')?.memberId).toBe('C');
    expect(practiceTransferee(register, 'practice-B', 'B')).toBeUndefined();
    // A former member's practice (A transferred its share away) has no entry in force: a new one is made.
    expect(practiceTransferee(register, 'practice-A', 'B')).toBeUndefined();
    expect(practiceTransferee(register, 'practice-new', 'B')).toBeUndefined();
  });
});

describe('An instrument lodged twice (SH-3)', () => {
  const lodged = (eventId: string, shareNumber: number, fromMemberId: string, to: Holder, on: string) =>
    ({ type: 'lodged' as const, eventId, effectiveOn: calendarDate(on), recordedAt: instant(`${on}T10:00:00.000Z`), shareNumber, fromMemberId, to });
  const newHolder = (memberId: string): Holder => ({ memberId, name: 'New partners', address: '1 New Road, London E1', practiceId: 'practice-N' });
  const pending = lodgedTransfers([lodged('50', 2, 'B', newHolder('m-1'), '2024-03-01')]);
  const code = (fn: () => void) => {
    try {
      fn();
      return 'accepted';
    } catch (error) {
      return (error as DomainError).code;
    }
  };

  it("SH-3, s.771: the same instrument (share, transferor, transferee by particulars) lodged again on any day while it awaits the directors' decision is refused (TRANSFER_ALREADY_LODGED); another transferee's is a lodging of its own", () => {
    const lodging = { shareNumber: 2, fromMemberId: 'B', to: newHolder('m-2'), lodgedOn: calendarDate('2024-03-01') };
    expect(code(() => checkNotLodgedAlready(pending.values(), lodging))).toBe('TRANSFER_ALREADY_LODGED');
    // The same instrument the next day still awaits its decision; one to other partners is another instrument.
    const nextDay = { ...lodging, lodgedOn: calendarDate('2024-03-02') };
    const otherPartners = { ...lodging, to: { ...newHolder('m-2'), name: 'Other partners' } };
    expect(code(() => checkNotLodgedAlready(pending.values(), nextDay))).toBe('TRANSFER_ALREADY_LODGED');
    expect(code(() => checkNotLodgedAlready(pending.values(), otherPartners))).toBe('accepted');
    expect(code(() => checkNotLodgedAlready(pending.values(), { ...lodging, shareNumber: 3 }))).toBe('accepted');
    let error: DomainError | undefined;
    try {
      checkNotLodgedAlready(pending.values(), nextDay);
    } catch (e) {
      error = e as DomainError;
    }
    expect(error?.details).toMatchObject({ transferId: '50', shareNumber: 2, lodgedOn: '2024-03-01' });
    expect(error?.message).toContain('lodged on 2024-03-01 (transfer 50)');
    expect(error?.message).toContain('(s.771)');
    const refused = lodgedTransfers([lodged('50', 2, 'B', newHolder('m-1'), '2024-03-01'), { type: 'refused', eventId: '51', effectiveOn: calendarDate('2024-03-05'), recordedAt: instant('2024-03-05T10:00:00.000Z'), transferId: '50', reasons: 'unsigned' }]);
    expect(code(() => checkNotLodgedAlready(refused.values(), lodging))).toBe('accepted');
  });
});
