import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError, type RefusalWording } from '../errors';
import { NO_REFERENCES, type References } from '../governance/references';
import type { Resolution } from '../governance/resolution-outcome';
import { checkResignationNotBeforeAppointment, type Officer } from './officers';

/** An entry about an officer that a resignation dated before it would contradict. */
export interface OfficerLaterEntry {
  readonly entry: 'vote' | 'agreement' | 'particulars-changed' | 'identity-verified';
  readonly on: CalendarDate;
  readonly resolutionId?: string;
  readonly reference?: string;
}

const WORDS: Record<OfficerLaterEntry['entry'], string> = {
  vote: 'voted at the board meeting of',
  agreement: 'agreed to a written board resolution on',
  'particulars-changed': 'had particulars changed with effect from',
  'identity-verified': 'had identity verified on',
};

/**
 * EC-2 with s.162 and MA-2: an officer's term ends on the day of the resignation, at its end: a director
 * who takes part in a board meeting (or agrees to a written board resolution) and resigns the same day
 * acted while still in office, and that vote stands (`boardDuring`). So a resignation is refused
 * only when the same officer has an entry dated after it, which it would contradict: a vote at a board
 * meeting or an agreement to a written board resolution (cast by someone no longer a director), or a
 * change of particulars or an identity verification (about an office already ended). Date the
 * resignation on or after that entry's day, or correct the entry.
 * `officer`: the term's record of changes and verification (null for a director the officers' record
 * does not know). A resignation dated before the appointment is refused as that first
 * (`RESIGNATION_BEFORE_APPOINTMENT`, 422, `checkResignationNotBeforeAppointment`), whatever entries
 * follow. Throws `EVENT_PREDATES_DEPENDENCY` (409) naming the latest such entry: details `officerId`,
 * the `officer`'s name, `resignedOn`, the entry's kind (`entry`) and day (`lastChangedOn`), and the
 * resolution's id and reference for a vote or an agreement (see {@link resignationClashWords}).
 */
export function checkResignationNotBeforeLaterEntries(
  officerId: string,
  officer: Officer | null,
  resignedOn: CalendarDate,
  resolutions: Iterable<Resolution>,
  references: References = NO_REFERENCES,
): void {
  if (officer !== null) checkResignationNotBeforeAppointment(officer, resignedOn);
  const later: OfficerLaterEntry[] = [];
  for (const r of resolutions) {
    const reference = references.byId.get(r.id);
    const named = { resolutionId: r.id, ...(reference !== undefined ? { reference } : {}) };
    if (r.procedure === 'board-meeting' && r.votes.some((v) => v.directorId === officerId) && compareDates(r.meetingOn, resignedOn) > 0) {
      later.push({ entry: 'vote', on: r.meetingOn, ...named });
    }
    if (r.procedure === 'board-written') {
      for (const a of r.agreements) if (a.directorId === officerId && compareDates(a.agreedOn, resignedOn) > 0) later.push({ entry: 'agreement', on: a.agreedOn, ...named });
    }
  }
  if (officer !== null) {
    for (const c of officer.changes) if (c.kind === 'particulars-changed' && compareDates(c.on, resignedOn) > 0) later.push({ entry: 'particulars-changed', on: c.on });
    if (officer.verification !== null && compareDates(officer.verification.verifiedOn, resignedOn) > 0) later.push({ entry: 'identity-verified', on: officer.verification.verifiedOn });
  }
  if (later.length === 0) return;
  const last = later.reduce((a, b) => (compareDates(b.on, a.on) > 0 ? b : a));
  throw new DomainError('EVENT_PREDATES_DEPENDENCY', resignationClashWords(last), {
    officerId,
    officer: officer?.particulars.name ?? 'The director',
    resignedOn,
    entry: last.entry,
    lastChangedOn: last.on,
    ...(last.resolutionId !== undefined ? { resolutionId: last.resolutionId } : {}),
    ...(last.reference !== undefined ? { reference: last.reference } : {}),
  });
}

/**
 * Why a resignation is refused, as a refusal's wording: the entry dated after it that it clashes with
 * (the resolution by its reference, never an id) and what it means for the day of leaving. Its
 * placeholders are the refusal's details: `officer` (the name), `lastChangedOn` (the entry's day),
 * `reference` and `resignedOn`.
 */
export function resignationClashWords(last: OfficerLaterEntry): RefusalWording {
  const what = last.reference === undefined ? '' : ' (resolution {reference})';
  return { text: `{officer} ${WORDS[last.entry]} {lastChangedOn}${what}, so was still in office then and cannot have left office before it, on {resignedOn} (date their leaving office on or after {lastChangedOn}, or correct the entry)` };
}
