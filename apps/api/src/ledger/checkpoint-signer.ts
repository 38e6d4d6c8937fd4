import { generateKeyPairSync, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { instant } from '#domain';
import { SETTINGS, type Settings } from '../config/settings';
import { checkpointMessage, keyIdOf, publishedKey, type Checkpoint } from './checkpoint';

/** The private key's file in the data directory: PKCS#8 PEM, readable by the service's user only. */
export const SIGNING_KEY_FILE = 'ledger-signing-key.pem';

/**
 * Signs checkpoints of chain heads with an Ed25519 key kept outside the database, in the data
 * directory (created on first start, mode 0600). Instances sharing a database must share the key file.
 */
@Injectable()
export class CheckpointSigner implements OnModuleInit {
  private readonly logger = new Logger('Checkpoints');
  private privateKey: KeyObject | null = null;
  private published = '';

  constructor(@Inject(SETTINGS) private readonly settings: Settings) {}

  onModuleInit(): void {
    const file = join(this.settings.dataDir, SIGNING_KEY_FILE);
    mkdirSync(this.settings.dataDir, { recursive: true });
    let pem: string;
    try {
      pem = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
      try {
        writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
        this.logger.log(`created the ledger signing key in ${file}`);
      } catch (raced) {
        // Another instance sharing the directory created it first: use that one.
        if ((raced as NodeJS.ErrnoException).code !== 'EEXIST') throw raced;
        pem = readFileSync(file, 'utf8');
      }
    }
    this.privateKey = createPrivateKey(pem);
    this.published = publishedKey(createPublicKey(this.privateKey));
  }

  /** The public key auditors check checkpoints with: raw Ed25519 bytes, base64url. */
  get publicKey(): string {
    return this.published;
  }

  get keyId(): string {
    return keyIdOf(this.published);
  }

  sign(head: { companyId: string; sequence: number; hash: string }): Checkpoint {
    if (this.privateKey === null) throw new Error('the signing key is not loaded');
    const unsigned = { companyId: head.companyId, sequence: head.sequence, hash: head.hash, signedAt: instant(new Date()) as string };
    return { ...unsigned, signature: sign(null, checkpointMessage(unsigned), this.privateKey).toString('base64url') };
  }
}
