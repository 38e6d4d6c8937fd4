import { AppError } from '../common/app-error';
import { createHash, randomBytes } from 'node:crypto';
import { canonicalJson, type Json, type TransferringEmployee } from '#domain';

/*
 * Personal data of transferring employees (names, dates of birth, pay, band, ELI contents) never goes
 * into the ledger, which board members and auditors read. Each version of an employee's record is
 * kept in tupe_employee_personal with a random salt, and the ledger carries only
 * SHA-256(canonical JSON of {salt, employee}): the chain still proves the record was not altered,
 * while the salt stops anyone guessing a date of birth or a pay point from the hash.
 */

/** One stored version of an employee's record. */
export interface PersonalVersion {
  readonly staffNumber: string;
  readonly version: number;
  readonly commitment: string;
  readonly salt: string;
  readonly employee: TransferringEmployee;
}

export function newSalt(): string {
  return randomBytes(16).toString('hex');
}

/** The commitment to one version of an employee's record. */
export function commitmentOf(employee: TransferringEmployee, salt: string): string {
  const content: Json = { salt, employee: employee as unknown as Json };
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

/**
 * The versions the ledger lists (staff number → commitment), in list order, each found by the
 * commitment it names. A listed commitment with no stored version, or stored under another staff
 * number, was altered outside the service: that is refused loudly rather than shown. Whether each
 * version still hashes to its commitment is {@link alteredVersions}' to say (on a worker thread).
 */
export function listedVersions(transferId: string, staff: ReadonlyMap<string, string>, versions: readonly PersonalVersion[]): PersonalVersion[] {
  const byCommitment = new Map(versions.map((v) => [v.commitment, v]));
  return [...staff].map(([staffNumber, commitment]) => {
    const version = byCommitment.get(commitment);
    if (version === undefined || version.staffNumber !== staffNumber) throw alteredRecord(transferId, commitment);
    return version;
  });
}

/** The commitments of the versions whose stored record and salt no longer hash to them (altered outside the service). */
export function alteredVersions(versions: readonly PersonalVersion[]): string[] {
  return versions.filter((v) => commitmentOf(v.employee, v.salt) !== v.commitment).map((v) => v.commitment);
}

/**
 * The error for a stored record that does not match the commitment the ledger names (altered outside
 * the service): `PERSONAL_RECORD_ALTERED` (500), naming the transfer and the commitment, not the person.
 */
export function alteredRecord(transferId: string, commitment: string): AppError {
  return new AppError('PERSONAL_RECORD_ALTERED', `a stored staff record on transfer ${transferId} does not match its ledger commitment ${commitment}: the database was changed outside the service`, {
    transferId,
    commitment,
  });
}
