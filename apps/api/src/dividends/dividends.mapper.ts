import type { DividendDeclaration, DividendYear } from '#domain';

/** A declaration as the API gives it; amounts in whole pence, dates `YYYY-MM-DD`; the resolution by its id and its reference (`OR-2024-01`). */
export function dividendResponse(d: DividendDeclaration, resolutionReference: string | null) {
  return {
    dividendId: d.id,
    declaredOn: d.declaredOn as string,
    financialYearEnd: d.financialYearEnd as string,
    distributableProfitsPence: d.distributableProfitsPence,
    totalPence: d.totalPence,
    resolutionId: d.resolutionId,
    resolutionReference,
    articlesClause: d.articlesClause,
  };
}

/** One financial year's figures for the CIC34 report (CI-3, CI-5): in whole pence; the cap is 35% of distributable profits, rounded down. */
export function dividendYearResponse(y: DividendYear) {
  return {
    financialYearEnd: y.financialYearEnd as string,
    yearStart: y.yearStart as string,
    distributableProfitsPence: y.distributableProfitsPence,
    capPercent: y.capPercent,
    capPence: y.capPence,
    declaredPence: y.declaredPence,
    headroomPence: y.headroomPence,
    withinCap: y.withinCap,
    dividendIds: [...y.declarationIds],
  };
}
