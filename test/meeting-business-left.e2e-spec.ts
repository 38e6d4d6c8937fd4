import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

type Item = { resolutionId: string; outcome: { status: string } };

/** MA-3 over HTTP: an adjournment carries the business not yet decided; a meeting with none left is not adjourned. */
describe.each(databaseKinds())('adjourning a meeting with business left (%s)', (kind) => {
  let t: TestApp;
  let directors: string[];
  beforeAll(async () => {
    t = await startTestApp(kind);
    directors = (await t.http.get(`${C}/directors?asAt=2024-03-05`).set(t.auth('board')).expect(200)).body.map((d: { directorId: string }) => d.directorId);
    expect(directors.length).toBeGreaterThanOrEqual(2);
  });
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  const refused = refusedUnchanged(() => ledgerHead(t));
  const callBoardMeeting = async (heldOn: string) =>
    (await post('meetings', { kind: 'board', heldOn, items: [{ text: 'THAT the budget be approved (synthetic).' }, { text: 'THAT the auditors be thanked (synthetic).' }] }).expect(201)).body as { meetingId: string; items: Item[] };
  const allVote = async (resolutionId: string) => {
    for (const directorId of directors) await post(`resolutions/${resolutionId}/votes`, { directorId, vote: 'for' }).expect(201);
  };

  it('MA-3: a board meeting whose every item has passed is not adjourned (409 MEETING_HAS_NO_BUSINESS_LEFT); nothing is written and it keeps its one sitting', async () => {
    const { meetingId, items } = await callBoardMeeting('2024-03-05');
    for (const item of items) await allVote(item.resolutionId);
    const res = await refused(() => post(`meetings/${meetingId}/adjournments`, { to: '2024-03-12' }), 409, 'MEETING_HAS_NO_BUSINESS_LEFT');
    expect(res.body.message).toContain('no business left to adjourn');
    const meeting = (await t.http.get(`${C}/meetings/${meetingId}?asAt=2024-03-12`).set(t.auth('board')).expect(200)).body;
    expect(meeting.adjournments).toEqual([]);
    expect(meeting.sittings.map((s: { on: string }) => s.on)).toEqual(['2024-03-05']);
    expect(meeting.items.map((i: Item) => i.outcome.status)).toEqual(['passed', 'passed']);
  });

  it('MA-3: a meeting with an item not yet voted on is adjourned, that item moving to the later day; once it is decided there, the meeting is not adjourned again', async () => {
    const { meetingId, items } = await callBoardMeeting('2024-04-02');
    await allVote(items[0]!.resolutionId);
    const adjourned = await post(`meetings/${meetingId}/adjournments`, { to: '2024-04-09' }).expect(201);
    expect(adjourned.body.adjournments).toEqual([{ on: '2024-04-02', to: '2024-04-09' }]);
    expect(adjourned.body.items.map((i: { meetingOn: string }) => i.meetingOn)).toEqual(['2024-04-02', '2024-04-09']);
    await allVote(items[1]!.resolutionId);
    await refused(() => post(`meetings/${meetingId}/adjournments`, { to: '2024-04-16' }), 409, 'MEETING_HAS_NO_BUSINESS_LEFT');
  });

  it('MA-3: a meeting with nothing recorded yet, or not quorate with no vote, is adjourned (its items are not decided)', async () => {
    const { meetingId } = await callBoardMeeting('2024-05-07');
    await post(`meetings/${meetingId}/adjournments`, { to: '2024-05-14' }).expect(201);
    const inquorate = await post('meetings', {
      kind: 'general', noticeGivenOn: '2024-05-01', heldOn: '2024-05-20', items: [{ type: 'ordinary', text: 'THAT the accounts be received (synthetic).' }],
    }).expect(201);
    const members = (await t.http.get(`${C}/register?status=current&limit=1`).set(t.auth('board')).expect(200)).body.members as { memberId: string }[];
    await post(`meetings/${inquorate.body.meetingId}/attendance`, { attendees: [{ memberId: members[0]!.memberId }] }).expect(201);
    await post(`meetings/${inquorate.body.meetingId}/adjournments`, { to: '2024-05-27' }).expect(201);
  });
});
