import { ValidateIf } from 'class-validator';

/**
 * An optional field: it may be left out, but `null` is not a way of leaving it out — it is checked
 * like any other value and refused by the field's own validators (class-validator's IsOptional lets
 * null through to code that expects a value or nothing). Every DTO uses this one.
 */
export function IsOptional(): PropertyDecorator {
  return ValidateIf((_object, value) => value !== undefined);
}
