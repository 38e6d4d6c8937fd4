import { createHash, createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto';
import { canonicalJson } from '#domain';

/**
 * A signed statement that a company's chain had this head at this time. The private key lives outside
 * the database, so whoever can rewrite the database cannot issue one: an auditor who kept a checkpoint
 * can later prove that the entry it names is still there with the same hash (nothing after it was
 * removed, nothing before it rewritten), online (`GET …/ledger/verify?knownSequence=&knownHash=`) or
 * offline (`npm run verify-ledger -- export.json --known-sequence … --known-hash … --public-key …`).
 */
export interface Checkpoint {
  readonly companyId: string;
  readonly sequence: number;
  readonly hash: string;
  readonly signedAt: string;
  /** Ed25519 over {@link checkpointMessage}, base64url. */
  readonly signature: string;
}

/** The bytes signed: the checkpoint's fields as canonical JSON, with what they are and its version. */
export function checkpointMessage(c: Omit<Checkpoint, 'signature'>): Buffer {
  return Buffer.from(
    canonicalJson({ type: 'cic-ledger-checkpoint', version: 1, companyId: c.companyId, sequence: c.sequence, hash: c.hash, signedAt: c.signedAt }),
    'utf8',
  );
}

/** An Ed25519 public key from its published form: the raw 32 bytes in base64url. */
export function publicKeyFrom(published: string): KeyObject {
  if (!/^[A-Za-z0-9_-]{43}$/.test(published)) throw new Error('a public key is 32 bytes in base64url (43 characters)');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: published }, format: 'jwk' });
}

/** Why `published` is not a public key `publicKeyFrom` reads, or null when it is one: for a command's argument. */
export function publicKeyProblem(published: string): string | null {
  try {
    publicKeyFrom(published);
    return null;
  } catch {
    return 'not an Ed25519 public key: give the 43 base64url characters GET …/ledger/checkpoint publishes as publicKey';
  }
}

/** The published form of a public key. */
export function publishedKey(key: KeyObject): string {
  return key.export({ format: 'jwk' }).x as string;
}

/** A short name for a key, to tell keys apart at a glance: the first 16 hex digits of SHA-256 of its raw bytes. */
export function keyIdOf(published: string): string {
  return createHash('sha256').update(Buffer.from(published, 'base64url')).digest('hex').slice(0, 16);
}

/** Whether `checkpoint` was signed by the key published as `publicKey`. */
export function checkpointSignedBy(checkpoint: Checkpoint, publicKey: string): boolean {
  try {
    return verifySignature(null, checkpointMessage(checkpoint), publicKeyFrom(publicKey), Buffer.from(checkpoint.signature, 'base64url'));
  } catch {
    return false;
  }
}
