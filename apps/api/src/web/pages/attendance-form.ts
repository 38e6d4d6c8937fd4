import type { FieldError } from '../web-page';

/** A page form's answers, as the body parser gives them. */
export type Form = Record<string, string | string[] | undefined>;

/** Problems found in the form's answers before they reach the service, each beside its own field. */
export class FormProblems extends Error {
  /** `status`: the page's (422 unless said); `again`: the form's new token records the same answers again (`sentBefore`). */
  constructor(
    readonly errors: FieldError[],
    readonly status = 422,
    readonly again = false,
  ) {
    super(errors.map((e) => e.text).join('; '));
  }
}

/** The values of a field that may be sent once or many times (checkboxes). */
export const many = (value: string | string[] | undefined): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v) => v.trim() !== '');

/**
 * The field of a member's "attends" choice refused, by the member's id: the page, which knows the
 * members it offers, shows it beside that member's choice (`as-1`, `as-2`…) under the member's name.
 */
export const CAPACITY_OF = 'capacity-of:';

/** MT-3: how a member attends, as the form offers it: in person (''), by proxy or by corporate representative. */
const CAPACITIES: readonly string[] = ['', 'proxy', 'representative'];

/** A director the attendance form offers (not yet recorded present at the sitting), in its order. */
export interface OfferedDirector {
  readonly directorId: string;
  readonly name: string;
}

/**
 * The attendees the attendance form names: each director ticked, with the items typed as interested
 * in (MA-2), and each member ticked, with the proxy's or representative's name (MT-3). Throws
 * {@link FormProblems}, nothing recorded: 400 for a member's "attends" value the form does not offer
 * (a forged value); 422 for items typed for a director not ticked as present, or an item number that
 * is not one of the meeting's `items`, each beside that director's field (`interest-1`…).
 */
export function attendeesOfForm(f: Form, offered: readonly OfferedDirector[], items: number) {
  const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  const forged = Object.keys(f).flatMap((key) => {
    const as = key.startsWith('as-') ? (first(f[key]) ?? '') : '';
    return CAPACITIES.includes(as) ? [] : [{ field: `${CAPACITY_OF}${key.slice(3)}`, text: `attends: “${as}” is not one of the choices: in person, by proxy or by corporate representative`, href: '' }];
  });
  if (forged.length) throw new FormProblems(forged, 400);
  const ticked = new Set(many(f.directorId));
  const beside = (directorId: string) => {
    const place = offered.findIndex((d) => d.directorId === directorId);
    return { name: offered[place]?.name ?? 'That director', field: place >= 0 ? `interest-${place + 1}` : 'attendees' };
  };
  // MA-2: items typed for a director not ticked as present would be dropped: refused beside that field instead.
  const unticked = Object.keys(f).flatMap((key) => {
    const typed = key.startsWith('interest-') ? first(f[key]) : undefined;
    if (typed === undefined || ticked.has(key.slice('interest-'.length))) return [];
    const { name, field } = beside(key.slice('interest-'.length));
    return [{ field, text: `${name} is not ticked as present, so the items interested in (“${typed}”) cannot be recorded: tick ${name} as present, or clear the items`, href: `#${field}` }];
  });
  if (unticked.length) throw new FormProblems(unticked);
  const directors = many(f.directorId).map((directorId) => {
    const typed = (first(f[`interest-${directorId}`]) ?? '').split(/[\s,]+/).filter(Boolean);
    // An item number that is not one of the meeting's is named beside that director's field, with what was typed.
    const bad = typed.find((n) => !/^\d{1,4}$/.test(n) || Number(n) < 1 || Number(n) > items);
    const { name, field } = beside(directorId);
    if (bad !== undefined && field !== 'attendees') {
      const text = `${name}, items interested in: “${bad}” is not the number of an item of this meeting; enter ${items === 1 ? 'the number 1' : `numbers from 1 to ${items}`}`;
      throw new FormProblems([{ field, text, href: `#${field}` }]);
    }
    const interestedIn = typed.map((n) => (/^\d{1,4}$/.test(n) ? Number(n) : n));
    return { directorId, ...(interestedIn.length ? { interestedIn } : {}) };
  });
  const members = many(f.memberId).map((memberId) => {
    const as = first(f[`as-${memberId}`]);
    const name = first(f[`name-${memberId}`]);
    return { memberId, ...(as === 'proxy' ? { proxyName: name ?? '' } : as === 'representative' ? { representativeName: name ?? '' } : {}) };
  });
  return { directors, members };
}
