import { MATTER_NAMES, refusalInWords, type DividendErrorCode, type DomainError } from '#domain';
import { formatMoney } from '#reports';
import { inWords } from './view-filters';

/** CI-3: what each refusal of a dividend declaration means, in a secretary's words (part of `DOMAIN_ERROR_MESSAGES`). */
export const DIVIDEND_ERROR_MESSAGES: Record<DividendErrorCode, string> = {
  INVALID_DIVIDEND: 'Enter the amounts in whole pence, more than 0, and the article that allows dividends',
  ARTICLES_DO_NOT_ALLOW_DIVIDENDS: "A community interest company may pay a dividend only where its articles allow it: confirm the article that does, or record no dividend",
  DIVIDEND_NOT_APPROVED: "A dividend needs an ordinary or special resolution of the members, passed on or before the day it is declared: a decision of the board does not do",
  DIVIDEND_CAP_EXCEEDED: "The year's dividends would be more than 35% of its distributable profits, the cap for a community interest company",
  DIVIDEND_RULES_NOT_SUPPORTED: 'Dividends declared before 1 October 2014 were under a per-share cap, since revoked (SI 2014/2483), which this register does not apply',
  DIVIDEND_YEAR_NOT_BEGUN: 'The financial year the dividend is paid out of had not begun on the day it was declared',
  DISTRIBUTABLE_PROFITS_DIFFER: "A dividend already declared out of that year states other distributable profits: a year has one figure",
  FINANCIAL_YEARS_OVERLAP: 'That financial year overlaps a year dividends were already declared out of: check the last day of the year',
};

/**
 * A dividend refusal in a page's words with the figures from its details, £ with pence: the dividend
 * asked for, the cap and what is left (reg 19), the profits already stated, the resolution and why it does not do. Undefined
 * for any other refusal, or one without its details.
 */
export function dividendRefusalWords(error: DomainError): string | undefined {
  const d = (error.details ?? {}) as Record<string, unknown>;
  const money = (key: string) => (typeof d[key] === 'number' ? formatMoney(d[key] as number) : undefined);
  switch (error.code) {
    case 'DIVIDEND_CAP_EXCEEDED': {
      const [cap, left, already, asked] = [money('capPence'), money('headroomPence'), money('alreadyDeclaredPence'), money('totalPence')];
      if (cap === undefined || left === undefined || already === undefined) return undefined;
      const percent = typeof d.capPercent === 'number' ? d.capPercent : 35;
      const dividend = asked === undefined ? 'The dividend' : `A dividend of ${asked}`;
      return `${dividend} would take the year's dividends over the cap of ${cap} (${percent}% of its distributable profits): ${already} is already declared out of the year, so ${left} is left to declare`;
    }
    case 'DISTRIBUTABLE_PROFITS_DIFFER': {
      const stated = money('statedPence');
      return stated === undefined ? undefined : `The distributable profits of that year are already stated as ${stated} by a dividend declared out of it: a year has one figure`;
    }
    case 'DIVIDEND_NOT_APPROVED': {
      if (typeof d.reference !== 'string') return undefined;
      const why =
        d.reason === 'board' ? 'is a decision of the board, not of the members'
        : d.reason === 'passed-later' ? 'was passed only on {passedOn}'
        : d.reason === 'another-matter' && typeof d.matter === 'string' && Object.hasOwn(MATTER_NAMES, d.matter) ? `is for ${MATTER_NAMES[d.matter as keyof typeof MATTER_NAMES]}, not a dividend`
        : d.reason === 'share-changes' ? 'authorises changes to the shares, not a dividend'
        : 'had not passed by then';
      return refusalInWords({ text: `A dividend needs an ordinary or special resolution of the members passed on or before {declaredOn}: ${d.reference} ${why}` }, d, inWords, false);
    }
    default:
      return undefined;
  }
}
