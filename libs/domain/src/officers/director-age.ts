import { addMonths, compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';

/** The minimum age of a director (CA 2006 s.157(1)): an appointment of someone younger is void (s.157(4)). */
export const DIRECTOR_MINIMUM_AGE_YEARS = 16;

/**
 * The greatest age, in whole years on the day of appointment, taken as a date of birth that can be
 * right: a date of birth giving an older director (as 1800-01-01) is a slip of the keyboard, and would
 * go to Companies House on the AP01 and to the public register as the month and year of birth.
 */
export const DIRECTOR_MAXIMUM_PLAUSIBLE_AGE_YEARS = 120;

/**
 * A director's date of birth (YYYY-MM-DD calendar date) weighed against the day of appointment
 * (`appointedOn`, YYYY-MM-DD), on appointment and on a change of the date of birth (CH01):
 * - CA 2006 s.157: the director must have reached 16 by the day of appointment; a date of birth after
 *   that day is refused in the same way, with its own words. Throws `DIRECTOR_UNDER_MINIMUM_AGE` (422).
 * - a director older than {@link DIRECTOR_MAXIMUM_PLAUSIBLE_AGE_YEARS} on that day is no real date of
 *   birth: throws `DATE_OF_BIRTH_IMPLAUSIBLE` (422).
 * Either refusal's details are `{field: 'dateOfBirth', dateOfBirth, appointedOn}`.
 */
export function checkDirectorAge(dateOfBirth: CalendarDate, appointedOn: CalendarDate): void {
  const details = { field: 'dateOfBirth', dateOfBirth, appointedOn };
  if (compareDates(addMonths(dateOfBirth, 12 * DIRECTOR_MINIMUM_AGE_YEARS), appointedOn) > 0) {
    const why = compareDates(dateOfBirth, appointedOn) > 0 ? `the date of birth, ${dateOfBirth}, is after the day of appointment, ${appointedOn}` : `a director born on ${dateOfBirth} is not yet ${DIRECTOR_MINIMUM_AGE_YEARS} on ${appointedOn}`;
    throw new DomainError('DIRECTOR_UNDER_MINIMUM_AGE', `${why} (s.157)`, details);
  }
  if (compareDates(addMonths(dateOfBirth, 12 * (DIRECTOR_MAXIMUM_PLAUSIBLE_AGE_YEARS + 1)), appointedOn) <= 0) {
    throw new DomainError(
      'DATE_OF_BIRTH_IMPLAUSIBLE',
      `the date of birth, ${dateOfBirth}, makes the director older than ${DIRECTOR_MAXIMUM_PLAUSIBLE_AGE_YEARS} on the day of appointment, ${appointedOn}: check the date of birth`,
      details,
    );
  }
}
