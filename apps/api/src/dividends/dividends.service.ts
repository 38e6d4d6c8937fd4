import { Inject, Injectable } from '@nestjs/common';
import {
  checkDividendDeclaration,
  dividendsListed,
  dividendYears,
  evolveDividends,
  type AccountingReferencePeriods,
  type DividendDeclaration,
  type DividendDeclared,
  type DividendsView,
} from '#domain';
import type { Caller } from '../auth/roles';
import { AppError } from '../common/app-error';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { AccountingPeriods } from '../governance/accounting-periods';
import { GovernanceRecords } from '../governance/governance-records';
import { dividendsFamily } from '../ledger/codecs/dividends.codec';
import { FoldCache } from '../ledger/fold-cache';
import { Ledger, type CompanyWrite } from '../ledger/ledger';
import { recordOnce, type Recorded, type RequestKey } from '../ledger/request-keys';
import { dividendResponse, dividendYearResponse } from './dividends.mapper';
import type { DeclareDividendDto } from './dto/declare-dividend.dto';

const NO_DECLARATIONS: readonly DividendDeclaration[] = [];

/** `declaration` as the API gives it, with its year's figures among the declarations `all` (which hold it). */
function withYear(declaration: DividendDeclaration, all: readonly DividendDeclaration[], periods: AccountingReferencePeriods, resolutionReference: string | undefined) {
  const year = dividendYears(all, periods).find((y) => y.financialYearEnd === declaration.financialYearEnd)!;
  return { ...dividendResponse(declaration, resolutionReference ?? null), year: dividendYearResponse(year) };
}

/** A dividend declared as the API gives it, with its financial year's figures (`year`) counting it. */
export type DividendDeclaredResponse = ReturnType<typeof withYear>;

/** A dividend as `POST …/dividends` answers it: {@link DividendDeclaredResponse} and the ledger entry that recorded it (its sequence and hex SHA-256 hash). */
export type DividendRecordedResponse = DividendDeclaredResponse & { readonly ledger: { readonly sequence: number; readonly hash: string } };

/**
 * CI-3: the dividends the company declares (CIC Regulations 2005 regs 17–19), each an entry of the
 * ledger's `dividend.` family, checked by the domain against the resolution that approved it and the
 * year's aggregate cap before it is written.
 */
@Injectable()
export class DividendsService {
  constructor(
    @Inject(ORM) private readonly orm: Orm,
    private readonly ledger: Ledger,
    private readonly folds: FoldCache,
    private readonly governance: GovernanceRecords,
    private readonly companies: CompaniesService,
    private readonly periods: AccountingPeriods,
  ) {}

  /**
   * The declarations made by the end of `asAt` (every one recorded, without it), of the financial year
   * ending `financialYearEnd` if given (422 `NOT_A_FINANCIAL_YEAR_END` for a day that ends none of the
   * company's financial years, as for a declaration; 422 `FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY` for
   * another day than the one a declaration names for the same period, s.390(3)), by the day declared and then the order recorded
   * (the domain's `dividendsListed`); and each of their years' figures for the CIC34 report (total
   * declared, cap, headroom) counting only those declarations.
   */
  async list(companyId: string, query: DividendsView) {
    const em = this.orm.em.fork();
    const periods = await this.periods.of(em, await this.companies.get(companyId, em));
    const shown = dividendsListed(await this.declarations(em, companyId), periods, { asAt: query.asAt, financialYearEnd: query.financialYearEnd });
    const references = (await this.governance.load(em, companyId)).references.byId;
    return {
      declarations: shown.map((d) => dividendResponse(d, references.get(d.resolutionId) ?? null)),
      years: dividendYears(shown, periods).map(dividendYearResponse),
    };
  }

  /**
   * Records a dividend declared, once the domain's `checkDividendDeclaration` accepts it against the
   * resolution named, the company's financial years (its accounting reference periods with the AA01s
   * recorded, s.390–s.392) and the declarations already recorded (the refusals are its codes: 422, 409,
   * or 404 RESOLUTION_NOT_FOUND). Its id is the year's last day and its number in that year:
   * `dividend-2024-03-31-1`. Gives it with its year's figures counting it and the ledger entry that
   * recorded it. Once per `key` (an API `Idempotency-Key`, a page form's one-time token): a request whose
   * key (or whose answers, for a form) was answered before records nothing and gives the dividend it
   * recorded, with the same ledger entry and its year's figures as they stand now (`replayed` says how
   * it met it); an API key sent before with another body is 422 `IDEMPOTENCY_KEY_REUSED`.
   */
  declare(companyId: string, dto: DeclareDividendDto, caller: Caller, key?: RequestKey): Promise<Recorded<DividendRecordedResponse>> {
    return recordOnce(this.ledger, companyId, caller.name, key, async (write) => {
      const { declaration, resolutionReference, year, entry } = await this.declareIn(write, dto);
      const record = { ...dividendResponse(declaration, resolutionReference), year: dividendYearResponse(year), ledger: { sequence: entry.sequence, hash: entry.hash } };
      return { record, recordId: declaration.id };
    }, (dividendId) => this.recorded(companyId, dividendId));
  }

  /** The declaration checked and appended in the company's write, with its resolution's reference and its year's figures once it is counted. */
  private async declareIn(write: CompanyWrite, dto: DeclareDividendDto) {
    const declared = await this.declarations(write.em, write.companyId);
    const governance = await this.governance.load(write.em, write.companyId);
    const periods = await this.periods.of(write.em, write.company);
    const number = declared.filter((d) => d.financialYearEnd === dto.financialYearEnd).length + 1;
    const declaration = checkDividendDeclaration(
      {
        id: `dividend-${dto.financialYearEnd}-${number}`,
        declaredOn: dto.declaredOn,
        financialYearEnd: dto.financialYearEnd,
        distributableProfitsPence: dto.distributableProfitsPence,
        totalPence: dto.totalPence,
        resolutionId: dto.resolutionId,
        articlesClause: dto.articlesClause,
      },
      {
        incorporatedOn: write.company.incorporatedOn,
        recordedAt: write.recordedAt,
        articlesAllowDividends: dto.articlesAllowDividends,
        resolution: governance.resolutions.get(dto.resolutionId),
        resolutionReference: governance.references.byId.get(dto.resolutionId),
        declared,
        accountingPeriods: periods,
      },
    );
    const entry = await write.append(dividendsFamily.encode({ type: 'dividend-declared', effectiveOn: declaration.declaredOn, declaration }));
    const year = dividendYears([...declared, declaration], periods).find((y) => y.financialYearEnd === declaration.financialYearEnd)!;
    return { declaration, resolutionReference: governance.references.byId.get(declaration.resolutionId) ?? null, year, entry };
  }

  /** The dividend `dividendId` as recorded, with its year's figures as they stand now and the ledger entry that recorded it; 404 NOT_FOUND when there is none. */
  private async recorded(companyId: string, dividendId: string): Promise<DividendRecordedResponse> {
    const em = this.orm.em.fork();
    const all = await this.declarations(em, companyId);
    const index = all.findIndex((d) => d.id === dividendId);
    if (index < 0) throw AppError.notFound('dividend', { dividendId });
    // Each entry of the family declares one dividend, in ledger order: the declaration's entry is the family's (index + 1)th.
    const entry = (await this.ledger.page(em, companyId, 0, index + 1, dividendsFamily.prefix))[index];
    const periods = await this.periods.of(em, await this.companies.get(companyId, em));
    const declaration = all[index];
    return { ...withYear(declaration, all, periods, (await this.governance.load(em, companyId)).references.byId.get(declaration.resolutionId)), ledger: { sequence: entry.sequence, hash: entry.hash } };
  }

  /** Every declaration recorded, in ledger order, folded from the `dividend.` entries appended since the last read. */
  private declarations(em: Em, companyId: string): Promise<readonly DividendDeclaration[]> {
    return this.folds.fold<readonly DividendDeclaration[], DividendDeclared>(em, companyId, 'dividends', [dividendsFamily], NO_DECLARATIONS, evolveDividends);
  }
}
