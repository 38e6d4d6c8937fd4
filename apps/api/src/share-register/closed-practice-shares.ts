import { Inject, Injectable } from '@nestjs/common';
import { compareDates, pendingPracticeShares, practiceShareDuties, type CalendarDate, type Instant, type PracticeList, type PracticeShareRecord, type RegisterEntry } from '#domain';
import { useCaseEm } from '../common/use-case-em';
import { CompaniesService } from '../companies/companies.service';
import { MemberEntity } from '../database/entities';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { ShareLedgerCache } from '../ledger/share-ledger-cache';
import { PracticeRecords } from '../practices/practice-records';

/**
 * SH-5 on the register: which current entries of a page belong to a practice that has ceased and
 * still hold its share, with the consequence the articles give (transfer to the successor, buy-back
 * or surrender) and the day it is due, until the share leaves the entry. Reads only the practice list
 * and the page's members unless one of them is such a practice's, so a page of a company with no
 * ceased member practice costs one small fold.
 */
@Injectable()
export class ClosedPracticeShares {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly shares: ShareLedgerCache,
    private readonly companies: CompaniesService,
    private readonly practices: PracticeRecords,
  ) {}

  /** Member id → the open SH-5 duties for the shares it holds as at `asAt` (as known at `knownAt`), for the entries given. */
  async forEntries(companyId: string, entries: readonly RegisterEntry[], asAt: CalendarDate, knownAt: Instant | null): Promise<Map<string, PracticeShareRecord[]>> {
    const holding = entries.filter((e) => e.ceasedOn === null && e.shares.length > 0).map((e) => e.memberId);
    if (holding.length === 0) return new Map();
    const em = useCaseEm(this.orm);
    const list = await this.practices.list(em, companyId);
    const ceased: PracticeList = new Map([...list].filter(([, p]) => p.closure !== null && compareDates(p.closure.on, asAt) <= 0));
    if (ceased.size === 0) return new Map();
    const members = await em.find(MemberEntity, { companyId, id: { $in: holding } });
    if (!members.some((m) => (m.practiceId ? ceased.has(m.practiceId) : false))) return new Map();
    const company = await this.companies.get(companyId, em);
    const events = await this.shares.eventsKnownAt(em, companyId, knownAt);
    const pending = pendingPracticeShares(practiceShareDuties(company, ceased, events), asAt);
    return new Map([...pending].filter(([memberId]) => holding.includes(memberId)));
  }
}

/** The flag a register entry carries while an SH-5 duty on its share is open. */
export function practiceClosureFlag(duties: readonly PracticeShareRecord[] | undefined) {
  if (!duties || duties.length === 0) return {};
  return {
    practiceCeased: {
      practiceId: duties[0].practiceId,
      ceasedOn: duties[0].ceasedOn,
      duties: duties.map((d) => ({ reference: d.reference, shareNumber: d.shareNumber, action: d.action, dueOn: d.dueOn })),
    },
  };
}
