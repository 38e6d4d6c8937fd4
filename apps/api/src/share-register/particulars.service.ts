import { Injectable } from '@nestjs/common';
import { checkNotDatedAfterRecording, type CalendarDate, type ChainedLedgerRecord, type Company, type ParticularsChange } from '#domain';
import type { Caller } from '../auth/roles';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { MemberEntity } from '../database/entities';
import type { Em } from '../database/orm';
import { shareRegisterFamily } from '../ledger/codecs/share-register.codec';
import { Ledger, type CompanyWrite } from '../ledger/ledger';
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
 * entry, checked against the register (the member holds a share that day, nothing earlier changes),
 * with the projection brought up to date. No share moves, so no resolution, certificate or transfer
 * duty follows.
 */
@Injectable()
export class ParticularsService {
  constructor(
    private readonly ledger: Ledger,
    private readonly companies: CompaniesService,
    private readonly writer: RegisterWriter,
  ) {}

  change(companyId: string, memberId: string, particulars: NewParticulars, caller: Caller): Promise<ChainedLedgerRecord> {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      const company = await this.companies.get(companyId, write.em);
      const member = await write.em.findOne(MemberEntity, { id: memberId, companyId });
      if (!member) throw AppError.notFound('member', memberId);
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
    checkNotDatedAfterRecording('the change of particulars', event.effectiveOn, write.recordedAt);
    await this.writer.accept(write, company, event, null);
    member.name = event.name;
    member.address = event.address;
    member.jointHolders = jointHolders.length > 0 ? [...jointHolders] : null;
    await write.em.flush();
    return write.append(shareRegisterFamily.encode(event));
  }

  /** The member entered for the practice who holds a share at the end of `on`, if any. */
  async currentMemberFor(em: Em, companyId: string, practiceId: string, on: CalendarDate): Promise<string | null> {
    const rows = await em.execute<{ memberId: string }[]>(
      `select h.member_id as "memberId" from share_holding h join member m on m.id = h.member_id and m.company_id = h.company_id
       where h.company_id = ? and m.practice_id = ? and h.held_from <= ? and coalesce(h.held_to, 'infinity'::date) > ?
       order by h.held_from desc limit 1`,
      [companyId, practiceId, on, on],
    );
    return rows[0]?.memberId ?? null;
  }
}
