import { passBoardResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const OLD = 'Dr Olive Before (synthetic)';
const NEW = 'Dr Olive After (synthetic)';

/** A director's change of name (CH01) reaches the register of directors as at a date and the board that resolutions count, by the day each took effect. */
describe.each(databaseKinds())("a director's change of particulars as at a date (%s)", (kind) => {
  let t: TestApp;
  let officerId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const appointed = await t.http.post(`${C}/officers`).set(t.auth('secretary')).send({
      role: 'director', name: OLD, serviceAddress: '1 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom', nationality: 'British',
      occupation: 'General practitioner', dateOfBirth: '1975-05-14', residentialAddress: '12 Private Road, London E3 9ZZ', appointedOn: '2026-01-05',
    }).expect(201);
    officerId = appointed.body.officerId;
  });
  afterAll(() => t?.close());

  const nameIn = (list: { directorId?: string; officerId?: string; name: string }[]) => list.find((d) => (d.directorId ?? d.officerId) === officerId)?.name;

  it('EC-4, s.162: the register of directors as at a day before the change of name shows the name then, and from the change the new name', async () => {
    const before = await t.http.post(`${C}/resolutions`).set(t.auth('secretary')).send({ kind: 'board', procedure: 'meeting', meetingOn: '2026-03-10', text: 'THAT the accounts be approved (synthetic).' }).expect(201);
    await t.http.post(`${C}/officers/${officerId}/particulars`).set(t.auth('secretary')).send({ effectiveOn: '2026-04-01', name: NEW, formerNames: [OLD] }).expect(201);

    const directors = async (asAt: string) => (await t.http.get(`${C}/directors?asAt=${asAt}`).set(t.auth('board')).expect(200)).body;
    expect(nameIn(await directors('2026-03-31'))).toBe(OLD);
    expect(nameIn(await directors('2026-04-01'))).toBe(NEW);
    expect(nameIn((await t.http.get(`${C}/directors`).set(t.auth('board')).expect(200)).body)).toBe(NEW);

    const officers = async (asAt: string) => (await t.http.get(`${C}/officers?asAt=${asAt}`).set(t.auth('board')).expect(200)).body;
    expect(nameIn(await officers('2026-03-31'))).toBe(OLD);
    expect((await officers('2026-03-31')).find((o: { officerId: string }) => o.officerId === officerId).formerNames).toEqual([]);
    expect(nameIn(await officers('2026-04-01'))).toBe(NEW);

    // The board the earlier meeting counted named the director as then.
    expect(nameIn((await t.http.get(`${C}/resolutions/${before.body.resolutionId}`).set(t.auth('board')).expect(200)).body.board)).toBe(OLD);
  });

  it('EC-4, MA-2: a vote at a board meeting after the change of name is recorded by the new name; one before it keeps the old', async () => {
    const after = await passBoardResolution(t, COMPANY, '2026-05-04', []);
    const resolution = (await t.http.get(`${C}/resolutions/${after}`).set(t.auth('board')).expect(200)).body;
    expect(resolution.votes.map((v: { directorId: string }) => v.directorId)).toContain(officerId);
    expect(nameIn(resolution.board)).toBe(NEW);
    const earlier = await passBoardResolution(t, COMPANY, '2026-03-20', []);
    expect(nameIn((await t.http.get(`${C}/resolutions/${earlier}`).set(t.auth('board')).expect(200)).body.board)).toBe(OLD);
  });

  it('EC-4, s.165: the secretary sees, as at a day before a change of residential address, the address then; from the change the new one', async () => {
    await t.http.post(`${C}/officers/${officerId}/particulars`).set(t.auth('secretary')).send({ effectiveOn: '2026-06-01', residentialAddress: '14 Private Road, London E3 9ZZ' }).expect(201);
    const residentialAddress = async (asAt: string) =>
      ((await t.http.get(`${C}/officers?asAt=${asAt}`).set(t.auth('secretary')).expect(200)).body as { officerId: string; residentialAddress: string }[]).find((o) => o.officerId === officerId)?.residentialAddress;
    expect(await residentialAddress('2026-05-31')).toBe('12 Private Road, London E3 9ZZ');
    expect(await residentialAddress('2026-06-01')).toBe('14 Private Road, London E3 9ZZ');
    expect(((await t.http.get(`${C}/officers`).set(t.auth('secretary')).expect(200)).body as { officerId: string; residentialAddress: string }[]).find((o) => o.officerId === officerId)?.residentialAddress).toBe('14 Private Road, London E3 9ZZ');
  });
});
