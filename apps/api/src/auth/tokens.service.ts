import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { ApiTokenEntity } from '../database/entities';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { SETTINGS, type Settings } from '../config/settings';
import type { Caller, Role } from './roles';

import { TOKEN_FILE } from '../database/data-directory';

function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function newToken(): string {
  return `cic_${randomBytes(32).toString('base64url')}`;
}

/** Bearer tokens: stored as SHA-256 hashes, shown in clear exactly once, when made. */
@Injectable()
export class TokensService {
  private readonly logger = new Logger('Tokens');

  constructor(
    @Inject(ORM) private readonly orm: Orm,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  async authenticate(token: string): Promise<Caller | null> {
    const em = this.orm.em.fork();
    const row = await em.findOne(ApiTokenEntity, { tokenHash: hashToken(token) });
    return row ? { tokenId: row.id, name: row.name, role: row.role as Role } : null;
  }

  async create(name: string, role: Role, createdBy: string | null): Promise<{ id: string; name: string; role: Role; token: string; createdAt: string }> {
    const token = newToken();
    const em = this.orm.em.fork();
    const row = em.create(ApiTokenEntity, {
      id: randomUUID(),
      name,
      role,
      tokenHash: hashToken(token),
      createdAt: new Date(),
      createdBy,
    });
    await em.flush();
    return { id: row.id, name: row.name, role, token, createdAt: row.createdAt.toISOString() };
  }

  /**
   * On first start there must be a way in: ADMIN_TOKEN's hash is stored if given; otherwise, when no
   * token exists yet, one is made and written to a file only the service's user can read.
   */
  async ensureFirstSecretaryToken(): Promise<void> {
    const em = this.orm.em.fork();
    if (this.settings.adminToken) {
      const tokenHash = hashToken(this.settings.adminToken);
      if (!(await em.findOne(ApiTokenEntity, { tokenHash }))) {
        em.create(ApiTokenEntity, { id: randomUUID(), name: 'admin', role: 'secretary', tokenHash, createdAt: new Date(), createdBy: null });
        await em.flush();
        this.logger.log('the secretary token from ADMIN_TOKEN is accepted');
      }
      return;
    }
    if ((await em.count(ApiTokenEntity, {})) > 0) return;
    const { token } = await this.create('first secretary', 'secretary', null);
    mkdirSync(this.settings.dataDir, { recursive: true, mode: 0o700 });
    const file = join(this.settings.dataDir, TOKEN_FILE);
    writeFileSync(file, `${token}\n`, { mode: 0o600, flag: existsSync(file) ? 'w' : 'wx' });
    // The mode above applies only to a new file; one left from before may have been readable by others.
    chmodSync(file, 0o600);
    this.logger.log(`a secretary token was generated and written to ${file} (readable by this user only)`);
  }
}
