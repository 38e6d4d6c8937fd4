import { penceOf } from './pounds-input';

describe('an amount typed in pounds', () => {
  it.each([
    ['12,500.00', 1_250_000],
    ['£800.50', 80_050],
    ['£ 0.5', 50],
    ['0', 0],
    ['1234567', 123_456_700],
    [' 3.07 ', 307],
    ['35,000', 3_500_000],
    ['£35,000.00', 3_500_000],
    ['35000.01', 3_500_001],
    ['35.5', 3_550],
    ['9,999,999,999,999.99', 999_999_999_999_999],
  ])('%s is %d pence', (typed, pence) => {
    expect(penceOf(typed)).toBe(pence);
  });

  it.each(['three thousand', '1,00', '12.345', '-5', '1e3', '£', '12,5000.00', '35.001', '3,5000', '90,000,000,000,000', '10000000000000'])('%s is kept as typed, for the DTO to refuse', (typed) => {
    expect(penceOf(typed)).toBe(typed);
  });

  it('a blank field is none', () => {
    expect(penceOf('  ')).toBeUndefined();
    expect(penceOf(undefined)).toBeUndefined();
  });
});
