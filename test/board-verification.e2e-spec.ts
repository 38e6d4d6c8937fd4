import { addDays, type CalendarDate } from '#domain';
import { today as serviceToday } from '../apps/api/src/common/today';
import { passBoardResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
type Unverified = { directorId: string; name: string; on: string; verificationDueOn: string; message: string };

/** EC-3: a board decision names the directors it counted while they acted as directors without a verified identity. */
describe.each(databaseKinds())('board decisions by unverified directors (%s)', (kind) => {
  let t: TestApp;
  let today: CalendarDate;
  beforeAll(async () => {
    // The seed's filing history verifies its directors: only the director appointed here is unverified.
    t = await startTestApp(kind, { seedFilings: true });
    today = serviceToday();
  });
  afterAll(() => t?.close());

  const read = async (path: string) => (await t.http.get(`${C}/${path}`).set(t.auth('board')).expect(200)).body;
  /** A director appointed on `appointedOn` with the s.163 particulars and no identity verification; their officer id. */
  const appointUnverified = async (name: string, appointedOn: string, dateOfBirth: string): Promise<string> =>
    (await t.http.post(`${C}/officers`).set(t.auth('secretary')).send({
      role: 'director', name, serviceAddress: '1 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom',
      nationality: 'British', occupation: 'General practitioner', dateOfBirth, residentialAddress: '2 Private Road, London E3 9ZZ', appointedOn,
    }).expect(201)).body.officerId as string;

  it('EC-3: a director appointed since 18 November 2025 and counted at a board meeting before their identity was verified is named on the resolution and its meeting; after verification, not', async () => {
    const appointedOn = addDays(today, -3);
    const directorId = await appointUnverified('Dr Unverified Example (synthetic)', appointedOn, '1970-01-01');

    const before = await passBoardResolution(t, COMPANY, addDays(today, -1), [{ action: 'allotment', shareNumber: 38 }]);
    const resolution = await read(`resolutions/${before}`);
    expect(resolution.unverifiedDirectors as Unverified[]).toEqual([
      { directorId, name: 'Dr Unverified Example (synthetic)', on: addDays(today, -1), verificationDueOn: appointedOn, message: expect.stringMatching(/took part in the board meeting .* without a verified identity/) },
    ]);
    expect((await read(`meetings/${resolution.meetingId}`)).items[0].unverifiedDirectors).toEqual(resolution.unverifiedDirectors);
    expect(((await read('resolutions')) as { resolutionId: string; unverifiedDirectors?: Unverified[] }[]).find((r) => r.resolutionId === before)!.unverifiedDirectors).toHaveLength(1);

    // Verified today: the earlier meeting still names the director (it happened before), today's does not.
    await t.http.post(`${C}/officers/${directorId}/identity-verification`).set(t.auth('secretary')).send({ verifiedOn: today, route: 'companies-house', personalCode: 'ABC12345DEF' }).expect(201);
    expect((await read(`resolutions/${before}`)).unverifiedDirectors).toHaveLength(1);
    const after = await passBoardResolution(t, COMPANY, today, [{ action: 'allotment', shareNumber: 39 }]);
    expect((await read(`resolutions/${after}`)).unverifiedDirectors).toEqual([]);
  });

  it('EC-3: a director recorded present at a board meeting, who does not vote, took part in it all the same', async () => {
    const present = await appointUnverified('Dr Present Example (synthetic)', addDays(today, -4), '1972-03-04');
    const board = ((await read(`directors?asAt=${addDays(today, -2)}`)) as { directorId: string }[]).map((d) => d.directorId).filter((id) => id !== present);
    const created = await t.http.post(`${C}/meetings`).set(t.auth('secretary')).send({
      kind: 'board', heldOn: addDays(today, -2), items: [{ text: 'THAT the minutes be approved (synthetic).' }],
      attendance: [...board.map((directorId) => ({ directorId })), { directorId: present }],
    }).expect(201);
    const rid = created.body.items[0].resolutionId as string;
    for (const directorId of board) await t.http.post(`${C}/resolutions/${rid}/votes`).set(t.auth('secretary')).send({ directorId, vote: 'for' }).expect(201);
    const names = ((await read(`resolutions/${rid}`)).unverifiedDirectors as Unverified[]).map((u) => u.name);
    expect(names).toContain('Dr Present Example (synthetic)');
    expect((await read(`meetings/${created.body.meetingId}`)).items[0].unverifiedDirectors.map((u: Unverified) => u.name)).toEqual(names);
  });

  it('EC-2, EC-3: a director appointed since 18 November 2025 is warned of until the AP01 is filed, verified or not; the warning names the AP01\'s due day', async () => {
    const appointedOn = addDays(today, -2);
    const directorId = await appointUnverified('Dr Notified Later (synthetic)', appointedOn, '1975-05-05');
    await t.http.post(`${C}/officers/${directorId}/identity-verification`).set(t.auth('secretary')).send({ verifiedOn: appointedOn, route: 'companies-house', personalCode: 'ABC12345DEF' }).expect(201);
    type Warning = { officerId: string; warning: string; dueOn: string; message: string };
    const warnings = async () => ((await read(`officers/warnings?asAt=${today}`)).warnings as Warning[]).filter((w) => w.officerId === directorId);
    expect(await warnings()).toEqual([
      { officerId: directorId, name: 'Dr Notified Later (synthetic)', warning: 'appointment-not-notified', dueOn: addDays(appointedOn, 14), message: expect.stringContaining('a director must not act before it is notified') },
    ]);
    await t.http.post(`${C}/filings`).set(t.auth('secretary')).send({ kind: 'ap01', reference: `${directorId}-appointed-${appointedOn}`, filedOn: today }).expect(201);
    expect(await warnings()).toEqual([]);
  });
});
