import type { DomainError } from '#domain';

/**
 * EC-4 (s.163, s.165): what a form says of a director's particulars the service refused as missing,
 * and how it names a field of a request in words.
 */

/**
 * A DTO field path in plain words: `noticeGivenOn` → `Notice given on`, `items.0.name` → `Name`.
 * Used so no camelCase field name reaches a page.
 */
export function fieldLabel(path: string): string {
  const last = path.split('.').filter((part) => !/^\d+$/.test(part)).at(-1) ?? path;
  const words = last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A director's particulars, as `AppointOfficerDto` names them, in words. */
const PARTICULAR_WORDS: Readonly<Record<string, string>> = {
  dateOfBirth: 'date of birth', residentialAddress: 'residential address', countryOfResidence: 'country of residence', nationality: 'nationality', occupation: 'occupation',
};

/**
 * EC-4, s.163, s.165: a director's appointment refused for missing particulars, beside each field left
 * empty ("Enter the director's nationality"), when the form has a field of its own for each; undefined
 * otherwise, when {@link particularsMissing} names them all in one.
 */
export function eachParticularMissing<E>(error: DomainError, fieldOf: Readonly<Record<string, string>>, make: (field: string, text: string) => E): E[] | undefined {
  const missing = (error.details as { missing?: unknown } | undefined)?.missing;
  if (error.code !== 'PERSONAL_DETAILS_MISSING' || !Array.isArray(missing) || missing.length === 0) return undefined;
  const fields = missing.map((f) => fieldOf[String(f)]);
  if (fields.some((f) => f === undefined) || new Set(fields).size !== fields.length) return undefined;
  return missing.map((f, i) => make(fields[i]!, `Enter the director's ${PARTICULAR_WORDS[String(f)] ?? fieldLabel(String(f)).toLowerCase()}`));
}

/** EC-4, s.163, s.165: a director's appointment refused for missing particulars names each one missing (the refusal's `missing`), as the API does. */
export function particularsMissing(error: DomainError): string | undefined {
  const missing = (error.details as { missing?: unknown } | undefined)?.missing;
  if (error.code !== 'PERSONAL_DETAILS_MISSING' || !Array.isArray(missing) || missing.length === 0) return undefined;
  const words = missing.map((f) => PARTICULAR_WORDS[String(f)] ?? fieldLabel(String(f)).toLowerCase());
  const list = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
  return `Enter the director's full particulars: ${list} ${words.length === 1 ? 'is' : 'are'} missing`;
}
