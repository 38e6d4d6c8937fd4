import { parentPort } from 'node:worker_threads';
import type { WorkerReply } from '../common/worker-thread';
import type { StaffListInput } from './staff-list-body.pipe';
import { readStaffList, type StaffListRead } from './staff-list-read';

/** The thread that reads staff lists for `StaffListReader`: one list per message, answered with one message. */
parentPort?.on('message', (input: StaffListInput) => {
  let reply: WorkerReply<StaffListRead>;
  try {
    reply = { ok: true, value: readStaffList(input) };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
