import { isCalendarDate } from '#domain';
import { registerDecorator, type ValidationOptions } from 'class-validator';

/** A real calendar date written `YYYY-MM-DD` that PostgreSQL can store (it has no year 0000). */
export function isStorableCalendarDate(value: unknown): boolean {
  return isCalendarDate(value) && value >= '0001-01-01';
}

/** A real calendar date written `YYYY-MM-DD`. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property must be a calendar date written YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => isStorableCalendarDate(value) },
    });
}
