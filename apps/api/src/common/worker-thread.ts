import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from './package-root';

/*
 * Work that would hold the event loop for a noticeable time (reading and checking a 5 MB staff list)
 * runs on a worker thread, so that every other request goes on meanwhile. Only plain data crosses
 * between the threads (structured clone).
 */

/**
 * Runs jobs on one worker thread, one job at a time, in the order they were asked for. The thread
 * is started on the first job, kept for the next (it does not keep the process alive when idle), and
 * started again if it dies; `close` stops it.
 *
 * The worker is the module `name` in `dir` (normally the caller's `__dirname`): `name.js` beside a
 * compiled module; when the service runs from its TypeScript sources (as under jest), `name.ts`,
 * loaded through SWC (`@swc/core`, a development dependency) with `#domain` and `#reports` mapped
 * to their sources as `package.json` `imports` does for types.
 *
 * The worker module answers each message with one message: `{ ok: true, value }`, or
 * `{ ok: false, error }` (a message) when the job threw.
 */
export class SerialWorker<In, Out> {
  private worker: Worker | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly name: string,
  ) {}

  /** Runs one job on the thread, after the jobs asked for before it. Rejects if the job threw or the thread died. */
  run(input: In): Promise<Out> {
    const job = this.queue.then(() => this.send(input));
    this.queue = job.catch(() => undefined);
    return job;
  }

  /** Stops the thread (a job still running is rejected). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private send(input: In): Promise<Out> {
    const worker = (this.worker ??= this.start());
    return new Promise<Out>((resolve, reject) => {
      const settle = (done: () => void) => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        worker.unref();
        done();
      };
      const dead = (error: Error) => settle(() => reject(error));
      const onMessage = (reply: WorkerReply<Out>) => settle(() => (reply.ok ? resolve(reply.value) : reject(new Error(`${this.name}: ${reply.error}`))));
      const onError = (error: Error) => dead(error);
      const onExit = (code: number) => dead(new Error(`${this.name}: the worker thread stopped (exit code ${code})`));
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.ref();
      worker.postMessage(input);
    });
  }

  private start(): Worker {
    const compiled = join(this.dir, `${this.name}.js`);
    const worker = existsSync(compiled)
      ? new Worker(compiled)
      : new Worker(FROM_SOURCES, { eval: true, workerData: { root: packageRoot(), file: join(this.dir, `${this.name}.ts`) } });
    worker.unref();
    // An error ends the thread (the job then running is rejected); the next job starts another.
    worker.on('error', () => undefined).on('exit', () => {
      if (this.worker === worker) this.worker = null;
    });
    return worker;
  }
}

/** What a worker module posts back for each job. */
export type WorkerReply<Out> = { readonly ok: true; readonly value: Out } | { readonly ok: false; readonly error: string };

/** Loads a TypeScript worker module and what it imports through SWC, as jest does (see jest.config.js). */
const FROM_SOURCES = `
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { workerData } = require('node:worker_threads');
const { root, file } = workerData;
const { transformSync } = Module.createRequire(join(root, 'package.json'))('@swc/core');
const aliases = { '#domain': join(root, 'libs/domain/src/index.ts'), '#reports': join(root, 'libs/reports/src/index.ts') };
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) { return resolve.call(this, aliases[request] ?? request, ...rest); };
const options = {
  swcrc: false,
  jsc: { target: 'es2023', parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true } },
  module: { type: 'commonjs' },
};
Module._extensions['.ts'] = (module, filename) => module._compile(transformSync(readFileSync(filename, 'utf8'), { ...options, filename }).code, filename);
require(file);
`;
