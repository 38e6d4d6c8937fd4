import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The status of `GET path` on a local port, or null when nothing answers within 2 s. */
export function healthStatus(port: number, path = '/health'): Promise<number | null> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? null);
    });
    req.on('error', () => resolve(null));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/** A port nothing listens on now, for a child process to listen on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export interface ServiceProcess {
  readonly port: number;
  readonly base: string;
  readonly pid: number;
  /** Everything the process has written to stdout and stderr. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * The built service (`dist/apps/api/src/main.js`) as a child process with `env` added to this
 * process's environment, on a free local port; resolves once `GET /health/ready` answers 200.
 */
export async function startService(root: string, env: Record<string, string>, deadlineMs = 120_000): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/src/main.js')], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const started = Date.now();
  const stop = async () => {
    child.kill('SIGTERM');
    await exited(child);
  };
  while ((await healthStatus(port, '/health/ready')) !== 200) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}:\n${output}`);
    if (Date.now() - started > deadlineMs) {
      await stop();
      throw new Error(`no 200 from /health/ready within ${deadlineMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { port, base: `http://127.0.0.1:${port}`, pid: child.pid!, output: () => output, stop };
}
