/**
 * Refusals of a financial year given by its last day (CA 2006 ss.390–392): the dividends capped per
 * year (CI-3) and the asset transfers totalled per year for the CIC34 report (CI-5) count the
 * company's own financial years. 422.
 */
export type FinancialYearErrorCode =
  /**
   * s.390: the day given is not the last day of one of the company's financial years: the end of an
   * accounting reference period, or up to 7 days either side of it (s.390(3)). Details: `field`
   * (`financialYearEnd`), `financialYearEnd`, `referenceDate` (in words, `30 September`), and the
   * nearest period ends `nearestBefore` (null when none) and `nearestAfter`.
   */
  | 'NOT_A_FINANCIAL_YEAR_END'
  /**
   * s.390(3), CI-3, CI-5: the day given is within 7 days of an accounting reference period's end, but
   * the company recorded the financial year for that period as ending on another day (a dividend
   * declared out of the year ending then): the directors end a year on one day, so two years never
   * share a day. Details: `field` (`financialYearEnd`), `financialYearEnd`, `recordedYearEnd` (the day
   * the year ended) and `periodEndsOn` (the period's end).
   */
  | 'FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY';
