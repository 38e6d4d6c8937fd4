import type { CalendarDate } from '../calendar/calendar-date';
import type { MeetingKind } from './meeting';
import type { Resolution } from './resolution-outcome';

/**
 * Human references of meetings and resolutions, given in ledger order: a prefix for the kind of
 * record, the year, and the number of that kind in that year (`BM-2024-03`: the board's third
 * meeting recorded for 2024). The same ledger always gives the same references; ids stay the API's.
 */
export interface References {
  readonly byId: ReadonlyMap<string, string>;
  readonly counts: ReadonlyMap<string, number>;
}

/** No reference given yet: the fold's starting point. */
export const NO_REFERENCES: References = { byId: new Map(), counts: new Map() };

/** What is referenced: a meeting of a kind, or a resolution by who decides it, its kind and procedure. */
export type Referenced = { readonly meeting: MeetingKind } | { readonly resolution: Resolution };

/**
 * The prefix of a reference. Meetings: `BM` board, `GM` general, `AGM` annual general. Resolutions:
 * `SR` members' special, `OR` members' ordinary (at a meeting or in writing), `BR` directors' at a
 * board meeting, `WR` directors' written resolution.
 */
export function referencePrefix(what: Referenced): string {
  if ('meeting' in what) return { board: 'BM', general: 'GM', 'annual-general': 'AGM' }[what.meeting];
  const r = what.resolution;
  switch (r.procedure) {
    case 'board-meeting':
      return 'BR';
    case 'board-written':
      return 'WR';
    default:
      return r.kind === 'special' ? 'SR' : 'OR';
  }
}

/** The day whose year a resolution's reference carries: the meeting day, or the circulation date. */
export function referenceDate(resolution: Resolution): CalendarDate {
  return 'meetingOn' in resolution ? resolution.meetingOn : resolution.circulatedOn;
}

/** The references with one more record numbered: `PREFIX-YYYY-NN`, NN counting from 01 in ledger order. */
export function referenceFor(references: References, id: string, what: Referenced, on: CalendarDate): References {
  if (references.byId.has(id)) return references;
  const key = `${referencePrefix(what)}-${on.slice(0, 4)}`;
  const n = (references.counts.get(key) ?? 0) + 1;
  return { byId: new Map(references.byId).set(id, `${key}-${String(n).padStart(2, '0')}`), counts: new Map(references.counts).set(key, n) };
}
