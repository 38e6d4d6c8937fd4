import { Injectable } from '@nestjs/common';
import { checkEnteredBy, checkNotDatedAfterRecording, DomainError, type CalendarDate, type ChainedLedgerRecord, type Company, type ParticularsChange } from '#domain';
import type { Caller } from '../auth/roles';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { MemberEntity } from '../database/entities';
import type { Em } from '../database/orm';
import { shareRegisterFamily } from '../ledger/codecs/share-register.codec';
import { Ledger, type CompanyWrite } from '../ledger/ledger';
import { ShareLedgerCache } from '../ledger/share-ledger-cache';
import { RegisterWriter } from './register-writer';

/** New particulars for a member's entry: each field not given stays as it is. */
export interface NewParticulars {
  readonly effectiveOn: CalendarDate;
  readonly name?: string;
  readonly address?: string;
  readonly jointHolders?: readonly string[];
}

/**
 * Changes of a member's name, address or joint holders (RM-3): a dated `share.particulars-change`
 * entry, checked against the register (the member holds a share that day — one dated before the
 * member was entered is `MEMBER_NOT_CURRENT` naming the day they were — nothing earlier changes),
 * with the projection brought up to date. No share moves, so no resolution, certificate or transfer
 * duty follows.
 */
@Injectable()
export class ParticularsService {
  constructor(
    private readonly ledger: Ledger,
    private readonly companies: CompaniesService,
    private readonly writer: RegisterWriter,
    private readonly shareLedger: ShareLedgerCache,
  ) {}

  change(companyId: string, memberId: string, particulars: NewParticulars, caller: Caller): Promise<ChainedLedgerRecord> {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      const company = await this.companies.get(companyId, write.em);
      const member = await write.em.findOne(MemberEntity, { id: memberId, companyId });
      if (!member) throw AppError.notFound('member', { memberId });
      return this.record(write, company, memberId, particulars);
    });
  }

  /** Inside a company write: appends the change for the member (used for a practice's change too). */
  async record(write: CompanyWrite, company: Company, memberId: string, particulars: NewParticulars): Promise<ChainedLedgerRecord> {
    const member = await write.em.findOneOrFail(MemberEntity, { id: memberId, companyId: company.id });
    const jointHolders = particulars.jointHolders ?? member.jointHolders ?? [];
    const event: ParticularsChange = {
      type: 'particulars-change',
      eventId: String(write.nextSequence),
      effectiveOn: particulars.effectiveOn,
      recordedAt: write.recordedAt,
      memberId,
      name: particulars.name ?? member.name,
      address: particulars.address ?? member.address,
      ...(jointHolders.length > 0 ? { jointHolders: [...jointHolders] } : {}),
    };
    checkNotDatedAfterRecording('the change of particulars', event.effectiveOn, write.recordedAt, 'effectiveOn');
    let alongside;
    try {
      alongside = await this.writer.accept(write, company, event, null);
    } catch (error) {
      // RM-3: a member not on the register that day but entered later is refused naming the day it was.
      if (error instanceof DomainError && error.code === 'MEMBER_NOT_ON_REGISTER') checkEnteredBy(await this.shareLedger.eventsInForce(write.em, company.id), memberId, event.effectiveOn);
      throw error;
    }
    member.name = event.name;
    member.address = event.address;
    member.jointHolders = jointHolders.length > 0 ? [...jointHolders] : null;
    await write.em.flush();
    return write.append(shareRegisterFamily.encode(event), alongside);
  }

  /**
   * The members entered for the practice who hold a share at the end of `on` or from a later day, each
   * with the day the practice's particulars of `on` reach its entry (`from`: `on` for a member holding a
   * share that day, else the first day it held one after, when its entry was made with the particulars
   * the list then gave; RM-3) and the name and address its entry shows that day. In that order.
   */
  async membersFor(em: Em, companyId: string, practiceId: string, on: CalendarDate): Promise<{ memberId: string; from: CalendarDate; name: string; address: string }[]> {
    return em.execute(
      `with held as (
         select h.member_id, greatest(min(h.held_from), ?::date) as from_day
         from share_holding h join member m on m.id = h.member_id and m.company_id = h.company_id
         where h.company_id = ? and m.practice_id = ? and coalesce(h.held_to, 'infinity'::date) > ?
         group by h.member_id)
       select held.member_id as "memberId", to_char(held.from_day, 'YYYY-MM-DD') as "from", e.name, e.address
       from held join register_entry e on e.company_id = ? and e.member_id = held.member_id
         and e.registered_on <= held.from_day and e.shown_from <= held.from_day and coalesce(e.shown_to, 'infinity'::date) > held.from_day
         and coalesce(e.ceased_on, 'infinity'::date) > held.from_day
       order by held.from_day, held.member_id`,
      [on, companyId, practiceId, on, companyId],
    );
  }
}
