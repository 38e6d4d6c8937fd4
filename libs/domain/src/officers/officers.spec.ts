import { errorCode } from '../../test/error-code';
import { calendarDate, type CalendarDate } from '../calendar/calendar-date';
import { appointmentNotificationWarnings, officerNotificationDuties, verificationWarnings } from './officer-notifications';
import { checkDirectorAge, checkOfficerParticularsChanged, foldOfficers, officerAsAt, type OfficerEvent, type OfficerParticulars } from './officers';

const d = calendarDate;
const particulars = (name: string): OfficerParticulars => ({
  name,
  formerNames: [],
  serviceAddress: '1 Example Street, London E1 1AA',
  countryOfResidence: 'United Kingdom',
  nationality: 'British',
  occupation: 'General practitioner',
  birthMonth: '1970-05',
});
const appointed = (id: string, on: string): OfficerEvent => ({
  type: 'director-appointed', effectiveOn: d(on), directorId: id, name: `Dr ${id}`, serviceAddress: '1 Example Street, London E1 1AA', particulars: particulars(`Dr ${id}`), personalCommitment: 'c'.repeat(64),
});
const verified = (id: string, on: string): OfficerEvent => ({ type: 'officer-identity-verified', effectiveOn: d(on), officerId: id, route: 'companies-house', personalCommitment: 'e'.repeat(64) });

describe('Officers after ECCTA (EC-1…EC-4)', () => {
  it('EC-2: an appointment raises AP01, a resignation TM01 and a change of particulars CH01, each due 14 days after the change', () => {
    const record = foldOfficers([
      appointed('a', '2026-03-02'),
      { type: 'officer-particulars-changed', effectiveOn: d('2026-04-01'), officerId: 'a', changes: { serviceAddress: '2 New Road, London E2 2BB' }, personalCommitment: null, protectedFields: [] },
      { type: 'director-resigned', effectiveOn: d('2026-06-30'), directorId: 'a' },
    ]);
    expect(officerNotificationDuties(record).map((x) => [x.kind, x.arisesOn, x.dueOn])).toEqual([
      ['ap01', '2026-03-02', '2026-03-16'],
      ['ch01', '2026-04-01', '2026-04-15'],
      ['tm01', '2026-06-30', '2026-07-14'],
    ]);
    expect(record[0]!.particulars.serviceAddress).toBe('2 New Road, London E2 2BB');
  });

  it('FC-1: a first director, appointed on incorporation and named in the IN01, owes no AP01; a later change of theirs is notified as any other', () => {
    const record = foldOfficers([
      appointed('first', '2014-09-01'),
      appointed('later', '2015-02-01'),
      { type: 'director-resigned', effectiveOn: d('2016-03-31'), directorId: 'first' },
    ]);
    expect(officerNotificationDuties(record, d('2014-09-01')).map((x) => [x.kind, x.reference])).toEqual([
      ['tm01', 'first-resigned-2016-03-31'],
      ['ap01', 'later-appointed-2015-02-01'],
    ]);
  });

  it('EC-2: a secretary is notified on AP03, TM02 and CH03', () => {
    const record = foldOfficers([
      { type: 'secretary-appointed', effectiveOn: d('2026-01-05'), officerId: 's', particulars: { ...particulars('Ms S'), countryOfResidence: null, nationality: null, occupation: null, birthMonth: null }, personalCommitment: null },
      { type: 'officer-particulars-changed', effectiveOn: d('2026-02-01'), officerId: 's', changes: { name: 'Mrs S' }, personalCommitment: null, protectedFields: [] },
      { type: 'secretary-resigned', effectiveOn: d('2026-03-01'), officerId: 's' },
    ]);
    expect(officerNotificationDuties(record).map((x) => x.kind)).toEqual(['ap03', 'ch03', 'tm02']);
  });

  it('EC-4, s.163(1)(b): a new name keeps the one it replaces as a former name, once, in the order used; a change that states the former names is taken as given', () => {
    const renamed = (on: string, name: string, formerNames?: string[]): OfficerEvent => ({
      type: 'officer-particulars-changed', effectiveOn: d(on), officerId: 'a', changes: formerNames === undefined ? { name } : { name, formerNames }, personalCommitment: null, protectedFields: [],
    });
    const [officer] = foldOfficers([appointed('a', '2026-03-02'), renamed('2026-04-01', 'Dr Wójcik-Nowak'), renamed('2026-05-01', 'Dr Nowak')]);
    expect(officer!.particulars).toMatchObject({ name: 'Dr Nowak', formerNames: ['Dr a', 'Dr Wójcik-Nowak'] });
    // A name taken again is no longer a former one.
    const [back] = foldOfficers([appointed('a', '2026-03-02'), renamed('2026-04-01', 'Dr Wójcik-Nowak'), renamed('2026-05-01', 'Dr a')]);
    expect(back!.particulars).toMatchObject({ name: 'Dr a', formerNames: ['Dr Wójcik-Nowak'] });
    // As at a day between the changes: the first name only.
    expect(officerAsAt(officer!, d('2026-04-15'))?.particulars).toMatchObject({ name: 'Dr Wójcik-Nowak', formerNames: ['Dr a'] });
    // A name changed before the age of 16 is no former name (s.163(2)): the change says so by giving the list.
    const [excused] = foldOfficers([appointed('a', '2026-03-02'), renamed('2026-04-01', 'Dr B', [])]);
    expect(excused!.particulars.formerNames).toEqual([]);
    // A back-dated rename goes before a later one, each keeping the name in force before it.
    const [backDated] = foldOfficers([appointed('a', '2026-03-02'), renamed('2026-05-01', 'Dr C'), renamed('2026-04-01', 'Dr B')]);
    expect(backDated!.particulars).toMatchObject({ name: 'Dr C', formerNames: ['Dr a', 'Dr B'] });
  });

  it('EC-4: a director appointed before the particulars were taken keeps name and service address, the rest unknown', () => {
    const [officer] = foldOfficers([{ type: 'director-appointed', effectiveOn: d('2014-09-01'), directorId: 'x', name: 'Dr X', serviceAddress: '1 Demo Yard' }]);
    expect(officer).toMatchObject({ role: 'director', particulars: { name: 'Dr X', serviceAddress: '1 Demo Yard', birthMonth: null }, personalCommitment: null, verification: null });
  });

  it('EC-3: a new director verifies identity before being appointed: a verification dated before the appointment is kept', () => {
    const [officer] = foldOfficers([appointed('a', '2026-03-02'), verified('a', '2026-02-20')]);
    expect(officer!.verification).toEqual({ verifiedOn: '2026-02-20', route: 'companies-house' });
  });

  it('s.157: a director is at least 16 on the day of appointment; a date of birth after it is refused too', () => {
    expect(() => checkDirectorAge(d('2010-03-02'), d('2026-03-02'))).not.toThrow();
    expect(errorCode(() => checkDirectorAge(d('2010-03-03'), d('2026-03-02')))).toBe('DIRECTOR_UNDER_MINIMUM_AGE');
    expect(errorCode(() => checkDirectorAge(d('2030-01-01'), d('2026-03-02')))).toBe('DIRECTOR_UNDER_MINIMUM_AGE');
    // A date of birth after the appointment is refused as that, not as a director "not yet 16".
    expect(() => checkDirectorAge(d('2030-01-01'), d('2026-03-02'))).toThrow('the date of birth, 2030-01-01, is after the day of appointment, 2026-03-02 (s.157)');
    expect(() => checkDirectorAge(d('2010-03-03'), d('2026-03-02'))).toThrow('a director born on 2010-03-03 is not yet 16 on 2026-03-02 (s.157)');
  });

  it('s.157: the refusal of a director under 16 names the field (dateOfBirth) and both dates', () => {
    try {
      checkDirectorAge(d('2012-01-01'), d('2026-03-02'));
      throw new Error('not refused');
    } catch (error) {
      expect((error as { details: unknown }).details).toEqual({ field: 'dateOfBirth', dateOfBirth: '2012-01-01', appointedOn: '2026-03-02' });
    }
  });

  it('s.157: a date of birth making the director older than 120 on the day of appointment (as 1800-01-01) is refused as no real date of birth', () => {
    expect(errorCode(() => checkDirectorAge(d('1800-01-01'), d('2026-03-02')))).toBe('DATE_OF_BIRTH_IMPLAUSIBLE');
    expect(() => checkDirectorAge(d('1800-01-01'), d('2026-03-02'))).toThrow('the date of birth, 1800-01-01, makes the director older than 120 on the day of appointment, 2026-03-02');
    // 120 on the day is taken; 121 is not.
    expect(() => checkDirectorAge(d('1906-03-02'), d('2026-03-02'))).not.toThrow();
    expect(() => checkDirectorAge(d('1905-03-03'), d('2026-03-02'))).not.toThrow();
    expect(errorCode(() => checkDirectorAge(d('1905-03-02'), d('2026-03-02')))).toBe('DATE_OF_BIRTH_IMPLAUSIBLE');
  });

  it('EC-2: no change before the appointment, no second appointment while in office, no verification of a secretary', () => {
    expect(errorCode(() => foldOfficers([appointed('a', '2026-03-02'), appointed('a', '2026-04-02')]))).toBe('OFFICER_ALREADY_IN_OFFICE');
    expect(errorCode(() => foldOfficers([appointed('a', '2026-03-02'), { type: 'director-resigned', effectiveOn: d('2026-03-01'), directorId: 'a' }]))).toBe('RESIGNATION_BEFORE_APPOINTMENT');
    expect(errorCode(() => foldOfficers([verified('nobody', '2026-03-01')]))).toBe('OFFICER_NOT_FOUND');
    expect(
      errorCode(() =>
        foldOfficers([
          { type: 'secretary-appointed', effectiveOn: d('2026-01-05'), officerId: 's', particulars: particulars('S'), personalCommitment: null },
          verified('s', '2026-01-06'),
        ]),
      ),
    ).toBe('VERIFICATION_NOT_FOR_DIRECTOR');
  });

  describe('EC-3: identity verification', () => {
    const statementDue = d('2026-09-14');
    const warnings = (events: OfficerEvent[], asAt: CalendarDate) => verificationWarnings(foldOfficers(events), asAt, statementDue).map((w) => [w.officerId, w.warning, w.dueOn]);

    it('EC-3: a director appointed since 18 November 2025 and not verified is acting unverified from the day appointed', () => {
      expect(warnings([appointed('new', '2026-11-02')], d('2026-11-30'))).toEqual([['new', 'acting-unverified', '2026-11-02']]);
      expect(warnings([appointed('new', '2026-11-02'), verified('new', '2026-11-02')], d('2026-11-30'))).toEqual([]);
    });

    it('EC-3: an existing director is due to verify with the first confirmation statement after 18 November 2025, then warned as acting unverified', () => {
      const events = [appointed('old', '2014-09-01')];
      expect(warnings(events, d('2026-06-01'))).toEqual([['old', 'verification-due', '2026-09-14']]);
      expect(warnings(events, d('2026-09-15'))).toEqual([['old', 'acting-unverified', '2026-09-14']]);
      expect(warnings([...events, verified('old', '2026-08-01')], d('2026-09-15'))).toEqual([]);
    });

    it('EC-2, EC-3: a director appointed since 18 November 2025 is warned until the AP01 is filed; an earlier appointment, or a director who left, is not', () => {
      const record = foldOfficers([appointed('new', '2026-12-01'), verified('new', '2026-11-28'), appointed('old', '2024-03-01')]);
      const notice = (filings: { kind: 'ap01'; reference: string; filedOn: CalendarDate }[], asAt: string) =>
        appointmentNotificationWarnings(record, filings, d(asAt)).map((w) => [w.officerId, w.warning, w.dueOn]);
      expect(notice([], '2026-12-02')).toEqual([['new', 'appointment-not-notified', '2026-12-15']]);
      expect(appointmentNotificationWarnings(record, [], d('2026-12-02'))[0]!.message).toBe("Dr new's appointment on 2026-12-01 is not yet notified to Companies House (AP01, due by 2026-12-15): a director must not act before it is notified");
      const ap01 = { kind: 'ap01' as const, reference: 'new-appointed-2026-12-01', filedOn: d('2026-12-03') };
      expect(notice([ap01], '2026-12-02')).toEqual([['new', 'appointment-not-notified', '2026-12-15']]);
      expect(notice([ap01], '2026-12-03')).toEqual([]);
      expect(notice([], '2026-11-30')).toEqual([]);
      const left = foldOfficers([appointed('new', '2026-12-01'), { type: 'director-resigned', effectiveOn: d('2026-12-02'), directorId: 'new' }]);
      expect(appointmentNotificationWarnings(left, [], d('2026-12-05'))).toEqual([]);
    });

    it('EC-3: a director who has resigned is not warned', () => {
      expect(warnings([appointed('a', '2026-11-02'), { type: 'director-resigned', effectiveOn: d('2026-11-10'), directorId: 'a' }], d('2026-11-30'))).toEqual([]);
    });
  });
});

describe("A change of an officer's particulars that changes none (EC-4)", () => {
  const recorded = { name: 'Dr A', formerNames: ['Dr B'], serviceAddress: '1 Road', countryOfResidence: 'England', nationality: 'British', occupation: 'GP', birthMonth: '1970-01' };
  const code = (fn: () => void) => {
    try {
      fn();
      return 'accepted';
    } catch (error) {
      return (error as { code?: string }).code;
    }
  };

  it('EC-4: every particular given already as recorded, and the protected details unchanged, is refused (OFFICER_PARTICULARS_UNCHANGED); any difference is a change', () => {
    expect(code(() => checkOfficerParticularsChanged('a', recorded, { serviceAddress: '1 Road', formerNames: ['Dr B'] }, true))).toBe('OFFICER_PARTICULARS_UNCHANGED');
    expect(code(() => checkOfficerParticularsChanged('a', recorded, {}, true))).toBe('OFFICER_PARTICULARS_UNCHANGED');
    expect(code(() => checkOfficerParticularsChanged('a', recorded, { serviceAddress: '1 Road' }, false))).toBe('accepted');
    expect(code(() => checkOfficerParticularsChanged('a', recorded, { serviceAddress: '1 Road', formerNames: [] }, true))).toBe('accepted');
    expect(code(() => checkOfficerParticularsChanged('a', recorded, { occupation: null }, true))).toBe('accepted');
  });

  it('EC-3: a director verified twice is verified, as at any day from the first, by the verification in force that day', () => {
    const record = foldOfficers([appointed('a', '2026-01-05'), verified('a', '2026-01-10'), verified('a', '2026-09-01')]);
    const [term] = record;
    expect(term!.verification?.verifiedOn).toBe('2026-09-01');
    expect([d('2026-01-09'), d('2026-01-10'), d('2026-05-01'), d('2026-09-01')].map((on) => officerAsAt(term!, on).verification?.verifiedOn ?? null)).toEqual([null, '2026-01-10', '2026-01-10', '2026-09-01']);
    // No warning of acting unverified between the two verifications.
    expect(verificationWarnings(record, d('2026-05-01'), d('2026-12-31'))).toEqual([]);
    expect(verificationWarnings(record, d('2026-01-09'), d('2026-12-31')).map((w) => w.warning)).toEqual(['acting-unverified']);
  });

  it('EC-4, s.165: as at a day, the protected details are those of the commitment in force then; a verification before the appointment counts from it', () => {
    const [term] = foldOfficers([
      appointed('a', '2026-01-05'),
      { type: 'officer-particulars-changed', effectiveOn: d('2026-06-01'), officerId: 'a', changes: {}, personalCommitment: 'f'.repeat(64), protectedFields: ['residentialAddress'] },
    ]);
    expect([d('2026-05-31'), d('2026-06-01')].map((on) => officerAsAt(term!, on).personalCommitment)).toEqual(['c'.repeat(64), 'f'.repeat(64)]);
    expect(term!.personalCommitment).toBe('f'.repeat(64));
    // Verified (with the personal code) three days before the appointment: those details are in force from the appointment.
    const [early] = foldOfficers([appointed('b', '2026-01-05'), verified('b', '2026-01-02')]);
    expect([d('2026-01-04'), d('2026-01-05')].map((on) => officerAsAt(early!, on).personalCommitment)).toEqual(['c'.repeat(64), 'e'.repeat(64)]);
  });
});
