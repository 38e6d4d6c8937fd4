import { todayAndTomorrow, addDays } from './support/dates';
import { databaseKinds } from './support/databases';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

type Outcome = { status: string; failedBecause: string | null };
type Item = { resolutionId: string; outcome: Outcome };

/**
 * MT-3, MA-2 over HTTP: an item of a meeting is open, not failed, while it awaits the record of its
 * sitting (as the pages say "no attendance recorded yet"), or on the day of its sitting while no vote
 * on it is recorded; a past sitting's recorded outcome is unchanged.
 */
describe.each(databaseKinds())('meeting items not yet decided, in the API (%s)', (kind) => {
  let t: TestApp;
  let directors: string[];
  let today: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    ({ today } = await todayAndTomorrow());
    directors = (await t.http.get(`${C}/directors?asAt=${addDays(today, -5)}`).set(t.auth('board')).expect(200)).body.map((d: { directorId: string }) => d.directorId);
    expect(directors.length).toBeGreaterThanOrEqual(2);
  }, 180_000);
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  const read = async (path: string) => (await t.http.get(`${C}/${path}`).set(t.auth('board')).expect(200)).body;
  const boardMeeting = async (heldOn: string, attendance?: object[]) =>
    (await post('meetings', { kind: 'board', heldOn, items: [{ text: 'THAT the budget be approved (synthetic).' }], ...(attendance ? { attendance } : {}) }).expect(201)).body as { meetingId: string; items: Item[] };
  const open = { status: 'open', failedBecause: null, tally: null };

  it('MT-3: a board meeting called today with nothing recorded: its item is open in the meeting, the resolution and the list, not failed', async () => {
    const m = await boardMeeting(today);
    expect(m.items[0]!.outcome).toMatchObject(open);
    const rid = m.items[0]!.resolutionId;
    expect((await read(`meetings/${m.meetingId}`)).items[0].outcome).toMatchObject(open);
    expect((await read(`resolutions/${rid}`)).outcome).toMatchObject(open);
    expect((await read('resolutions')).find((r: { resolutionId: string }) => r.resolutionId === rid).outcome).toMatchObject(open);
  });

  it('MA-2: a board meeting today with its attendance recorded and no vote yet: open; once the directors vote, passed', async () => {
    const m = await boardMeeting(today, directors.map((directorId) => ({ directorId })));
    expect(m.items[0]!.outcome).toMatchObject(open);
    const rid = m.items[0]!.resolutionId;
    expect((await read(`resolutions/${rid}`)).outcome).toMatchObject(open);
    for (const directorId of directors) await post(`resolutions/${rid}/votes`, { directorId, vote: 'for' }).expect(201);
    expect((await read(`resolutions/${rid}`)).outcome).toMatchObject({ status: 'passed', passedOn: today });
  });

  it('a board resolution proposed today at a meeting through /resolutions is open until voted on', async () => {
    const proposed = await post('resolutions', { kind: 'board', procedure: 'meeting', meetingOn: today, text: 'THAT the policy be adopted (synthetic).' }).expect(201);
    expect(proposed.body.outcome).toMatchObject(open);
  });

  it('MT-3: a past meeting with nothing recorded awaits its record: open as at its day and today; a past sitting with attendance and no vote keeps its outcome (failed)', async () => {
    const waiting = await boardMeeting(addDays(today, -3));
    for (const asAt of [addDays(today, -3), today]) expect((await read(`meetings/${waiting.meetingId}?asAt=${asAt}`)).items[0].outcome).toMatchObject(open);
    const attended = await boardMeeting(addDays(today, -4), directors.map((directorId) => ({ directorId })));
    expect((await read(`resolutions/${attended.items[0]!.resolutionId}?asAt=${addDays(today, -4)}`)).outcome).toMatchObject({ status: 'failed', failedBecause: 'majority-not-reached' });
  });
});
