import type { CalendarDate, ChainedLedgerRecord, Instant, Json, ShareEvent } from '#domain';

/** Ledger kinds of the share events. */
export const SHARE_KINDS = {
  allotment: 'share.allotment',
  transfer: 'share.transfer',
  cancellation: 'share.cancellation',
} as const;

export const SHARE_KIND_PREFIX = 'share.';

/** The hashed payload of a share event: everything but what the ledger entry itself carries. */
export function shareEventPayload(event: ShareEvent): Json {
  const { eventId: _eventId, effectiveOn: _effectiveOn, recordedAt: _recordedAt, ...payload } = event;
  return payload as unknown as Json;
}

/** The domain event a ledger entry records; its id is the entry's sequence number. */
export function shareEventFromRecord(record: ChainedLedgerRecord): ShareEvent {
  const payload = record.payload as Record<string, unknown>;
  return {
    ...payload,
    eventId: String(record.sequence),
    effectiveOn: record.effectiveOn as CalendarDate,
    recordedAt: record.recordedAt as Instant,
  } as ShareEvent;
}
