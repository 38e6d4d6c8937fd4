/**
 * The real service as a child process (dist/apps/api/src/main.js), so that its memory is its own and
 * can be read from /proc, and downloads from it over HTTP timed to the first and the last byte.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface ServiceProcess {
  readonly pid: number;
  readonly base: string;
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
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Starts the service on a free port of 127.0.0.1 and resolves once it logs that it is ready. */
export function startService(env: Record<string, string>, nodeOptions: readonly string[] = []): Promise<ServiceProcess> {
  const main = join(__dirname, '..', 'apps', 'api', 'src', 'main.js');
  const child: ChildProcess = spawn(process.execPath, [...nodeOptions, main], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_FORMAT: 'json', LOG_LEVEL: 'info', SEED: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const ready = /ready on (http:\/\/[0-9.]+:\d+)/.exec(output);
      if (ready === null) return;
      child.stdout!.off('data', onData);
      child.stdout!.resume();
      resolve({
        pid: child.pid!,
        base: ready[1],
        peakRssMb: () => peakRssMb(child.pid!),
        cpuMs: () => cpuMs(child.pid!),
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`the service exited (${code}) before it was ready:\n${output.slice(-2000)}`)));
  });
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
