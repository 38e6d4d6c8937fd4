import { penceOf } from './dividends.controller';

describe('the dividend form\'s amounts, typed in pounds', () => {
  it('reads pounds and pence as whole pence, with or without £, commas and pence', () => {
    expect(['35000', '35,000', '£35,000.00', '35000.01', '£ 1', '0.99'].map(penceOf)).toEqual([3_500_000, 3_500_000, 3_500_000, 3_500_001, 100, 99]);
  });

  it('leaves anything else as typed, for the DTO to refuse beside the field; empty is absent', () => {
    expect(['twelve', '35.5', '35.001', '-5', '1,00', '3,5000'].map(penceOf)).toEqual(['twelve', '35.5', '35.001', '-5', '1,00', '3,5000']);
    expect(penceOf('  ')).toBeUndefined();
  });
});
