import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';

/**
 * One term of office on the register of directors (s.162): the director's name and service address,
 * the day appointed and the day the office ended (resignation or removal), null while in office.
 */
export interface DirectorAppointment {
  readonly directorId: string;
  readonly name: string;
  readonly serviceAddress: string;
  readonly appointedOn: CalendarDate;
  readonly resignedOn: CalendarDate | null;
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
 * True when the term covers `on`: appointed on or before it and not yet resigned by it. A director
 * who resigns on a day is off the board for that whole day, as a member who ceases on a day is off
 * the register of members as at that day.
 */
export function holdsOfficeOn(term: DirectorAppointment, on: CalendarDate): boolean {
  return compareDates(term.appointedOn, on) <= 0 && (term.resignedOn === null || compareDates(on, term.resignedOn) < 0);
}

/** The directors on the board at the end of `on`, ordered by name then id. */
export function boardAsAt(register: RegisterOfDirectors, on: CalendarDate): BoardMember[] {
  return register
    .filter((term) => holdsOfficeOn(term, on))
    .map(({ directorId, name }) => ({ directorId, name }))
    .sort((a, b) => compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.directorId, b.directorId));
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
      `${clash.name} has held office since ${clash.appointedOn}` +
        (clash.resignedOn === null ? ' and has not resigned' : ` until ${clash.resignedOn}`),
      { directorId: appointment.directorId, appointedOn: clash.appointedOn },
    );
  }
  return [...register, { ...appointment, resignedOn: null }];
}

/**
 * The register with the director's current term ended on `resignedOn` (resignation or removal).
 * Throws `DIRECTOR_NOT_ON_BOARD` when they hold no office, `RESIGNATION_BEFORE_APPOINTMENT` when
 * the date is before their appointment.
 */
export function recordResignation(
  register: RegisterOfDirectors,
  directorId: string,
  resignedOn: CalendarDate,
): RegisterOfDirectors {
  const index = register.findIndex((term) => term.directorId === directorId && term.resignedOn === null);
  if (index < 0) {
    throw new DomainError('DIRECTOR_NOT_ON_BOARD', `director ${directorId} holds no office to resign`, { directorId });
  }
  const term = register[index]!;
  if (compareDates(resignedOn, term.appointedOn) < 0) {
    throw new DomainError(
      'RESIGNATION_BEFORE_APPOINTMENT',
      `${term.name} was appointed on ${term.appointedOn} and cannot resign on ${resignedOn}`,
      { directorId, appointedOn: term.appointedOn },
    );
  }
  return register.map((t, i) => (i === index ? { ...t, resignedOn } : t));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
