import { InvalidArgumentError, type Command } from 'commander';
import type { Role } from '../../../api/src/auth/roles';
import { withService } from '../service-context';
import type { Output } from '../output';

/** The roles a token may have (as auth/roles.ts, which loads Nest). */
const ROLES: readonly Role[] = ['secretary', 'board', 'auditor'];

/** Who the command line records as having issued a token. */
const ISSUER = 'command line';

function role(value: string): Role {
  if (!(ROLES as readonly string[]).includes(value)) throw new InvalidArgumentError(`must be one of ${ROLES.join(', ')}`);
  return value as Role;
}

function days(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 3650) throw new InvalidArgumentError('must be a whole number of days, 1 to 3650');
  return n;
}

/** `tokens issue|list|revoke`: the API's bearer tokens, as `POST/GET/DELETE /api/tokens` manage them. */
export function tokensCommand(program: Command, out: Output): void {
  const tokens = program.command('tokens').description('issue, list and revoke API tokens');
  tokens
    .command('issue')
    .description('issue a token; it is printed once, only its hash is kept')
    .requiredOption('--name <name>', 'who or what the token is for')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`, role)
    .option('--expires-in-days <days>', 'days until it expires (1–3650); default never', days)
    .action(async (options: { name: string; role: Role; expiresInDays?: number }) => {
      const { TokensService } = await import('../../../api/src/auth/tokens.service.js');
      const made = await withService((app) => {
        const expiresAt = options.expiresInDays === undefined ? null : new Date(Date.now() + options.expiresInDays * 86_400_000);
        return app.get(TokensService).create(options.name, options.role, ISSUER, expiresAt);
      });
      out.json({ tokenId: made.tokenId, name: made.name, role: made.role, token: made.token, createdAt: made.createdAt, expiresAt: made.expiresAt });
    });
  tokens
    .command('list')
    .description('every token: id, name, role, status, created, expires, last used (never a token or its hash)')
    .action(async () => {
      const { TokensService } = await import('../../../api/src/auth/tokens.service.js');
      const list = await withService((app) => app.get(TokensService).list());
      out.table(list.map((t) => ({ tokenId: t.tokenId, name: t.name, role: t.role, status: t.status, createdAt: t.createdAt, expiresAt: t.expiresAt ?? '', lastUsedAt: t.lastUsedAt ?? '' })));
    });
  tokens
    .command('revoke')
    .description('revoke a token: it is refused from then on')
    .argument('<tokenId>', 'the token id from `tokens list`')
    .action(async (tokenId: string) => {
      const { TokensService } = await import('../../../api/src/auth/tokens.service.js');
      const revoked = await withService((app) => app.get(TokensService).revoke(tokenId));
      out.line(`revoked ${revoked.tokenId} (${revoked.name}, ${revoked.role})`);
    });
}
