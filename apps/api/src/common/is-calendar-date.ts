import { calendarDate, isCalendarDate } from '#domain';
import { Transform } from 'class-transformer';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A real calendar date written `YYYY-MM-DD` that PostgreSQL can store (it has no year 0000). */
export function isStorableCalendarDate(value: unknown): boolean {
  return isCalendarDate(value) && value >= '0001-01-01';
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
      options: { message: `$property must be a calendar date written YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => isStorableCalendarDate(value) },
    });
  };
}
