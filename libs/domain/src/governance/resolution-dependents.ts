import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { FailureReason } from './resolution';
import { resolutionOutcome, type Resolution } from './resolution-outcome';

const END_OF_TIME = '9999-12-31' as CalendarDate;

/** Why a resolution would fail, in a refusal's words. */
const BECAUSE: Readonly<Record<FailureReason, string>> = {
  'notice-too-short': 'its notice would be too short, the members agreeing to short notice no longer enough',
  'quorum-not-met': 'its meeting would not be quorate',
  'majority-not-reached': 'the votes for would not reach the majority needed',
};

/**
 * A record that relies on a resolution having passed by its own day: the filing of the resolution
 * (FR-1, s.26), a share event it authorises (`authorisedBy`), a dividend it approves (CI-3), a change
 * of the asset-locked bodies it decides. Each was refused when recorded unless the resolution had
 * passed by `on`.
 * - `entry`: the kind of record, as a refusal's details give it.
 * - `on`: the record's day (a filing's `filedOn`, a share event's `effectiveOn`, a dividend's `declaredOn`).
 * - `words`: how a refusal names it, e.g. "the transfer of share 5".
 * - `details`: what identifies it in a refusal's details (`shareNumber`, `dividendId`, `kind`).
 */
export interface ResolutionDependent {
  readonly entry: 'filing' | 'allotment' | 'transfer' | 'cancellation' | 'dividend' | 'asset-locked-bodies';
  readonly on: CalendarDate;
  readonly words: string;
  readonly details: Readonly<Record<string, string | number>>;
}

/**
 * Whether `after`, the record of a resolution with one more response, meeting entry or interest, has
 * an outcome some dependent could no longer rely on: `before` had passed and `after` has not, or has
 * passed only on a later day. Cheap: read the dependents only when this is true.
 */
export function outcomeWorsened(before: Resolution, after: Resolution): boolean {
  const was = resolutionOutcome(before, END_OF_TIME);
  if (was.status !== 'passed' || was.passedOn === null) return false;
  const now = resolutionOutcome(after, END_OF_TIME);
  return now.status !== 'passed' || now.passedOn === null || compareDates(now.passedOn, was.passedOn) > 0;
}

/**
 * The ledger's order: a response, attendance or declaration of interest recorded after a
 * record that relied on the resolution's outcome may not take that outcome away. For each of
 * `dependents` for which `before` had passed by its day, `after` must have passed by it too.
 * Throws `EVENT_PREDATES_DEPENDENCY` (409) naming the latest such record: details `resolutionId`,
 * `reference` (when the resolution has one), `entry` and `lastChangedOn` (the record's kind and day),
 * the record's own details (`shareNumber`, `dividendId`, `kind`) and, where the resolution would fail,
 * `failedBecause`. Nothing is to be recorded.
 */
export function checkDependentsKept(before: Resolution, after: Resolution, dependents: readonly ResolutionDependent[], reference?: string): void {
  const passedBy = (r: Resolution, on: CalendarDate) => {
    const outcome = resolutionOutcome(r, on);
    return outcome.status === 'passed' && outcome.passedOn !== null && compareDates(outcome.passedOn, on) <= 0;
  };
  const broken = dependents.filter((d) => passedBy(before, d.on) && !passedBy(after, d.on));
  if (broken.length === 0) return;
  const last = broken.reduce((a, b) => (compareDates(b.on, a.on) > 0 ? b : a));
  const named = reference === undefined ? 'the resolution' : 'resolution {reference}';
  const then = resolutionOutcome(after, last.on);
  const why = then.failedBecause === null ? '' : ` (${BECAUSE[then.failedBecause]})`;
  // A share event can be corrected (a new entry voids it); a filing, dividend or change of bodies stands as recorded.
  const remedy = last.entry === 'allotment' || last.entry === 'transfer' || last.entry === 'cancellation' ? ' (if the vote was so, correct the share event first)' : '';
  throw new DomainError(
    'EVENT_PREDATES_DEPENDENCY',
    {
      text: `${last.words} on {lastChangedOn} relies on ${named} having passed by then; this would leave it not passed on that day${why}, so nothing was recorded${remedy}`,
    },
    {
      resolutionId: after.id,
      ...(reference === undefined ? {} : { reference }),
      entry: last.entry,
      lastChangedOn: last.on,
      ...last.details,
      ...(then.failedBecause === null ? {} : { failedBecause: then.failedBecause }),
    },
  );
}
