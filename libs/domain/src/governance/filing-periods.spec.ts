import fc from 'fast-check';
import { addDays, addMonths, calendarDate, compareDates, type CalendarDate } from '../calendar/calendar-date';
import {
  accountingPeriods,
  accountsMonthsAfter,
  confirmationDateOf,
  defaultAccountingReferenceDate,
  endOfMonthsBeginningWith,
  firstAccountsPeriodEnd,
  earlierStatementReference,
  firstConfirmationOnOrAfter,
  filedReviewPeriods,
  firstReviewPeriodEnd,
  reviewPeriods,
  statementRecordedAs,
  closedByAnnualReturn,
} from './filing-periods';

const d = calendarDate;
const take = <T,>(gen: Generator<T>, n: number): T[] => Array.from({ length: n }, () => gen.next().value as T);

describe('Filing periods (section 5 of the brief)', () => {
  it('s.443: months after a month end land on a month end (30 June + 6 = 31 December); otherwise on the same day', () => {
    expect(accountsMonthsAfter(d('2024-06-30'), 6)).toBe('2024-12-31');
    expect(addMonths(d('2024-06-30'), 6)).toBe('2024-12-30'); // the corresponding-date rule the section reverses
    expect(accountsMonthsAfter(d('2024-06-05'), 6)).toBe('2024-12-05');
    expect(accountsMonthsAfter(d('2023-02-28'), 9)).toBe('2023-11-30');
    expect(accountsMonthsAfter(d('2024-05-31'), 9)).toBe('2025-02-28');
  });

  it('a period of months beginning with a day ends the day before the corresponding day, or on the last day of a month without one', () => {
    expect(endOfMonthsBeginningWith(d('2017-01-01'), 12)).toBe('2017-12-31');
    expect(endOfMonthsBeginningWith(d('2016-02-29'), 12)).toBe('2017-02-28');
    expect(endOfMonthsBeginningWith(d('2014-08-31'), 6)).toBe('2015-02-28');
  });

  it('AR01 (s.854): incorporated 1 September 2014, the annual return was made up to the anniversary, 1 September 2015, due 28 days after; the confirmation statements (s.853A(3)(b)) keep that date, each due 14 days after', () => {
    expect(firstReviewPeriodEnd(d('2014-09-01'))).toBe('2015-09-01');
    expect(take(reviewPeriods(d('2014-09-01')), 3)).toEqual([
      { startsOn: '2014-09-01', endsOn: '2015-09-01', dueOn: '2015-09-29' },
      { startsOn: '2015-09-02', endsOn: '2016-09-01', dueOn: '2016-09-15' },
      { startsOn: '2016-09-02', endsOn: '2017-09-01', dueOn: '2017-09-15' },
    ]);
  });

  it('CS01 (s.853A(3)(a)): incorporated on or after 30 June 2015, the first review period is the 12 months beginning with incorporation', () => {
    expect(take(reviewPeriods(d('2016-09-01')), 2)).toEqual([
      { startsOn: '2016-09-01', endsOn: '2017-08-31', dueOn: '2017-09-14' },
      { startsOn: '2017-09-01', endsOn: '2018-08-31', dueOn: '2018-09-14' },
    ]);
    expect(firstReviewPeriodEnd(d('2015-06-30'))).toBe('2016-06-29');
  });

  it('a statement recorded under the day before its period ends (the calendar before the return date was the anniversary) answers the period, for a company that delivered annual returns only', () => {
    expect(earlierStatementReference(d('2014-09-01'), d('2016-09-01'))).toBe('2016-08-31');
    expect(earlierStatementReference(d('2016-09-01'), d('2017-08-31'))).toBeNull();
    const filed: Record<string, CalendarDate> = { '2016-08-31': d('2016-09-10'), '2017-09-01': d('2017-09-03') };
    const lookup = (reference: CalendarDate) => filed[reference];
    const periods = take(filedReviewPeriods(d('2014-09-01'), lookup), 4).slice(1);
    expect(periods.map((p) => [p.endsOn, p.filedOn, p.filedAs])).toEqual([
      ['2016-09-01', '2016-09-10', '2016-08-31'],
      ['2017-09-01', '2017-09-03', '2017-09-01'],
      ['2018-09-01', null, null],
    ]);
    expect(statementRecordedAs(d('2014-09-01'), lookup, d('2016-09-01'))).toBe('2016-08-31');
    expect(statementRecordedAs(d('2014-09-01'), lookup, d('2017-09-01'))).toBeNull();
    expect(statementRecordedAs(d('2014-09-01'), lookup, d('2016-08-31'))).toBeNull();
    // A company whose periods did not move: the day before is no reference of its period.
    expect(take(filedReviewPeriods(d('2015-09-01'), lookup), 1)[0]).toMatchObject({ endsOn: '2016-08-31', filedOn: '2016-09-10', filedAs: '2016-08-31' });
    expect(take(filedReviewPeriods(d('2015-09-01'), lookup), 2)[1]).toMatchObject({ endsOn: '2017-08-31', filedOn: null });
  });

  it('FC-2: after a statement delivered early the periods are as they always were, so a period ending the day after another is not answered by that other\'s statement; the periods move on', () => {
    // Delivered early on 1 December 2026 and 2 December 2026: the periods end on 1 and 2 December 2027.
    const filed: Record<string, CalendarDate> = { '2027-09-01': d('2026-12-01'), '2027-12-01': d('2026-12-02') };
    const periods = take(filedReviewPeriods(d('2014-09-01'), (reference) => filed[reference]), 16).slice(12);
    expect(periods.map((p) => [p.startsOn, p.endsOn, p.filedOn])).toEqual([
      ['2026-09-02', '2027-09-01', '2026-12-01'],
      ['2026-12-02', '2027-12-01', '2026-12-02'],
      ['2026-12-03', '2027-12-02', null],
      ['2027-12-03', '2028-12-02', null],
    ]);
    expect(statementRecordedAs(d('2014-09-01'), (reference) => filed[reference], d('2027-12-02'))).toBeNull();
  });

  it('a statement dated before its period began (an old record under the earlier reference, delivered on the earlier count\'s first day) counts from the period\'s first day, and the periods move on', () => {
    const filed: Record<string, CalendarDate> = { '2016-08-31': d('2015-09-01') };
    const periods = take(filedReviewPeriods(d('2014-09-01'), (reference) => filed[reference]), 3).slice(1);
    expect(periods.map((p) => [p.startsOn, p.endsOn, p.filedOn])).toEqual([
      ['2015-09-02', '2016-09-01', '2015-09-01'],
      ['2015-09-03', '2016-09-02', null],
    ]);
  });


  it('s.854 → s.853A: a period ending on 29 June 2016 closed with an annual return, one ending on 30 June 2016 with a confirmation statement', () => {
    expect(closedByAnnualReturn(d('2016-06-29'))).toBe(true);
    expect(closedByAnnualReturn(d('2016-06-30'))).toBe(false);
    expect(take(reviewPeriods(d('2015-06-29')), 1)[0]).toEqual({ startsOn: '2015-06-29', endsOn: '2016-06-29', dueOn: '2016-07-27' });
    expect(take(reviewPeriods(d('2015-06-30')), 1)[0]).toEqual({ startsOn: '2015-06-30', endsOn: '2016-06-29', dueOn: '2016-07-27' });
    expect(take(reviewPeriods(d('2015-07-01')), 1)[0]).toEqual({ startsOn: '2015-07-01', endsOn: '2016-06-30', dueOn: '2016-07-14' });
  });

  it('CS01: incorporated on 29 February, the first period ends on 28 February and the next begins on 1 March', () => {
    expect(take(reviewPeriods(d('2016-02-29')), 2).map((p) => [p.startsOn, p.endsOn])).toEqual([
      ['2016-02-29', '2017-02-28'],
      ['2017-03-01', '2018-02-28'],
    ]);
  });

  it('s.391(4): with no accounting reference date set, it is the last day of the month of incorporation', () => {
    expect(defaultAccountingReferenceDate(d('2014-09-01'))).toEqual({ month: 9, day: 31 });
  });

  it('s.391(5): the first period ends on the first accounting reference date more than 6 months after incorporation', () => {
    expect(firstAccountsPeriodEnd(d('2014-09-01'), { month: 9, day: 31 })).toBe('2015-09-30'); // 13 months
    expect(firstAccountsPeriodEnd(d('2014-09-01'), { month: 3, day: 31 })).toBe('2015-03-31'); // 7 months
    expect(firstAccountsPeriodEnd(d('2014-09-01'), { month: 2, day: 28 })).toBe('2016-02-28'); // 28 Feb 2015 is exactly 6 months: 18
  });

  it('s.442(3): a first period over 12 months: accounts due the later of 9 months from the first anniversary and 3 months after it ends', () => {
    const [first, second] = take(accountingPeriods(d('2014-09-01'), { month: 9, day: 31 }), 2);
    expect(first).toEqual({ startsOn: '2014-09-01', endsOn: '2015-09-30', dueOn: '2016-06-01' });
    expect(second).toEqual({ startsOn: '2015-10-01', endsOn: '2016-09-30', dueOn: '2017-06-30' });
  });

  it('s.442(2): periods to 31 March (the NHS year) are due on 31 December, 9 months later by the month-end rule', () => {
    const [first, second] = take(accountingPeriods(d('2014-09-01'), { month: 3, day: 31 }), 2);
    expect(first).toEqual({ startsOn: '2014-09-01', endsOn: '2015-03-31', dueOn: '2015-12-31' });
    expect(second).toEqual({ startsOn: '2015-04-01', endsOn: '2016-03-31', dueOn: '2016-12-31' });
  });

  it('s.442(3): an 18-month first period is due 21 months after incorporation, the later of the two limits', () => {
    const [first] = take(accountingPeriods(d('2014-09-01'), { month: 2, day: 28 }), 1);
    expect(first).toEqual({ startsOn: '2014-09-01', endsOn: '2016-02-28', dueOn: '2016-06-01' });
  });

  it('accounting periods follow one another without gap, each ending on the reference date, the first 6 to 18 months long', () => {
    const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays(d('2000-01-01'), n));
    const ard = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) });
    fc.assert(
      fc.property(day, ard, (incorporatedOn, reference) => {
        const periods = take(accountingPeriods(incorporatedOn, reference), 4);
        const first = periods[0]!;
        expect(compareDates(first.endsOn, endOfMonthsBeginningWith(incorporatedOn, 6))).toBeGreaterThan(0);
        expect(compareDates(first.endsOn, endOfMonthsBeginningWith(incorporatedOn, 18))).toBeLessThanOrEqual(0);
        periods.reduce<CalendarDate | null>((previousEnd, p) => {
          if (previousEnd !== null) expect(p.startsOn).toBe(addDays(previousEnd, 1));
          expect(Number(p.endsOn.slice(5, 7))).toBe(reference.month);
          expect(compareDates(p.dueOn, p.endsOn)).toBeGreaterThan(0);
          return p.endsOn;
        }, null);
      }),
      { numRuns: 300 },
    );
  });

  it('FC-5 (s.392): an AA01 notified during a period moves its end to the new date and the periods after; accounts due 9 months after or 3 months after the notice', () => {
    // Periods to 31 March; on 30 November 2025 the company changes to 31 December: the period from 1 April 2025 ends on 31 December 2025.
    const periods = take(accountingPeriods(d('2014-09-01'), { month: 3, day: 31 }, undefined, [{ effectiveOn: d('2025-11-30'), ard: { month: 12, day: 31 } }]), 14);
    expect(periods[10]).toEqual({ startsOn: '2024-04-01', endsOn: '2025-03-31', dueOn: '2025-12-31' });
    expect(periods[11]).toEqual({ startsOn: '2025-04-01', endsOn: '2025-12-31', dueOn: '2026-09-30' });
    expect(periods[12]).toEqual({ startsOn: '2026-01-01', endsOn: '2026-12-31', dueOn: '2027-09-30' });
    // Shortened to a day already past: 3 months after the notice is the later limit (s.442(4)).
    const [, short] = take(accountingPeriods(d('2014-09-01'), { month: 3, day: 31 }, undefined, [{ effectiveOn: d('2016-02-20'), ard: { month: 6, day: 30 } }]), 2);
    expect(short).toEqual({ startsOn: '2015-04-01', endsOn: '2015-06-30', dueOn: '2016-05-20' });
  });

  it('EC-3, FC-2: existing directors confirm verification with the first statement made up to a date on or after 18 November 2025, found from the filings', () => {
    const eccta = d('2025-11-18');
    const first = (filings: Record<string, string>) => firstConfirmationOnOrAfter(d('2014-09-01'), (endsOn) => filings[endsOn] as CalendarDate | undefined, eccta);
    // On the calendar: the period ending 1 September 2026 is the first, due 15 September 2026.
    expect(first({})).toEqual({ confirmationDate: '2026-09-01', dueOn: '2026-09-15' });
    // Its statement delivered early on 10 November 2025 was made up to that day, before the Act: the next one is made up to 10 November 2026.
    expect(first({ '2026-09-01': '2025-11-10' })).toEqual({ confirmationDate: '2026-11-10', dueOn: '2026-11-24' });
    // Delivered early on 1 December 2025, it is the first, due as it was delivered.
    expect(first({ '2026-09-01': '2025-12-01' })).toEqual({ confirmationDate: '2025-12-01', dueOn: '2025-12-01' });
    // One delivered late for a period ended before the Act is not the first.
    expect(first({ '2025-09-01': '2025-11-20' })).toEqual({ confirmationDate: '2026-09-01', dueOn: '2026-09-15' });
  });

  it('FC-2, s.853A: a statement delivered on 30 November 2026 for the period ending 1 September 2027 is made up to 30 November 2026; the next is made up to 30 November 2027, due 14 December 2027', () => {
    expect(confirmationDateOf(d('2027-08-31'), d('2026-11-30'))).toBe('2026-11-30');
    // Delivered on or after the period's end, or not yet: made up to the period's end.
    expect(confirmationDateOf(d('2027-08-31'), d('2027-08-31'))).toBe('2027-08-31');
    expect(confirmationDateOf(d('2027-08-31'), d('2027-09-05'))).toBe('2027-08-31');
    expect(confirmationDateOf(d('2027-08-31'), null)).toBe('2027-08-31');
    const periods = reviewPeriods(d('2014-09-01'), (endsOn) => (endsOn === '2027-09-01' ? d('2026-11-30') : undefined));
    const [early, next] = take(periods, 14).slice(12);
    expect(early).toEqual({ startsOn: '2026-09-02', endsOn: '2027-09-01', dueOn: '2027-09-15' });
    expect(next).toEqual({ startsOn: '2026-12-01', endsOn: '2027-11-30', dueOn: '2027-12-14' });
  });
});
