import { calendarDate, isCalendarDate } from '#domain';
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

/**
 * A request field that is a calendar date, parsed once into the domain's `CalendarDate`: a valid
 * `YYYY-MM-DD` becomes a `CalendarDate`, anything else is left for the validator to refuse with a
 * 400 naming the field. DTO properties carrying it are typed `CalendarDate`, so no code downstream casts.
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
      validator: { validate: (value: unknown) => isStorableCalendarDate(value) },
    });
  };
}

/** An instant written in ISO 8601 with a time zone, whose date is within the range above. */
export function IsInstantInRange(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isInstantInRange',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property must be an ISO 8601 instant from ${EARLIEST_DATE} to ${LATEST_DATE}`, ...options },
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || !isISO8601(value, { strict: true, strictSeparator: true })) return false;
          const at = new Date(value);
          return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) >= EARLIEST_DATE && at.toISOString().slice(0, 10) <= LATEST_DATE;
        },
      },
    });
}
