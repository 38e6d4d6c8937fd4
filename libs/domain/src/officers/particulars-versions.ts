import { compareDates, type CalendarDate } from '../calendar/calendar-date';

/**
 * One version of a person's particulars (EC-4, s.163; RM-3's "keep the old details and when they
 * changed"): `particulars` in force from the end of `from` until the next version's day, and the
 * `change` that made it (empty for the first version, the particulars as entered on appointment).
 */
export interface DatedParticulars<P> {
  readonly from: CalendarDate;
  readonly change: Partial<P>;
  readonly particulars: P;
}

/** The versions of particulars entered on `from`, before any change. */
export function firstVersion<P>(from: CalendarDate, particulars: P): readonly DatedParticulars<P>[] {
  return [{ from, change: {}, particulars }];
}

/**
 * The versions with a change that takes effect on `from`, kept in date order: it follows every
 * version from that day or before (a second change on one day follows the first), and each later
 * version is made again from the one before it with its own change, so a back-dated change never
 * carries its values over a later change of the same particular. Fields left undefined in `change`
 * are unchanged; `applied` makes a version from the one before and its change (by default, the change's
 * fields over the ones before: {@link withFormerName} for an officer's).
 */
export function withChange<P extends object>(
  versions: readonly DatedParticulars<P>[],
  from: CalendarDate,
  change: Partial<P>,
  applied: (before: P, change: Partial<P>) => P = (before, given) => ({ ...before, ...given }),
): readonly DatedParticulars<P>[] {
  const given = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) as Partial<P>;
  let at = versions.length;
  while (at > 1 && compareDates(versions[at - 1]!.from, from) > 0) at -= 1;
  const ordered = [...versions.slice(0, at), { from, change: given, particulars: versions[0]!.particulars }, ...versions.slice(at)];
  const remade: DatedParticulars<P>[] = [ordered[0]!];
  for (const v of ordered.slice(1)) remade.push({ ...v, particulars: applied(remade[remade.length - 1]!.particulars, v.change) });
  return remade;
}

/**
 * EC-4, s.163(1)(b): an officer's particulars after `change`, where a new name that does not give the
 * former names itself keeps the name it replaces as a former name (once; a name taken again is no
 * longer a former one). A change that gives
 * `formerNames` states them as they are: the secretary leaves out a name s.163(2) excuses (a name
 * changed before the age of 16, or unused for 20 years).
 */
export function withFormerName<P extends { readonly name: string; readonly formerNames: readonly string[] }>(before: P, change: Partial<P>): P {
  const after = { ...before, ...change };
  if (change.name === undefined || change.formerNames !== undefined || change.name === before.name) return after;
  return { ...after, formerNames: [...new Set([...before.formerNames, before.name])].filter((former) => former !== change.name) };
}

/** The particulars in force at the end of `on`: the last version from that day or before (the first version for a day before it). */
export function particularsInForceOn<P>(versions: readonly DatedParticulars<P>[], on: CalendarDate): P {
  let found = versions[0]!;
  for (const v of versions) if (compareDates(v.from, on) <= 0) found = v;
  return found.particulars;
}
