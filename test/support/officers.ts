import { COMPANY, type TestApp } from './test-app';

/**
 * EC-4: appoints a director through the API with every particular s.163 and s.165 ask for (synthetic
 * values), appointed on `appointedOn` (by default 5 January 2026); returns the officer's id.
 */
export async function appointDirector(t: TestApp, name: string, companyId = COMPANY, appointedOn = '2026-01-05'): Promise<string> {
  const res = await t.http.post(`/api/companies/${companyId}/officers`).set(t.auth('secretary')).send({
    role: 'director', name, serviceAddress: '1 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom', nationality: 'British',
    occupation: 'General practitioner', dateOfBirth: '1971-02-03', residentialAddress: '12 Private Road, London E3 9ZZ', appointedOn,
  }).expect(201);
  return res.body.officerId as string;
}

/**
 * EC-3: records the identity verification of every director in office, dated `on`, so that a
 * confirmation statement filed from 18 November 2025 (which confirms it) can be recorded.
 */
export async function verifyDirectorsInOffice(t: TestApp, on: string, companyId = COMPANY): Promise<void> {
  const directors = (await t.http.get(`/api/companies/${companyId}/directors`).set(t.auth('secretary')).expect(200)).body as { directorId: string; resignedOn: string | null }[];
  for (const d of directors.filter((x) => x.resignedOn === null)) {
    await t.http.post(`/api/companies/${companyId}/officers/${d.directorId}/identity-verification`).set(t.auth('secretary')).send({ verifiedOn: on, route: 'companies-house', personalCode: 'ABC12345DEF' }).expect(201);
  }
}
