import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { expectRefusal } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
type Response = { status: number; body: Record<string, any> };

/**
 * s.157 and the date of birth a director's appointment gives (under 16, after the appointment, older
 * than 120: refused beside `dateOfBirth`), and EC-2's second appointment of a name already in office:
 * refused (409 OFFICER_NAME_IN_OFFICE, naming the term in office) unless said to be a different person.
 */
describe.each(databaseKinds())('a director\'s date of birth and a namesake in office (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t?.close());

  const director = (name: string, dateOfBirth: string, appointedOn: string) => ({
    role: 'director', name, serviceAddress: '1 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom', nationality: 'British',
    occupation: 'General practitioner', dateOfBirth, residentialAddress: '12 Private Road, London E3 9ZZ', appointedOn,
  });
  const appoint = (body: object) => t.http.post(`${C}/officers`).set(t.auth('secretary')).send(body) as unknown as Promise<Response>;

  it('s.157: a director under 16 on the day of appointment, born after it, or older than 120 on it (1800-01-01) is refused (422, field dateOfBirth); nothing is written', async () => {
    const before = await ledgerHead(t);
    const cases = [
      ['2012-01-01', 'DIRECTOR_UNDER_MINIMUM_AGE'],
      ['2026-03-03', 'DIRECTOR_UNDER_MINIMUM_AGE'],
      ['1800-01-01', 'DATE_OF_BIRTH_IMPLAUSIBLE'],
      ['1905-03-02', 'DATE_OF_BIRTH_IMPLAUSIBLE'],
    ] as const;
    for (const [dateOfBirth, code] of cases) {
      const res = await appoint(director('Dr Old Or Young (synthetic)', dateOfBirth, '2026-03-02'));
      expectRefusal(res as never, 422, code);
      expect(res.body.details).toEqual({ field: 'dateOfBirth', dateOfBirth, appointedOn: '2026-03-02' });
    }
    expect((await appoint({ ...director('Dr Old Or Young (synthetic)', '1800-01-01', '2026-03-02') })).body.message).toBe(
      'the date of birth, 1800-01-01, makes the director older than 120 on the day of appointment, 2026-03-02: check the date of birth',
    );
    expect(await ledgerHead(t)).toEqual(before);
    // 120 on the day is taken.
    expect((await appoint(director('Dr Old Or Young (synthetic)', '1906-03-02', '2026-03-02'))).status).toBe(201);
  });

  it('s.157: a change of a director\'s date of birth to one older than 120 on the day of appointment is refused too', async () => {
    const created = await appoint(director('Dr Changed Birth (synthetic)', '1970-01-01', '2026-03-02'));
    expect(created.status).toBe(201);
    const before = await ledgerHead(t);
    const res = await t.http.post(`${C}/officers/${created.body.officerId}/particulars`).set(t.auth('secretary')).send({ effectiveOn: '2026-04-01', dateOfBirth: '1800-01-01' });
    expectRefusal(res as never, 422, 'DATE_OF_BIRTH_IMPLAUSIBLE');
    expect(await ledgerHead(t)).toEqual(before);
  });

  it('EC-2: a director with the name of a director in office and another date of birth is refused (409 OFFICER_NAME_IN_OFFICE naming that term) unless differentPerson; then both are listed', async () => {
    const first = await appoint(director('Dr Asha Begum (synthetic)', '1970-07-07', '2026-05-01'));
    expect(first.status).toBe(201);
    const before = await ledgerHead(t);
    const second = director(' Dr  Asha Begum (synthetic)', '1984-02-02', '2026-06-01');
    for (const body of [second, { ...second, differentPerson: false }]) {
      const res = await appoint(body);
      expectRefusal(res as never, 409, 'OFFICER_NAME_IN_OFFICE');
      expect(res.body.details).toEqual({ officerId: first.body.officerId, officer: 'Dr Asha Begum (synthetic)', role: 'director', appointedOn: '2026-05-01', field: 'differentPerson' });
      expect(res.body.message).toContain('Dr Asha Begum (synthetic) has been a director since 2026-05-01');
    }
    expect(await ledgerHead(t)).toEqual(before);
    const bad = await appoint({ ...second, differentPerson: 'yes' });
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const taken = await appoint({ ...second, differentPerson: true });
    expect(taken.status).toBe(201);
    // The same person (the same date of birth) is the same appointment, whatever the request says.
    expectRefusal((await appoint({ ...director('Dr Asha Begum (synthetic)', '1970-07-07', '2026-06-02'), differentPerson: true })) as never, 409, 'OFFICER_ALREADY_APPOINTED');
    const listed = ((await t.http.get(`${C}/officers`).set(t.auth('board')).expect(200)).body as { officerId: string; name: string; appointedOn: string; monthAndYearOfBirth: string }[]).filter((o) => o.name === 'Dr Asha Begum (synthetic)');
    expect(listed.map((o) => [o.officerId, o.appointedOn, o.monthAndYearOfBirth])).toEqual([
      [first.body.officerId, '2026-05-01', '1970-07'],
      [taken.body.officerId, '2026-06-01', '1984-02'],
    ]);
  });
});
