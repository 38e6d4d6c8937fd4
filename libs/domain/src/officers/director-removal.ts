import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { GeneralMeetingResolution } from '../governance/general-meeting';
import { NO_REFERENCES, type References } from '../governance/references';
import { resolutionOutcome, type Resolution } from '../governance/resolution-outcome';
import type { Officer, OfficersRecord } from './officers';

/** s.168(1): whether a resolution is one that may remove a director: the members' resolution at a general meeting for the removal of a director. */
export function isRemovalOfDirector(resolution: Resolution): resolution is GeneralMeetingResolution {
  return resolution.procedure === 'general-meeting' && resolution.matter === 'removal-of-director';
}

/**
 * s.168(1): the members may remove a director before the end of the term by ordinary resolution at a
 * general meeting (on special notice, s.168(2) and s.312; never in writing, s.288(2), WR-1). A term
 * recorded as ended by removal names that resolution (`removedBy`, its id), and the removal is taken
 * only when:
 * - the officer is a director: s.168 removes directors, and a secretary's leaving office is recorded
 *   without a resolution;
 * - the resolution is recorded (`RESOLUTION_NOT_FOUND`, 404, details `{resolutionId}`);
 * - it is a members' resolution for the removal of a director (matter `removal-of-director`);
 * - it was moved at a meeting held on or after the director's appointment (`before-appointment`);
 * - no other director's term in `record` ended by it (`already-used`): each removal is its own
 *   resolution, on its own special notice;
 * - it had passed by the end of `removedOn`, the day the office ended (a removal takes effect when the
 *   resolution passes, or on a later day it names).
 * Otherwise throws `REMOVAL_RESOLUTION_INVALID` (422; details `{officerId, officer, resolutionId,
 * reference?, removedOn, reason}`, `reason` one of `secretary`, `not-a-removal`, `before-appointment`
 * (with `meetingOn`, `appointedOn`), `already-used` (with `removedDirector`, the name), `dated-before-meeting`
 * (with `meetingOn`, after `removedOn`: the day is what is wrong) or `not-passed` (with `meetingOn`: the
 * resolution failed or was still open on `removedOn`)),
 * worded with the officers' names and the resolution's reference, never an id. The resolution's text is
 * free, so whether it names this director is not checked.
 */
export function checkRemovalResolution(
  officer: Officer,
  removedBy: string,
  removedOn: CalendarDate,
  resolutions: ReadonlyMap<string, Resolution>,
  references: References = NO_REFERENCES,
  record: OfficersRecord = [],
): void {
  const removalsBy = new Map(record.filter((o) => o.removedBy !== null).map((o) => [o.removedBy!, o.officerId]));
  const removedNames = new Map(record.map((o) => [o.officerId, o.particulars.name]));
  const named = { officerId: officer.officerId, officer: officer.particulars.name, resolutionId: removedBy, removedOn };
  if (officer.role !== 'director') {
    throw new DomainError(
      'REMOVAL_RESOLUTION_INVALID',
      { text: "{officer} is the company secretary: the members' resolution under s.168 removes a director. Record the day the secretary's office ended without a resolution" },
      { ...named, reason: 'secretary' },
    );
  }
  const resolution = resolutions.get(removedBy);
  if (resolution === undefined) throw new DomainError('RESOLUTION_NOT_FOUND', `resolution ${removedBy} was not found`, { resolutionId: removedBy });
  const reference = references.byId.get(removedBy);
  const withReference = { ...named, ...(reference !== undefined ? { reference } : {}) };
  const called = reference ?? 'The resolution chosen';
  if (!isRemovalOfDirector(resolution)) {
    throw new DomainError(
      'REMOVAL_RESOLUTION_INVALID',
      { text: `${called} is not a resolution for the removal of a director: a director is removed by the members' ordinary resolution at a general meeting (s.168). Choose that resolution, or record a resignation` },
      { ...withReference, reason: 'not-a-removal' },
    );
  }
  if (compareDates(resolution.meetingOn, officer.appointedOn) < 0) {
    throw new DomainError(
      'REMOVAL_RESOLUTION_INVALID',
      { text: `${called} was put to the meeting of {meetingOn}, before {officer} was appointed on {appointedOn}: a resolution removes a director in office when it is moved` },
      { ...withReference, reason: 'before-appointment', meetingOn: resolution.meetingOn, appointedOn: officer.appointedOn },
    );
  }
  const removed = removalsBy?.get(removedBy);
  if (removed !== undefined && removed !== officer.officerId) {
    throw new DomainError(
      'REMOVAL_RESOLUTION_INVALID',
      { text: `${called} has already removed {removedDirector}: each director is removed by a resolution of their own, moved on its own special notice (s.168(2), s.312)` },
      { ...withReference, reason: 'already-used', removedDirector: removedNames?.get(removed) ?? 'another director' },
    );
  }
  const outcome = resolutionOutcome(resolution, removedOn);
  if (outcome.status !== 'passed' || outcome.passedOn === null || compareDates(outcome.passedOn, removedOn) > 0) {
    throw new DomainError(
      'REMOVAL_RESOLUTION_INVALID',
      { text: `${called} had not passed by {removedOn}: {officer} leaves office by removal (s.168) on or after the day the members' resolution passes` },
      // Dated before the meeting, it is the day that is wrong; on or after it, the resolution (it failed, or is still open).
      { ...withReference, reason: compareDates(removedOn, resolution.meetingOn) < 0 ? 'dated-before-meeting' : 'not-passed', meetingOn: resolution.meetingOn },
    );
  }
}
