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

describe('RM-3: a change of particulars dated before entries already recorded', () => {
  it('is refused before the member\'s last change: stored whole, it would carry the later particulars back', () => {
    expect(errorCode(() => checkNotBeforeLaterChanges(register, particulars('a', '2026-08-01', 'Renamed a', 'New address, London E1')))).toBe('EVENT_PREDATES_DEPENDENCY');
    // In date order the fold alone finds nothing wrong with it.
    expect(() => ShareRegister.fold(company, [...recorded, particulars('a', '2026-08-01', 'Renamed a', 'New address, London E1')])).not.toThrow();
    expect(errorCode(() => checkNotBeforeLaterChanges(register, particulars('a', '2026-10-01', 'Renamed a', 'New address, London E1')))).toBe('ACCEPTED');
  });

  it('leaves other back-dated share events to the fold, which checks each against what came before it', () => {
    expect(errorCode(() => checkNotBeforeLaterChanges(register, transfer(1, 'a', holder('d'), '2026-05-01')))).toBe('ACCEPTED');
    expect(errorCode(() => checkNotBeforeLaterChanges(register, allot(3, holder('a2', 'practice-a'), '2026-09-01')))).toBe('ACCEPTED');
  });
});
