import { today } from './today';

describe('today: the date in the UK, whatever the UTC date is', () => {
  afterEach(() => jest.useRealTimers());

  it.each([
    ['2024-06-30T22:59:00Z', '2024-06-30'],
    ['2024-06-30T23:00:00Z', '2024-07-01'],
    ['2024-06-30T23:59:00Z', '2024-07-01'],
    ['2024-12-31T23:59:00Z', '2024-12-31'],
    ['2025-01-01T00:00:00Z', '2025-01-01'],
  ])('at %s it is %s', (now, expected) => {
    jest.useFakeTimers({ now: new Date(now), doNotFake: ['nextTick', 'setImmediate'] });
    expect(today()).toBe(expected);
    expect(today(new Date(now))).toBe(expected);
  });
});
