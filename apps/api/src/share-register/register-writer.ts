import { Injectable } from '@nestjs/common';
import { membersOf, ShareRegister, type Company, type ShareEvent } from '#domain';
import type { CompanyWrite } from '../ledger/ledger';
import { Ledger } from '../ledger/ledger';
import { shareRegisterFamily } from '../ledger/codecs/share-register.codec';
import { ProjectionBuilder, projectionDelta } from './register-projection';
import { RegisterStore } from './register.store';

/**
 * Checks a share event against the register and brings the projection up to date, inside the
 * company's write. An event dated on or after every earlier one is checked against just the shares
 * and members it names; a back-dated one re-folds the whole ledger with it in place, so it cannot
 * break any later entry, and the projection is rebuilt.
 */
@Injectable()
export class RegisterWriter {
  constructor(
    private readonly store: RegisterStore,
    private readonly ledger: Ledger,
  ) {}

  async accept(write: CompanyWrite, company: Company, event: ShareEvent, practiceId: string | null): Promise<void> {
    const { em, companyId } = write;
    const latest = await this.store.latestEffectiveOn(em, companyId);
    if (latest === null || event.effectiveOn >= latest) {
      const memberIds = new Set(membersOf(event));
      if (practiceId !== null) {
        const practiceMember = await this.store.currentMemberOfPractice(em, companyId, practiceId);
        if (practiceMember !== null) memberIds.add(practiceMember);
      }
      const before = ShareRegister.fromSnapshot(
        company,
        await this.store.snapshot(em, companyId, [event.shareNumber], [...memberIds]),
      );
      const after = before.apply(event);
      const delta = projectionDelta(event, (id) => before.member(id), after);
      await this.store.applyDelta(em, companyId, write.nextSequence, event.effectiveOn, delta);
      return;
    }
    const events: ShareEvent[] = [];
    for await (const e of this.ledger.events(em, companyId, shareRegisterFamily)) events.push(e);
    events.push(event);
    await this.store.replace(em, companyId, buildProjection(company, events));
  }
}

/** The projection rows of a whole ledger; throws the first rule an event breaks. */
export function buildProjection(company: Company, events: readonly ShareEvent[]) {
  const builder = new ProjectionBuilder();
  ShareRegister.fold(company, events, (event, memberBefore, after) =>
    builder.apply(event, projectionDelta(event, memberBefore, after)),
  );
  return { holdings: builder.holdings, entries: builder.entries, totals: builder.totalRows() };
}
