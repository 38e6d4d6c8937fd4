import { Inject, Injectable } from '@nestjs/common';
import { changeCommissioner, checkCommissionerChangeAhead, checkCommissionerExists, checkCommissionerNotHolder, checkServicePeriodAhead, contractsActiveOn, serviceContract, type CalendarDate, type ServiceContract } from '#domain';
import type { Caller } from '../auth/roles';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { contractsFamily } from '../ledger/codecs/alliance.codec';
import { Ledger } from '../ledger/ledger';
import { serviceContractResponse } from './alliance.mapper';
import { AllianceRecords, idFromName, ledgerRef, recordedDay } from './alliance-records';
import type { ChangeCommissionerDto } from './dto/change-commissioner.dto';
import type { RecordServiceContractDto } from './dto/record-service-contract.dto';

/** The service contracts the company holds. */
@Injectable()
export class ServiceContractsService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly store: AllianceRecords,
    private readonly companies: CompaniesService,
  ) {}

  /** Every contract in the order recorded, or only those running on `asAt`. */
  async list(companyId: string, asAt: CalendarDate | undefined): Promise<readonly ServiceContract[]> {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const contracts = await this.store.contracts(em, companyId);
    return asAt === undefined ? contracts : contractsActiveOn(contracts, asAt);
  }

  /**
   * A contract may be recorded before its service starts (signed to start next April): it starts at most
   * 2 years and ends at most 15 years after today (`checkServicePeriodAhead`, 422 `DATED_TOO_FAR_AHEAD`);
   * its holder does not commission it (422 `COMMISSIONER_IS_HOLDER`), nor, from its first day on 1 July 2022 or
   * later, a clinical commissioning group (422 `COMMISSIONER_ABOLISHED`, `checkCommissionerExists`).
   */
  record(companyId: string, dto: RecordServiceContractDto, caller: Caller) {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      const { em } = write;
      await this.store.organisation(em, companyId, dto.holderId);
      const commissioner = dto.commissionerId === undefined ? null : await this.store.organisation(em, companyId, dto.commissionerId);
      if (dto.partnershipId !== undefined) await this.store.partnership(em, companyId, dto.partnershipId);
      const contract = serviceContract({
        id: dto.contractId ?? idFromName(dto.name, 'contractId'),
        name: dto.name,
        holderId: dto.holderId,
        commissionerId: dto.commissionerId ?? null,
        partnershipId: dto.partnershipId ?? null,
        startOn: dto.startOn,
        endOn: dto.endOn ?? null,
        note: dto.note ?? null,
      });
      checkServicePeriodAhead('the contract', contract, recordedDay(write));
      if (commissioner !== null) {
        checkCommissionerNotHolder(contract, commissioner.id, commissioner.name);
        checkCommissionerExists(commissioner, contract.startOn);
      }
      if ((await this.store.contracts(em, companyId)).some((c) => c.id === contract.id)) throw AppError.alreadyRecorded('contract', contract.id);
      const entry = await write.append(contractsFamily.encode({ type: 'service-contract-recorded', effectiveOn: contract.startOn, contract }));
      return { ...serviceContractResponse(contract, contract.startOn), ledger: ledgerRef(entry) };
    });
  }

  /**
   * The contract passes to another commissioner from `dto.on`. 404 for an unknown contract or
   * organisation; 422 `COMMISSIONER_CHANGE_OUTSIDE_CONTRACT`, `COMMISSIONER_CHANGE_OUT_OF_ORDER` or
   * `COMMISSIONER_UNCHANGED` (domain `changeCommissioner`), `COMMISSIONER_IS_HOLDER`; 422 `DATED_TOO_FAR_AHEAD`
   * when the change is more than 2 years after today (`checkCommissionerChangeAhead`); 409 `ALREADY_RECORDED`
   * for the same change (day and commissioner) sent again; 422 `COMMISSIONER_ABOLISHED` for a CCG from 1 July 2022. Nothing is written when it is refused.
   */
  changeCommissioner(companyId: string, contractId: string, dto: ChangeCommissionerDto, caller: Caller) {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      const { em } = write;
      const contract = (await this.store.contracts(em, companyId)).find((c) => c.id === contractId);
      if (!contract) throw AppError.notFound('service contract', { contractId });
      const commissioner = await this.store.organisation(em, companyId, dto.commissionerId);
      checkCommissionerChangeAhead(dto.on, recordedDay(write));
      // The same change sent again (a second click, a retried request) finds the one recorded.
      if (contract.commissionerChanges.some((ch) => ch.on === dto.on && ch.commissionerId === dto.commissionerId)) {
        throw new AppError('ALREADY_RECORDED', `the change of commissioner of ${contract.name} to ${commissioner.name} on ${dto.on} is already recorded`, {
          contractId,
          commissionerId: dto.commissionerId,
          on: dto.on,
        });
      }
      const change = { on: dto.on, commissionerId: dto.commissionerId, reason: dto.reason ?? null };
      checkCommissionerNotHolder(contract, dto.commissionerId, commissioner.name);
      checkCommissionerExists(commissioner, dto.on);
      const changed = changeCommissioner(contract, change, commissioner.name);
      const entry = await write.append(contractsFamily.encode({ type: 'service-contract-commissioner-changed', effectiveOn: dto.on, contractId, change }));
      // Who commissions it today, as the list gives it: a change dated ahead has not happened yet.
      return { ...serviceContractResponse(changed, recordedDay(write)), ledger: ledgerRef(entry) };
    });
  }
}
