import { errorCode } from '../../test/error-code';
import { calendarDate, instant } from '../calendar/calendar-date';
import type { ShareRecord } from './register-records';
import type { CancellationReason, ShareCancellation } from './share-event';
import { checkBuyBackPrice } from './share-rules';

const d = calendarDate;
const share = (paidUpPence: number): ShareRecord => ({ shareNumber: 11, shareClass: 'ordinary', nominalPence: 100, paidUpPence, holderId: 'm11', issuedOn: d('2014-09-01'), cancelledOn: null, lastChangedOn: d('2014-09-01') });
const cancel = (reason: CancellationReason, pricePence?: number): ShareCancellation => ({
  type: 'cancellation', eventId: '1', effectiveOn: d('2026-05-01'), recordedAt: instant('2026-05-01T09:00:00Z'), shareNumber: 11, memberId: 'm11', reason, note: null,
  ...(pricePence !== undefined ? { pricePence } : {}),
});
const outcome = (check: () => void) => { try { check(); return 'ACCEPTED'; } catch { return errorCode(check); } };

describe('SH-4 (CIC): a buy-back at no more than the paid-up value', () => {
  it('SH-4: a fully paid £1 share may be bought back for £1 or less, not for £1.01', () => {
    expect(outcome(() => checkBuyBackPrice(cancel('buy-back', 100), share(100)))).toBe('ACCEPTED');
    expect(outcome(() => checkBuyBackPrice(cancel('buy-back', 0), share(100)))).toBe('ACCEPTED');
    expect(outcome(() => checkBuyBackPrice(cancel('buy-back', 101), share(100)))).toBe('BUY_BACK_PRICE_ABOVE_PAID_UP');
  });

  it('SH-4: the limit is what is paid up, not the nominal value: a share paid up to 40p is bought back for 40p at most', () => {
    expect(outcome(() => checkBuyBackPrice(cancel('buy-back', 41), share(40)))).toBe('BUY_BACK_PRICE_ABOVE_PAID_UP');
    expect(outcome(() => checkBuyBackPrice(cancel('buy-back', 40), share(40)))).toBe('ACCEPTED');
  });

  it('SH-4: a buy-back with no price recorded, and a cancellation of another reason, are not checked', () => {
    expect(outcome(() => checkBuyBackPrice(cancel('buy-back'), share(100)))).toBe('ACCEPTED');
    expect(outcome(() => checkBuyBackPrice(cancel('surrender', 500), share(100)))).toBe('ACCEPTED');
  });
});
