import type { CalendarDate } from '../calendar/calendar-date';
import type { Duty, FilingRecord } from '../governance/compliance-calendar';
import { checkAppointmentNotifiable, checkDirectorsVerifiedForStatement } from './appointment-notice';
import type { CompanyParticulars } from './company-particulars';
import { checkConfirmationStatementContents } from './confirmation-statement';
import type { OfficersRecord } from './officers';

/** What the content checks of a filing read: the record of officers, and the company's particulars in force at the end of a day. */
export interface FilingFacts {
  readonly officers: OfficersRecord;
  readonly particularsOn: (day: CalendarDate) => CompanyParticulars;
}

/**
 * What a filing of `duty` on `filedOn` states, checked against what is on record, for a filing recorded
 * alone and for one in a batch of past filings alike (run once the duty is found):
 * - an AP01 states that the director's identity is verified (EC-3, `checkAppointmentNotifiable`,
 *   `IDENTITY_NOT_VERIFIED`);
 * - a confirmation statement filed from 18 November 2025 confirms that every director in office is
 *   verified (EC-3, `checkDirectorsVerifiedForStatement`, `IDENTITY_NOT_VERIFIED`);
 * - a confirmation statement made up to a date from 5 March 2024 gives the registered email address
 *   and states that the company's intended future activities are lawful (CS01, CA 2006 s.853A,
 *   `checkConfirmationStatementContents`: `REGISTERED_EMAIL_MISSING`, `LAWFUL_PURPOSE_STATEMENT_MISSING`).
 * Any other filing passes.
 */
export function checkFilingContents(duty: Pick<Duty, 'kind' | 'reference'>, filing: Pick<FilingRecord, 'filedOn' | 'lawfulPurposeStatement'>, facts: FilingFacts): void {
  const { filedOn } = filing;
  if (duty.kind === 'ap01') checkAppointmentNotifiable(facts.officers, duty.reference, filedOn);
  if (duty.kind === 'confirmation-statement') {
    checkConfirmationStatementContents(facts.particularsOn(filedOn), duty.reference as CalendarDate, filedOn, filing.lawfulPurposeStatement === true);
    checkDirectorsVerifiedForStatement(facts.officers, filedOn);
  }
}
