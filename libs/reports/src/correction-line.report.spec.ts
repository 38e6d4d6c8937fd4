import type { RegisterCorrectionView } from './correction-view';
import { correctionLine } from './register-of-members.report';

const correction = (reason: string): RegisterCorrectionView => ({
  sequence: 52,
  enteredOn: '2026-12-02',
  corrects: 9,
  original: { text: 'allotment of share 1 to Whitechapel Surgery', on: '2014-09-01' },
  reason,
  courtOrderReference: null,
  replacement: null,
});

describe('a correcting entry in the register of members (SR-4)', () => {
  it('SR-4: the reason is followed by one full stop, whether or not it was typed with one', () => {
    expect(correctionLine(correction('Allotted in error'))).toBe(
      'Entry 52, entered 2 December 2026, voids entry 9 (allotment of share 1 to Whitechapel Surgery, dated 1 September 2014): Allotted in error. Nothing was put in its place.',
    );
    expect(correctionLine(correction('Allotted in error. '))).toContain(': Allotted in error. Nothing was put in its place.');
    expect(correctionLine(correction('Was it ever allotted?'))).toContain(': Was it ever allotted? Nothing');
  });
});
