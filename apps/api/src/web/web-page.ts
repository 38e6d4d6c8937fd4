import { applyDecorators, SetMetadata, UseFilters, UseGuards, type Type } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { compareDates, DomainError, isCalendarDate, type CalendarDate } from '#domain';
import { formatDate } from '#reports';
import { Public } from '../auth/roles';
import { AppError } from '../common/app-error';
import { DATE_OUT_OF_RANGE, DATE_RANGE, EARLIEST_DATE, isStorableCalendarDate, LATEST_DATE } from '../common/is-calendar-date';
import { today } from '../common/today';
import { HOLDER_NAMED_TWICE, validationPipe } from '../common/validation';
import { APP_ERROR_MESSAGES, TOO_FAR_AHEAD_BY_FIELD } from './error-messages';
import { generalRefusalWords, namedRefusalWords, notAuthorisedWords } from './refusal-words';
import { FormFieldsGuard } from './form-fields';
import { heldFieldProblems } from './form-text';
import { PageQueryGuard } from './page-query';
import { dateWords, inputProblemWords, realDate } from './input-words';
import { eachParticularMissing, fieldLabel, particularsMissing } from './particular-words';
import { inWords } from './view-filters';
import { OPEN_PAGE_KEY, WebAuthGuard } from './web-auth.guard';
import { WebErrorFilter } from './web-error.filter';

/**
 * A controller of pages: not an API route (no bearer token; left out of the OpenAPI document), signed
 * in through the session (WebAuthGuard, with the API's `@Roles`), its forms taking only the fields each
 * route's `@FormFields` names (FormFieldsGuard, a 400 page naming any other), its address's `asAt` sent
 * once and a download's query only what `@QueryTakes` names (PageQueryGuard), and its errors shown as pages.
 */
export const WebPages = () => applyDecorators(Public(), UseGuards(WebAuthGuard, FormFieldsGuard, PageQueryGuard), UseFilters(WebErrorFilter), ApiExcludeController());

/** A page a visitor may see without signing in. */
export const OpenPage = () => SetMetadata(OPEN_PAGE_KEY, true);

export { WebCompany } from './web-company';

/** What a page says of a real date outside the range the service keeps (`1700-01-01`): the range, in words. */
export const DATE_IN_RANGE = `Enter a date from ${formatDate(EARLIEST_DATE)} to ${formatDate(LATEST_DATE)}`;

/**
 * The "as at" date of a page: today when the address gives none, else the one it gives, which must be
 * a real date (`YYYY-MM-DD`) within the range the service keeps: a page never quietly shows another
 * day than the one asked for.
 * @throws AppError VALIDATION_FAILED (400, field `asAt`) for anything else: {@link DATE_IN_RANGE} for a
 * real date outside the range, {@link realDate} for one that is none.
 */
export function asAtOf(value: unknown): CalendarDate {
  if (value === undefined || value === '') return today();
  if (typeof value === 'string' && isStorableCalendarDate(value)) return value as CalendarDate;
  if (isCalendarDate(value)) {
    throw new AppError('VALIDATION_FAILED', `the "as at" date in the address is outside the range kept, ${EARLIEST_DATE} to ${LATEST_DATE}`, [{ field: 'asAt', problems: [DATE_IN_RANGE], ...DATE_RANGE }]);
  }
  throw new AppError('VALIDATION_FAILED', 'the "as at" date in the address is not a real date', [{ field: 'asAt', problems: [realDate('asAt')] }]);
}

/**
 * Whether a page's day (`asAt`, a calendar date) is earlier than today. Such a page shows the record as
 * it stood then and offers no form, since forms act on the record as it stands today.
 */
export function earlierThanToday(asAt: string): boolean {
  return compareDates(asAt as CalendarDate, today()) < 0;
}

/**
 * The day a form's lists are drawn up for: the date typed in `value` (a form sent back to be put right,
 * or previewed) when it is a real date kept, up to today; otherwise today. So a back-dated change
 * offers those who were members, or could receive a share, on its day.
 */
export function formDay(value: unknown): CalendarDate {
  const day = today();
  return typeof value === 'string' && isStorableCalendarDate(value) && compareDates(value as CalendarDate, day) < 0 ? (value as CalendarDate) : day;
}

/** One problem with a form, for the error summary (linking to the field) and beside the field. */
export interface FieldError {
  readonly field: string;
  readonly text: string;
  readonly href: string;
}

/** A form's problems by field name, for the templates' `errorMessage`. */
export function errorsByField(errors: readonly FieldError[]): Record<string, { text: string }> {
  const byField: Record<string, { text: string }> = {};
  for (const e of errors) byField[e.field] ??= { text: e.text };
  return byField;
}

/** Blank form fields are left out, as a JSON client would leave them out. */
export function filled(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A whole number typed into a form, or the text as typed (for the DTO to refuse). */
export function wholeNumber(value: unknown): number | string | undefined {
  const text = filled(value);
  return text !== undefined && /^\d{1,15}$/.test(text) ? Number(text) : text;
}

/**
 * Checks a form's values against the API's own DTO with the API's own validation pipe: the same
 * shape rules, the same conversions. Throws the pipe's VALIDATION_FAILED refusal, each field's
 * problems marked `typed` when the form gave the field a value; and refuses a form whose fields held
 * characters that cannot be recorded (form-text.ts), naming those fields first, with whatever else
 * the pipe finds, so that nothing of such a form is recorded.
 */
export async function asDto<T>(dto: Type<T>, plain: object): Promise<T> {
  const held = heldFieldProblems();
  let value: T;
  try {
    value = (await validationPipe().transform(plain, { type: 'body', metatype: dto })) as T;
  } catch (error) {
    if (error instanceof AppError && error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
      // Which refused fields were typed (not left empty), so a form asks for a real date rather than for the date.
      const details = (error.details as { field: string; problems: string[] }[]).map((d) => ({ ...d, typed: valueAt(plain, d.field) !== undefined }));
      throw new AppError('VALIDATION_FAILED', error.message, [...held, ...details]);
    }
    throw error;
  }
  if (held.length > 0) throw new AppError('VALIDATION_FAILED', 'the request is not valid', held);
  return value;
}

/** The value at a DTO field path (`items.0.heldOn`) of a form's values, or undefined. */
function valueAt(plain: object, path: string): unknown {
  let value: unknown = plain;
  for (const part of path.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/**
 * The problems a refusal from the services names, each against the form field it concerns:
 * `fieldOf` maps the DTO's field paths and the domain's error codes to form fields (else `fallback`).
 * Anything that is not a refusal is thrown again, for the error page.
 */
export function refusalErrors(
  error: unknown,
  fieldOf: Readonly<Record<string, string>>,
  fallback: string,
  plain: Readonly<Record<string, string>> = {},
): FieldError[] {
  const make = (field: string, text: string): FieldError => ({ field, text, href: `#${field}` });
  if (error instanceof DomainError) return eachParticularMissing(error, fieldOf, make) ?? [make(refusedField(error, fieldOf) ?? fallback, domainRefusalText(error))];
  if (error instanceof AppError) {
    if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
      // One message a field: the form's own words for it where it has them, else the pipe's.
      const byField = new Map<string, FieldError>();
      for (const d of error.details as { field: string; problems: string[]; typed?: boolean; formField?: boolean }[]) {
        // A field the form named itself (characters taken out of it: form-text.ts) is shown beside that field.
        const field = d.formField === true ? d.field : (fieldOf[d.field] ?? fallback);
        const text = problemText(d.field, d.problems, plain[field], d.typed);
        if (!byField.has(field)) byField.set(field, make(field, text));
      }
      return [...byField.values()];
    }
    if (error.code === 'NOT_FOUND' || error.code === 'ALREADY_RECORDED' || error.code === 'CONCURRENT_WRITE' || error.code === 'SHARE_NOT_IN_ISSUE' || error.code === 'TOO_MANY_REQUESTS') {
      return [make(fieldOf[error.code] ?? fallback, `${APP_ERROR_MESSAGES[error.code]} (${error.message})`)];
    }
  }
  throw error;
}

/** A date refused as too far ahead, in the words of what it dates ({@link TOO_FAR_AHEAD_BY_FIELD}), with the latest day allowed. */
function tooFarAhead(error: DomainError): string | undefined {
  const { field, latest } = (error.details ?? {}) as { field?: unknown; latest?: unknown };
  const words = error.code === 'DATED_TOO_FAR_AHEAD' && typeof field === 'string' ? TOO_FAR_AHEAD_BY_FIELD[field] : undefined;
  return words === undefined ? undefined : `${words}${typeof latest === 'string' ? `: the latest is ${inWords(latest)}` : ''}`;
}

/**
 * A refusal that clashes with a members' vote names the resolution by its reference and the day of the
 * vote; one that clashes with a member's presence at, or chairing of, a general meeting names the meeting.
 */
function resolutionNamed(error: DomainError): string {
  const details = (error.details ?? {}) as { reference?: unknown; resolutionId?: unknown; meetingReference?: unknown; meetingId?: unknown; lastChangedOn?: unknown };
  if (error.code !== 'EVENT_PREDATES_DEPENDENCY') return '';
  const on = inWords(String(details.lastChangedOn));
  if (typeof details.resolutionId === 'string') return `: see resolution ${typeof details.reference === 'string' ? details.reference : details.resolutionId} of ${on}`;
  if (typeof details.meetingId === 'string') return `: see meeting ${typeof details.meetingReference === 'string' ? details.meetingReference : details.meetingId} of ${on}`;
  return '';
}

/**
 * The form field a domain refusal concerns: the request's field its details name (`details.field`, as
 * the form calls it through `fieldOf`), else the field `fieldOf` gives its code; undefined for neither.
 */
function refusedField(error: DomainError, fieldOf: Readonly<Record<string, string>>): string | undefined {
  const named = (error.details as { field?: unknown } | undefined)?.field;
  return typeof named === 'string' ? (fieldOf[named] ?? named) : fieldOf[error.code];
}

/**
 * A domain refusal in a page's words: a director's missing particulars, a refusal naming who and what
 * ({@link namedRefusalWords}; the selling member of a buy-back is named by {@link sellerNamed}), else
 * the general words. Dates come in words from the refusal's details; the domain's message is not shown.
 */
function domainRefusalText(error: DomainError): string {
  const named = sellerNamed(error) === '' ? namedRefusalWords(error) : undefined;
  return particularsMissing(error) ?? bornLater(error) ?? named ?? tooFarAhead(error) ?? notAuthorisedWords(error) ?? `${generalRefusalWords(error)}${resolutionNamed(error)}${sellerNamed(error)}`;
}

/** SR-2, s.695: the selling member of a buy-back, refused as not eligible, is named and told why. */
function sellerNamed(error: DomainError): string {
  const seller = (error.details as { seller?: unknown } | undefined)?.seller;
  if (error.code !== 'MEMBER_NOT_ELIGIBLE' || typeof seller !== 'string') return '';
  return `: ${seller} is the selling member of the buy-back this resolution approves, whose agreement does not count (s.695)`;
}

/** s.157: a director's date of birth after today, or after the day of appointment, is said to be so rather than that the director is under 16. */
function bornLater(error: DomainError): string | undefined {
  const { dateOfBirth, appointedOn } = (error.details ?? {}) as { dateOfBirth?: unknown; appointedOn?: unknown };
  if (error.code !== 'DIRECTOR_UNDER_MINIMUM_AGE' || typeof dateOfBirth !== 'string' || typeof appointedOn !== 'string') return undefined;
  if (dateOfBirth > today()) return `The date of birth, ${inWords(dateOfBirth)}, is in the future: enter the director's date of birth`;
  return dateOfBirth > appointedOn ? `The date of birth, ${inWords(dateOfBirth)}, is after the day of appointment: enter the director's date of birth` : undefined;
}

/** The longest a field may be, when the pipe's problems say it is too long (class-validator's or the input check's words). */
function lengthLimit(problems: readonly string[]): number | undefined {
  for (const p of problems) {
    const m = /(?:shorter than or equal to|at most) (\d+) characters/.exec(p);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * A field given where it does not belong ("contractDisclosedOn does not apply to a board resolution in
 * writing. Only …"), as what to do: "Leave the day the buy-back contract was disclosed to members empty:
 * it does not apply to a board resolution in writing. Only …". Undefined for any other problem.
 */
function notApplicableWords(field: string, problems: readonly string[]): string | undefined {
  const last = field.split('.').at(-1) ?? field;
  const refused = problems.length === 1 ? /^([A-Za-z]+) does not apply to (.+)$/s.exec(problems[0]!) : null;
  if (refused === null || refused[1] !== last) return undefined;
  const named = last.endsWith('On') ? dateWords(field) : fieldLabel(field).toLowerCase();
  return `Leave ${named} empty: it does not apply to ${refused[2]}`;
}

/**
 * What a form shows for one field the pipe refused: what is wrong when the value is too long
 * ("Name must be 200 characters or fewer"), else what is wrong with how the text is written (a NUL, a
 * right-to-left override: {@link inputProblemWords}), else {@link realDate} naming the field when a date
 * was typed that is not one (`typed`: the field was not left empty), else the form's own words for the field ("Enter the
 * date of appointment", for one left empty), else a real date when it is not one, else the pipe's problems with each DTO field name put in plain words.
 */
export function problemText(field: string, problems: readonly string[], formWords: string | undefined, typed = false): string {
  const limit = lengthLimit(problems);
  if (limit !== undefined) return `${fieldLabel(field)} must be ${limit} characters or fewer`;
  const written = problems.map((p) => inputProblemWords(field, p)).find((words) => words !== undefined);
  if (written !== undefined) return written;
  if (problems.some((p) => p.endsWith(DATE_OUT_OF_RANGE))) return DATE_IN_RANGE;
  const notADate = problems.some((p) => p.includes('calendar date'));
  if (notADate && typed) return realDate(field);
  // RM-2: a holder named twice is named in the words, whatever else the form says of the field.
  const twice = problems.find((p) => p.endsWith(HOLDER_NAMED_TWICE));
  if (twice !== undefined) return `${twice.slice(twice.indexOf(' names ') + 7, -HOLDER_NAMED_TWICE.length)} is named twice: name each joint holder once, and not the first-named holder again`;
  if (formWords !== undefined) return formWords;
  if (notADate) return realDate(field);
  const notHere = notApplicableWords(field, problems);
  if (notHere !== undefined) return notHere;
  const text = problems.join('; ').replace(/\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g, (name) => fieldLabel(name).toLowerCase());
  return text.charAt(0).toUpperCase() + text.slice(1);
}
