import { parentPort } from 'node:worker_threads';
import type { WorkerReply } from '../common/worker-thread';
import { runStaffListJob, type StaffListJob, type StaffListJobResult } from './staff-list-read';

/** The thread that reads staff lists and checks stored records for `StaffListReader`: one job per message, answered with one message. */
parentPort?.on('message', (job: StaffListJob) => {
  let reply: WorkerReply<StaffListJobResult>;
  try {
    reply = { ok: true, value: runStaffListJob(job) };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
