import { errorCode, refusalOf } from '../../test/error-code';
import { calendarDate, instant } from '../calendar/calendar-date';
import { complianceCalendar, type ComplianceRecords } from './compliance-calendar';
import { EMPTY_GOVERNANCE, evolveGovernance } from './governance-events';
import { checkMatterKind, type ResolutionMatter } from './resolution';
import { resolutionOutcome } from './resolution-outcome';
import type { RegulatorDecision } from './resolution';
import { changeOfObjectsStatus, checkRegulatorDecision, objectsChangedOn } from './regulator-decision';
import type { MembersWrittenResolution } from './written-resolution';

const d = calendarDate;
const CIRCULATED = d('2026-02-02');
/** Three of four members agree on 10 February 2026: a special written resolution passes that day. */
function resolution(matter: ResolutionMatter = 'change-of-objects', agreedBy = 3, id = 'sr-1'): MembersWrittenResolution {
  const eligible = [1, 2, 3, 4].map((n) => ({ memberId: `m${n}`, name: `Practice ${n}`, votes: 1, nominalPence: 100 }));
  return {
    procedure: 'members-written', id, text: 'THAT the objects of the company be changed as set out in the annex.', kind: 'special', matter, mustBeFiled: true,
    authorises: [], circulatedOn: CIRCULATED, lapsesOn: d('2026-03-01'), eligible,
    agreements: eligible.slice(0, agreedBy).map((m) => ({ memberId: m.memberId, agreedOn: d('2026-02-10') })),
  };
}
const decision = (decidedOn: string, outcome: RegulatorDecision['outcome'] = 'approved', note?: string): RegulatorDecision => ({
  resolutionId: 'sr-1', decidedOn: d(decidedOn), outcome, ...(note === undefined ? {} : { note }),
});
const recordedOn = (day: string) => instant(`${day}T12:00:00.000Z`);
/** `r` with the Regulator's decision on it, as the governance fold leaves it. */
const decidedAs = (r: MembersWrittenResolution, given?: RegulatorDecision): MembersWrittenResolution => (given === undefined ? r : { ...r, regulatorDecision: given });
const check = (r: MembersWrittenResolution, given: RegulatorDecision, decided?: RegulatorDecision, today = '2026-03-20') =>
  checkRegulatorDecision(given, { resolution: decidedAs(r, decided), recordedAt: recordedOn(today) });

describe('CI-6: a change of the objects needs a special resolution (CA 2006 s.21(1), s.31(1))', () => {
  it('an ordinary resolution changing the objects is refused with the articles\' code, naming the matter; a special one is not', () => {
    const refusal = refusalOf(() => checkMatterKind('change-of-objects', 'ordinary'));
    expect([refusal.code, refusal.details]).toEqual(['ARTICLES_NEED_SPECIAL_RESOLUTION', { matter: 'change-of-objects', type: 'ordinary', field: 'type' }]);
    expect(refusal.message).toContain('objects');
    expect(errorCode(() => checkMatterKind('change-of-objects', 'special'))).toBe('ACCEPTED');
    expect(errorCode(() => checkMatterKind('general', 'ordinary'))).toBe('ACCEPTED');
  });
});

describe('CI-6: a change of the objects is pending until the CIC Regulator decides (guidance ch.5 §5.4)', () => {
  const r = resolution();

  it('before it passes nothing is before the Regulator; once passed it awaits the decision', () => {
    expect(changeOfObjectsStatus(r, d('2026-02-09'))).toBeNull();
    expect(changeOfObjectsStatus(r, d('2026-02-10'))).toEqual({ status: 'awaiting-regulator', decidedOn: null });
    expect(changeOfObjectsStatus(resolution('change-of-objects', 2), d('2026-03-10'))).toBeNull();
  });

  it('approved or refused from the day of the decision; awaited as at a day before it', () => {
    expect(changeOfObjectsStatus(decidedAs(r, decision('2026-03-03')), d('2026-03-02'))).toEqual({ status: 'awaiting-regulator', decidedOn: null });
    expect(changeOfObjectsStatus(decidedAs(r, decision('2026-03-03')), d('2026-03-03'))).toEqual({ status: 'approved', decidedOn: '2026-03-03' });
    expect(changeOfObjectsStatus(decidedAs(r, decision('2026-03-03', 'refused')), d('2026-04-01'))).toEqual({ status: 'refused', decidedOn: '2026-03-03' });
  });

  it('the articles are amended on the day of the approval, never by a refusal; another matter has no Regulator status', () => {
    expect(objectsChangedOn(decidedAs(r, decision('2026-03-03')), d('2026-04-01'))).toBe('2026-03-03');
    expect(objectsChangedOn(decidedAs(r, decision('2026-03-03', 'refused')), d('2026-04-01'))).toBeNull();
    expect(objectsChangedOn(r, d('2026-04-01'))).toBeNull();
    expect(changeOfObjectsStatus(resolution('amendment-of-articles'), d('2026-04-01'))).toBeNull();
  });
});

describe('CI-6: recording the CIC Regulator\'s decision', () => {
  const r = resolution();

  it('a decision on a passed change of the objects is accepted, its note trimmed and a blank one left out', () => {
    expect(check(r, decision('2026-03-03', 'approved', '  Ref CIC/123  '))).toEqual({ resolutionId: 'sr-1', decidedOn: '2026-03-03', outcome: 'approved', note: 'Ref CIC/123' });
    expect(check(r, decision('2026-02-10', 'refused', '   '))).toEqual({ resolutionId: 'sr-1', decidedOn: '2026-02-10', outcome: 'refused' });
  });

  it('NOT_AWAITING_REGULATOR: a resolution of another matter, or one not passed, is not before the Regulator', () => {
    const other = refusalOf(() => check(resolution('amendment-of-articles'), decision('2026-03-03')));
    expect([other.code, other.details?.reason]).toEqual(['NOT_AWAITING_REGULATOR', 'not-change-of-objects']);
    const open = refusalOf(() => check(resolution('change-of-objects', 2), decision('2026-02-20'), undefined, '2026-02-20'));
    expect([open.code, open.details?.reason]).toEqual(['NOT_AWAITING_REGULATOR', 'open']);
    const lapsed = refusalOf(() => check(resolution('change-of-objects', 2), decision('2026-03-03')));
    expect([lapsed.code, lapsed.details?.reason]).toEqual(['NOT_AWAITING_REGULATOR', 'lapsed']);
  });

  it('REGULATOR_ALREADY_DECIDED: the Regulator decides once, whatever the second decision says', () => {
    const refusal = refusalOf(() => check(r, decision('2026-03-05', 'refused'), decision('2026-03-03')));
    expect([refusal.code, refusal.details]).toEqual(['REGULATOR_ALREADY_DECIDED', { resolutionId: 'sr-1', decidedOn: '2026-03-03', outcome: 'approved' }]);
  });

  it('DATED_AFTER_RECORDING and REGULATOR_DECISION_BEFORE_PASSING: dated after today, or before the resolution passed, naming decidedOn', () => {
    const ahead = refusalOf(() => check(r, decision('2026-03-21')));
    expect([ahead.code, ahead.details?.field]).toEqual(['DATED_AFTER_RECORDING', 'decidedOn']);
    const early = refusalOf(() => check(r, decision('2026-02-09')));
    expect([early.code, early.details]).toEqual(['REGULATOR_DECISION_BEFORE_PASSING', { field: 'decidedOn', resolutionId: 'sr-1', decidedOn: '2026-02-09', passedOn: '2026-02-10' }]);
  });

  it('the governance fold keeps one decision a resolution and cannot read a second', () => {
    const proposed = evolveGovernance(EMPTY_GOVERNANCE, { type: 'resolution-proposed', effectiveOn: CIRCULATED, resolution: r });
    const event = { type: 'regulator-decision' as const, effectiveOn: d('2026-03-03'), decision: decision('2026-03-03') };
    const decided = evolveGovernance(proposed, event);
    expect((decided.resolutions.get('sr-1') as MembersWrittenResolution).regulatorDecision).toEqual(decision('2026-03-03'));
    expect(errorCode(() => evolveGovernance(decided, event))).toBe('REGULATOR_ALREADY_DECIDED');
    expect(errorCode(() => evolveGovernance(EMPTY_GOVERNANCE, event))).toBe('RESOLUTION_NOT_FOUND');
    const other = evolveGovernance(EMPTY_GOVERNANCE, { type: 'resolution-proposed', effectiveOn: CIRCULATED, resolution: resolution('amendment-of-articles') });
    expect(errorCode(() => evolveGovernance(other, event))).toBe('NOT_AWAITING_REGULATOR');
  });
});

describe('CI-6 and s.26: the articles as amended are owed from the Regulator\'s approval', () => {
  const r = resolution();
  const records = (given: RegulatorDecision | undefined, asAt: string): ComplianceRecords => {
    const amendedOn = objectsChangedOn(decidedAs(r, given), d(asAt));
    return {
      incorporatedOn: d('2014-09-01'), allotments: [], transfers: [], filings: [],
      resolutions: [{ reference: 'sr-1', outcome: resolutionOutcome(r, d(asAt)), matter: 'change-of-objects', ...(amendedOn === null ? {} : { articlesAmendedOn: amendedOn }) }],
    };
  };
  const duties = (given: RegulatorDecision | undefined, asAt: string) =>
    complianceCalendar(records(given, asAt), { from: d('2026-01-01'), to: d('2026-12-31'), asAt: d(asAt) }).filter((x) => x.reference === 'sr-1').map((x) => [x.kind, x.dueOn]);

  it('while the decision is awaited the s.30 copy is owed 15 days after passing, and no s.26 duty', () => {
    expect(duties(undefined, '2026-03-01')).toEqual([['resolution-filing', '2026-02-25']]);
  });

  it('approved: the articles as amended are due 15 days after the decision, from its day only', () => {
    expect(duties(decision('2026-03-03'), '2026-03-02')).toEqual([['resolution-filing', '2026-02-25']]);
    expect(duties(decision('2026-03-03'), '2026-03-03')).toEqual([['resolution-filing', '2026-02-25'], ['articles-filing', '2026-03-18']]);
  });

  it('refused: the articles are unchanged, so nothing under s.26; the copy of the resolution is still owed', () => {
    expect(duties(decision('2026-03-03', 'refused'), '2026-04-01')).toEqual([['resolution-filing', '2026-02-25']]);
  });
});
