import { databaseKinds } from './support/databases';
import { pdfText } from './support/pdf-download';
import { ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { holdersByShare, readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/**
 * Votes at a meeting whose attendance is recorded, over HTTP: a vote is cast by someone present, the
 * way they attend (MT-3, s.318: in person, by proxy or by corporate representative), and a director
 * interested in an item is counted in neither its quorum nor its vote (MA-2, model articles art. 14).
 * A refused vote writes nothing.
 */
describe.each(databaseKinds())('votes at a meeting with recorded attendance (%s)', (kind) => {
  let t: TestApp;
  let holders: Map<number, string>;
  let directors: string[];
  beforeAll(async () => {
    t = await startTestApp(kind);
    holders = await holdersByShare(t, '2024-01-01');
    await t.http.post(`${C}/directors`).set(t.auth('secretary')).send({ name: 'Demo Director 4 (synthetic)', serviceAddress: '4 Demo Yard', appointedOn: '2020-01-06' }).expect(201);
    directors = (await t.http.get(`${C}/directors?asAt=2024-06-01`).set(t.auth('board')).expect(200)).body.map((d: { directorId: string }) => d.directorId);
    expect(directors).toHaveLength(4);
  });
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  const vote = (rid: string, body: object) => post(`resolutions/${rid}/votes`, body);
  const refused = refusedUnchanged(() => ledgerHead(t));
  const member = (share: number) => holders.get(share)!;
  const meetingAsAt = async (id: string, asAt: string) => (await t.http.get(`${C}/meetings/${id}?asAt=${asAt}`).set(t.auth('board')).expect(200)).body;
  const minutes = (id: string) => pdfText(t, `${C}/meetings/${id}/minutes.pdf`);

  it('MA-2: a director recorded as interested in the item is counted in neither its quorum nor its vote, though his vote does not say so', async () => {
    const [d1, d2, d3] = directors;
    const created = await post('meetings', {
      kind: 'board',
      heldOn: '2024-06-03',
      chairDirectorId: d2,
      items: [{ text: 'THAT the contract with Demo Supplies Ltd be approved (synthetic).' }],
      attendance: [{ directorId: d1, interestedIn: [1] }, { directorId: d2 }, { directorId: d3 }],
    }).expect(201);
    const rid = created.body.items[0].resolutionId as string;
    await vote(rid, { directorId: d1, vote: 'for' }).expect(201);

    const got = await meetingAsAt(created.body.meetingId, '2024-06-03');
    expect(got.items[0].votes).toEqual([{ directorId: d1, vote: 'for', interested: true }]);
    expect(got.items[0].outcome).toMatchObject({ status: 'failed', failedBecause: 'majority-not-reached', tally: { inFavour: 0, against: 0 } });
    const text = await minutes(created.body.meetingId);
    expect(text).toContain('director; interested in item 1');
    expect(text).not.toContain('Outcome Passed');

    // The two directors left are the quorum; D2 and D3 carry it.
    await vote(rid, { directorId: d2, vote: 'for' }).expect(201);
    expect((await meetingAsAt(created.body.meetingId, '2024-06-03')).items[0].outcome).toMatchObject({ status: 'passed', tally: { inFavour: 1, against: 0 } });
  });

  it('MA-2: the interested director is not in the item’s quorum: with one other director present it is inquorate', async () => {
    const [d1, d2] = directors;
    const created = await post('meetings', {
      kind: 'board',
      heldOn: '2024-06-04',
      items: [{ text: 'THAT the premises be let to Demo Tenant (synthetic).' }],
      attendance: [{ directorId: d1, interestedIn: [1] }, { directorId: d2 }],
    }).expect(201);
    const rid = created.body.items[0].resolutionId as string;
    await vote(rid, { directorId: d1, vote: 'for' }).expect(201);
    await vote(rid, { directorId: d2, vote: 'for' }).expect(201);
    expect((await meetingAsAt(created.body.meetingId, '2024-06-04')).items[0].outcome).toMatchObject({ status: 'failed', failedBecause: 'quorum-not-met' });
  });

  it('MA-2 / MT-3: at a board meeting with recorded attendance a director not present cannot vote; nothing is written', async () => {
    const [d1, d2, d3, d4] = directors;
    const created = await post('meetings', {
      kind: 'board',
      heldOn: '2024-06-05',
      items: [{ text: 'THAT the annual budget be approved (synthetic).' }],
      attendance: [{ directorId: d1 }, { directorId: d2 }, { directorId: d3 }],
    }).expect(201);
    const rid = created.body.items[0].resolutionId as string;
    const res = await refused(() => vote(rid, { directorId: d4, vote: 'for' }), 422, 'VOTER_NOT_PRESENT');
    expect(res.body.details).toMatchObject({ directorId: d4, meetingOn: '2024-06-05' });
    await vote(rid, { directorId: d1, vote: 'for' }).expect(201);
    const got = await meetingAsAt(created.body.meetingId, '2024-06-05');
    expect(got.sittings[0]).toMatchObject({ present: 3 });
    expect(got.sittings[0].attendance).toHaveLength(3);
  });

  it('MT-3: at a general meeting with recorded attendance a member not present cannot vote; nothing is written', async () => {
    const created = await post('meetings', {
      kind: 'general',
      noticeGivenOn: '2024-06-01',
      heldOn: '2024-06-20',
      items: [{ type: 'ordinary', text: 'THAT the accounts be received (synthetic).' }],
      attendance: [{ memberId: member(1) }, { memberId: member(2) }],
    }).expect(201);
    const rid = created.body.items[0].resolutionId as string;
    const res = await refused(() => vote(rid, { memberId: member(3), vote: 'for' }), 422, 'VOTER_NOT_PRESENT');
    expect(res.body.details).toMatchObject({ memberId: member(3), meetingOn: '2024-06-20' });
    await vote(rid, { memberId: member(1), vote: 'for' }).expect(201);
    const got = await meetingAsAt(created.body.meetingId, '2024-06-20');
    expect(got.sittings[0]).toMatchObject({ present: 2 });
    expect(got.items[0].votes).toEqual([{ memberId: member(1), vote: 'for' }]);
  });

  it('MT-3: a member votes the way the member attends: by the same proxy, or by the representative; otherwise refused and nothing written', async () => {
    const created = await post('meetings', {
      kind: 'general',
      noticeGivenOn: '2024-07-01',
      heldOn: '2024-07-20',
      items: [{ type: 'ordinary', text: 'THAT the auditors be reappointed (synthetic).' }],
      attendance: [{ memberId: member(4), proxyName: "Ms Proxy O'Brien" }, { memberId: member(5), representativeName: 'Mr Demo Representative' }, { memberId: member(6) }],
    }).expect(201);
    const rid = created.body.items[0].resolutionId as string;
    const byOther = await refused(() => vote(rid, { memberId: member(4), vote: 'for', proxyName: 'Different Proxy' }), 422, 'VOTE_NOT_AS_ATTENDED');
    expect(byOther.body.message).toContain("Ms Proxy O'Brien");
    await refused(() => vote(rid, { memberId: member(4), vote: 'for' }), 422, 'VOTE_NOT_AS_ATTENDED');
    await refused(() => vote(rid, { memberId: member(5), vote: 'for' }), 422, 'VOTE_NOT_AS_ATTENDED');
    await refused(() => vote(rid, { memberId: member(6), vote: 'for', proxyName: 'Someone Else' }), 422, 'VOTE_NOT_AS_ATTENDED');

    await vote(rid, { memberId: member(4), vote: 'for', proxyName: "ms proxy o'brien" }).expect(201);
    await vote(rid, { memberId: member(5), vote: 'for', representativeName: 'Mr Demo Representative' }).expect(201);
    await vote(rid, { memberId: member(6), vote: 'against' }).expect(201);
    const got = await meetingAsAt(created.body.meetingId, '2024-07-20');
    expect(got.sittings[0]).toMatchObject({ present: 3, quorate: true });
    expect(got.sittings[0].attendance).toHaveLength(3);
    expect(got.items[0].outcome).toMatchObject({ status: 'passed', tally: { inFavour: 2, against: 1 } });
  });

  it('MT-3: attendance recorded on the adjourned day that contradicts a vote already cast there is 422 VOTE_NOT_AS_ATTENDED, in words, and nothing is written', async () => {
    const created = await post('meetings', {
      kind: 'general',
      noticeGivenOn: '2024-09-01',
      heldOn: '2024-09-20',
      items: [{ type: 'ordinary', text: 'THAT the reserves policy be adopted (synthetic).' }],
      attendance: [{ memberId: member(1) }],
    }).expect(201);
    const id = created.body.meetingId as string;
    const rid = created.body.items[0].resolutionId as string;
    await post(`meetings/${id}/adjournments`, { to: '2024-09-27' }).expect(201);
    await vote(rid, { memberId: member(2), vote: 'for' }).expect(201);

    const res = await refused(() => post(`meetings/${id}/attendance`, { attendees: [{ memberId: member(2), proxyName: 'Mr X' }] }), 422, 'VOTE_NOT_AS_ATTENDED');
    const name = (await readRegister(t, 'status=current&limit=100&asAt=2024-09-27')).members.find((m) => m.memberId === member(2))!.name;
    expect(res.body.message).toBe(`${name} voted for the resolution “THAT the reserves policy be adopted (synthetic).” in person; attendance by proxy Mr X at the sitting of 2024-09-27 would contradict that vote (MT-3)`);
    await post(`meetings/${id}/attendance`, { attendees: [{ memberId: member(2) }, { memberId: member(3), proxyName: 'Mr X' }] }).expect(201);
    expect((await meetingAsAt(id, '2024-09-27')).sittings[1].attendance).toHaveLength(2);
  });

  it('vote refusals name the member or director and the resolution in words, never ids or code names', async () => {
    const general = await post('meetings', {
      kind: 'general',
      noticeGivenOn: '2024-10-01',
      heldOn: '2024-10-20',
      items: [{ type: 'ordinary', text: 'THAT the annual report be received (synthetic).' }],
      attendance: [{ memberId: member(1) }, { memberId: member(2) }],
    }).expect(201);
    const rid = general.body.items[0].resolutionId as string;
    await vote(rid, { memberId: member(1), vote: 'for' }).expect(201);
    const name = (await readRegister(t, 'status=current&limit=100&asAt=2024-10-20')).members.find((m) => m.memberId === member(1))!.name;
    const twice = await refused(() => vote(rid, { memberId: member(1), vote: 'against' }), 409, 'VOTE_ALREADY_RECORDED');
    expect(twice.body.message).toBe(`${name} has already voted on the resolution “THAT the annual report be received (synthetic).”; a member votes once`);
    const absent = await refused(() => vote(rid, { memberId: member(3), vote: 'for' }), 422, 'VOTER_NOT_PRESENT');
    const agreement = await refused(() => post(`resolutions/${rid}/agreements`, { memberId: member(1), agreedOn: '2024-10-05' }), 422, 'RESPONSE_NOT_FOR_PROCEDURE');
    expect(agreement.body.message).toBe('an agreement does not apply to the resolution “THAT the annual report be received (synthetic).”, which the members decide at a general meeting');

    const [d1, d2] = directors;
    const board = await post('meetings', { kind: 'board', heldOn: '2024-10-21', items: [{ text: 'THAT the bank mandate be renewed (synthetic).' }], attendance: [{ directorId: d1 }] }).expect(201);
    const bid = board.body.items[0].resolutionId as string;
    await vote(bid, { directorId: d1, vote: 'for' }).expect(201);
    const directorTwice = await refused(() => vote(bid, { directorId: d1, vote: 'for' }), 409, 'VOTE_ALREADY_RECORDED');
    expect(directorTwice.body.message).toMatch(/^Demo .+ has already voted on the resolution “THAT the bank mandate be renewed \(synthetic\)\.”; a director votes once$/);
    const notPresent = await refused(() => vote(bid, { directorId: d2, vote: 'for' }), 422, 'VOTER_NOT_PRESENT');
    for (const res of [twice, absent, agreement, directorTwice, notPresent]) {
      expect(res.body.message).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|members-written|general-meeting|board-meeting|\bresolution [0-9a-f]/);
      expect(res.body.message).not.toContain(rid);
    }
    expect(absent.body.message).toMatch(/^\S.* is not recorded present, in person, by proxy or by corporate representative, at the meeting on 2024-10-20, so cannot vote on the resolution “THAT the annual report be received \(synthetic\)\.” \(MT-3\)$/);
  });

  it('a one-item meeting with no recorded attendance still takes votes from those who come, and they are its attendance', async () => {
    const one = await post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: '2024-08-01', meetingOn: '2024-08-20', text: 'THAT the minutes be approved (synthetic).' }).expect(201);
    await vote(one.body.resolutionId, { memberId: member(7), vote: 'for' }).expect(201);
    await vote(one.body.resolutionId, { memberId: member(8), vote: 'for', proxyName: 'Ms Demo Proxy' }).expect(201);
    const got = await meetingAsAt(one.body.meetingId, '2024-08-20');
    expect(got.sittings[0]).toMatchObject({ present: 2, quorate: true });
    expect(got.items[0].outcome).toMatchObject({ status: 'passed' });
  });
});
