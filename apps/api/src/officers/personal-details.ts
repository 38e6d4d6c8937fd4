import { createHash, randomBytes } from 'node:crypto';
import { canonicalJson, type CalendarDate, type Json } from '#domain';

/*
 * An officer's protected details (EC-3, EC-4): the s.165 residential address, the full date of birth
 * and the identity-verification personal code. They never go into the ledger, which board members and
 * auditors read (only the month and year of birth are ever public). Each version is kept in
 * officer_personal with a random salt, and the ledger entry of the change carries only
 * SHA-256(canonical JSON of {salt, officerId, details}), as employees' records are kept for TUPE.
 */

/** One version of an officer's protected details; a field not known is null. */
export interface PersonalDetails {
  readonly residentialAddress: string | null;
  readonly dateOfBirth: CalendarDate | null;
  readonly personalCode: string | null;
}

export const NO_PERSONAL_DETAILS: PersonalDetails = { residentialAddress: null, dateOfBirth: null, personalCode: null };

/** A version as stored: the details, their salt and the commitment the ledger carries. */
export interface PersonalVersion {
  readonly officerId: string;
  readonly commitment: string;
  readonly salt: string;
  readonly details: PersonalDetails;
}

/** A new version of an officer's details with a fresh salt. */
export function personalVersion(officerId: string, details: PersonalDetails): PersonalVersion {
  const salt = randomBytes(16).toString('hex');
  return { officerId, salt, details, commitment: commitmentOf(officerId, details, salt) };
}

export function commitmentOf(officerId: string, details: PersonalDetails, salt: string): string {
  const content: Json = {
    salt,
    officerId,
    details: { residentialAddress: details.residentialAddress, dateOfBirth: details.dateOfBirth, personalCode: details.personalCode },
  };
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}
