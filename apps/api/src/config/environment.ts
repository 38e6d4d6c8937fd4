import { z } from 'zod';

/**
 * Every environment variable the service reads, each described once here: the README's table is
 * generated from these descriptions (`npm run docs:config`, checked by environment.spec.ts). A wrong
 * value stops the service at start with a message naming the variable. An empty value counts as unset.
 */
/** `upTo:pence[:each]` bands, comma-separated, the last one `*:pence[:each]`. */
export const COPY_FEE_BANDS_PATTERN = /^(\d+:\d+(:each)?,)*\*:\d+(:each)?$/;

const variables = {
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// connection string' })
    .optional()
    .meta({ description: 'PostgreSQL connection string, e.g. `postgres://user@host:5432/db`. Unset: the embedded PGlite database. A database that does not exist, a user refused or a host not reached stops the start (exit 1) in one line naming `DATABASE_URL` and what is wrong, never the password.', secret: true }),
  DATA_DIR: z.string().default('./data').meta({
    description:
      'Where PGlite keeps its files (`DATA_DIR/pglite`) and where the generated secretary token is written; made readable by the service\'s user only (0700, the token file 0600) on every start. One process at a time on the embedded database: a second one on the same directory stops at once. Refused at start, in one line naming `DATA_DIR`, when it is under /proc or /sys or its nearest existing folder is not a directory or not writable.',
  }),
  DATA_DIR_MIN_FREE_MB: z.coerce
    .number({ error: 'must be a whole number of megabytes, 0 or more' })
    .int({ error: 'must be a whole number of megabytes, 0 or more' })
    .min(0, { error: 'must be a whole number of megabytes, 0 or more' })
    .default(100)
    .meta({
      description:
        'On the embedded database, the least free space (in MB of 1,048,576 bytes, as `df -m` counts) on the disk of `DATA_DIR` for the service to be ready: below it, or when a small file cannot be written there and removed (a disk full or read-only), `GET /health/ready` answers 503 naming `dataDirectory`, while `/health/live` stays 200. `0` checks only that the directory can be written.',
    }),
  PORT: z.coerce
    .number({ error: 'must be a whole number from 0 to 65535' })
    .int({ error: 'must be a whole number from 0 to 65535' })
    .min(0, { error: 'must be a whole number from 0 to 65535' })
    .max(65535, { error: 'must be a whole number from 0 to 65535' })
    .default(3000)
    .meta({ description: 'HTTP port (0: any free port, named in the log). A port in use stops the start in one line naming `PORT`, before anything is made in `DATA_DIR`. On SIGTERM or SIGINT the service finishes the requests in hand, logs `stopped` and exits 0 (Ctrl-C in the terminal reaches it; from another shell, signal the `node scripts/start.mjs` process — `pkill -f scripts/start.mjs` —, since npm does not pass a SIGTERM sent to it on).' }),
  REQUEST_TIMEOUT_SECONDS: z.coerce
    .number({ error: 'must be a whole number of seconds from 1 to 3600' })
    .int({ error: 'must be a whole number of seconds from 1 to 3600' })
    .min(1, { error: 'must be a whole number of seconds from 1 to 3600' })
    .max(3600, { error: 'must be a whole number of seconds from 1 to 3600' })
    .default(60)
    .meta({ description: 'How long a request may take to arrive, headers and body: one still arriving after this is answered 408 and its connection closed (checked every 30 s, so up to 30 s later).' }),
  HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:_-]+$/, { error: 'must be an IP address or a host name, e.g. 127.0.0.1 or 0.0.0.0' })
    .optional()
    .meta({
      description:
        'The address to listen on. Unset: `127.0.0.1` (this machine only) on the embedded database, `0.0.0.0` (every interface) with `DATABASE_URL`. Set `0.0.0.0` to serve other machines from PGlite.',
    }),
  ADMIN_TOKEN: z
    .string()
    .min(16, { error: 'must be at least 16 characters long' })
    .optional()
    .meta({
      description:
        'A secretary token (16+ characters) accepted from this start on; only its hash is stored. A new value revokes the token of the previous one. Unset: a secretary token is generated into `DATA_DIR/secretary-token` on a start that finds none usable.',
      secret: true,
    }),
  SESSION_SECRET: z
    .string()
    .min(32, { error: 'must be at least 32 characters long' })
    .optional()
    .meta({
      description:
        'The key that signs the web pages\' session cookie. Give every instance the same value when several serve one database (sessions are kept in the database). Unset: a random key per process, so a restart signs everyone out of the pages.',
      secret: true,
    }),
  SEED: z
    .stringbool({ error: 'must be true or false' })
    .default(true)
    .meta({ description: '`false` leaves an empty database empty instead of seeding Tower Hamlets.' }),
  SEED_ALLIANCE: z
    .stringbool({ error: 'must be true or false' })
    .default(true)
    .meta({ description: '`false` seeds only the company and its shares: no alliance, networks or 2016 TUPE transfer.' }),
  SEED_FILINGS: z
    .stringbool({ error: 'must be true or false' })
    .default(true)
    .meta({
      description:
        "`false` leaves out the seed's synthetic filing history (the founding shares' certificates, issued on the day of allotment, and every other duty due before the first start, filed on its due day, with the synthetic directors' identity verification and a placeholder registered email address, `company.secretary@example.org`, from 5 March 2024 for the confirmation statements that give one), so the calendar shows every past duty as overdue.",
    }),
  THROTTLE_AUTH_FAILURES: z.coerce
    .number({ error: 'must be a whole number, 0 or more' })
    .int({ error: 'must be a whole number, 0 or more' })
    .min(0, { error: 'must be a whole number, 0 or more' })
    .default(10)
    .meta({
      description:
        'Failed authentications (401) allowed from one client address in a minute; the next is a 429 and the address is refused (429) for a minute, even with a good token. `0` turns this off.',
    }),
  THROTTLE_WRITES: z.coerce
    .number({ error: 'must be a whole number, 0 or more' })
    .int({ error: 'must be a whole number, 0 or more' })
    .min(0, { error: 'must be a whole number, 0 or more' })
    .default(120)
    .meta({ description: 'Writes (POST, PUT, PATCH, DELETE) allowed per token in a minute; more are a 429 until the minute is out. `0` turns this off.' }),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' })
    .default('info')
    .meta({ description: 'The least severe log lines written: `info` has one line per request and the start; `debug` adds Nest\'s start-up details.' }),
  LOG_FORMAT: z
    .enum(['pretty', 'json'], { error: 'must be pretty or json' })
    .optional()
    .meta({ description: '`pretty` (coloured lines) or `json` (one object a line). Unset: pretty in a terminal, JSON otherwise.' }),
  INSPECTION_FEE_PER_HOUR_PENCE: z.coerce
    .number({ error: 'must be a whole number of pence, 0 or more' })
    .int({ error: 'must be a whole number of pence, 0 or more' })
    .min(0, { error: 'must be a whole number of pence, 0 or more' })
    .default(350)
    .meta({ description: 'IN-6: the fee, in pence, for each hour or part of an hour a non-member inspects the register of members (members inspect free, s.116(1)).' }),
  COPY_FEE_BANDS: z
    .string()
    .regex(COPY_FEE_BANDS_PATTERN, { error: 'must be comma-separated bands upTo:pence[:each], the last upTo *' })
    .default('5:100:each,100:3000,1000:3000,100000:3000,*:3000')
    .meta({
      description:
        'IN-6: the fee for a copy of the register of members, by bands of entries: `upTo:pence` charges `pence` once for any part of the band up to entry `upTo`, `:each` charges it per entry; the last band is `*` (no limit).',
    }),
};

export const environmentSchema = z.preprocess(withoutEmptyValues, z.object(variables));

export type Environment = z.output<typeof environmentSchema>;
export type EnvironmentVariable = keyof typeof variables;
export const ENVIRONMENT_VARIABLES = Object.keys(variables) as EnvironmentVariable[];

/**
 * The validated environment, or an error naming every wrong variable and what it must be (with the
 * value given, unless the variable may hold a secret).
 */
export function validateEnvironment(env: Record<string, unknown>): Environment {
  const result = environmentSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '');
    const given = env[name];
    const secret = (variables[name as EnvironmentVariable]?.meta() as { secret?: boolean } | undefined)?.secret;
    return `${issue.path.join('.')} ${issue.message}${secret || typeof given !== 'string' ? '' : ` (it is "${given.trim()}")`}`;
  });
  throw new Error(`Configuration refused: ${problems.join('; ')}`);
}

/** Empty or blank values are treated as unset, and values are trimmed. */
function withoutEmptyValues(env: unknown): unknown {
  if (typeof env !== 'object' || env === null) return env;
  const cleaned: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(env)) {
    if (typeof value !== 'string') cleaned[name] = value;
    else if (value.trim() !== '') cleaned[name] = value.trim();
  }
  return cleaned;
}

/** One line a variable, in the order declared: the README's configuration table. */
export function environmentTable(): string {
  const rows = Object.entries(variables).map(([name, schema]) => {
    const description = (schema.meta() as { description?: string } | undefined)?.description ?? '';
    const fallback = schema instanceof z.ZodDefault ? `\`${String(schema.def.defaultValue)}\`` : 'unset';
    return `| \`${name}\` | ${fallback} | ${description} |`;
  });
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}
