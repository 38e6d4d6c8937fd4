import { errorCode } from '../../test/error-code';
import { calendarDate, type CalendarDate } from '../calendar/calendar-date';
import { DomainError } from '../errors';
import { checkNotAlreadyAppointed, normaliseOfficerName, sameOfficer } from './officer-identity';
import { foldOfficers, type OfficerEvent } from './officers';

const d = calendarDate;
const director = (id: string, name: string, on: string): OfficerEvent => ({ type: 'director-appointed', effectiveOn: d(on), directorId: id, name, serviceAddress: '1 Demo Yard' });
const born: Record<string, CalendarDate> = { a: d('1970-07-07') };
const check = (events: OfficerEvent[], name: string, dateOfBirth: string | null, on: string, role: 'director' | 'secretary' = 'director', differentPerson = false) => {
  try {
    checkNotAlreadyAppointed(foldOfficers(events), role, { name, dateOfBirth: dateOfBirth === null ? null : d(dateOfBirth) }, d(on), (o) => born[o.officerId] ?? null, differentPerson);
    return 'accepted';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('EC-2: one person holds one office of a kind once', () => {
  it('EC-2: the same name (but for case and spaces) and date of birth is the same officer; another date of birth is another person', () => {
    expect(sameOfficer({ name: 'Dr  Ann Example', dateOfBirth: d('1970-07-07') }, { name: ' dr ann EXAMPLE ', dateOfBirth: d('1970-07-07') })).toBe(true);
    expect(sameOfficer({ name: 'Dr Ann Example', dateOfBirth: d('1970-07-07') }, { name: 'Dr Ann Example', dateOfBirth: d('1971-07-07') })).toBe(false);
  });

  it('EC-2: a date of birth not recorded matches any: the same name with one date of birth missing is the same officer', () => {
    expect(sameOfficer({ name: 'Dr Ann Example', dateOfBirth: null }, { name: 'Dr Ann Example', dateOfBirth: d('1971-07-07') })).toBe(true);
    expect(sameOfficer({ name: 'Dr  Ann Example', dateOfBirth: d('1971-07-07') }, { name: 'Dr Ann Example', dateOfBirth: null })).toBe(true);
    expect(sameOfficer({ name: 'Dr Ann Example', dateOfBirth: null }, { name: 'Dr Ann Other', dateOfBirth: null })).toBe(false);
    const events = [director('n', 'Dr Ann Example', '2026-02-02')]; // entered with a name and service address only: no date of birth held
    expect(check(events, 'Dr  Ann Example', '1970-07-07', '2026-03-02')).toBe('OFFICER_ALREADY_APPOINTED');
    expect(check([director('a', 'Dr Ann Example', '2026-02-02')], 'Dr Ann Example', null, '2026-03-02')).toBe('OFFICER_ALREADY_APPOINTED');
  });

  it('a name is recorded with its spaces trimmed and each run of spaces made one', () => {
    expect(normaliseOfficerName('  Dr \t Ann   Example \n')).toBe('Dr Ann Example');
  });

  it('EC-2: the refusal says in words when the officer held the office: since the appointment, or from it until leaving', () => {
    const refusal = (events: OfficerEvent[], on: string) => {
      try {
        checkNotAlreadyAppointed(foldOfficers(events), 'director', { name: 'Dr Ann Example', dateOfBirth: d('1970-07-07') }, d(on), (o) => born[o.officerId] ?? null);
      } catch (error) {
        return (error as DomainError).message;
      }
      return 'accepted';
    };
    const events = [director('a', 'Dr Ann Example', '2026-02-02')];
    expect(refusal(events, '2026-03-01')).toBe('Dr Ann Example, born 1970-07-07, has been a director since 2026-02-02; the appointment is already recorded');
    const resigned = [...events, { type: 'director-resigned', effectiveOn: d('2026-05-01'), directorId: 'a' } as OfficerEvent];
    expect(refusal(resigned, '2026-04-30')).toBe('Dr Ann Example, born 1970-07-07, was a director from 2026-02-02 until leaving office on 2026-05-01; the appointment is already recorded');
  });

  it('EC-2: appointing a director already in office is refused (OFFICER_ALREADY_APPOINTED), on any day before the term ends; after it, or to another role, it is a new term', () => {
    const events = [director('a', 'Dr Ann Example', '2026-02-02')];
    expect(check(events, 'Dr Ann Example', '1970-07-07', '2026-02-02')).toBe('OFFICER_ALREADY_APPOINTED');
    expect(check(events, 'dr ann example', '1970-07-07', '2025-01-01')).toBe('OFFICER_ALREADY_APPOINTED');
    expect(check(events, 'Dr Ann Example', '1980-01-01', '2026-02-02', 'director', true)).toBe('accepted');
    expect(check(events, 'Dr Ann Example', null, '2026-02-02', 'secretary')).toBe('accepted');
    const resigned = [...events, { type: 'director-resigned', effectiveOn: d('2026-05-01'), directorId: 'a' } as OfficerEvent];
    expect(check(resigned, 'Dr Ann Example', '1970-07-07', '2026-05-01')).toBe('accepted');
    expect(errorCode(() => checkNotAlreadyAppointed(foldOfficers(resigned), 'director', { name: 'Dr Ann Example', dateOfBirth: d('1970-07-07') }, d('2026-04-30'), (o) => born[o.officerId] ?? null))).toBe('OFFICER_ALREADY_APPOINTED');
  });

  it('EC-2: the name of a director in office with another date of birth is refused (OFFICER_NAME_IN_OFFICE, naming that term) unless said to be a different person', () => {
    const events = [director('a', 'Dr Asha Begum', '2026-05-01')];
    const bornA: Record<string, CalendarDate> = { a: d('1970-07-07') };
    const refuse = () => checkNotAlreadyAppointed(foldOfficers(events), 'director', { name: 'dr asha  begum', dateOfBirth: d('1980-01-01') }, d('2026-06-01'), (o) => bornA[o.officerId] ?? null);
    expect(errorCode(refuse)).toBe('OFFICER_NAME_IN_OFFICE');
    expect(refuse).toThrow('Dr Asha Begum has been a director since 2026-05-01, under that name');
    try {
      refuse();
    } catch (error) {
      expect((error as DomainError).details).toEqual({ officerId: 'a', officer: 'Dr Asha Begum', role: 'director', appointedOn: '2026-05-01', field: 'differentPerson' });
    }
    expect(() => checkNotAlreadyAppointed(foldOfficers(events), 'director', { name: 'Dr Asha Begum', dateOfBirth: d('1980-01-01') }, d('2026-06-01'), (o) => bornA[o.officerId] ?? null, true)).not.toThrow();
    // The same person (the same date of birth) is refused as already appointed, whatever the request says.
    expect(errorCode(() => checkNotAlreadyAppointed(foldOfficers(events), 'director', { name: 'Dr Asha Begum', dateOfBirth: d('1970-07-07') }, d('2026-06-01'), (o) => bornA[o.officerId] ?? null, true))).toBe('OFFICER_ALREADY_APPOINTED');
    // A namesake who has left office by that day is no bar.
    const left = [...events, { type: 'director-resigned', effectiveOn: d('2026-05-20'), directorId: 'a' } as OfficerEvent];
    expect(() => checkNotAlreadyAppointed(foldOfficers(left), 'director', { name: 'Dr Asha Begum', dateOfBirth: d('1980-01-01') }, d('2026-06-01'), (o) => bornA[o.officerId] ?? null)).not.toThrow();
  });
});
