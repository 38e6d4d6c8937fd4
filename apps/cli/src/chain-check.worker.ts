import { parentPort } from 'node:worker_threads';
import type { WorkerReply } from '../../api/src/common/worker-thread';
import { checkChainOfFile, type ChainCheckResult, type ChainJob } from './chain-check';

/** The thread that checks the hash chain of an export file while the main thread folds its share entries (see verifyExportFile). */
parentPort?.on('message', (job: ChainJob) => {
  void checkChainOfFile(job).then(
    (value) => parentPort?.postMessage({ ok: true, value } satisfies WorkerReply<ChainCheckResult>),
    (error: unknown) => parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply<ChainCheckResult>),
  );
});
