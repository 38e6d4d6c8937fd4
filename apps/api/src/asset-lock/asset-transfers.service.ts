import { Inject, Injectable } from '@nestjs/common';
import { assetTransfer, assetTransfersAsAt, checkRegisterTotal, assetTransfersInYear, regulatorConsentOf, type AssetTransferRecorded, type CalendarDate } from '#domain';
import type { Caller } from '../auth/roles';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Orm } from '../database/orm';
import { AccountingPeriods } from '../governance/accounting-periods';
import { assetTransfersFamily } from '../ledger/codecs/asset-transfers.codec';
import { Ledger, type CompanyWrite } from '../ledger/ledger';
import { recordOnce, type Recorded, type RequestKey } from '../ledger/request-keys';
import { AssetLockRecords } from './asset-lock-records';
import { assetTransferResponse, financialYearResponse, recordedTransferResponse, type RecordedTransferResponse } from './asset-transfers.mapper';
import type { RecordAssetTransferDto } from './dto/record-asset-transfer.dto';

/** What a read of the register of asset transfers asks for: as at a day, and a financial year's transfers and total. */
export interface AssetTransfersView {
  readonly asAt?: CalendarDate;
  readonly financialYearEnd?: CalendarDate;
}

/**
 * The register of asset transfers (CIC Regs 2005 Sch 2 para 1; CI-2, CI-6, CI-5): each transfer of the
 * company's assets, checked and classified by the domain's asset lock, one ledger entry each. Reads
 * fold the family's entries (a company makes few such transfers); there is no table to keep in step.
 */
@Injectable()
export class AssetTransfersService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly companies: CompaniesService,
    private readonly periods: AccountingPeriods,
    private readonly records: AssetLockRecords,
  ) {}

  /**
   * The transfers dated by the end of `asAt` (all of them without it), earliest first; with
   * `financialYearEnd`, only those of the company's financial year ending that day (its accounting
   * reference period, s.390–s.392: 422 `NOT_A_FINANCIAL_YEAR_END` for a day that ends none), and the
   * value transferred below full consideration in them (pence), the figure the CIC34 report states.
   * The year ends the company has recorded (its dividends' years, whatever `asAt`) are its years' ends
   * (CI-5, s.390(3)): a year begins the day after the recorded end of the one before, and a day within
   * 7 days of a period's end whose year was recorded as ending on another day is 422
   * `FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY`.
   */
  async list(companyId: string, view: AssetTransfersView) {
    const em = this.orm.em.fork();
    const company = await this.companies.get(companyId, em);
    const events = await this.records.transfers(em, companyId);
    const listed = assetTransfersAsAt(events, view.asAt);
    const year =
      view.financialYearEnd === undefined
        ? null
        : assetTransfersInYear(listed, await this.periods.of(em, company), view.financialYearEnd, await this.periods.recordedYearEnds(em, companyId));
    return {
      asAt: view.asAt ?? null,
      financialYear: year === null ? null : financialYearResponse(year),
      transfers: (year?.transfers ?? listed).map(assetTransferResponse),
    };
  }

  /**
   * Records a transfer the asset lock allows, with the ground the domain classified it on; one to a
   * body named in the articles is checked against the bodies they name on its day and recorded with the
   * name and number they give it. A refusal (400 for a malformed transfer, 422 `ASSET_LOCK_BREACH`,
   * `REGULATOR_CONSENT_REQUIRED`, `CONSENT_AFTER_TRANSFER`, `ASSET_LOCKED_BODY_NOT_NAMED`,
   * `ASSET_TRANSFER_TOTALS_TOO_LARGE`, or a date before incorporation or after today) writes nothing.
   * Once per `key` (an API `Idempotency-Key`, a page form's one-time token): a request whose key (or
   * whose answers, for a form) was answered before records nothing and gives the transfer it recorded,
   * with the same ledger entry (`replayed` says how it met it); an API key sent before with another
   * body is 422 `IDEMPOTENCY_KEY_REUSED`.
   */
  record(companyId: string, dto: RecordAssetTransferDto, caller: Caller, key?: RequestKey): Promise<Recorded<RecordedTransferResponse>> {
    return recordOnce(this.ledger, companyId, caller.name, key, async (write) => {
      const { event, entry } = await this.recordIn(write, dto);
      return { record: recordedTransferResponse(event, entry), recordId: event.transferId };
    }, (transferId) => this.recorded(companyId, transferId));
  }

  /** The transfer `transferId` as recorded, with the ledger entry that recorded it (its id is the entry's sequence); 404 NOT_FOUND when there is none. */
  private async recorded(companyId: string, transferId: string): Promise<RecordedTransferResponse> {
    const sequence = Number(transferId);
    const [entry] = Number.isSafeInteger(sequence) && sequence > 0 ? await this.ledger.page(this.orm.em.fork(), companyId, sequence - 1, 1, assetTransfersFamily.prefix) : [];
    if (entry === undefined || entry.sequence !== sequence) throw AppError.notFound('asset transfer', { transferId });
    return recordedTransferResponse(assetTransfersFamily.decode(entry), entry);
  }

  /** The transfer checked and classified by the asset lock, against the articles' named bodies, and appended in the company's write. */
  private async recordIn(write: CompanyWrite, dto: RecordAssetTransferDto) {
    const namedBodies = await this.records.namedBodies(write.em, write.companyId);
    const transfer = assetTransfer(
      {
        transferredOn: dto.transferredOn,
        description: dto.description,
        recipientName: dto.recipientName ?? '',
        recipientKind: dto.recipientKind,
        recipientRegistrationNumber: dto.recipientRegistrationNumber ?? null,
        marketValuePence: dto.marketValuePence,
        considerationPence: dto.considerationPence,
        regulatorConsent: regulatorConsentOf(dto.regulatorConsentReference, dto.regulatorConsentOn),
        communityBenefit: dto.communityBenefit ?? null,
        communityBenefitTo: dto.communityBenefitTo ?? null,
      },
      { incorporatedOn: write.company.incorporatedOn, recordedAt: write.recordedAt, namedBodies },
    );
    checkRegisterTotal(await this.records.transfers(write.em, write.companyId), transfer);
    const event: AssetTransferRecorded = { type: 'asset-transfer-recorded', effectiveOn: transfer.transferredOn, transferId: String(write.nextSequence), transfer };
    return { event, entry: await write.append(assetTransfersFamily.encode(event)) };
  }
}
