import { normaliseOfficerName } from '#domain';
import { Transform } from 'class-transformer';

/**
 * An officer's name (or each former name) as recorded: trimmed, each run of spaces one space
 * (`normaliseOfficerName`), so that a name typed with a double space is stored, shown and compared as
 * the same name. Anything that is not text is left for the validators to refuse.
 */
export const OfficerName = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? normaliseOfficerName(value) : Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? normaliseOfficerName(v) : v)) : value));
