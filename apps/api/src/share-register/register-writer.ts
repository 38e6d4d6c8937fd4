import { Injectable } from '@nestjs/common';
import { membersOf, type Company, type ShareEvent } from '#domain';
import type { CompanyWrite } from '../ledger/ledger';
import { Ledger } from '../ledger/ledger';
import { shareCorrectionsFamily } from '../ledger/codecs/share-records.codec';
import { shareEventsInForce } from '../ledger/share-events-in-force';
import { foldProjection, projectionDelta } from './register-projection';
import { RegisterProjectionCheck } from './register-projection-check';
import { RegisterStore } from './register.store';

/**
 * Checks a share event against the register and brings the projection up to date, inside the
 * company's write. An event dated on or after every earlier one is checked against a register folded
 * from just the ledger entries about the shares and members it depends on (never against the
 * projection alone, which is checked against that fold first); a back-dated one re-folds the whole
 * ledger with it in place, so it cannot break any later entry, and the projection is rebuilt.
 */
@Injectable()
export class RegisterWriter {
  constructor(
    private readonly store: RegisterStore,
    private readonly ledger: Ledger,
    private readonly check: RegisterProjectionCheck,
  ) {}

  async accept(write: CompanyWrite, company: Company, event: ShareEvent, practiceId: string | null): Promise<void> {
    const { em, companyId } = write;
    // Once the register has been corrected, the entries about a share are no longer all in force: fold the whole ledger.
    const { latest, corrected } = await this.store.writeState(em, companyId, shareCorrectionsFamily.prefix);
    if (!corrected && (latest === null || event.effectiveOn >= latest)) {
      const before = await this.check.registerFor(em, company, event, membersOf(event), practiceId);
      const after = before.apply(event);
      const delta = projectionDelta(event, (id) => before.member(id), after);
      await this.store.applyDelta(em, companyId, write.nextSequence, event.effectiveOn, delta);
      return;
    }
    const events: ShareEvent[] = await shareEventsInForce(this.ledger, em, companyId);
    events.push(event);
    await this.store.replace(em, companyId, buildProjection(company, events));
  }
}

/** The projection rows of a whole ledger; throws the first rule an event breaks. */
export function buildProjection(company: Company, events: readonly ShareEvent[]) {
  return foldProjection(company, events).rows;
}
