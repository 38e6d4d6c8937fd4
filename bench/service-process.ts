/**
 * The real service as a child process (dist/apps/api/src/main.js), for the benchmarks that need it as
 * its own process: on a port of its own, its memory and CPU read from /proc, and downloads from it over
 * HTTP timed to the first and the last byte.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { get, request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

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
  /** Peak resident set (VmHWM) of the process so far, in MB. */
  peakRssMb(): number;
  /** CPU time (user and system) the process has used so far, in ms. */
  cpuMs(): number;
  stop(): Promise<void>;
}

/** VmHWM of a live process, in MB. */
export function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
  if (line === undefined) throw new Error(`no VmHWM for process ${pid}`);
  return Number(line.split(/\s+/)[1]) / 1024;
}

/** User and system CPU time of a live process, in ms (from /proc, in clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * The built service (`dist/apps/api/src/main.js`) as a child process with `env` added to this
 * process's environment and `nodeOptions` before the script (`--cpu-prof`, say), on a free local port;
 * resolves once `GET /health/ready` answers 200.
 */
export async function startService(root: string, env: Record<string, string>, deadlineMs = 120_000, nodeOptions: readonly string[] = []): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeOptions, join(root, 'dist/apps/api/src/main.js')], {
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
  const pid = child.pid!;
  return { port, base: `http://127.0.0.1:${port}`, pid, output: () => output, peakRssMb: () => peakRssMb(pid), cpuMs: () => cpuMs(pid), stop };
}

export interface Download {
  readonly status: number;
  /** From sending the request to the first byte of the body, and to the last. */
  readonly firstByteMs: number;
  readonly lastByteMs: number;
  readonly bytes: number;
  readonly sha256: string;
  /** The X-Content-SHA256 header the service sent. */
  readonly declaredSha256: string | null;
}

export interface DownloadOptions {
  readonly headers?: Record<string, string>;
  /** Called once the headers have arrived, before any of the body is read. */
  readonly onHeaders?: () => void;
  /** Awaited after each of the body's first `slowChunks` chunks before the next is read. */
  readonly slowly?: { readonly chunks: number; readonly pause: () => Promise<void> };
}

/** GETs `url`, hashing the body as it arrives; with `slowly`, reads the body's start a chunk at a time. */
export function download(url: string, options: DownloadOptions = {}): Promise<Download> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const request = get(url, { headers: options.headers }, (res) => {
      options.onHeaders?.();
      const hash = createHash('sha256');
      let bytes = 0;
      let chunks = 0;
      let firstByteMs = -1;
      res.on('data', (chunk: Buffer) => {
        if (firstByteMs < 0) firstByteMs = performance.now() - start;
        hash.update(chunk);
        bytes += chunk.length;
        chunks += 1;
        if (options.slowly && chunks <= options.slowly.chunks) {
          res.pause();
          options.slowly.pause().then(() => res.resume(), reject);
        }
      });
      res.once('error', reject);
      res.once('end', () => {
        const declared = res.headers['x-content-sha256'];
        resolve({
          status: res.statusCode ?? 0,
          firstByteMs,
          lastByteMs: performance.now() - start,
          bytes,
          sha256: hash.digest('hex'),
          declaredSha256: typeof declared === 'string' ? declared : null,
        });
      });
    });
    request.once('error', reject);
  });
}
