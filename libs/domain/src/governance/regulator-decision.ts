import { checkNotDatedAfterRecording, compareDates, dateOfInstant, type CalendarDate, type Instant } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { GeneralMeetingResolution } from './general-meeting';
import type { RegulatorDecision } from './resolution';
import { resolutionOutcome, type Resolution } from './resolution-outcome';
import type { MembersWrittenResolution } from './written-resolution';

/*
 * CI-6: a community interest company changes its objects by special resolution (CA 2006 s.21, s.31(1)),
 * and the change takes effect only once the CIC Regulator approves it (CIC Regulator guidance ch.5 §5.4
 * "Approval by the CIC Regulator"). So a special resolution changing the objects is pending once passed
 * until the Regulator decides: approved, the articles are amended on the day of the decision (and the
 * articles as amended are owed to the registrar from then, s.26); refused, the articles are unchanged.
 * The Regulator decides once; the ledger keeps that one decision and never a second. The decision
 * (`RegulatorDecision`, with `RegulatorOutcome`, in resolution.ts) is kept on the resolution it decides.
 */

/** The ledger's record of a {@link RegulatorDecision}: its effective date is the day of the decision. */
export interface RegulatorDecisionRecorded {
  readonly type: 'regulator-decision';
  readonly effectiveOn: CalendarDate;
  readonly decision: RegulatorDecision;
}

/**
 * Where a change of the objects stands with the CIC Regulator: `awaiting-regulator` once passed and
 * not yet decided; `approved` (the articles amended on `decidedOn`); `refused` (the articles unchanged).
 */
export type RegulatorStatus = 'awaiting-regulator' | 'approved' | 'refused';

/** A change of the objects' {@link RegulatorStatus}, with the day of the decision (null while awaited). */
export interface RegulatorStanding {
  readonly status: RegulatorStatus;
  readonly decidedOn: CalendarDate | null;
}

/** Whether a resolution is a members' resolution changing the company's objects (CI-6). */
export function changesObjects(resolution: Resolution): resolution is MembersWrittenResolution | GeneralMeetingResolution {
  return 'matter' in resolution && resolution.matter === 'change-of-objects';
}

/** The CIC Regulator's decision recorded on a resolution (CI-6), if any. */
export function regulatorDecisionOf(resolution: Resolution): RegulatorDecision | undefined {
  return changesObjects(resolution) ? resolution.regulatorDecision : undefined;
}

/**
 * CI-6: where a resolution changing the objects stands with the CIC Regulator at the end of `asAt`:
 * null for a resolution of another matter, or one not passed by then (nothing is before the Regulator);
 * `awaiting-regulator` once passed, while no decision is dated on or before `asAt`; else the decision's
 * outcome and day. The decision is the one recorded on the resolution (`regulatorDecision`).
 */
export function changeOfObjectsStatus(resolution: Resolution, asAt: CalendarDate): RegulatorStanding | null {
  if (!changesObjects(resolution) || resolutionOutcome(resolution, asAt).status !== 'passed') return null;
  const decision = regulatorDecisionOf(resolution);
  if (decision === undefined || compareDates(decision.decidedOn, asAt) > 0) return { status: 'awaiting-regulator', decidedOn: null };
  return { status: decision.outcome, decidedOn: decision.decidedOn };
}

/**
 * s.26, CI-6: the day a change of the objects amends the articles: the day the Regulator approved it,
 * if that is on or before `asAt`; else null (awaiting the decision, or refused: the articles unchanged).
 */
export function objectsChangedOn(resolution: Resolution, asAt: CalendarDate): CalendarDate | null {
  const standing = changeOfObjectsStatus(resolution, asAt);
  return standing?.status === 'approved' ? standing.decidedOn : null;
}

/** What a decision is checked against: the resolution it names (with any decision already recorded on it), and when it is recorded. */
export interface RegulatorDecisionContext {
  readonly resolution: Resolution;
  readonly recordedAt: Instant;
}

/**
 * CI-6: checks the CIC Regulator's decision on a change of the objects and returns it (a blank note
 * left out, a note trimmed). Throws DomainError (422 but the one 409), in this order:
 * - `NOT_AWAITING_REGULATOR` (details `resolutionId`, `reason`): the resolution is not a change of the
 *   objects (`reason: 'not-change-of-objects'`, `matter`), or is not passed as at the day recorded
 *   (`reason` its status: `open`, `failed`, `lapsed`);
 * - `REGULATOR_ALREADY_DECIDED` (409; details `decidedOn`, `outcome` of the decision recorded): the
 *   Regulator decides once, and the ledger is append-only;
 * - `DATED_AFTER_RECORDING` (field `decidedOn`): a decision dated after today;
 * - `REGULATOR_DECISION_BEFORE_PASSING` (field `decidedOn`, details `passedOn`): dated before the
 *   resolution passed.
 */
export function checkRegulatorDecision(decision: RegulatorDecision, context: RegulatorDecisionContext): RegulatorDecision {
  const { resolution } = context;
  const resolutionId = resolution.id;
  if (!changesObjects(resolution)) {
    const matter = 'matter' in resolution ? resolution.matter : 'board';
    throw new DomainError(
      'NOT_AWAITING_REGULATOR',
      { text: "the CIC Regulator decides only a special resolution changing the company's objects; this resolution is not one", rule: 'CI-6' },
      { resolutionId, reason: 'not-change-of-objects', matter },
    );
  }
  const recordedOn = dateOfInstant(context.recordedAt);
  const outcome = resolutionOutcome(resolution, recordedOn);
  if (outcome.status !== 'passed' || outcome.passedOn === null) {
    throw new DomainError(
      'NOT_AWAITING_REGULATOR',
      { text: `the change of the objects is ${outcome.status}, not passed: the CIC Regulator decides a special resolution once it has passed`, rule: 'CI-6' },
      { resolutionId, reason: outcome.status },
    );
  }
  const decided = regulatorDecisionOf(resolution);
  if (decided !== undefined) {
    throw new DomainError(
      'REGULATOR_ALREADY_DECIDED',
      { text: `the CIC Regulator's decision on this change of the objects is already recorded: ${decided.outcome} on {decidedOn}; it is recorded once`, rule: 'CI-6' },
      { resolutionId, decidedOn: decided.decidedOn, outcome: decided.outcome },
    );
  }
  checkNotDatedAfterRecording("the CIC Regulator's decision", decision.decidedOn, context.recordedAt, 'decidedOn');
  if (compareDates(decision.decidedOn, outcome.passedOn) < 0) {
    throw new DomainError(
      'REGULATOR_DECISION_BEFORE_PASSING',
      { text: "the CIC Regulator's decision is dated {decidedOn}, before the special resolution changing the objects passed on {passedOn}", rule: 'CI-6' },
      { field: 'decidedOn', resolutionId, decidedOn: decision.decidedOn, passedOn: outcome.passedOn },
    );
  }
  const note = decision.note?.trim() ?? '';
  return { resolutionId, decidedOn: decision.decidedOn, outcome: decision.outcome, ...(note === '' ? {} : { note }) };
}

/**
 * The resolution with the Regulator's decision on it, as the governance fold applies a recorded one.
 * Throws `NOT_AWAITING_REGULATOR` for a resolution that is not a change of the objects, and
 * `REGULATOR_ALREADY_DECIDED` for one already decided: a ledger holding either cannot be read.
 */
export function withRegulatorDecision(resolution: Resolution, decision: RegulatorDecision): Resolution {
  if (!changesObjects(resolution)) {
    throw new DomainError('NOT_AWAITING_REGULATOR', `resolution ${resolution.id} is not a change of the objects: the CIC Regulator does not decide it (CI-6)`, { resolutionId: resolution.id, reason: 'not-change-of-objects' });
  }
  const before = resolution.regulatorDecision;
  if (before !== undefined) {
    throw new DomainError('REGULATOR_ALREADY_DECIDED', `the CIC Regulator's decision on resolution ${resolution.id} is already recorded (CI-6)`, {
      resolutionId: resolution.id, decidedOn: before.decidedOn, outcome: before.outcome,
    });
  }
  return { ...resolution, regulatorDecision: decision };
}
