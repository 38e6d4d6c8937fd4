import fc from 'fast-check';
import { errorCode } from '../../test/error-code';
import { DomainError } from '../errors';
import {
  addDays,
  addMonths,
  calendarDate,
  checkNotBeforeIncorporation,
  checkNotDatedAfterRecording,
  compareDates,
  dateOfInstant,
  instant,
  isCalendarDate,
} from './calendar-date';

describe('isCalendarDate: a real day written YYYY-MM-DD', () => {
  it.each(['2024-02-29', '2000-02-29', '2014-09-01', '2023-12-31', '2023-01-01', '0001-01-01', '0024-02-29'])(
    'accepts %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(true);
    },
  );

  it.each(['2023-02-29', '1900-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00', '2023-01-32'])(
    'rejects the impossible date %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );

  it.each(['2023-1-01', '23-01-01', '2023/01/01', '01-02-2023', '2023-01-01T00:00:00Z', ' 2023-01-01', '2023-01-01 ', ''])(
    'rejects the badly written %p',
    (value) => {
      expect(isCalendarDate(value)).toBe(false);
    },
  );

  it.each([null, undefined, 20230101, new Date('2023-01-01'), ['2023-01-01']])('rejects the non-string %p', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it('agrees with the Date parser on any string of the form, real day or not (read without a pattern or a Date)', () => {
    const field = (length: number) => fc.stringMatching(new RegExp(`^[0-9]{${length}}$`));
    const sep = fc.constantFrom('-', '-', '-', '/', 'x');
    const reference = (v: string) => {
      const date = new Date(`${v}T00:00:00.000Z`);
      return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v;
    };
    fc.assert(
      fc.property(field(4), sep, fc.oneof(field(2), fc.integer({ min: 0, max: 13 }).map((m) => String(m).padStart(2, '0'))), sep, field(2), (y, s1, m, s2, d) => {
        const value = `${y}${s1}${m}${s2}${d}`;
        expect(isCalendarDate(value)).toBe(reference(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('calendarDate() brands a good date and throws INVALID_DATE on a bad one', () => {
    expect(calendarDate('2024-02-29')).toBe('2024-02-29');
    expect(errorCode(() => calendarDate('2023-02-29'))).toBe('INVALID_DATE');
  });
});

describe('addMonths: periods counted in calendar months (Companies Act)', () => {
  it.each([
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2014-09-01', 2, '2014-11-01'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2023-12-15', 1, '2024-01-15'],
    ['2023-01-31', 13, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-05-31', 0, '2024-05-31'],
  ])('%s + %i month(s) = %s', (from, months, expected) => {
    expect(addMonths(calendarDate(from), months)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each([
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-01-01', -1, '2023-12-31'],
    ['2023-12-20', 14, '2024-01-03'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2014-09-01', 366, '2015-09-02'],
  ])('%s + %i day(s) = %s', (from, days, expected) => {
    expect(addDays(calendarDate(from), days)).toBe(expected);
  });

  it('is not thrown off by British Summer Time changes (the clocks go back on 2024-10-27)', () => {
    expect(addDays(calendarDate('2024-10-26'), 2)).toBe('2024-10-28');
    expect(addDays(calendarDate('2024-03-30'), 2)).toBe('2024-04-01');
  });
});

describe('compareDates and dateOfInstant', () => {
  it('orders dates chronologically', () => {
    const [a, b] = [calendarDate('2014-09-01'), calendarDate('2015-01-01')];
    expect(compareDates(a, b)).toBeLessThan(0);
    expect(compareDates(b, a)).toBeGreaterThan(0);
    expect(compareDates(a, calendarDate('2014-09-01'))).toBe(0);
  });

  it('takes the day an instant falls on in the UK, whatever offset it was written with', () => {
    expect(dateOfInstant(instant('2024-06-30T23:30:00-01:00'))).toBe('2024-07-01');
    expect(dateOfInstant(instant('2024-07-01T00:30:00+02:00'))).toBe('2024-06-30');
  });
});

describe('dateOfInstant around midnight in the UK: "today" is the London date, not the UTC one', () => {
  it.each([
    // British Summer Time (UTC+1): the UK day starts at 23:00 UTC the evening before.
    ['2024-06-30T22:59:59.999Z', '2024-06-30', 'the last moment of 30 June, BST'],
    ['2024-06-30T23:00:00.000Z', '2024-07-01', 'midnight BST: 1 July while UTC is still on 30 June'],
    ['2024-06-30T23:30:00.000Z', '2024-07-01', '00:30 BST'],
    ['2024-07-01T00:00:00.000Z', '2024-07-01', '01:00 BST'],
    // Greenwich Mean Time (UTC+0) in winter: the UK and UTC days agree.
    ['2024-12-31T23:59:59.999Z', '2024-12-31', 'the last moment of the year, GMT'],
    ['2025-01-01T00:00:00.000Z', '2025-01-01', 'midnight GMT'],
    // The changes of clock: 01:00 GMT on the last Sunday of March, 01:00 UTC (02:00 BST) on the last Sunday of October.
    ['2024-03-30T23:59:59.999Z', '2024-03-30', 'the last moment before the spring change'],
    ['2024-03-31T00:30:00.000Z', '2024-03-31', '00:30 GMT on the day the clocks go forward'],
    ['2024-03-31T23:00:00.000Z', '2024-04-01', 'midnight BST after the clocks went forward'],
    ['2024-10-26T22:59:59.999Z', '2024-10-26', 'the last moment of the Saturday, BST'],
    ['2024-10-26T23:00:00.000Z', '2024-10-27', 'midnight BST on the day the clocks go back'],
    ['2024-10-27T00:59:59.999Z', '2024-10-27', '01:59 BST, just before the clocks go back'],
    ['2024-10-27T23:59:59.999Z', '2024-10-27', 'the last moment of that day, GMT again'],
    ['2024-10-28T00:00:00.000Z', '2024-10-28', 'midnight GMT'],
  ])('%s is %s (%s)', (at, expected) => {
    expect(dateOfInstant(instant(at))).toBe(expected);
    expect(dateOfInstant(new Date(at))).toBe(expected);
  });

  it('is the UTC day or the day of an hour later, never anything else', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true }), (at) => {
        const utc = at.toISOString().slice(0, 10);
        const hourLater = new Date(at.getTime() + 3_600_000).toISOString().slice(0, 10);
        expect([utc, hourLater]).toContain(dateOfInstant(at));
        expect(isCalendarDate(dateOfInstant(at))).toBe(true);
      }),
    );
  });
});

describe('instant: when a thing was recorded, normalised to UTC with milliseconds', () => {
  it.each([
    ['2014-09-01T09:00:00Z', '2014-09-01T09:00:00.000Z'],
    ['2014-09-01T09:00:00.000Z', '2014-09-01T09:00:00.000Z'],
    ['2014-09-01T10:00:00+01:00', '2014-09-01T09:00:00.000Z'],
    ['2014-09-01T00:30:00+01:00', '2014-08-31T23:30:00.000Z'],
    ['2014-09-01T09:00:00.5Z', '2014-09-01T09:00:00.500Z'],
  ])('normalises %s to %s', (value, expected) => {
    expect(instant(value)).toBe(expected);
  });

  it('accepts a Date', () => {
    expect(instant(new Date(Date.UTC(2014, 8, 1, 9)))).toBe('2014-09-01T09:00:00.000Z');
  });

  it.each([
    '2014-09-01',
    '01/09/2014 09:00',
    'Mon, 01 Sep 2014 09:00:00 GMT',
    '2014-09-01Tnoon',
    '2014-09-01T25:00:00Z',
    'not a date',
    '',
    // No zone designator: ISO 8601 reads it as local time, so its meaning would depend on the server.
    '2014-09-01T09:00:00',
    // Not a real day: the Date parser would silently roll it over to 2 March.
    '2023-02-30T09:00:00Z',
    // The same in the form stored instants take, which is read by a shorter path.
    '2023-02-30T09:00:00.000Z',
    '2014-09-01T25:00:00.000Z',
    '2014-13-01T09:00:00.000Z',
  ])('rejects %p with INVALID_INSTANT', (value) => {
    expect(errorCode(() => instant(value))).toBe('INVALID_INSTANT');
  });

  it('keeps a stored instant exactly when the Date parser reads it back the same (read without a Date)', () => {
    const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const day = fc.integer({ min: 1, max: 32 }).map((n) => String(n).padStart(2, '0'));
    const month = fc.integer({ min: 0, max: 13 }).map((n) => String(n).padStart(2, '0'));
    const year = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));
    const ms = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'));
    fc.assert(
      fc.property(year, month, day, two, two, two, ms, (y, mo, d, h, mi, s, m) => {
        const value = `${y}-${mo}-${d}T${h}:${mi}:${s}.${m}Z`;
        const date = new Date(value);
        const kept = (() => {
          try {
            return instant(value) === value;
          } catch {
            return false;
          }
        })();
        expect(kept).toBe(!Number.isNaN(date.getTime()) && date.toISOString() === value);
      }),
      { numRuns: 3000 },
    );
  });

  it('rejects an invalid Date with INVALID_INSTANT', () => {
    expect(errorCode(() => instant(new Date(Number.NaN)))).toBe('INVALID_INSTANT');
  });
});

/** The refusal a check throws. */
function thrown(check: () => void): DomainError {
  try {
    check();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('no refusal');
}

describe('a record dated before the company was incorporated', () => {
  it('is refused naming the field that gave the date, the date and the day of incorporation (EVENT_BEFORE_INCORPORATION)', () => {
    const refusal = thrown(() => checkNotBeforeIncorporation('the meeting', calendarDate('1850-06-01'), calendarDate('2014-09-01'), 'meetingOn'));
    expect(refusal.code).toBe('EVENT_BEFORE_INCORPORATION');
    expect(refusal.details).toEqual({ field: 'meetingOn', effectiveOn: '1850-06-01', incorporatedOn: '2014-09-01' });
    expect(() => checkNotBeforeIncorporation('the meeting', calendarDate('2014-09-01'), calendarDate('2014-09-01'), 'meetingOn')).not.toThrow();
  });
});

describe('a record dated after the day it is entered', () => {
  // 23:59:59.999 BST on 1 May.
  const at = instant('2024-05-01T22:59:59.999Z');

  it('is accepted when dated that day or before', () => {
    expect(() => checkNotDatedAfterRecording('the transfer', calendarDate('2024-05-01'), at, 'effectiveOn')).not.toThrow();
    expect(() => checkNotDatedAfterRecording('the transfer', calendarDate('2019-01-01'), at, 'effectiveOn')).not.toThrow();
  });

  it('is refused the day after, naming both dates (DATED_AFTER_RECORDING)', () => {
    expect(errorCode(() => checkNotDatedAfterRecording('the transfer', calendarDate('2024-05-02'), at, 'effectiveOn'))).toBe('DATED_AFTER_RECORDING');
    expect(() => checkNotDatedAfterRecording('the transfer', calendarDate('2024-05-02'), at, 'effectiveOn')).toThrow(/2024-05-02.*2024-05-01/);
  });

  it('names the field of the request that gave the date, with both dates, in its details', () => {
    const refusal = thrown(() => checkNotDatedAfterRecording('the notice of the meeting', calendarDate('2024-05-02'), at, 'noticeGivenOn'));
    expect(refusal.details).toEqual({ field: 'noticeGivenOn', effectiveOn: '2024-05-02', recordedOn: '2024-05-01' });
  });

  it('counts the day in the UK: at 00:30 BST on 2 May (23:30 UTC on 1 May) a record dated 2 May is accepted', () => {
    expect(() => checkNotDatedAfterRecording('the transfer', calendarDate('2024-05-02'), instant('2024-05-01T23:30:00Z'), 'effectiveOn')).not.toThrow();
    expect(errorCode(() => checkNotDatedAfterRecording('the transfer', calendarDate('2024-05-03'), instant('2024-05-01T23:30:00Z'), 'effectiveOn'))).toBe(
      'DATED_AFTER_RECORDING',
    );
  });
});
