import type { ChainedLedgerRecord } from '#domain';

export function ledgerEntryResponse(entry: ChainedLedgerRecord) {
  return {
    sequence: entry.sequence,
    kind: entry.kind,
    effectiveOn: entry.effectiveOn,
    recordedAt: entry.recordedAt,
    recordedBy: entry.recordedBy,
    payload: entry.payload,
    previousHash: entry.previousHash,
    hash: entry.hash,
  };
}
