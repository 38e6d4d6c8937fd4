import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { NO_REFERENCES, type References } from '../governance/references';
import type { Resolution } from '../governance/resolution-outcome';

/**
 * EC-2 with model articles art. 8: a written resolution of the directors is circulated to the board as
 * it stands that day, and passes only when every director then eligible has agreed. A director
 * appointed with effect on or before the day one was circulated would have been one of them, so the
 * resolution as recorded (its board, its outcome) would no longer hold: such an appointment is refused.
 * Date it after the latest such circulation, or correct the resolution. Board meetings are not
 * affected: a director in office who was not present is not counted at a meeting.
 * Throws `EVENT_PREDATES_DEPENDENCY` (409) naming the latest written resolution of the directors
 * circulated on or after `appointedOn` (YYYY-MM-DD): details `officer` (the name), `appointedOn`,
 * `entry: 'circulation'`, `lastChangedOn` (the day it was circulated), `resolutionId` and, where it has
 * one, `reference`.
 */
export function checkAppointmentNotBeforeWrittenBoardResolutions(
  name: string,
  appointedOn: CalendarDate,
  resolutions: Iterable<Resolution>,
  references: References = NO_REFERENCES,
): void {
  let latest: { readonly id: string; readonly circulatedOn: CalendarDate } | null = null;
  for (const r of resolutions) {
    if (r.procedure !== 'board-written' || compareDates(r.circulatedOn, appointedOn) < 0) continue;
    if (latest === null || compareDates(r.circulatedOn, latest.circulatedOn) > 0) latest = { id: r.id, circulatedOn: r.circulatedOn };
  }
  if (latest === null) return;
  const reference = references.byId.get(latest.id);
  throw new DomainError(
    'EVENT_PREDATES_DEPENDENCY',
    {
      text: `{officer} cannot be appointed with effect from {appointedOn}: the written resolution of the directors${reference === undefined ? '' : ' {reference}'} was circulated on {lastChangedOn} to the board as it then stood, without them, and every director in office then would have had to agree to it (date the appointment after {lastChangedOn}, or correct the resolution)`,
      rule: 'model articles art. 8',
    },
    { officer: name, appointedOn, entry: 'circulation', lastChangedOn: latest.circulatedOn, resolutionId: latest.id, ...(reference !== undefined ? { reference } : {}) },
  );
}
