import { Inject, Injectable } from '@nestjs/common';
import { inEffectiveOrder, type CalendarDate } from '#domain';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { ShareLedgerCache } from '../ledger/share-ledger-cache';
import { inWords } from './view-filters';

/** One change to a share a member held or received, as a member's page lists it. */
export interface ShareHistoryLine {
  readonly effectiveOn: CalendarDate;
  readonly what: 'allotted to' | 'transferred to' | 'transferred from' | 'cancelled';
  readonly detail: string;
  readonly authorisedBy: string | null;
}

export interface MemberHistory {
  readonly memberId: string;
  readonly name: string;
  readonly address: string;
  /** RM-2 (s.113(5)): the other joint holders after the first-named `name`, as at the day asked; `[]` for a sole holder. */
  readonly jointHolders: readonly string[];
  /** Share number → its changes that concern this member, oldest first. */
  readonly shares: ReadonlyMap<number, ShareHistoryLine[]>;
}

/**
 * A member's share history, from the share register's own ledger entries as corrected (decoded by its codec), up
 * to the end of `asAt`. The register shows where each share is; this shows how it got there.
 */
@Injectable()
export class MemberHistoryReader {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly shares: ShareLedgerCache,
  ) {}

  async read(companyId: string, memberId: string, asAt: CalendarDate): Promise<MemberHistory | null> {
    let name: string | null = null;
    let address = '';
    let jointHolders: readonly string[] = [];
    const shares = new Map<number, ShareHistoryLine[]>();
    const add = (n: number, line: ShareHistoryLine) => shares.set(n, [...(shares.get(n) ?? []), line]);
    // Every member's name as it stands, so a transfer names the member it came from.
    const names = new Map<string, string>();
    // RM-4, SR-4: the entries in force, a corrected one replaced by its correction; in effective order
    // (recorded order within a day), so the name and address are the ones in force at the end of `asAt`.
    for (const event of inEffectiveOrder(await this.shares.eventsInForce(this.orm.em.fork(), companyId))) {
      if (event.effectiveOn > asAt) break;
      const authorisedBy = event.authorisedBy ?? null;
      if (event.type === 'allotment') names.set(event.holder.memberId, event.holder.name);
      if (event.type === 'transfer') names.set(event.to.memberId, event.to.name);
      if (event.type === 'particulars-change') names.set(event.memberId, event.name);
      if (event.type === 'allotment' && event.holder.memberId === memberId) {
        ({ name, address } = event.holder);
        jointHolders = event.holder.jointHolders ?? [];
        add(event.shareNumber, { effectiveOn: event.effectiveOn, what: 'allotted to', detail: event.subscriber ? 'subscriber on incorporation' : '', authorisedBy });
      } else if (event.type === 'transfer' && event.to.memberId === memberId) {
        ({ name, address } = event.to);
        jointHolders = event.to.jointHolders ?? [];
        add(event.shareNumber, { effectiveOn: event.effectiveOn, what: 'transferred to', detail: `from ${names.get(event.fromMemberId) ?? 'a former member'}, lodged ${inWords(event.lodgedOn)}`, authorisedBy });
      } else if (event.type === 'transfer' && event.fromMemberId === memberId) {
        add(event.shareNumber, { effectiveOn: event.effectiveOn, what: 'transferred from', detail: `to ${event.to.name}, lodged ${inWords(event.lodgedOn)}`, authorisedBy });
      } else if (event.type === 'cancellation' && event.memberId === memberId) {
        add(event.shareNumber, { effectiveOn: event.effectiveOn, what: 'cancelled', detail: event.reason + (event.note ? `: ${event.note}` : ''), authorisedBy });
      } else if (event.type === 'particulars-change' && event.memberId === memberId) {
        ({ name, address } = event);
        jointHolders = event.jointHolders ?? [];
      }
    }
    return name === null ? null : { memberId, name, address, jointHolders, shares };
  }
}
