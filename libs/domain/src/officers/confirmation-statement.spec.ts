import { calendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import type { CompanyParticulars } from './company-particulars';
import { checkConfirmationStatementContents, LAWFUL_PURPOSE_STATEMENT_REQUIRED_FROM, REGISTERED_EMAIL_REQUIRED_FROM } from './confirmation-statement';

const d = calendarDate;
const particulars = (registeredEmailAddress: string | null): CompanyParticulars => ({
  companyNumber: '00000000', registeredOffice: '1 Demo Yard, London E1 0XX', registeredEmailAddress, accountingReferenceDate: null, sicCodes: [],
});
const outcome = (email: string | null, endsOn: string, filedOn: string, lawfulPurposeStatement = true) => {
  try {
    checkConfirmationStatementContents(particulars(email), d(endsOn), d(filedOn), lawfulPurposeStatement);
    return 'ACCEPTED';
  } catch (error) {
    return error instanceof DomainError ? [error.code, error.details] : error;
  }
};

describe('Confirmation statement contents (CS01, section 5 of the brief)', () => {
  it('made up to a date from 5 March 2024, a statement gives the registered email address: none on record is REGISTERED_EMAIL_MISSING', () => {
    expect(outcome(null, '2024-03-05', '2024-03-10')).toEqual(['REGISTERED_EMAIL_MISSING', { confirmationDate: '2024-03-05' }]);
    expect(outcome('secretary@example.org', '2024-03-05', '2024-03-10')).toBe('ACCEPTED');
    // Made up to 4 March 2024, it is the old form, whenever delivered.
    expect(outcome(null, '2024-03-04', '2024-03-15')).toBe('ACCEPTED');
  });

  it('CA 2006 s.853A (ECCTA): made up to a date from 5 March 2024, a statement states that the intended future activities are lawful: not recorded is LAWFUL_PURPOSE_STATEMENT_MISSING', () => {
    expect(outcome('secretary@example.org', '2024-03-05', '2024-03-10', false)).toEqual([
      'LAWFUL_PURPOSE_STATEMENT_MISSING',
      { field: 'lawfulPurposeStatement', confirmationDate: '2024-03-05' },
    ]);
    expect(outcome('secretary@example.org', '2024-03-05', '2024-03-10', true)).toBe('ACCEPTED');
    // The old form had no such statement; delivered early (FC-2), the delivery date decides.
    expect(outcome(null, '2024-03-04', '2024-03-15', false)).toBe('ACCEPTED');
    expect(outcome(null, '2024-08-31', '2024-03-01', false)).toBe('ACCEPTED');
    expect(outcome('secretary@example.org', '2024-08-31', '2024-03-06', false)).toEqual([
      'LAWFUL_PURPOSE_STATEMENT_MISSING',
      { field: 'lawfulPurposeStatement', confirmationDate: '2024-03-06' },
    ]);
  });

  it('CA 2006 s.853A (ECCTA): each requirement has its own named day, 5 March 2024 for both the email address and the statement of lawful purpose', () => {
    expect(LAWFUL_PURPOSE_STATEMENT_REQUIRED_FROM).toBe('2024-03-05');
    expect(REGISTERED_EMAIL_REQUIRED_FROM).toBe('2024-03-05');
    const dayBefore = d('2024-03-04');
    expect(outcome('secretary@example.org', LAWFUL_PURPOSE_STATEMENT_REQUIRED_FROM, '2024-03-10', false)).toEqual([
      'LAWFUL_PURPOSE_STATEMENT_MISSING',
      { field: 'lawfulPurposeStatement', confirmationDate: LAWFUL_PURPOSE_STATEMENT_REQUIRED_FROM },
    ]);
    expect(outcome('secretary@example.org', dayBefore, '2024-03-10', false)).toBe('ACCEPTED');
  });

  it('FC-2: delivered early, the delivery date is the confirmation date', () => {
    expect(outcome(null, '2024-08-31', '2024-03-01')).toBe('ACCEPTED');
    expect(outcome(null, '2024-08-31', '2024-03-06')).toEqual(['REGISTERED_EMAIL_MISSING', { confirmationDate: '2024-03-06' }]);
  });
});
