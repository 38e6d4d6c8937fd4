import { Inject, Injectable } from '@nestjs/common';
import { compareDates, particularsOn, practicesEligibleOn, practicesThatMayReceiveAShare, ShareRegister, type CalendarDate } from '#domain';
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

  /** The practices eligible to hold a share on `on` (RM-1), whether they hold one or not, by their names that day, in order of name: those a corrected entry may name (SR-4). */
  async eligibleOn(companyId: string, on: CalendarDate): Promise<ShareRecipient[]> {
    const list = await this.practices.list(useCaseEm(this.orm), companyId);
    return byName(practicesEligibleOn(list, on).map((p) => ({ practiceId: p.practiceId, name: particularsOn(p, on).name, odsCode: p.odsCode })));
  }

  /** Those that may receive a share on `on`, in order of name. */
  async practicesOn(companyId: string, on: CalendarDate): Promise<ShareRecipient[]> {
    const em = useCaseEm(this.orm);
    const company = await this.companies.get(companyId, em);
    const list = await this.practices.list(em, companyId);
    const events = (await this.shares.eventsInForce(em, companyId)).filter((e) => compareDates(e.effectiveOn, on) <= 0);
    const register = ShareRegister.fold(company, events, undefined, 'latest');
    return byName(practicesThatMayReceiveAShare(list, register, on).map((p) => ({ practiceId: p.practiceId, name: particularsOn(p, on).name, odsCode: p.odsCode })));
  }
}

/** In order of name, then ODS code. */
function byName(practices: ShareRecipient[]): ShareRecipient[] {
  return practices.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.odsCode < b.odsCode ? -1 : 1));
}
