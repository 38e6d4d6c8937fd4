import { Injectable } from '@nestjs/common';
import { addPracticeEvent, foldPractices, practiceList, type PracticeEvent, type PracticeList } from '#domain';
import { CompaniesService } from '../companies/companies.service';
import type { Em } from '../database/orm';
import { practicesFamily } from '../ledger/codecs/practices.codec';
import { Ledger } from '../ledger/ledger';

/**
 * The borough's list of practices as the company's records hold it: the practices the company was
 * entered with (the `practice` table), then every admission, change and closure in the ledger,
 * folded through the domain. A practice admitted later also has a row (so that holders and networks
 * can name it), which the fold takes from its admission instead.
 */
@Injectable()
export class PracticeRecords {
  constructor(
    private readonly ledger: Ledger,
    private readonly companies: CompaniesService,
  ) {}

  async list(em: Em, companyId: string): Promise<PracticeList> {
    const { start, events } = await this.history(em, companyId);
    return foldPractices(start, events);
  }

  /**
   * The list with `event` added, checked against the whole history (`addPracticeEvent`): what a write
   * of the practice list records only once this returns.
   * @throws DomainError as `addPracticeEvent` (PRACTICE_CLOSED, EVENT_PREDATES_DEPENDENCY, …).
   */
  async listWith(em: Em, companyId: string, event: PracticeEvent): Promise<PracticeList> {
    const { start, events } = await this.history(em, companyId);
    return addPracticeEvent(start, events, event);
  }

  /** The list the company was entered with and every practice event since, for a write that reads the list before adding to it. */
  async history(em: Em, companyId: string): Promise<{ start: PracticeList; events: PracticeEvent[] }> {
    const events: PracticeEvent[] = [];
    for await (const event of this.ledger.events(em, companyId, practicesFamily)) events.push(event);
    const admitted = new Set(events.flatMap((e) => (e.type === 'practice-admitted' ? [e.practiceId] : [])));
    const entered = (await this.companies.practices(companyId, em)).filter((p) => !admitted.has(p.id));
    return { start: practiceList(entered), events };
  }
}
