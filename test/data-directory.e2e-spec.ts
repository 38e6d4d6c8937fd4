import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The embedded database's data directory, with real processes of the built service
 * (`node dist/apps/api/src/main.js`, which `npm test` builds before the suites run): one process at a time,
 * private permissions, and a lock left by a killed process.
 */
const ROOT = join(__dirname, '..');
const MAIN = join(ROOT, 'dist/apps/api/src/main.js');
const CLI = join(ROOT, 'dist/apps/cli/src/main.js');
const mode = (path: string) => statSync(path).mode & 0o777;

interface Service {
  readonly child: ChildProcess;
  readonly output: () => string;
  /** The port, once the service says it is ready; or the exit code if it stops first. */
  readonly outcome: Promise<{ port: number } | { exitCode: number | null }>;
  readonly exited: Promise<void>;
}

function startService(dataDir: string, env: Record<string, string> = {}): Service {
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_FORMAT: 'json', LOG_LEVEL: 'info', DATABASE_URL: '', ADMIN_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const outcome = new Promise<{ port: number } | { exitCode: number | null }>((resolve) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /ready on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (ready) resolve({ port: Number(ready[1]) });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (exitCode) => resolve({ exitCode }));
  });
  return { child, output: () => output, outcome, exited };
}

async function portOf(service: Service): Promise<number> {
  const outcome = await service.outcome;
  if (!('port' in outcome)) throw new Error(`the service stopped (${outcome.exitCode}):\n${service.output()}`);
  return outcome.port;
}

describe('the PGlite data directory, with real processes', () => {
  let dataDir: string;
  const running: Service[] = [];
  beforeAll(() => {
    expect(existsSync(MAIN)).toBe(true);
    dataDir = join(mkdtempSync(join(tmpdir(), 'cic-two-processes-')), 'data');
  });
  afterAll(async () => {
    for (const service of running) service.child.kill('SIGKILL');
    await Promise.all(running.map((service) => service.exited));
    rmSync(join(dataDir, '..'), { recursive: true, force: true });
  });

  it('a second process on the same directory stops at once, saying so; the first goes on; a lock left by kill -9 is taken over once stale', async () => {
    // A data directory and token file left readable by everyone.
    mkdirSync(dataDir, { mode: 0o755 });
    writeFileSync(join(dataDir, 'secretary-token'), 'left from before\n', { mode: 0o644 });

    const first = startService(dataDir);
    running.push(first);
    const port = await portOf(first);
    expect([mode(dataDir), mode(join(dataDir, 'pglite')), mode(join(dataDir, 'secretary-token'))]).toEqual([0o700, 0o700, 0o600]);
    const token = readFileSync(join(dataDir, 'secretary-token'), 'utf8').trim();
    expect(token).toMatch(/^cic_/);
    // The empty directory started as a copy of the build's seeded template (npm install makes it): nothing was seeded now.
    expect(existsSync(join(ROOT, 'dist/pglite-template/seeded/PG_VERSION'))).toBe(true);
    expect(first.output()).not.toContain('seeded Tower Hamlets');

    const second = startService(dataDir);
    running.push(second);
    expect(await second.outcome).toEqual({ exitCode: 1 });
    expect(second.output()).toContain(`DATA_DIR ${dataDir} is in use by another process of this service`);
    expect(second.output()).not.toContain('ready on');

    // The command line on the same directory: the same one line, without Nest's stack, exit 1.
    const command = spawn(process.execPath, [CLI, 'tokens', 'list'], { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let said = '';
    command.stdout.on('data', (chunk: Buffer) => (said += chunk.toString()));
    command.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => command.once('exit', resolve));
    expect(code).toBe(1);
    expect(said.trim()).toMatch(new RegExp(`^DATA_DIR ${dataDir} is in use by another process of this service[^\\n]*$`));

    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);

    // kill -9 leaves the lock behind; once it is older than the stale time it is taken over.
    first.child.kill('SIGKILL');
    await first.exited;
    const lock = join(dataDir, 'pglite.lock');
    expect(existsSync(lock)).toBe(true);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, minuteAgo, minuteAgo);

    const third = startService(dataDir);
    running.push(third);
    const thirdPort = await portOf(third);
    const companies = await fetch(`http://127.0.0.1:${thirdPort}/api/companies`, { headers: { Authorization: `Bearer ${token}` } });
    expect(companies.status).toBe(200);
    expect(((await companies.json()) as unknown[]).length).toBe(1);

    third.child.kill('SIGTERM');
    await third.exited;
    expect(existsSync(lock)).toBe(false);
  }, 180_000);
});

describe('a DATA_DIR that cannot be made, with a real process', () => {
  it('/proc/self/nope: the service stops at once, exit 1, with one line naming DATA_DIR (no loop, no stack)', async () => {
    const started = Date.now();
    const service = startService('/proc/self/nope');
    const outcome = await Promise.race([service.outcome, new Promise((resolve) => setTimeout(() => resolve('still running'), 30_000))]);
    if (outcome === 'still running') service.child.kill('SIGKILL');
    expect(outcome).toEqual({ exitCode: 1 });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(service.output().trim().split('\n')).toEqual([expect.stringMatching(/^DATA_DIR \/proc\/self\/nope cannot be used: it is under \/proc/)]);
  }, 60_000);
});

describe('the port, and stopping, with a real process', () => {
  it('a PORT in use: one line naming PORT, exit 1, and nothing made in the new DATA_DIR', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', () => resolve()));
    const port = (holder.address() as AddressInfo).port;
    const dataDir = join(mkdtempSync(join(tmpdir(), 'cic-port-in-use-')), 'data');
    try {
      const service = startService(dataDir, { PORT: String(port) });
      expect(await service.outcome).toEqual({ exitCode: 1 });
      expect(service.output().trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^PORT ${port} on 127\\.0\\.0\\.1 cannot be used \\(EADDRINUSE\\)`))]);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      holder.close();
      rmSync(join(dataDir, '..'), { recursive: true, force: true });
    }
  }, 60_000);

  it('SIGTERM: the service logs "stopped" and exits 0', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'cic-stopped-')), 'data');
    try {
      const service = startService(dataDir);
      await portOf(service);
      service.child.kill('SIGTERM');
      await service.exited;
      expect(service.child.exitCode).toBe(0);
      expect(service.output()).toContain('"msg":"stopped"');
    } finally {
      rmSync(join(dataDir, '..'), { recursive: true, force: true });
    }
  }, 120_000);
});
