import { resolve } from 'node:path';
import { validateEnvironment, type Environment } from './environment';

/** The service's configuration, read once from the environment (see environment.ts for each variable). */
export interface Settings {
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  readonly databaseUrl: string | null;
  /** Where the embedded database and the generated secretary token live. */
  readonly dataDir: string;
  /** On the embedded database, the least free space on `dataDir`'s disk, in MB of 1,048,576 bytes, for readiness. */
  readonly dataDirMinFreeMb: number;
  readonly port: number;
  /** How long a request may take to arrive (headers and body), in seconds: then 408. */
  readonly requestTimeoutSeconds: number;
  /** The address to listen on. */
  readonly host: string;
  /** A secretary token to accept from the first start (its hash is stored, never the token). */
  readonly adminToken: string | null;
  /** The key that signs the web session cookie; null: a random key per process. */
  readonly sessionSecret?: string | null;
  /** Whether an empty database gets the Tower Hamlets company on first start (SEED=false turns it off). */
  readonly seed: boolean;
  /**
   * Whether that seed also records the alliance, contracts, networks and the 2016 TUPE transfer
   * (SEED_ALLIANCE=false turns it off). From the environment it is on; settings built in code (the
   * tests) get it only when they ask, so tests that count the seeded share ledger stay as they are.
   */
  readonly seedAlliance?: boolean;
  /**
   * Whether that seed also records the company's past filings (every duty due before today, done on
   * its due day), so a fresh install lists only what is genuinely due. As with the alliance: on from
   * the environment, and in settings built in code only when asked.
   */
  readonly seedFilings?: boolean;
  /** Failed authentications allowed per client address per minute before 429s (0: no limit). */
  readonly throttleAuthFailures: number;
  /** Writes allowed per token per minute (0: no limit). */
  readonly throttleWrites: number;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** How log lines are written: readable lines, or one JSON object a line. */
  readonly logFormat: 'pretty' | 'json';
  /** IN-6: inspection and copy fees; absent in settings built in code, which get the defaults. */
  readonly inspectionFees?: InspectionFees;
}

/** IN-6: the fees for inspecting the register of members and for copies of it. */
export interface InspectionFees {
  readonly perHourPence: number;
  readonly copyBands: readonly { readonly upTo: number; readonly pence: number; readonly perEntry: boolean }[];
}

/** The bands of `COPY_FEE_BANDS` (already checked against its pattern). */
export function copyFeeBands(text: string): InspectionFees['copyBands'] {
  return text.split(',').map((band) => {
    const [upTo, pence, each] = band.split(':');
    return { upTo: upTo === '*' ? Infinity : Number(upTo), pence: Number(pence), perEntry: each === 'each' };
  });
}

/** SI 2007/2612 as configured by default: £3.50 an hour; copies £1 an entry for the first 5, then £30 a band. */
export const DEFAULT_INSPECTION_FEES: InspectionFees = { perHourPence: 350, copyBands: copyFeeBands('5:100:each,100:3000,1000:3000,100000:3000,*:3000') };

export const SETTINGS = Symbol('Settings');

/** The settings a validated environment gives. */
export function settingsFromEnvironment(env: Environment): Settings {
  const databaseUrl = env.DATABASE_URL ?? null;
  return {
    databaseUrl,
    dataDir: resolve(env.DATA_DIR),
    dataDirMinFreeMb: env.DATA_DIR_MIN_FREE_MB,
    port: env.PORT,
    requestTimeoutSeconds: env.REQUEST_TIMEOUT_SECONDS,
    host: env.HOST ?? (databaseUrl ? '0.0.0.0' : '127.0.0.1'),
    adminToken: env.ADMIN_TOKEN ?? null,
    sessionSecret: env.SESSION_SECRET ?? null,
    seed: env.SEED,
    seedAlliance: env.SEED_ALLIANCE,
    seedFilings: env.SEED_FILINGS,
    throttleAuthFailures: env.THROTTLE_AUTH_FAILURES,
    throttleWrites: env.THROTTLE_WRITES,
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json'),
    inspectionFees: { perHourPence: env.INSPECTION_FEE_PER_HOUR_PENCE, copyBands: copyFeeBands(env.COPY_FEE_BANDS) },
  };
}

/** Validates the environment and gives the settings, for code that runs outside Nest. */
export function settingsFromEnv(env: Record<string, string | undefined> = process.env): Settings {
  return settingsFromEnvironment(validateEnvironment(env));
}
