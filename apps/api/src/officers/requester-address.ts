import { createHash, randomBytes } from 'node:crypto';
import { canonicalJson, type Json } from '#domain';

/*
 * The address of a person asking to inspect or copy the register of members (s.116(4)(a)): personal
 * data, the secretary's only. It never goes into the ledger, which board members and auditors read:
 * it is kept in inspection_requester_personal with a random salt, and the `inspection.request-received.v2`
 * entry carries only SHA-256(canonical JSON of {salt, requestId, address}), as officers' protected
 * details are kept (personal-details.ts).
 */

/** The requester's address as stored: the address, its salt and the commitment the ledger carries. */
export interface RequesterAddressVersion {
  readonly requestId: string;
  readonly commitment: string;
  readonly salt: string;
  readonly address: string;
}

/** The address of request `requestId` with a fresh 16-byte salt. */
export function requesterAddressVersion(requestId: string, address: string): RequesterAddressVersion {
  const salt = randomBytes(16).toString('hex');
  return { requestId, salt, address, commitment: requesterAddressCommitment(requestId, address, salt) };
}

/** SHA-256 (hex) of the canonical JSON of `{salt, requestId, address}`. */
export function requesterAddressCommitment(requestId: string, address: string, salt: string): string {
  const content: Json = { salt, requestId, address };
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}
