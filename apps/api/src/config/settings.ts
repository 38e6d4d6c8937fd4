import { resolve } from 'node:path';

/** The service's configuration, read once from the environment. */
export interface Settings {
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  readonly databaseUrl: string | null;
  /** Where the embedded database and the generated secretary token live. */
  readonly dataDir: string;
  readonly port: number;
  /** A secretary token to accept from the first start (its hash is stored, never the token). */
  readonly adminToken: string | null;
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
   * its due day), so a fresh install lists only what is genuinely due (SEED_FILINGS=false turns it
   * off). As with the alliance: on from the environment, and in settings built in code only when asked.
   */
  readonly seedFilings?: boolean;
}

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): Settings {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${env.PORT}"`);
  }
  const adminToken = env.ADMIN_TOKEN?.trim() || null;
  if (adminToken !== null && adminToken.length < 16) {
    throw new Error('ADMIN_TOKEN must be at least 16 characters long');
  }
  return {
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir: resolve(env.DATA_DIR?.trim() || './data'),
    port,
    adminToken,
    seed: !isOff(env.SEED),
    seedAlliance: !isOff(env.SEED_ALLIANCE),
    seedFilings: !isOff(env.SEED_FILINGS),
  };
}

function isOff(value: string | undefined): boolean {
  return ['false', '0', 'no'].includes((value ?? '').trim().toLowerCase());
}

export const SETTINGS = Symbol('Settings');
