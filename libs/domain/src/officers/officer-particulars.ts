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
