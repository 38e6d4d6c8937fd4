/**
 * Refusals of a CIC's dividend declarations (CI-3: Community Interest Company Regulations 2005
 * regs 17–19, as amended by SI 2014/2483). Each refusal's details name the request's `field`.
 */
export type DividendErrorCode =
  /** A declaration's amounts, clause or id malformed (an amount not a whole number of pence above 0). */
  | 'INVALID_DIVIDEND'
  /** Reg 17(1): the articles must allow dividends; the declaration does not confirm they do. */
  | 'ARTICLES_DO_NOT_ALLOW_DIVIDENDS'
  /** Reg 17(1)(b): no members' ordinary or special resolution passed by the declaration date (a board resolution does not do). */
  | 'DIVIDEND_NOT_APPROVED'
  /** Reg 19: the year's dividends would exceed 35% of its distributable profits (details: capPence, alreadyDeclaredPence, headroomPence). */
  | 'DIVIDEND_CAP_EXCEEDED'
  /** Declared before 1 October 2014 (the per-share cap and carry-forward revoked by SI 2014/2483), or for a year begun before reg 19 was in force. */
  | 'DIVIDEND_RULES_NOT_SUPPORTED'
  /** The financial year the dividend is paid out of had not begun on the day it was declared. */
  | 'DIVIDEND_YEAR_NOT_BEGUN'
  /** One figure of distributable profits a year: another declaration for the year states a different one (details: statedPence). */
  | 'DISTRIBUTABLE_PROFITS_DIFFER'
  /** The financial year ending on the day given overlaps another already declared out of, say one ended a few days later (s.390(3)) (details: otherYearEnd). */
  | 'FINANCIAL_YEARS_OVERLAP';
