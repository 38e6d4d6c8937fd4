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
 * The employees the ledger lists (staff number → commitment), each read from the version whose
 * commitment it names. A stored record that no longer matches its commitment was altered outside the
 * service: that is refused loudly rather than shown.
 */
export function employeesByCommitment(
  transferId: string,
  staff: ReadonlyMap<string, string>,
  versions: readonly PersonalVersion[],
): TransferringEmployee[] {
  const byCommitment = new Map(versions.map((v) => [v.commitment, v]));
  return [...staff].map(([staffNumber, commitment]) => {
    const version = byCommitment.get(commitment);
    if (version === undefined || version.staffNumber !== staffNumber || commitmentOf(version.employee, version.salt) !== commitment) {
      throw new Error(`the stored record of ${staffNumber} on transfer ${transferId} does not match its ledger commitment ${commitment}`);
    }
    return version.employee;
  });
}
