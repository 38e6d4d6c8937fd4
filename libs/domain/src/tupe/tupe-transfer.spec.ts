import { calendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { compliantTransfer } from '../../test/compliant-transfer.fixture';
import { checkConsultationNotRepeated, checkMeasuresChanged, checkPensionChanged, eliDeadline, recordConsultation, tupeTransfer, withMeasures, withPension, type ConsultationEntry, type TupeTransfer } from './tupe-transfer';

const base = compliantTransfer().transfer;
const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ACCEPTED';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
};
const entry = (id: string, on: string, more: Partial<ConsultationEntry> = {}): ConsultationEntry => ({
  id, on: calendarDate(on), by: 'transferor', kind: 'information', audience: 'representatives', summary: 's', repliesTo: null, ...more,
});

describe('TUPE transfers', () => {
  it.each([
    ['2016-04-01', '2016-03-04'],
    ['2014-05-01', '2014-04-03'],
    ['2014-04-30', '2014-04-16'],
  ])('TU-4: for a transfer on %s, ELI is due by %s', (transferDate, due) => {
    expect(eliDeadline(calendarDate(transferDate))).toBe(due);
  });

  it('TRANSFER_PARTIES_SAME: an employer cannot transfer staff to itself', () => {
    expect(code(() => tupeTransfer({ ...base, transfereeId: base.transferorId }))).toBe('TRANSFER_PARTIES_SAME');
  });

  it('INVALID_TRANSFER and INVALID_DATE: malformed transfers are refused', () => {
    expect(code(() => tupeTransfer({ ...base, id: ' ' }))).toBe('INVALID_TRANSFER');
    expect(code(() => tupeTransfer({ ...base, transferDate: '2016-02-30' as TupeTransfer['transferDate'] }))).toBe('INVALID_DATE');
    expect(code(() => tupeTransfer({ ...base, representation: { ...base.representation, employerHeadcount: -1 } }))).toBe('INVALID_TRANSFER');
  });

  it('TU-6: a reply must answer an earlier representation in the same employer\'s consultation', () => {
    const t = recordConsultation({ ...base, log: [] }, entry('r1', '2016-02-01', { kind: 'representation' }));
    expect(code(() => recordConsultation(t, entry('x', '2016-02-05', { kind: 'reply', repliesTo: 'nope' })))).toBe('CONSULTATION_REPLY_WITHOUT_REPRESENTATION');
    expect(code(() => recordConsultation(t, entry('x', '2016-01-05', { kind: 'reply', repliesTo: 'r1' })))).toBe('CONSULTATION_REPLY_WITHOUT_REPRESENTATION');
    expect(code(() => recordConsultation(t, entry('x', '2016-02-05', { kind: 'reply', repliesTo: 'r1', by: 'transferee' })))).toBe(
      'CONSULTATION_REPLY_WITHOUT_REPRESENTATION',
    );
    expect(recordConsultation(t, entry('x', '2016-02-05', { kind: 'reply', repliesTo: 'r1' })).log).toHaveLength(2);
  });

  it('CONSULTATION_ENTRY_ALREADY_RECORDED: log entry ids are unique', () => {
    const t = recordConsultation({ ...base, log: [] }, entry('a', '2016-02-01'));
    expect(code(() => recordConsultation(t, entry('a', '2016-02-02')))).toBe('CONSULTATION_ENTRY_ALREADY_RECORDED');
  });

  it('TU-6: CONSULTATION_ENTRY_ALREADY_RECORDED: the same entry sent again under another id, naming the first; any difference is another entry', () => {
    const t = recordConsultation({ ...base, log: [] }, entry('a', '2016-02-01', { summary: 'Letter to the unions' }));
    const again = entry('log-2', '2016-02-01', { summary: 'Letter to the unions' });
    expect(code(() => checkConsultationNotRepeated(t, again))).toBe('CONSULTATION_ENTRY_ALREADY_RECORDED');
    for (const other of [{ on: calendarDate('2016-02-02') }, { by: 'transferee' as const }, { kind: 'consultation' as const }, { audience: 'employees' as const }, { summary: 'Second letter to the unions' }]) {
      expect(code(() => checkConsultationNotRepeated(t, { ...again, ...other }))).toBe('ACCEPTED');
    }
  });

  it('recording leaves the original transfer unchanged', () => {
    const before = structuredClone(base);
    recordConsultation(base, entry('new', '2016-03-01'));
    expect(base).toEqual(before);
  });

  it('TU-6, TU-9: measures or a pension arrangement the same as recorded are refused (TUPE_RECORD_UNCHANGED); any difference is accepted', () => {
    const none = { envisaged: false, description: 'None' };
    const withNone = withMeasures(withMeasures(base, 'transferor', none), 'transferee', none);
    expect(code(() => checkMeasuresChanged(withNone, 'transferor', { ...none }))).toBe('TUPE_RECORD_UNCHANGED');
    expect(code(() => checkMeasuresChanged(withNone, 'transferor', { envisaged: true, description: 'None' }))).toBe('ACCEPTED');
    expect(code(() => checkMeasuresChanged(withNone, 'transferor', { envisaged: false, description: 'None at all' }))).toBe('ACCEPTED');
    // Nothing recorded for that party yet: the same words as the other party's are new for this one.
    expect(code(() => checkMeasuresChanged({ ...base, measures: { transferor: null, transferee: none } }, 'transferor', none))).toBe('ACCEPTED');
    const pension = { route: 'new-fair-deal' as const, reference: 'SYN-1' };
    const withOne = withPension(base, pension);
    expect(code(() => checkPensionChanged(withOne, { ...pension }))).toBe('TUPE_RECORD_UNCHANGED');
    expect(code(() => checkPensionChanged(withOne, { ...pension, reference: null }))).toBe('ACCEPTED');
    expect(code(() => checkPensionChanged(withOne, { ...pension, route: 'nhs-pension-access' }))).toBe('ACCEPTED');
    expect(code(() => checkPensionChanged({ ...base, pension: null }, pension))).toBe('ACCEPTED');
  });
});
