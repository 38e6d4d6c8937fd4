import { databaseKinds } from './support/databases';
import { pdfText } from './support/pdf-download';
import { holdersByShare } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

type Attendee = { directorId?: string; memberId?: string; name: string; capacity?: string; proxyName?: string; representativeName?: string; interestedIn?: number[] };
type MeetingBody = { meetingId: string; reference: string; kind: string; chair: { name: string } | null; sittings: { on: string; present: number; quorate: boolean; attendance: Attendee[] }[]; items: { resolutionId: string }[] };

/**
 * MT-3, MA-1, MA-2, FR-2 over HTTP: a resolution proposed at a meeting through `POST …/resolutions` is
 * the one item of a real meeting record: listed with the meetings, with its human reference; the
 * votes recorded through `POST …/resolutions/:id/votes` show as the sitting's attendance; its minutes
 * name the chair and the outcome.
 */
describe.each(databaseKinds())('a meeting of one item through the resolutions route (%s)', (kind) => {
  let t: TestApp;
  let holders: Map<number, string>;
  beforeAll(async () => {
    t = await startTestApp(kind);
    holders = await holdersByShare(t, '2023-01-01');
  });
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  const vote = (rid: string, body: object) => post(`resolutions/${rid}/votes`, body).expect(201);
  const meetings = async (): Promise<MeetingBody[]> => (await t.http.get(`${C}/meetings?asAt=2024-12-31`).set(t.auth('board')).expect(200)).body;
  const minutes = (meetingId: string) => pdfText(t, `${C}/meetings/${meetingId}/minutes.pdf`);

  it('MA-2, FR-2: a board resolution at a meeting with a chair is a board meeting record; votes are its attendance; the minutes name the chair and the outcome', async () => {
    const board = (await t.http.get(`${C}/directors?asAt=2024-06-03`).set(t.auth('board')).expect(200)).body as { directorId: string; name: string }[];
    const [a, b, c] = board;
    const before = (await meetings()).length;
    const proposed = await post('resolutions', { kind: 'board', procedure: 'meeting', meetingOn: '2024-06-03', chairDirectorId: a.directorId, text: 'THAT the premises lease be renewed (synthetic).' }).expect(201);
    const meetingId = proposed.body.meetingId as string;
    expect(meetingId).toEqual(expect.any(String));
    expect(proposed.body.reference).toMatch(/^BR-2024-\d\d$/);

    const listed = await meetings();
    expect(listed).toHaveLength(before + 1);
    const meeting = listed.find((m) => m.meetingId === meetingId)!;
    expect(meeting).toMatchObject({ kind: 'board', reference: expect.stringMatching(/^BM-2024-\d\d$/), chair: { directorId: a.directorId, name: a.name } });
    expect(meeting.items.map((i) => i.resolutionId)).toEqual([proposed.body.resolutionId]);
    expect(meeting.sittings[0].attendance).toEqual([]);

    await vote(proposed.body.resolutionId, { directorId: a.directorId, vote: 'for' });
    await vote(proposed.body.resolutionId, { directorId: b.directorId, vote: 'against' });
    await vote(proposed.body.resolutionId, { directorId: c.directorId, vote: 'against', interested: true });
    const got = (await t.http.get(`${C}/meetings/${meetingId}?asAt=2024-06-03`).set(t.auth('auditor')).expect(200)).body as MeetingBody;
    expect(got.sittings[0]).toMatchObject({ on: '2024-06-03', present: 3, quorate: true });
    expect(got.sittings[0].attendance).toEqual([
      { directorId: a.directorId, name: a.name, interestedIn: [] },
      { directorId: b.directorId, name: b.name, interestedIn: [] },
      { directorId: c.directorId, name: c.name, interestedIn: [1] },
    ]);

    const text = await minutes(meetingId);
    expect(text).toContain(got.reference);
    expect(text).toContain(a.name);
    expect(text).toContain('director; interested in item 1');
    expect(text).toContain('3 directors present; the quorum is 2: quorate');
    expect(text).toContain(proposed.body.reference);
    expect(text).toContain('Outcome Passed on 3 June 2024, on the chair’s casting vote');
  });

  it('MA-1, MT-3: a members’ resolution at a general meeting with a chair is a general meeting record; votes in person, by proxy and by a representative show as attendance', async () => {
    const [chair, proxied, corporate] = [holders.get(8)!, holders.get(9)!, holders.get(10)!];
    const proposed = await post('resolutions', {
      kind: 'members',
      type: 'ordinary',
      procedure: 'meeting',
      noticeGivenOn: '2024-07-01',
      meetingOn: '2024-07-22',
      chairMemberId: chair,
      chairName: 'Demo Chair (synthetic)',
      text: 'THAT the annual report be received (synthetic).',
    }).expect(201);
    const meetingId = proposed.body.meetingId as string;
    expect(proposed.body).toMatchObject({ chair: { memberId: chair, name: 'Demo Chair (synthetic)' }, reference: expect.stringMatching(/^OR-2024-\d\d$/) });

    const meeting = (await meetings()).find((m) => m.meetingId === meetingId)!;
    expect(meeting).toMatchObject({ kind: 'general', reference: expect.stringMatching(/^GM-2024-\d\d$/), noticeGivenOn: '2024-07-01', heldOn: '2024-07-22', chair: { memberId: chair, name: 'Demo Chair (synthetic)' } });
    expect((meeting as unknown as { noticeTo: unknown[] }).noticeTo).toHaveLength(37);

    await vote(proposed.body.resolutionId, { memberId: chair, vote: 'for' });
    await vote(proposed.body.resolutionId, { memberId: proxied, vote: 'for', proxyName: 'Ms Demo Proxy (synthetic)' });
    await vote(proposed.body.resolutionId, { memberId: corporate, vote: 'against', representativeName: 'Mr Demo Representative (synthetic)' });
    const got = (await t.http.get(`${C}/meetings/${meetingId}?asAt=2024-07-22`).set(t.auth('board')).expect(200)).body as MeetingBody;
    expect(got.sittings[0]).toMatchObject({ present: 3, quorate: true });
    expect(got.sittings[0].attendance).toEqual([
      expect.objectContaining({ memberId: chair, capacity: 'in-person' }),
      expect.objectContaining({ memberId: proxied, capacity: 'proxy', proxyName: 'Ms Demo Proxy (synthetic)' }),
      expect.objectContaining({ memberId: corporate, capacity: 'corporate-representative', representativeName: 'Mr Demo Representative (synthetic)' }),
    ]);

    const text = await minutes(meetingId);
    expect(text).toContain('Demo Chair (synthetic)');
    expect(text).toContain('by proxy: Ms Demo Proxy (synthetic)');
    expect(text).toContain('by corporate representative: Mr Demo Representative (synthetic)');
    expect(text).toContain('3 qualifying persons present; the quorum is 2: quorate');
    expect(text).toContain('Outcome Passed on 22 July 2024');
  });

  it('a written resolution is no meeting: nothing is added to the meetings', async () => {
    const before = (await meetings()).length;
    await post('resolutions', { kind: 'board', procedure: 'written', circulatedOn: '2024-08-01', text: 'THAT the bank mandate be updated (synthetic).' }).expect(201);
    expect(await meetings()).toHaveLength(before);
  });
});
