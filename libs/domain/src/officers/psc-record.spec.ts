import { errorCode } from '../../test/error-code';
import { calendarDate } from '../calendar/calendar-date';
import type { PscStatement } from './psc';
import { pscStatementToRecord, unrecordedPscChanges, type PscStatementRecorded } from './psc-record';

const d = calendarDate;
const none = (from: string, issuedShares: number): PscStatement => ({ from: d(from), statement: 'no-registrable-person', persons: [], issuedShares, warnings: [] });
const three: PscStatement = {
  from: d('2026-06-01'),
  statement: 'registrable-persons',
  persons: ['a', 'b', 'c'].map((memberId) => ({ memberId, name: `Demo ${memberId}`, sharesPercent: 33.33, votesPercent: 33.33 })),
  issuedShares: 3,
  warnings: ['only 3 shares are in issue'],
};
// The register's history: 37 equal holdings, then 5 (still nobody over 25%: no change of position), then 3.
const computed = [none('2014-09-01', 37), { ...none('2020-01-10', 5), warnings: [] }, three];

describe('EC-5: PSC statements kept as dated records', () => {
  it('EC-5: the statement recorded on a day is the position the register gives at the end of it', () => {
    expect(pscStatementToRecord(computed, [], d('2014-09-01'))).toEqual({ type: 'psc-statement-recorded', effectiveOn: '2014-09-01', statement: 'no-registrable-person', persons: [], issuedShares: 37 });
    expect(pscStatementToRecord(computed, [], d('2026-06-02'))).toMatchObject({ statement: 'registrable-persons', issuedShares: 3, persons: three.persons });
  });

  it('EC-5: no position before the first share; one statement a day', () => {
    expect(errorCode(() => pscStatementToRecord(computed, [], d('2014-08-31')))).toBe('PSC_NO_POSITION');
    const first = pscStatementToRecord(computed, [], d('2014-09-01'));
    expect(errorCode(() => pscStatementToRecord(computed, [first], d('2014-09-01')))).toBe('PSC_STATEMENT_ALREADY_RECORDED');
  });

  it('EC-5: a change of position is unrecorded until a statement of that position is recorded on or after it and before the next change', () => {
    expect(unrecordedPscChanges(computed, []).map((u) => [u.from, u.statement])).toEqual([
      ['2014-09-01', 'no-registrable-person'],
      ['2026-06-01', 'registrable-persons'],
    ]);
    const first: PscStatementRecorded = pscStatementToRecord(computed, [], d('2015-03-01'));
    expect(unrecordedPscChanges(computed, [first]).map((u) => u.from)).toEqual(['2026-06-01']);
    // A statement made after the next change does not cover the earlier position.
    const late = { ...first, effectiveOn: d('2026-06-05') };
    expect(unrecordedPscChanges(computed, [late]).map((u) => u.from)).toEqual(['2014-09-01', '2026-06-01']);
    const latest = pscStatementToRecord(computed, [first], d('2026-06-10'));
    expect(unrecordedPscChanges(computed, [first, latest])).toEqual([]);
  });
});
