import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { SqlEntityManager } from '@mikro-orm/sql';
import { AppError } from '../common/app-error';
import { SETTINGS, type Settings } from '../config/settings';
import { TOKEN_FILE } from '../database/data-directory';
import { ORM } from '../database/database.module';
import { ApiTokenEntity } from '../database/entities';
import type { Orm } from '../database/orm';
import type { Caller, Role } from './roles';
import { MAX_TOKEN_DAYS } from './dto/create-token.dto';

/** Where a token came from: POST /api/tokens, the ADMIN_TOKEN setting, or generated on a start. */
export type TokenOrigin = 'api' | 'admin-token' | 'generated';

/** A token as listed: everything about it but the token and its hash. */
export interface TokenView {
  readonly tokenId: string;
  readonly name: string;
  readonly role: Role;
  readonly origin: TokenOrigin;
  readonly status: 'active' | 'expired' | 'revoked';
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
  /** To the minute: a token's use is written down at most once a minute. */
  readonly lastUsedAt: string | null;
}

export type Authentication = { readonly caller: Caller } | { readonly refused: string };

/** A new token, shown in clear in this answer only. `id` is kept for the clients that read it. */
export interface MadeToken {
  readonly id: string;
  readonly tokenId: string;
  readonly name: string;
  readonly role: Role;
  readonly token: string;
  readonly createdAt: string;
  readonly expiresAt: string | null;
}

/** How often a token's `lastUsedAt` is written: at most once a minute per token and process. */
const LAST_USED_RESOLUTION_MS = 60_000;
/** What is wrong with a new token's name (blank) or expiry (not after now, or over MAX_TOKEN_DAYS ahead), or null. */
function tokenProblem(name: string, expiresAt: Date | null): { field: string; problems: string[] } | null {
  if (name.trim() === '') return { field: 'name', problems: ['name must not be blank'] };
  if (expiresAt === null) return null;
  const ahead = expiresAt.getTime() - Date.now();
  if (ahead <= 0) return { field: 'expiresAt', problems: ['expiresAt must be in the future'] };
  if (ahead > MAX_TOKEN_DAYS * 86_400_000) return { field: 'expiresAt', problems: [`expiresAt must be within ${MAX_TOKEN_DAYS} days from now`] };
  return null;
}

/** The key of the PostgreSQL advisory lock that makes the first-token step one instance at a time. */
const FIRST_TOKEN_LOCK = 7_411_203_317;

/** The columns of a token that authenticate a request: whether it was revoked, and its expiry in milliseconds since the epoch. */
interface TokenRow {
  readonly id: string;
  readonly name: string;
  readonly role: string;
  readonly revoked: boolean;
  readonly expiresAtMs: number | null;
}

const TOKEN_COLUMNS = `id, name, role, revoked_at is not null as revoked, (extract(epoch from expires_at) * 1000)::float8 as "expiresAtMs"`;

function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function newToken(): string {
  return `cic_${randomBytes(32).toString('base64url')}`;
}

/** Bearer tokens: stored as SHA-256 hashes, shown in clear exactly once, when made; they may expire and be revoked. */
@Injectable()
export class TokensService {
  private readonly logger = new Logger('Tokens');
  private readonly lastUseWritten = new Map<string, number>();

  constructor(
    @Inject(ORM) private readonly orm: Orm,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  async authenticate(token: string): Promise<Authentication> {
    const em = this.orm.em.fork();
    // Every request's statement: read as plain columns, without the entity manager's query building and identity map.
    const [row] = await em.execute<TokenRow[]>(`select ${TOKEN_COLUMNS} from api_token where token_hash = ?`, [hashToken(token)]);
    if (!row) return { refused: 'the token is not recognised' };
    if (row.revoked) return { refused: 'the token has been revoked' };
    const now = new Date();
    if (row.expiresAtMs !== null && row.expiresAtMs <= now.getTime()) return { refused: `the token expired at ${new Date(row.expiresAtMs).toISOString()}` };
    if (now.getTime() - (this.lastUseWritten.get(row.id) ?? 0) >= LAST_USED_RESOLUTION_MS) {
      this.lastUseWritten.set(row.id, now.getTime());
      await em.nativeUpdate(ApiTokenEntity, { id: row.id }, { lastUsedAt: now });
    }
    return { caller: { tokenId: row.id, name: row.name, role: row.role as Role } };
  }

  /**
   * The caller of a token still usable (not revoked, not expired), by its id: a web session holds the
   * token's id, not the token, and is refused from the moment the token is revoked.
   */
  async usable(tokenId: string): Promise<Caller | null> {
    const [row] = await this.orm.em.fork().execute<TokenRow[]>(`select ${TOKEN_COLUMNS} from api_token where id = ?`, [tokenId]);
    if (!row || row.revoked || (row.expiresAtMs !== null && row.expiresAtMs <= Date.now())) return null;
    return { tokenId: row.id, name: row.name, role: row.role as Role };
  }

  async create(name: string, role: Role, createdBy: string | null, expiresAt: Date | null = null): Promise<MadeToken> {
    const problem = tokenProblem(name, expiresAt);
    if (problem !== null) throw new AppError('VALIDATION_FAILED', 'the request is not valid', [problem]);
    const token = newToken();
    const em = this.orm.em.fork();
    const row = em.create(ApiTokenEntity, {
      id: randomUUID(),
      name,
      role,
      tokenHash: hashToken(token),
      createdAt: new Date(),
      createdBy,
      expiresAt,
      revokedAt: null,
      lastUsedAt: null,
      origin: 'api',
    });
    await em.flush();
    return { id: row.id, tokenId: row.id, name, role, token, createdAt: row.createdAt.toISOString(), expiresAt: expiresAt?.toISOString() ?? null };
  }

  async list(): Promise<TokenView[]> {
    const rows = await this.orm.em.fork().find(ApiTokenEntity, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
    return rows.map(toView);
  }

  /** Revokes the token (again, harmlessly, if it already is); 404 for an unknown id. */
  async revoke(tokenId: string): Promise<TokenView> {
    const em = this.orm.em.fork();
    await em.nativeUpdate(ApiTokenEntity, { id: tokenId, revokedAt: null }, { revokedAt: new Date() });
    const row = await em.findOne(ApiTokenEntity, { id: tokenId });
    if (!row) throw AppError.notFound('token', { tokenId });
    this.lastUseWritten.delete(tokenId);
    return toView(row);
  }

  /**
   * On every start there must be a way in. ADMIN_TOKEN's hash is stored if given (and the token of a
   * previous ADMIN_TOKEN value revoked); without it, when no secretary token is usable (none yet, or
   * all revoked or expired), one is generated and written to a file only the service's user can
   * read. One instance at a time (an advisory lock on PostgreSQL), and the insert does nothing if the
   * hash is already there, so instances starting together neither fail nor log a clash.
   */
  async ensureFirstSecretaryToken(): Promise<void> {
    await this.orm.em.fork().transactional(async (em) => {
      await em.execute(`select pg_advisory_xact_lock(${FIRST_TOKEN_LOCK})`);
      if (this.settings.adminToken) await this.acceptAdminToken(em, this.settings.adminToken);
      else await this.generateIfLockedOut(em);
    });
  }

  private async acceptAdminToken(em: SqlEntityManager, adminToken: string): Promise<void> {
    const tokenHash = hashToken(adminToken);
    const revoked = await em.execute<{ id: string }[]>(
      `update api_token set revoked_at = now() where origin = 'admin-token' and token_hash <> ? and revoked_at is null returning id`,
      [tokenHash],
    );
    if (revoked.length > 0) this.logger.log('ADMIN_TOKEN has a new value: the token of its previous value is revoked');
    const inserted = await em.execute<{ id: string }[]>(
      `insert into api_token (id, name, role, token_hash, created_at, created_by, origin)
       values (?, 'admin', 'secretary', ?, now(), null, 'admin-token')
       on conflict (token_hash) do nothing returning id`,
      [randomUUID(), tokenHash],
    );
    if (inserted.length > 0) {
      this.logger.log('the secretary token from ADMIN_TOKEN is accepted');
      return;
    }
    const [existing] = await em.execute<{ revoked_at: Date | null }[]>(`select revoked_at from api_token where token_hash = ?`, [tokenHash]);
    if (existing?.revoked_at) this.logger.warn('the token from ADMIN_TOKEN was revoked and stays so: set a new ADMIN_TOKEN to get in');
  }

  private async generateIfLockedOut(em: SqlEntityManager): Promise<void> {
    const [{ usable }] = await em.execute<{ usable: number }[]>(
      `select count(*)::int as usable from api_token
       where role = 'secretary' and revoked_at is null and (expires_at is null or expires_at > now())`,
    );
    if (usable > 0) return;
    const token = newToken();
    await em.execute(
      `insert into api_token (id, name, role, token_hash, created_at, created_by, origin)
       values (?, 'first secretary', 'secretary', ?, now(), null, 'generated')`,
      [randomUUID(), hashToken(token)],
    );
    mkdirSync(this.settings.dataDir, { recursive: true, mode: 0o700 });
    const file = join(this.settings.dataDir, TOKEN_FILE);
    writeFileSync(file, `${token}\n`, { mode: 0o600, flag: existsSync(file) ? 'w' : 'wx' });
    // The mode above applies only to a new file; one left from before may have been readable by others.
    chmodSync(file, 0o600);
    this.logger.log(`a secretary token was generated and written to ${file} (readable by this user only)`);
  }
}

function toView(row: {
  id: string;
  name: string;
  role: string;
  origin: string;
  createdAt: Date;
  createdBy?: string | null;
  expiresAt?: Date | null;
  revokedAt?: Date | null;
  lastUsedAt?: Date | null;
}): TokenView {
  const status = row.revokedAt ? 'revoked' : row.expiresAt && row.expiresAt <= new Date() ? 'expired' : 'active';
  return {
    tokenId: row.id,
    name: row.name,
    role: row.role as Role,
    origin: row.origin as TokenOrigin,
    status,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}
