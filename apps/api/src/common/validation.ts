import { applyDecorators, Injectable, ValidationPipe, type ArgumentMetadata, type PipeTransform, type ValidationError } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { Matches, ValidateBy, type ValidationOptions } from 'class-validator';
import { AppError } from './app-error';
import { inputProblems } from './request-input';

/**
 * The one validation layer every route goes through (installed globally): first the checks every
 * request value gets whatever its route (no NUL, well-formed Unicode, bounded length and depth; see
 * request-input.ts), then the DTO's shape — unknown fields are refused, values are converted to the
 * DTO's types. Path parameters go through it too.
 */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const problems = inputProblems(value, metadata.type, metadata.data);
    if (problems.length > 0) throw new AppError('VALIDATION_FAILED', 'the request is not valid', problems);
    // A number in a path is decimal digits only: `1e3`, `0x10` or ` 5` is no number (NaN, refused by the route's pipe).
    if (metadata.metatype === Number && typeof value === 'string' && !DECIMAL.test(value)) return super.transform('NaN', metadata);
    return super.transform(value, metadata);
  }
}

/** Decimal digits, as a whole number in a path or query is written (at most 15, so it is exact). */
const DECIMAL = /^\d{1,15}$/;

/**
 * For a query's whole number: its decimal digits as a number; anything else (`0x10`, `1e3`, ` 5`,
 * `-1`) as NaN, which `@IsInt()` refuses. Instead of `@Type(() => Number)`, which takes any of them.
 */
export const WholeNumberText = () => Transform(({ obj, key }: { obj: Record<string, unknown>; key: string }) => wholeNumberText(obj[key]));

/**
 * A query's whole number from `min` to `max` (inclusive), written in decimal digits
 * ({@link WholeNumberText}); anything else is one problem naming the range, "limit must be a whole
 * number from 1 to 100000" (where `@IsInt() @Min() @Max()` give one problem per check, three for `-5`).
 */
export const WholeNumberFrom = (min: number, max: number) =>
  applyDecorators(
    WholeNumberText(),
    ValidateBy({
      name: 'wholeNumberFrom',
      validator: {
        validate: (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max,
        defaultMessage: (args) => `${args?.property ?? 'the value'} must be a whole number from ${min} to ${max}`,
      },
    }),
  );

/**
 * Text with at least one visible character: not only white space, control characters or invisible
 * format characters (a zero-width space, a direction mark), none of which shows on a register.
 */
export const VISIBLE_CHARACTER = /[^\p{White_Space}\p{Cc}\p{Cf}]/u;

/**
 * A text field that must say something: at least one visible character ({@link VISIBLE_CHARACTER}; a
 * name of spaces only is no name). Beside `@Length(1, max)`, which counts the spaces.
 */
export const NotBlank = (options?: ValidationOptions) => Matches(VISIBLE_CHARACTER, { message: '$property must not be blank', ...options });

/** Text on one line: no line feed, carriage return, or Unicode line or paragraph separator (U+2028, U+2029). */
export const ONE_LINE = /^[^\r\n\u2028\u2029]*$/;

/**
 * A name or an address, which the registers print on one line: a line break in it would print the
 * name over two lines of a register or split a CSV cell ({@link ONE_LINE}). Addresses are written with
 * commas between their parts.
 */
export const OneLine = (options?: ValidationOptions) => Matches(ONE_LINE, { message: '$property must be on one line: no line breaks (separate the parts of an address with commas)', ...options });

/** The end of the problem {@link DistinctHolders} gives, after the property and the name given twice. */
export const HOLDER_NAMED_TWICE = ' twice: each joint holder is named once, and not again after the first-named holder';

/** A holder's name as two entries of the register would read the same: spaces collapsed, case ignored. */
const holderKey = (name: string) => name.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('en-GB');

/**
 * A value refused for what the rest of the body says (`refused(value, body)` true), with `message` as
 * the field's problem: e.g. `mustBeFiled: false` beside a special `type`. `name` names the rule.
 */
export const RefusedBeside = (name: string, message: string, refused: (value: unknown, body: Readonly<Record<string, unknown>>) => boolean) =>
  ValidateBy({ name, validator: { validate: (value: unknown, args) => !refused(value, (args?.object ?? {}) as Record<string, unknown>), defaultMessage: () => message } });

/**
 * RM-2: the other joint holders of an entry, each named once and none the first-named holder (the
 * object's `name`, when it gives one): "Dr A; Dr B; Dr A" is refused, naming the name given twice.
 * Names compare with spaces collapsed and case ignored.
 */
export const DistinctHolders = () =>
  ValidateBy({
    name: 'distinctHolders',
    validator: {
      validate: (value: unknown, args) => repeatedHolder(value, (args?.object as { name?: unknown } | undefined)?.name) === null,
      defaultMessage: (args) =>
        `${args?.property ?? 'jointHolders'} names ${repeatedHolder(args?.value, (args?.object as { name?: unknown } | undefined)?.name) ?? 'a holder'}${HOLDER_NAMED_TWICE}`,
    },
  });

function repeatedHolder(value: unknown, first: unknown): string | null {
  if (!Array.isArray(value)) return null;
  const seen = new Set<string>(typeof first === 'string' ? [holderKey(first)] : []);
  for (const name of value) {
    if (typeof name !== 'string') continue;
    const key = holderKey(name);
    if (seen.has(key)) return `"${name.trim()}"`;
    seen.add(key);
  }
  return null;
}

function wholeNumberText(raw: unknown): unknown {
  if (typeof raw === 'number') return raw;
  return typeof raw === 'string' && DECIMAL.test(raw) ? Number(raw) : Number.NaN;
}

export function validationPipe(): ValidationPipe {
  return new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new AppError('VALIDATION_FAILED', 'the request is not valid', flattenValidationErrors(errors)),
  });
}

/**
 * Each failed constraint as `{field, problems}`, the field's path from `prefix` (e.g. `events[2].holder.name`),
 * with what a failed constraint gives beside its message (a date's `earliest` and `latest`, say).
 */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): { field: string; problems: string[] }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const given = Object.assign({}, ...Object.values(e.contexts ?? {})) as Record<string, unknown>;
    const own = e.constraints ? [{ ...given, field, problems: problemsOf(e.constraints) }] : [];
    return [...own, ...flattenValidationErrors(e.children ?? [], field)];
  });
}

/** The checks of a value's kind (a whole number, text, a date, one of a list). */
const KIND_CHECKS: ReadonlySet<string> = new Set(['isInt', 'isNumber', 'isString', 'isBoolean', 'isObject', 'isArray', 'isCalendarDate', 'isIn', 'isEnum', 'isUUID']);
/** The checks of a value's size or range, which say nothing useful of a value of the wrong kind ("38", a string, is "less than 1"). */
const SIZE_CHECKS: ReadonlySet<string> = new Set(['min', 'max', 'isLength', 'minLength', 'maxLength', 'arrayMinSize', 'arrayMaxSize', 'isDateInRange']);

/** The checks of a value's content (no repeats, a pattern), which say nothing useful of a value of the wrong kind either. */
const CONTENT_CHECKS: ReadonlySet<string> = new Set(['arrayUnique', 'arrayNotEmpty', 'matches']);

/**
 * A field's problems: where its kind is wrong, only that, not also what its size or content would have
 * to be; where it is not a list, not also what each of its items would have to be.
 */
function problemsOf(constraints: Record<string, string>): string[] {
  const wrongKind = Object.keys(constraints).some((name) => KIND_CHECKS.has(name));
  const notAList = 'isArray' in constraints;
  return Object.entries(constraints).flatMap(([name, message]) =>
    (wrongKind && (SIZE_CHECKS.has(name) || CONTENT_CHECKS.has(name))) || (notAList && name !== 'isArray' && message.startsWith('each value in ')) ? [] : [message],
  );
}

/**
 * A path parameter that is a whole number from 1 (a share number): anything else is a 400
 * `VALIDATION_FAILED` naming the parameter, like a malformed body field.
 */
@Injectable()
export class PositiveIntegerParam implements PipeTransform<string | number, number> {
  /** `value`: the path's text, or the number the global pipe already made of it (NaN for text that is none). */
  transform(value: string | number, metadata: ArgumentMetadata): number {
    const number = typeof value === 'number' ? value : /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < 1 || number > 999_999_999) {
      const field = metadata.data ?? 'parameter';
      throw new AppError('VALIDATION_FAILED', `${field} must be a whole number from 1`, [{ field, problems: [`${field} must be a whole number from 1`] }]);
    }
    return number;
  }
}
