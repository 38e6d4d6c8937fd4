import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { environmentTable } from './environment';
import { DEFAULT_INSPECTION_FEES, settingsFromEnv } from './settings';

const refused = (env: Record<string, string>) => {
  try {
    settingsFromEnv(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
};

describe('settings from the environment', () => {
  it('an empty environment gives the defaults: PGlite in ./data, port 3000 on this machine only, seeded', () => {
    expect(settingsFromEnv({})).toEqual({
      databaseUrl: null,
      dataDir: resolve('./data'),
      dataDirMinFreeMb: 100,
      port: 3000,
      requestTimeoutSeconds: 60,
      host: '127.0.0.1',
      adminToken: null,
      sessionSecret: null,
      seed: true,
      seedAlliance: true,
      seedFilings: true,
      throttleAuthFailures: 10,
      throttleWrites: 120,
      logLevel: 'info',
      logFormat: process.stdout.isTTY ? 'pretty' : 'json',
      inspectionFees: DEFAULT_INSPECTION_FEES,
    });
  });

  it('IN-6: inspection and copy fees come from the environment, copy fees by bands of entries', () => {
    expect(settingsFromEnv({ INSPECTION_FEE_PER_HOUR_PENCE: '500', COPY_FEE_BANDS: '10:50:each,*:2000' }).inspectionFees).toEqual({
      perHourPence: 500,
      copyBands: [{ upTo: 10, pence: 50, perEntry: true }, { upTo: Infinity, pence: 2000, perEntry: false }],
    });
    expect(() => settingsFromEnv({ COPY_FEE_BANDS: '10:50' })).toThrow(/COPY_FEE_BANDS/);
  });

  it('logs in the format and from the level asked for', () => {
    expect(settingsFromEnv({ LOG_LEVEL: 'debug', LOG_FORMAT: 'pretty' })).toMatchObject({ logLevel: 'debug', logFormat: 'pretty' });
    expect(settingsFromEnv({ LOG_FORMAT: 'json' }).logFormat).toBe('json');
  });

  it('empty and blank values count as unset; values are trimmed', () => {
    expect(settingsFromEnv({ PORT: '', HOST: '  ', DATABASE_URL: '', ADMIN_TOKEN: ' ', SEED: '' })).toEqual(settingsFromEnv({}));
    expect(settingsFromEnv({ PORT: ' 8080 ', DATA_DIR: ' /srv/cic ' })).toMatchObject({ port: 8080, dataDir: '/srv/cic' });
  });

  it('listens on every interface by default with PostgreSQL, and wherever HOST says otherwise', () => {
    const url = 'postgres://cic@db.example:5432/cic';
    expect(settingsFromEnv({ DATABASE_URL: url })).toMatchObject({ databaseUrl: url, host: '0.0.0.0' });
    expect(settingsFromEnv({ DATABASE_URL: url, HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(settingsFromEnv({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(settingsFromEnv({ HOST: '::1' }).host).toBe('::1');
  });

  it.each([
    ['false', false],
    ['0', false],
    ['no', false],
    ['OFF', false],
    ['true', true],
    ['1', true],
    ['Yes', true],
  ])('SEED=%s is %p', (value, expected) => {
    expect(settingsFromEnv({ SEED: value, SEED_ALLIANCE: value })).toMatchObject({ seed: expected, seedAlliance: expected });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535 (it is "abc")'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535 (it is "70000")'],
    [{ PORT: '80.5' }, 'PORT must be a whole number'],
    [{ PORT: '-1' }, 'PORT must be a whole number'],
    [{ SEED: 'maybe' }, 'SEED must be true or false (it is "maybe")'],
    [{ SEED_ALLIANCE: 'sometimes' }, 'SEED_ALLIANCE must be true or false'],
    [{ HOST: 'my host' }, 'HOST must be an IP address or a host name'],
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN must be at least 16 characters long'],
    [{ DATABASE_URL: 'mysql://root@localhost/cic' }, 'DATABASE_URL must be a postgres:// or postgresql:// connection string'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (it is "loud")'],
    [{ THROTTLE_WRITES: '-5' }, 'THROTTLE_WRITES must be a whole number, 0 or more (it is "-5")'],
    [{ DATA_DIR_MIN_FREE_MB: '1.5' }, 'DATA_DIR_MIN_FREE_MB must be a whole number of megabytes, 0 or more (it is "1.5")'],
    [{ THROTTLE_AUTH_FAILURES: 'lots' }, 'THROTTLE_AUTH_FAILURES must be a whole number, 0 or more'],
    [{ REQUEST_TIMEOUT_SECONDS: '0' }, 'REQUEST_TIMEOUT_SECONDS must be a whole number of seconds from 1 to 3600'],
    [{ LOG_FORMAT: 'xml' }, 'LOG_FORMAT must be pretty or json (it is "xml")'],
  ])('refuses %p, naming the variable', (env, message) => {
    expect(refused(env)).toContain(message);
  });

  it('names every wrong variable at once, and never repeats a token or a connection string', () => {
    const message = refused({ PORT: 'x', ADMIN_TOKEN: 'secret-9c', DATABASE_URL: 'http://user:pa55word@host/db' });
    expect(message).toMatch(/^Configuration refused: /);
    for (const name of ['PORT', 'ADMIN_TOKEN', 'DATABASE_URL']) expect(message).toContain(name);
    expect(message).not.toContain('secret-9c');
    expect(message).not.toContain('pa55word');
  });

  it('the README documents every variable as the schema describes it (npm run docs:config)', () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    expect(readme).toContain(environmentTable());
  });
});
