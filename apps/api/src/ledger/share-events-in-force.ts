import { correctedShareEvents, type Instant, type ShareCorrection, type ShareEvent } from '#domain';
import type { Em } from '../database/orm';
import { shareRegisterFamily } from './codecs/share-register.codec';
import { shareCorrectionsFamily } from './codecs/share-records.codec';
import type { Ledger } from './ledger';

/** The correcting entries of the register (RM-4, SR-4), in recorded order, optionally only those recorded by `knownAt`. */
export async function shareCorrections(ledger: Ledger, em: Em, companyId: string, knownAt?: Instant): Promise<ShareCorrection[]> {
  const corrections: ShareCorrection[] = [];
  for await (const c of ledger.events(em, companyId, shareCorrectionsFamily, knownAt)) corrections.push(c);
  return corrections;
}

/**
 * The share events the register is folded from: the share entries with the corrections applied
 * (`correctedShareEvents`), as known at `knownAt` when given. Every fold of the register reads these.
 */
export async function shareEventsInForce(ledger: Ledger, em: Em, companyId: string, knownAt?: Instant): Promise<ShareEvent[]> {
  const events: ShareEvent[] = [];
  for await (const e of ledger.events(em, companyId, shareRegisterFamily, knownAt)) events.push(e);
  return correctedShareEvents(events, await shareCorrections(ledger, em, companyId, knownAt));
}
