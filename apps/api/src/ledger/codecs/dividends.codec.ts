import type { DividendDeclared } from '#domain';
import { z } from 'zod';
import { entryKind, LedgerFamily } from '../ledger-codec';
import { calendarDate, entryDate, id, positiveWholeNumber, text } from './fields';

/*
 * CI-3: the company's dividend declarations (CIC Regulations 2005 regs 17–19). The entry's effective
 * date is the day the dividend was declared; the payload carries the rest, amounts in whole pence.
 */

const dividendDeclared = entryKind<DividendDeclared>()({
  kind: 'dividend.declared',
  version: 1,
  schema: z.strictObject({
    dividendId: id,
    financialYearEnd: calendarDate,
    distributableProfitsPence: positiveWholeNumber,
    totalPence: positiveWholeNumber,
    resolutionId: id,
    articlesClause: text,
  }),
  encode: ({ declaration: d }) => ({
    dividendId: d.id,
    financialYearEnd: d.financialYearEnd,
    distributableProfitsPence: d.distributableProfitsPence,
    totalPence: d.totalPence,
    resolutionId: d.resolutionId,
    articlesClause: d.articlesClause,
  }),
  decode: (p, entry) => {
    const declaredOn = entryDate(entry);
    return {
      type: 'dividend-declared',
      effectiveOn: declaredOn,
      declaration: {
        id: p.dividendId,
        declaredOn,
        financialYearEnd: p.financialYearEnd,
        distributableProfitsPence: p.distributableProfitsPence,
        totalPence: p.totalPence,
        resolutionId: p.resolutionId,
        articlesClause: p.articlesClause,
      },
    };
  },
});

/** Dividends declared (CI-3): `dividend.*`. */
export const dividendsFamily = new LedgerFamily<DividendDeclared>('dividends', 'dividend.', {
  'dividend-declared': dividendDeclared,
});
