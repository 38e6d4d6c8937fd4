import { calendarDate } from '../calendar/calendar-date';
import { filingRecord, lawfulPurposeRecorded } from './filing-record';

const filedOn = calendarDate('2026-11-20');

describe('a filing as recorded (CA 2006 s.853A: the statement of lawful purpose)', () => {
  it("keeps the statement of lawful purpose on a confirmation statement whose statement was made, as `true`; never `false`", () => {
    expect(filingRecord({ kind: 'confirmation-statement', reference: '2026-11-06', filedOn, lawfulPurposeStatement: true }))
      .toEqual({ kind: 'confirmation-statement', reference: '2026-11-06', filedOn, lawfulPurposeStatement: true });
    for (const made of [false, undefined]) {
      const record = filingRecord({ kind: 'confirmation-statement', reference: '2026-11-06', filedOn, ...(made === undefined ? {} : { lawfulPurposeStatement: made }) });
      expect(record).toEqual({ kind: 'confirmation-statement', reference: '2026-11-06', filedOn });
      expect('lawfulPurposeStatement' in record).toBe(false);
    }
  });

  it('leaves the statement off any other filing, and any field that is not part of the record', () => {
    const row = { row: 3, kind: 'ap01' as const, reference: 'officer-1-appointed-2026-11-01', filedOn, lawfulPurposeStatement: true };
    expect(filingRecord(row)).toEqual({ kind: 'ap01', reference: 'officer-1-appointed-2026-11-01', filedOn });
    expect(lawfulPurposeRecorded('ap01', true)).toEqual({});
    expect(lawfulPurposeRecorded('confirmation-statement', true)).toEqual({ lawfulPurposeStatement: true });
    expect(lawfulPurposeRecorded('confirmation-statement', false)).toEqual({});
  });
});
