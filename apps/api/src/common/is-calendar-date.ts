import { calendarDate, instant, isCalendarDate } from '#domain';
import { Transform } from 'class-transformer';
import { isISO8601, registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * The calendar range a request may name. The registers go back to a company's incorporation (none
 * before the Joint Stock Companies Act 1844), and the compliance calendar computes duties some years
 * past any date it is given: within these bounds every date it derives is still a four-digit year
 * that PostgreSQL and the domain's date arithmetic handle.
 */
export const EARLIEST_DATE = '1800-01-01';
export const LATEST_DATE = '2999-12-31';

/** A real calendar date written `YYYY-MM-DD`, within the range above. */
export function isStorableCalendarDate(value: unknown): boolean {
  return isCalendarDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE;
}

/** What a request is told of a real calendar date outside the range above; the refusal's details give the bounds (`earliest`, `latest`). */
export const DATE_OUT_OF_RANGE = `must be a date from ${EARLIEST_DATE} to ${LATEST_DATE}`;

/** The bounds a refusal of a date out of range gives in its details, beside the field's problems. */
export const DATE_RANGE = { earliest: EARLIEST_DATE, latest: LATEST_DATE } as const;

/**
 * A request field that is a calendar date, parsed once into the domain's `CalendarDate`: a valid
 * `YYYY-MM-DD` becomes a `CalendarDate`, anything else is left for the validator to refuse with a
 * 400 naming the field. DTO properties carrying it are typed `CalendarDate`, so no code downstream casts.
 * A real date outside the range (`1700-01-01`) is refused as that ({@link DATE_OUT_OF_RANGE}, with
 * {@link DATE_RANGE} in the field's details), not as a date that is no real one.
 */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  const parse = Transform(({ value }) => (isStorableCalendarDate(value) ? calendarDate(value as string) : value));
  return (target, propertyName) => {
    parse(target, propertyName);
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property must be a calendar date written YYYY-MM-DD, from ${EARLIEST_DATE} to ${LATEST_DATE}`, ...options },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
    registerDecorator({
      name: 'isDateInRange',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property ${DATE_OUT_OF_RANGE}`, ...options, context: DATE_RANGE },
      validator: { validate: (value: unknown) => !isCalendarDate(value) || isStorableCalendarDate(value) },
    });
  };
}

/** Whether the domain reads `value` as an instant (`instant`: ISO 8601 with its offset, `Z` or `±hh:mm`). */
function readsAsInstant(value: string): boolean {
  try {
    instant(value);
    return true;
  } catch {
    return false;
  }
}

/** An instant written in ISO 8601 with its offset (as the domain's `instant` reads it), whose date is within the range above. */
export function IsInstantInRange(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isInstantInRange',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property must be an ISO 8601 instant with its offset (Z or ±hh:mm), from ${EARLIEST_DATE} to ${LATEST_DATE}`, ...options },
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !isISO8601(value, { strict: true, strictSeparator: true }) || !readsAsInstant(value)) return false;
          const at = new Date(value);
          return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) >= EARLIEST_DATE && at.toISOString().slice(0, 10) <= LATEST_DATE;
        },
      },
    });
}
