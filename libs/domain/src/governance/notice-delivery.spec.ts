import fc from 'fast-check';
import { addDays, calendarDate, type CalendarDate } from '../calendar/calendar-date';
import { deemedDeliveryOn, NOTICE_SENT_BY, type NoticeSentBy } from './notice-delivery';

const d = calendarDate;
/** Bank holidays of England and Wales in spring 2026 and at Christmas 2026 (gov.uk/bank-holidays). */
const holidays = new Set(['2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-12-25', '2026-12-28']);
const working = (x: CalendarDate) => ![0, 6].includes(new Date(`${x}T00:00:00Z`).getUTCDay()) && !holidays.has(x);

/**
 * An hour-by-hour model of s.1147(5): from `hour` o'clock on the day sent, count 48 hours, skipping
 * every hour of a day that is not a working day; the day the last hour ends on (an end at midnight
 * belongs to the day it begins).
 */
function byTheHour(on: CalendarDate, hour: number): CalendarDate {
  let day = on;
  let at = hour;
  for (let counted = 0; counted < 48; ) {
    if (working(day)) counted += 1;
    at += 1;
    if (at === 24) {
      day = addDays(day, 1);
      at = 0;
    }
  }
  return day;
}

describe('deemed delivery of a notice (MT-2, s.1147)', () => {
  it('MT-2: handed over, it is delivered that day, even a Sunday', () => {
    expect(deemedDeliveryOn({ on: d('2026-03-02'), by: 'hand' }, working)).toBe('2026-03-02');
    expect(deemedDeliveryOn({ on: d('2026-03-08'), by: 'hand' }, working)).toBe('2026-03-08');
  });

  it('MT-2: posted or emailed on a Monday, it is delivered on the Wednesday; on a Friday, on the Tuesday', () => {
    for (const by of ['post', 'electronic'] as const) {
      expect(deemedDeliveryOn({ on: d('2026-03-02'), by }, working)).toBe('2026-03-04');
      expect(deemedDeliveryOn({ on: d('2026-03-06'), by }, working)).toBe('2026-03-10');
    }
  });

  it('MT-2: posted on a Saturday, the 48 hours start on the Monday: delivered on the Wednesday', () => {
    expect(deemedDeliveryOn({ on: d('2026-03-07'), by: 'post' }, working)).toBe('2026-03-11');
  });

  it('MT-2: bank holidays are not working days (s.1173): posted on the Thursday before Easter, delivered the Wednesday after', () => {
    expect(deemedDeliveryOn({ on: d('2026-04-02'), by: 'post' }, working)).toBe('2026-04-08');
    expect(deemedDeliveryOn({ on: d('2026-12-23'), by: 'electronic' }, working)).toBe('2026-12-29');
  });

  it('MT-2: for every day of the year and every way of sending, the day agrees with counting the hours one by one from the latest hour of sending', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), fc.constantFrom<NoticeSentBy>(...NOTICE_SENT_BY), (offset, by) => {
        const on = addDays(d('2026-01-01'), offset);
        const latest = by === 'hand' ? on : Array.from({ length: 24 }, (_, h) => byTheHour(on, h)).sort().at(-1)!;
        expect(deemedDeliveryOn({ on, by }, working)).toBe(latest);
      }),
      { numRuns: 400 },
    );
  });
});
