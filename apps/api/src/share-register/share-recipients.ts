import { Inject, Injectable } from '@nestjs/common';
import { compareDates, particularsOn, practicesThatMayReceiveAShare, ShareRegister, type CalendarDate } from '#domain';
import { useCaseEm } from '../common/use-case-em';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { ShareLedgerCache } from '../ledger/share-ledger-cache';
import { PracticeRecords } from '../practices/practice-records';

/** A practice a share may go to, by its name and ODS code that day. */
export interface ShareRecipient {
  readonly practiceId: string;
  readonly name: string;
  readonly odsCode: string;
}

/**
 * SH-5: the practices that may receive a share on a day (an allotment, a transfer lodged or
 * registered), as the domain judges it (`practicesThatMayReceiveAShare`): the list of practices and
 * the register of members folded to that day from the share events in force.
 */
@Injectable()
export class ShareRecipients {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly shares: ShareLedgerCache,
    private readonly companies: CompaniesService,
    private readonly practices: PracticeRecords,
  ) {}

  /** Those that may receive a share on `on`, in order of name. */
  async practicesOn(companyId: string, on: CalendarDate): Promise<ShareRecipient[]> {
    const em = useCaseEm(this.orm);
    const company = await this.companies.get(companyId, em);
    const list = await this.practices.list(em, companyId);
    const events = (await this.shares.eventsInForce(em, companyId)).filter((e) => compareDates(e.effectiveOn, on) <= 0);
    const register = ShareRegister.fold(company, events, undefined, 'latest');
    return practicesThatMayReceiveAShare(list, register, on)
      .map((p) => ({ practiceId: p.practiceId, name: particularsOn(p, on).name, odsCode: p.odsCode }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.odsCode < b.odsCode ? -1 : 1));
  }
}
