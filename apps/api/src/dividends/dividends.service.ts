import { Inject, Injectable } from '@nestjs/common';
import {
  checkDividendDeclaration,
  compareDates,
  dividendYears,
  evolveDividends,
  type CalendarDate,
  type DividendDeclaration,
  type DividendDeclared,
} from '#domain';
import type { Caller } from '../auth/roles';
import { CompaniesService } from '../companies/companies.service';
import { ORM } from '../database/database.module';
import type { Em, Orm } from '../database/orm';
import { GovernanceRecords } from '../governance/governance-records';
import { dividendsFamily } from '../ledger/codecs/dividends.codec';
import { FoldCache } from '../ledger/fold-cache';
import { Ledger } from '../ledger/ledger';
import { dividendResponse, dividendYearResponse } from './dividends.mapper';
import type { DeclareDividendDto } from './dto/declare-dividend.dto';

const NO_DECLARATIONS: readonly DividendDeclaration[] = [];

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
  ) {}

  /**
   * The declarations made by the end of `asAt` (every one recorded, without it), of the financial year
   * ending `financialYearEnd` if given, in the order recorded; and each of their years' figures for the
   * CIC34 report (total declared, cap, headroom) counting only those declarations.
   */
  async list(companyId: string, query: { asAt?: CalendarDate; financialYearEnd?: CalendarDate }) {
    const em = this.orm.em.fork();
    await this.companies.get(companyId, em);
    const shown = (await this.declarations(em, companyId)).filter(
      (d) => (query.asAt === undefined || compareDates(d.declaredOn, query.asAt) <= 0) && (query.financialYearEnd === undefined || d.financialYearEnd === query.financialYearEnd),
    );
    const references = (await this.governance.load(em, companyId)).references.byId;
    return {
      declarations: shown.map((d) => dividendResponse(d, references.get(d.resolutionId) ?? null)),
      years: dividendYears(shown).map(dividendYearResponse),
    };
  }

  /**
   * Records a dividend declared, once the domain's `checkDividendDeclaration` accepts it against the
   * resolution named and the declarations already recorded (the refusals are its codes: 422, 409, or 404
   * RESOLUTION_NOT_FOUND). Its id is the year's last day and its number in that year:
   * `dividend-2024-03-31-1`.
   */
  declare(companyId: string, dto: DeclareDividendDto, caller: Caller) {
    return this.ledger.writeForCompany(companyId, caller.name, async (write) => {
      const declared = await this.declarations(write.em, companyId);
      const governance = await this.governance.load(write.em, companyId);
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
        },
      );
      const entry = await write.append(dividendsFamily.encode({ type: 'dividend-declared', effectiveOn: declaration.declaredOn, declaration }));
      const year = dividendYears([...declared, declaration]).find((y) => y.financialYearEnd === declaration.financialYearEnd)!;
      return {
        ...dividendResponse(declaration, governance.references.byId.get(declaration.resolutionId) ?? null),
        year: dividendYearResponse(year),
        ledger: { sequence: entry.sequence, hash: entry.hash },
      };
    });
  }

  /** Every declaration recorded, in ledger order, folded from the `dividend.` entries appended since the last read. */
  private declarations(em: Em, companyId: string): Promise<readonly DividendDeclaration[]> {
    return this.folds.fold<readonly DividendDeclaration[], DividendDeclared>(em, companyId, 'dividends', [dividendsFamily], NO_DECLARATIONS, evolveDividends);
  }
}
