import { compareDates, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { CompanyParticulars } from './company-particulars';

/**
 * The first confirmation date of a statement that gives the company's registered email address: 5 March
 * 2024, since when the Economic Crime and Corporate Transparency Act 2023 requires it on every
 * confirmation statement (BRIEF §5, CS01).
 */
export const REGISTERED_EMAIL_REQUIRED_FROM = '2024-03-05' as CalendarDate;

/**
 * The first confirmation date of a statement that states the company's intended future activities are
 * lawful (CA 2006 s.853A, as amended by ECCTA 2023): 5 March 2024, the same day as
 * {@link REGISTERED_EMAIL_REQUIRED_FROM} (BRIEF §5, CS01).
 */
export const LAWFUL_PURPOSE_STATEMENT_REQUIRED_FROM = '2024-03-05' as CalendarDate;

/**
 * A confirmation statement for the review period ending `endsOn`, recorded as delivered on `filedOn`
 * (its confirmation date is the earlier of the two, FC-2). CA 2006 s.853A as amended by ECCTA 2023: it
 * - from {@link REGISTERED_EMAIL_REQUIRED_FROM}, gives the registered email address, so one must be on
 *   record by the day it was delivered (`inForce`: the particulars in force that day): else
 *   `REGISTERED_EMAIL_MISSING`;
 * - from {@link LAWFUL_PURPOSE_STATEMENT_REQUIRED_FROM}, states that the company's intended future
 *   activities are lawful (`lawfulPurposeStatement`, as the secretary records the statement made): else `LAWFUL_PURPOSE_STATEMENT_MISSING` (details `field:
 *   'lawfulPurposeStatement'`).
 * Both errors carry `confirmationDate` in their details. Earlier statements need neither.
 */
export function checkConfirmationStatementContents(
  inForce: CompanyParticulars,
  endsOn: CalendarDate,
  filedOn: CalendarDate,
  lawfulPurposeStatement: boolean,
): void {
  const confirmationDate = compareDates(filedOn, endsOn) < 0 ? filedOn : endsOn;
  if (compareDates(confirmationDate, REGISTERED_EMAIL_REQUIRED_FROM) >= 0 && inForce.registeredEmailAddress === null) {
    throw new DomainError(
      'REGISTERED_EMAIL_MISSING',
      `a confirmation statement made up to ${confirmationDate} gives the company's registered email address (required since 5 March 2024): record it in the company's particulars first`,
      { confirmationDate },
    );
  }
  if (compareDates(confirmationDate, LAWFUL_PURPOSE_STATEMENT_REQUIRED_FROM) >= 0 && !lawfulPurposeStatement) {
    throw new DomainError(
      'LAWFUL_PURPOSE_STATEMENT_MISSING',
      `a confirmation statement made up to ${confirmationDate} states that the company's intended future activities are lawful (required since 5 March 2024, CA 2006 s.853A): record that the statement was made (lawfulPurposeStatement: true)`,
      { field: 'lawfulPurposeStatement', confirmationDate },
    );
  }
}
