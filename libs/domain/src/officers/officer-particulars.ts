import { DomainError } from '../errors';

/**
 * The particulars of an officer that Companies House makes public (EC-4: s.163 for a director,
 * s.277 for a secretary). A secretary has no country of residence, nationality, occupation or date
 * of birth on the record: those are null. Only the month and year of birth are ever public.
 */
export interface OfficerParticulars {
  readonly name: string;
  readonly formerNames: readonly string[];
  readonly serviceAddress: string;
  readonly countryOfResidence: string | null;
  readonly nationality: string | null;
  readonly occupation: string | null;
  /** `YYYY-MM`: the month and year of birth, the public part of the date of birth. */
  readonly birthMonth: string | null;
}

/** A change of public particulars: only the fields that change. */
export type OfficerParticularsChange = Partial<OfficerParticulars>;

/**
 * A change of an officer's particulars must change one (EC-4): every public particular it gives
 * already as `recorded` (lists by their items), and `protectedUnchanged` (the residential address and
 * date of birth it gives, if any, already as held), is the same change sent again, which would owe a
 * second CH01 / CH03. Throws `OFFICER_PARTICULARS_UNCHANGED` (422), naming the officer.
 */
export function checkOfficerParticularsChanged(officerId: string, recorded: OfficerParticulars, change: OfficerParticularsChange, protectedUnchanged: boolean): void {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  const fields = Object.keys(change) as (keyof OfficerParticulars)[];
  if (protectedUnchanged && fields.every((field) => same(change[field], recorded[field]))) {
    throw new DomainError('OFFICER_PARTICULARS_UNCHANGED', `${recorded.name}'s particulars are already as given`, { officerId });
  }
}
