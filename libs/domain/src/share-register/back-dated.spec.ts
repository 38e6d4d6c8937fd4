import { errorCode } from '../../test/error-code';
import { exampleCompany, shareEventFactory } from '../../test/share-events.fixture';
import { checkNotBeforeLaterChanges } from './back-dated';
import { ShareRegister } from './share-register';

const company = exampleCompany();
const { holder, allot, transfer, particulars } = shareEventFactory();
const a = holder('a', 'practice-a');
const b = holder('b', 'practice-b');
const recorded = [allot(1, a), allot(2, b), particulars('a', '2026-10-01', 'Partners of a', 'New address, London E1'), transfer(2, 'b', holder('c'), '2026-06-01')];
const register = ShareRegister.fold(company, recorded);

describe('RM-3: an event dated before entries already recorded', () => {
  it('is refused before the last change of a member it names: a change of particulars stored whole would carry the later one back', () => {
    expect(errorCode(() => checkNotBeforeLaterChanges(register, particulars('a', '2026-08-01', 'Renamed a', 'a Surgery, London E1')))).toBe('EVENT_PREDATES_DEPENDENCY');
    // In date order the fold alone finds nothing wrong with it.
    expect(() => ShareRegister.fold(company, [...recorded, particulars('a', '2026-08-01', 'Renamed a', 'a Surgery, London E1')])).not.toThrow();
    expect(errorCode(() => checkNotBeforeLaterChanges(register, particulars('a', '2026-10-01', 'Renamed a', 'New address, London E1')))).toBe('ACCEPTED');
  });

  it('is refused before the last change of the share it moves, or of the entry of the practice a new holder is entered for', () => {
    expect(errorCode(() => checkNotBeforeLaterChanges(register, transfer(2, 'c', holder('d'), '2026-05-01')))).toBe('EVENT_PREDATES_DEPENDENCY');
    expect(errorCode(() => checkNotBeforeLaterChanges(register, allot(3, holder('a2', 'practice-a'), '2026-09-01')))).toBe('EVENT_PREDATES_DEPENDENCY');
    expect(errorCode(() => checkNotBeforeLaterChanges(register, allot(3, holder('e', 'practice-e'), '2026-05-01')))).toBe('ACCEPTED');
    expect(errorCode(() => checkNotBeforeLaterChanges(register, transfer(1, 'a', holder('f'), '2026-10-02')))).toBe('ACCEPTED');
  });
});
