import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseUrl } from './support/postgres-admin';
import { postgresAvailable } from './support/databases';

/**
 * A database that stops the service at start is named in one line: DATABASE_URL and what in it is
 * wrong (the database, the user, the host and port), never its password, and no stack; exit 1.
 * Real processes of the built service (`node dist/apps/api/src/main.js`).
 */
const ROOT = join(__dirname, '..');
const MAIN = join(ROOT, 'dist/apps/api/src/main.js');

function start(url: string, logFormat: 'json' | 'pretty'): Promise<{ exitCode: number | null; output: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cic-startup-db-'));
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_FORMAT: logFormat, LOG_LEVEL: 'info', ADMIN_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) =>
    child.once('close', (exitCode) => {
      clearTimeout(killer);
      rmSync(dataDir, { recursive: true, force: true });
      resolve({ exitCode, output });
    }),
  );
}

describe('a database that stops the service at start, named in one line', () => {
  it('a refused port: "DATABASE_URL: cannot reach 127.0.0.1:1 (ECONNREFUSED)", exit 1, the password nowhere', async () => {
    const { exitCode, output } = await start('postgres://someone:s3cret-pw@127.0.0.1:1/registers', 'pretty');
    expect(exitCode).toBe(1);
    expect(output.trim().split('\n')).toEqual(['DATABASE_URL: cannot reach 127.0.0.1:1 (ECONNREFUSED)']);
    expect(output).not.toContain('s3cret-pw');
  }, 90_000);

  it('LOG_FORMAT=json: the same line as a JSON object', async () => {
    const { exitCode, output } = await start('postgres://someone:s3cret-pw@127.0.0.1:1/registers', 'json');
    expect(exitCode).toBe(1);
    const lines = output.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 60, msg: 'DATABASE_URL: cannot reach 127.0.0.1:1 (ECONNREFUSED)' });
  }, 90_000);

  (postgresAvailable() ? it : it.skip)('a database that does not exist on the server: named, exit 1 (PostgreSQL)', async () => {
    const url = new URL(databaseUrl('cic_no_such_database'));
    url.password = 's3cret-pw';
    const { exitCode, output } = await start(url.toString(), 'pretty');
    expect(exitCode).toBe(1);
    expect(output.trim().split('\n')).toEqual(['DATABASE_URL: database "cic_no_such_database" does not exist']);
    expect(output).not.toContain('s3cret-pw');
  }, 90_000);

  (postgresAvailable() ? it : it.skip)('a user the server does not know: authentication failed, naming the user (PostgreSQL)', async () => {
    const url = new URL(databaseUrl('postgres'));
    url.username = 'cic_no_such_user';
    url.password = 's3cret-pw';
    const { exitCode, output } = await start(url.toString(), 'pretty');
    expect(exitCode).toBe(1);
    expect(output.trim().split('\n')).toEqual(['DATABASE_URL: authentication failed for user "cic_no_such_user"']);
    expect(output).not.toContain('s3cret-pw');
  }, 90_000);
});
