import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { firstVersion, particularsInForceOn, withChange, type DatedParticulars } from '../officers/particulars-versions';

/** What the register of directors shows of a director (s.162): the name and the service address. */
export interface DirectorNameAndAddress {
  readonly name: string;
  readonly serviceAddress: string;
}

/**
 * One term of office on the register of directors (s.162): the director's name and service address
 * now, the day appointed and the day the office ended (resignation or removal), null while in office.
 * `versions`: the name and service address from the appointment on, with the day each change took
 * effect (EC-4, CH01); absent while neither has changed.
 */
export interface DirectorAppointment {
  readonly directorId: string;
  readonly name: string;
  readonly serviceAddress: string;
  readonly appointedOn: CalendarDate;
  readonly resignedOn: CalendarDate | null;
  /** s.168: the id of the members' resolution that removed the director, when the term ended so; absent otherwise. */
  readonly removedBy?: string;
  readonly versions?: readonly DatedParticulars<DirectorNameAndAddress>[];
}

/**
 * The register of directors: every term of office, past and present, in the order appointed. Terms
 * are never deleted; a director who leaves and returns has two.
 */
export type RegisterOfDirectors = readonly DirectorAppointment[];

/** A director as counted for a board decision: on the board on the day that counts. */
export interface BoardMember {
  readonly directorId: string;
  readonly name: string;
}

/**
 * True when the term covers the end of `on`: appointed on or before it and not yet resigned by it. A
 * director who resigns on a day is off the board as at that day, as a member who ceases on a day is off
 * the register of members as at that day; a meeting held that day still counts them
 * ({@link holdsOfficeDuring}).
 */
export function holdsOfficeOn(term: DirectorAppointment, on: CalendarDate): boolean {
  return compareDates(term.appointedOn, on) <= 0 && (term.resignedOn === null || compareDates(on, term.resignedOn) < 0);
}

/**
 * True when the term covers some part of `on`: appointed on or before it and not resigned before it.
 * A director who resigns on a day may still act on it and leave at its end (EC-2: the resignation is
 * effective that day, and the 14 days to notify it run from it), so a board meeting held that day
 * counts them among the board, and their vote there stands; on the next day they are off the board.
 */
export function holdsOfficeDuring(term: DirectorAppointment, on: CalendarDate): boolean {
  return compareDates(term.appointedOn, on) <= 0 && (term.resignedOn === null || compareDates(on, term.resignedOn) <= 0);
}

/** The director's name and service address in force at the end of `on` (as appointed, for a day before any change). */
export function directorOn(term: DirectorAppointment, on: CalendarDate): DirectorNameAndAddress {
  return term.versions ? particularsInForceOn(term.versions, on) : { name: term.name, serviceAddress: term.serviceAddress };
}

/** The directors on the board at the end of `on`, each by the name in force that day, ordered by name then id. */
export function boardAsAt(register: RegisterOfDirectors, on: CalendarDate): BoardMember[] {
  return register
    .filter((term) => holdsOfficeOn(term, on))
    .map((term) => ({ directorId: term.directorId, name: directorOn(term, on).name }))
    .sort((a, b) => compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.directorId, b.directorId));
}

/**
 * The directors on the board at some time during `on`, as a board meeting held that day counts them:
 * those at its end and those who resigned that day ({@link holdsOfficeDuring}), each by the name in
 * force that day, ordered by name then id.
 */
export function boardDuring(register: RegisterOfDirectors, on: CalendarDate): BoardMember[] {
  // One who resigned and was appointed again that day is listed once, by the later term's name.
  const terms = new Map(register.filter((term) => holdsOfficeDuring(term, on)).map((term) => [term.directorId, term] as const));
  return [...terms.values()]
    .map((term) => ({ directorId: term.directorId, name: directorOn(term, on).name }))
    .sort((a, b) => compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.directorId, b.directorId));
}

/**
 * EC-2: a director's vote at a board meeting, or agreement to a written board resolution, on `on` comes
 * from someone in office at some time that day ({@link holdsOfficeDuring}); the resolution's board, fixed
 * when it was proposed, may still name one who has since resigned with effect before it. Throws
 * `DIRECTOR_NOT_ON_BOARD` ({@link notOnBoardError}) for such a director; one the register does not know
 * is left to the resolution's own check.
 */
export function checkActingDirectorOn(register: RegisterOfDirectors, directorId: string, on: CalendarDate, day: string): void {
  const terms = register.filter((term) => term.directorId === directorId);
  if (terms.length > 0 && !terms.some((term) => holdsOfficeDuring(term, on))) throw notOnBoardError(register, directorId, on, day);
}

/**
 * The register with a new term of office. Throws `DIRECTOR_ALREADY_ON_BOARD` when the director is
 * still in office, or their last term ended after the new appointment date.
 */
export function appointDirector(
  register: RegisterOfDirectors,
  appointment: Omit<DirectorAppointment, 'resignedOn'>,
): RegisterOfDirectors {
  const clash = register.find(
    (term) =>
      term.directorId === appointment.directorId &&
      (term.resignedOn === null || compareDates(appointment.appointedOn, term.resignedOn) < 0),
  );
  if (clash) {
    throw new DomainError(
      'DIRECTOR_ALREADY_ON_BOARD',
      clash.resignedOn === null
        ? `${clash.name} has held office since ${clash.appointedOn} and has not resigned`
        : `${clash.name} held office from ${clash.appointedOn} until leaving on ${clash.resignedOn}`,
      { directorId: appointment.directorId, appointedOn: clash.appointedOn },
    );
  }
  return [...register, { ...appointment, resignedOn: null }];
}

/**
 * The register with the director's current term ended on `resignedOn`: a resignation, or with `removedBy` (the resolution's id, s.168) a removal.
 * Throws `DIRECTOR_NOT_ON_BOARD` when they hold no office (details `directorId`, and the `director`'s
 * name and the day they `resignedOn` when they held one), `RESIGNATION_BEFORE_APPOINTMENT` when
 * the date is before their appointment.
 */
export function recordResignation(
  register: RegisterOfDirectors,
  directorId: string,
  resignedOn: CalendarDate,
  removedBy?: string,
): RegisterOfDirectors {
  const index = register.findIndex((term) => term.directorId === directorId && term.resignedOn === null);
  if (index < 0) {
    const last = register.filter((term) => term.directorId === directorId).at(-1);
    if (last === undefined) throw new DomainError('DIRECTOR_NOT_ON_BOARD', { text: 'there is no director with that reference' }, { directorId });
    throw new DomainError('DIRECTOR_NOT_ON_BOARD', { text: '{director} holds no office to resign from: they left it on {resignedOn}' }, { directorId, director: last.name, resignedOn: last.resignedOn });
  }
  const term = register[index]!;
  if (compareDates(resignedOn, term.appointedOn) < 0) {
    throw new DomainError(
      'RESIGNATION_BEFORE_APPOINTMENT',
      { text: '{director} was appointed on {appointedOn} and cannot resign on {resignedOn}' },
      { directorId, appointedOn: term.appointedOn, director: term.name, resignedOn },
    );
  }
  return register.map((t, i) => (i === index ? { ...t, resignedOn, ...(removedBy !== undefined ? { removedBy } : {}) } : t));
}

/**
 * Why `directorId` was not on the board on `on`, named in words (`day` says what the date is, e.g.
 * "the day of the meeting"): the term nearest the day, left before it or begun after it, by the
 * director's name; "there is no director with that reference" when the register has none.
 * Returns the `DIRECTOR_NOT_ON_BOARD` error to throw, with `directorId` and `on` in its details, and
 * the values its wording names: `director` (the name), `day`, and `resignedOn` or `appointedOn`.
 */
export function notOnBoardError(register: RegisterOfDirectors, directorId: string, on: CalendarDate, day: string): DomainError {
  const terms = register.filter((term) => term.directorId === directorId);
  const left = terms.filter((term) => compareDates(term.appointedOn, on) <= 0).at(-1);
  const later = terms.find((term) => compareDates(term.appointedOn, on) > 0);
  if (left !== undefined && left.resignedOn !== null && compareDates(left.resignedOn, on) <= 0) {
    return new DomainError('DIRECTOR_NOT_ON_BOARD', { text: '{director} was not on the board on {on}, {day}: they left office on {resignedOn}' }, { directorId, on, director: left.name, day, resignedOn: left.resignedOn });
  }
  if (later !== undefined) {
    return new DomainError('DIRECTOR_NOT_ON_BOARD', { text: '{director} was not on the board on {on}, {day}: they were appointed on {appointedOn}' }, { directorId, on, director: later.name, day, appointedOn: later.appointedOn });
  }
  if (terms[0] !== undefined) return new DomainError('DIRECTOR_NOT_ON_BOARD', { text: '{director} was not on the board on {on}, {day}' }, { directorId, on, director: terms[0].name, day });
  return new DomainError('DIRECTOR_NOT_ON_BOARD', { text: 'there is no director with that reference' }, { directorId, on });
}

/**
 * The register with a change of the director's name or service address taking effect on `on` (CH01),
 * applied to their current term; a director not in office (a secretary's change, say) leaves it as it is.
 * The officers' record checks the change when it is entered (`evolveOfficers`).
 */
export function changeDirectorParticulars(register: RegisterOfDirectors, directorId: string, on: CalendarDate, change: Partial<DirectorNameAndAddress>): RegisterOfDirectors {
  const given = { ...(change.name !== undefined ? { name: change.name } : {}), ...(change.serviceAddress !== undefined ? { serviceAddress: change.serviceAddress } : {}) };
  if (Object.keys(given).length === 0) return register;
  return register.map((term) => {
    if (term.directorId !== directorId || term.resignedOn !== null) return term;
    const versions = withChange(term.versions ?? firstVersion(term.appointedOn, { name: term.name, serviceAddress: term.serviceAddress }), on, given);
    const now = versions[versions.length - 1]!.particulars;
    return { ...term, name: now.name, serviceAddress: now.serviceAddress, versions };
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
