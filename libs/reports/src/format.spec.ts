import { formatCount, formatDate, formatFte, formatMoney, parseInstant } from './format';

describe('formatDate', () => {
  it('writes calendar dates as day, month name and year', () => {
    expect(formatDate('2016-04-01')).toBe('1 April 2016');
    expect(formatDate('2025-12-31')).toBe('31 December 2025');
    expect(formatDate('2024-02-29')).toBe('29 February 2024');
  });

  it.each(['2023-02-29', '2016-13-01', '2016-04-31', '2016-4-1', '2016-04-01T00:00:00Z', ''])('rejects %j', (bad) => {
    expect(() => formatDate(bad)).toThrow(expect.objectContaining({ code: 'REPORT_BAD_VALUE' }));
  });
});

describe('formatMoney', () => {
  it('writes whole pence as pounds with two decimals and thousands separators', () => {
    expect(formatMoney(100)).toBe('£1.00');
    expect(formatMoney(5)).toBe('£0.05');
    expect(formatMoney(0)).toBe('£0.00');
    expect(formatMoney(412_500_000)).toBe('£4,125,000.00');
    expect(formatMoney(-50)).toBe('-£0.50');
  });

  it('refuses fractions of a penny', () => {
    expect(() => formatMoney(1.5)).toThrow(/whole pence/);
  });
});

describe('numbers and instants', () => {
  it('groups counts in thousands and writes FTE to two places', () => {
    expect(formatCount(100_000)).toBe('100,000');
    expect(formatCount(999)).toBe('999');
    expect(formatFte(12.6)).toBe('12.60');
    expect(formatFte(1234.567)).toBe('1,234.57');
  });

  it('reads instants only with an explicit zone, so the machine zone never matters', () => {
    expect(parseInstant('2026-03-31T17:00:00Z').toISOString()).toBe('2026-03-31T17:00:00.000Z');
    expect(parseInstant('2026-03-31T18:00:00+01:00').toISOString()).toBe('2026-03-31T17:00:00.000Z');
    expect(() => parseInstant('2026-03-31T17:00:00')).toThrow(/zone/);
  });
});
