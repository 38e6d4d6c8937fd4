import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { databaseKinds } from './support/databases';
import { ledgerEntries, ledgerHead } from './support/ledger';
import { expectRefusal } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
type Response = { status: number; body: Record<string, any> };

/**
 * EC-2: one person holds one office of a kind once. Appointments write under the company's row lock
 * (Ledger.writeForCompany), so a burst of the same appointment is recorded once and the rest refused.
 */
describe.each(databaseKinds())('appointing an officer already in office (%s)', (kind) => {
  let t: TestApp;
  let http: TestAgent;
  beforeAll(async () => {
    t = await startTestApp(kind);
    // A real listening server, so that concurrent requests are concurrent connections.
    await t.app.listen(0, '127.0.0.1');
    http = request(`http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`);
  });
  afterAll(() => t?.close());

  const director = (name: string, dateOfBirth: string, appointedOn: string) => ({
    role: 'director', name, serviceAddress: '1 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom', nationality: 'British',
    occupation: 'General practitioner', dateOfBirth, residentialAddress: '12 Private Road, London E3 9ZZ', appointedOn,
  });
  const appoint = (body: object) => http.post(`${C}/officers`).set(t.auth('secretary')).send(body) as unknown as Promise<Response>;
  const termsOf = async (name: string) => ((await t.http.get(`${C}/officers`).set(t.auth('board')).expect(200)).body as { name: string; resignedOn: string | null }[]).filter((o) => o.name === name);

  it('EC-2: ten identical appointments sent at once record one officer; the other nine are refused (409 OFFICER_ALREADY_APPOINTED), nothing written for them', async () => {
    const before = await ledgerHead(t);
    const body = director('Dr Race Once (synthetic)', '1970-07-07', '2026-02-02');
    const responses = await Promise.all(Array.from({ length: 10 }, () => appoint(body)));
    const created = responses.filter((r) => r.status === 201);
    expect(created).toHaveLength(1);
    for (const r of responses.filter((x) => x.status !== 201)) {
      expectRefusal(r as never, 409, 'OFFICER_ALREADY_APPOINTED');
      expect(r.body.details).toMatchObject({ officerId: created[0]!.body.officerId, role: 'director', appointedOn: '2026-02-02' });
    }
    expect(await termsOf('Dr Race Once (synthetic)')).toHaveLength(1);
    const after = await ledgerHead(t);
    expect(after.valid).toBe(true);
    expect((await ledgerEntries(t, { afterSequence: before.headSequence })).map((e) => e.kind)).toEqual(['director.appointed']);
  });

  it('EC-2: the same person on another day while in office is refused; another person of the same name (said to be so), or the same person after leaving office, is appointed', async () => {
    const body = director('Dr Same Name (synthetic)', '1965-01-01', '2026-03-02');
    const first = await appoint(body);
    expect(first.status).toBe(201);
    expectRefusal((await appoint({ ...body, name: '  dr same  NAME (synthetic) ', appointedOn: '2026-04-01' })) as never, 409, 'OFFICER_ALREADY_APPOINTED');
    expect((await appoint({ ...body, dateOfBirth: '1980-12-12', differentPerson: true })).status).toBe(201);
    await t.http.post(`${C}/officers/${first.body.officerId}/resignation`).set(t.auth('secretary')).send({ resignedOn: '2026-05-01' }).expect(201);
    expect((await appoint({ ...body, appointedOn: '2026-05-01', differentPerson: true })).status).toBe(201);
    expectRefusal((await appoint({ ...body, appointedOn: '2026-04-30' })) as never, 409, 'OFFICER_ALREADY_APPOINTED');
  });

  it('EC-2: a secretary already in office is not appointed secretary again, at once or later; the same person may be a director too', async () => {
    const secretary = { role: 'secretary', name: 'Ms Race Secretary (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', appointedOn: '2026-02-02' };
    const responses = await Promise.all(Array.from({ length: 10 }, () => appoint(secretary)));
    expect(responses.map((r) => r.status).sort()).toEqual([201, ...Array(9).fill(409)]);
    expectRefusal((await appoint({ ...secretary, appointedOn: '2026-06-01' })) as never, 409, 'OFFICER_ALREADY_APPOINTED');
    expect((await appoint(director('Ms Race Secretary (synthetic)', '1975-03-03', '2026-02-02'))).status).toBe(201);
  });

  it('EC-2: the old POST …/directors route (a director appointed before 18 November 2025) runs the same check: a director appointed with a date of birth is not appointed again there, nor one appointed there again with a date of birth (a date of birth not recorded matches any)', async () => {
    const viaDirectors = (name: string, appointedOn: string) => http.post(`${C}/directors`).set(t.auth('secretary')).send({ name, serviceAddress: '1 Demo Yard, London E1 0XX', appointedOn }) as unknown as Promise<Response>;
    expect((await appoint(director('Dr Both Routes (synthetic)', '1972-02-02', '2025-02-02'))).status).toBe(201);
    const before = await ledgerHead(t);
    const again = await viaDirectors('Dr Both Routes (synthetic)', '2025-03-02');
    expectRefusal(again as never, 409, 'OFFICER_ALREADY_APPOINTED');
    expect(again.body.message).toBe('Dr Both Routes (synthetic) has been a director since 2025-02-02; the appointment is already recorded');
    expect(await ledgerHead(t)).toEqual(before);

    const first = await viaDirectors('Dr Old Route (synthetic)', '2025-02-02');
    expect(first.status).toBe(201);
    const withBirth = await appoint(director('Dr  Old Route (synthetic)', '1960-06-06', '2026-03-02'));
    expectRefusal(withBirth as never, 409, 'OFFICER_ALREADY_APPOINTED');
    expect(withBirth.body.details).toMatchObject({ officerId: first.body.directorId, role: 'director', appointedOn: '2025-02-02' });
    expect(await termsOf('Dr Both Routes (synthetic)')).toHaveLength(1);
    expect(await termsOf('Dr Old Route (synthetic)')).toHaveLength(1);
  });

  it('EC-2: a name typed with runs of spaces is recorded trimmed, each run one space, on both routes, and an appointment of it typed either way is refused', async () => {
    const created = await appoint(director('  Dr   Double\tSpace  (synthetic) ', '1981-01-01', '2026-02-02'));
    expect(created.status).toBe(201);
    expect(created.body.name).toBe('Dr Double Space (synthetic)');
    expect(await termsOf('Dr Double Space (synthetic)')).toHaveLength(1);
    expectRefusal((await appoint(director('Dr Double Space (synthetic)', '1981-01-01', '2026-03-02'))) as never, 409, 'OFFICER_ALREADY_APPOINTED');
    const viaDirectors = await http.post(`${C}/directors`).set(t.auth('secretary')).send({ name: 'Dr  Old  Spaces (synthetic)', serviceAddress: '1 Demo Yard', appointedOn: '2025-02-02' });
    expect(viaDirectors.status).toBe(201);
    expect(viaDirectors.body.name).toBe('Dr Old Spaces (synthetic)');
    const secretary = await appoint({ role: 'secretary', name: 'Ms  Spaced   Secretary', serviceAddress: '1 Demo Yard', appointedOn: '2026-02-02' });
    expect(secretary.body.name).toBe('Ms Spaced Secretary');
    const changed = await t.http.post(`${C}/officers/${secretary.body.officerId}/particulars`).set(t.auth('secretary')).send({ effectiveOn: '2026-03-01', name: ' Ms  Spaced  Secretary-Jones ' });
    expect(changed.status).toBe(201);
    expect(changed.body.name).toBe('Ms Spaced Secretary-Jones');
  });
});
