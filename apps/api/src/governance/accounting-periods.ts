import { Injectable } from '@nestjs/common';
import {
  accountingReferenceDateInUse,
  companyAccountingPeriods,
  enteredParticulars,
  type AccountingReferenceDateChange,
  type AccountingReferencePeriods,
  type CalendarDate,
  type Company,
  type DividendDeclared,
  type GovernanceSettings,
} from '#domain';
import type { Em } from '../database/orm';
import { dividendsFamily } from '../ledger/codecs/dividends.codec';
import { FoldCache } from '../ledger/fold-cache';
import { OfficersRecords } from '../officers/officers-records';
import { GovernanceRecords } from './governance-records';

const NO_YEAR_ENDS: readonly CalendarDate[] = [];

/**
 * The company's accounting reference periods, its financial years (CA 2006 ss.390–392): from the
 * articles' settings and the changes of accounting reference date (AA01, s.392) recorded through the
 * particulars; and the days its years were recorded as ending (s.390(3)). Read by the compliance
 * calendar (accounts and CIC34 due dates), the dividends capped per year (CI-3) and the asset transfers
 * totalled per year (CI-5).
 */
@Injectable()
export class AccountingPeriods {
  constructor(
    private readonly governance: GovernanceRecords,
    private readonly officers: OfficersRecords,
    private readonly folds: FoldCache,
  ) {}

  /**
   * s.390(3), CI-3, CI-5: the financial year ends the company has recorded (`YYYY-MM-DD`, each once, in
   * the order first recorded): the years its dividends were declared out of, whatever day of the 7
   * either side of the accounting reference date the directors ended them on. (An accounts or CIC34
   * filing is recorded against its accounting reference period's end, the duty's reference, not the day
   * the year ended, so it records none.) The domain's `companyFinancialYearEnding` reads a year by them.
   */
  recordedYearEnds(em: Em, companyId: string): Promise<readonly CalendarDate[]> {
    return this.folds.fold<readonly CalendarDate[], DividendDeclared>(em, companyId, 'financial-year-ends', [dividendsFamily], NO_YEAR_ENDS, (ends, e) =>
      ends.includes(e.declaration.financialYearEnd) ? ends : [...ends, e.declaration.financialYearEnd],
    );
  }

  /** The company's accounting reference periods with every AA01 recorded (by the end of `asAt` when given), earliest first. */
  async of(em: Em, company: Company, asAt?: CalendarDate): Promise<AccountingReferencePeriods> {
    const settings = await this.governance.settings(em, company.id);
    return companyAccountingPeriods(company.incorporatedOn, settings, await this.referenceDateChanges(em, company, settings, asAt));
  }

  /**
   * FC-5, s.392: the AA01s recorded (by the end of `asAt` when given), each moving the accounting
   * reference periods from the one it was notified in; one naming the date already in force moves nothing.
   */
  async referenceDateChanges(em: Em, company: Company, settings: GovernanceSettings, asAt?: CalendarDate): Promise<AccountingReferenceDateChange[]> {
    const base = enteredParticulars(company, accountingReferenceDateInUse(company.incorporatedOn, settings));
    // s.392(1): the new date counts from the AA01 filed, in the period it was filed in; one never filed changes nothing.
    const { changes } = await this.officers.registeredParticulars(em, company.id, base, asAt ?? ('9999-12-31' as CalendarDate));
    return changes.flatMap((c) => (c.accountingReferenceDate !== undefined ? [{ effectiveOn: c.effectiveOn, ard: c.accountingReferenceDate }] : []));
  }
}
