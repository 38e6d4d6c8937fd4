import type { ChainedLedgerRecord, Json } from '#domain';
import { AppError } from '../../apps/api/src/common/app-error';

/** The ledger entry an event would be stored as (sequence 41, recorded at a fixed instant), for codec specs. */
export const stored = (entry: { kind: string; effectiveOn: string; payload: Json }): ChainedLedgerRecord =>
  ({ ...entry, sequence: 41, recordedAt: '2026-05-01T09:00:00.000Z', recordedBy: 'secretary', previousHash: 'a'.repeat(64), hash: 'b'.repeat(64), companyId: 'c' }) as ChainedLedgerRecord;

/** `ACCEPTED` when `decode` returns, else the code of the `AppError` it throws (a stored entry refused, say `LEDGER_ENTRY_UNREADABLE`). */
export const decodeCode = (decode: () => unknown): string => {
  try {
    decode();
    return 'ACCEPTED';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
};
