import { COMPANY, type TestApp } from './test-app';

/**
 * EC-4: appoints a director through the API with every particular s.163 and s.165 ask for (synthetic
 * values), appointed on 5 January 2026; returns the officer's id.
 */
export async function appointDirector(t: TestApp, name: string, companyId = COMPANY): Promise<string> {
  const res = await t.http.post(`/api/companies/${companyId}/officers`).set(t.auth('secretary')).send({
    role: 'director', name, serviceAddress: '1 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom', nationality: 'British',
    occupation: 'General practitioner', dateOfBirth: '1971-02-03', residentialAddress: '12 Private Road, London E3 9ZZ', appointedOn: '2026-01-05',
  }).expect(201);
  return res.body.officerId as string;
}
