import { databaseKinds } from './support/databases';
import { pdfText } from './support/pdf-download';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/** MA-2 over HTTP: the chair's casting vote and interested directors at a board meeting (model articles arts. 13–14). */
describe.each(databaseKinds())('board meetings: casting vote and interested directors (%s)', (kind) => {
  let t: TestApp;
  let directors: string[];
  beforeAll(async () => {
    t = await startTestApp(kind);
    await t.http.post(`${C}/directors`).set(t.auth('secretary')).send({ name: 'Demo Director 4 (synthetic)', serviceAddress: '4 Demo Yard', appointedOn: '2020-01-06' }).expect(201);
    directors = (await t.http.get(`${C}/directors?asAt=2024-05-01`).set(t.auth('board')).expect(200)).body.map((d: { directorId: string }) => d.directorId);
    expect(directors).toHaveLength(4);
  });
  afterAll(() => t.close());

  const propose = async (chairDirectorId?: string) =>
    (await t.http.post(`${C}/resolutions`).set(t.auth('secretary')).send({ kind: 'board', procedure: 'meeting', meetingOn: '2024-05-01', text: 'THAT the 2024 budget be approved (synthetic).', ...(chairDirectorId ? { chairDirectorId } : {}) }).expect(201)).body;
  const vote = (id: string, directorId: string, v: string, interested?: boolean) =>
    t.http.post(`${C}/resolutions/${id}/votes`).set(t.auth('secretary')).send({ directorId, vote: v, ...(interested === undefined ? {} : { interested }) });
  const outcome = async (id: string) => (await t.http.get(`${C}/resolutions/${id}?asAt=2024-05-01`).set(t.auth('auditor')).expect(200)).body;

  it('MA-2: a 2–2 board vote passes on the casting vote of the chair, who voted for', async () => {
    const [a, b, c, d] = directors;
    const r = await propose(a);
    expect(r).toMatchObject({ chairDirectorId: a, chairHasCastingVote: true, interestedDirectorsExcluded: true });
    for (const [who, v] of [[a, 'for'], [b, 'for'], [c, 'against'], [d, 'against']]) await vote(r.resolutionId, who, v).expect(201);
    expect((await outcome(r.resolutionId)).outcome).toMatchObject({ status: 'passed', passedOn: '2024-05-01', tally: { inFavour: 2, against: 2 } });
  });

  it('MA-2 (art. 13): 1 for, 1 against, 1 abstaining, passed on the chair’s casting vote: the minutes say the votes were equal and give no number needed to pass', async () => {
    const [a, b, c] = directors;
    const r = await propose(a);
    for (const [who, v] of [[a, 'for'], [b, 'against'], [c, 'abstain']]) await vote(r.resolutionId, who, v).expect(201);
    // Needed: more votes for than against of those cast (2 of 2); abstentions are not cast.
    expect((await outcome(r.resolutionId)).outcome).toMatchObject({ status: 'passed', tally: { inFavour: 1, against: 1, abstaining: 1, needed: 2, outOf: 2 } });
    const minutes = await pdfText(t, `${C}/meetings/${r.meetingId}/minutes.pdf`);
    expect(minutes).toContain('Votes Votes were equal: 1 for, 1 against; 1 abstained');
    expect(minutes).toContain('Outcome Passed on 1 May 2024, on the chair’s casting vote');
    expect(minutes).not.toContain('Needed to pass');
    expect(minutes).not.toContain('For / against / abstaining');
  });

  it('MA-2: a 2–1 board vote is minuted with its count and the number needed (more for than against: 2 of 3 cast)', async () => {
    const [a, b, c] = directors;
    const r = await propose(a);
    for (const [who, v] of [[a, 'for'], [b, 'for'], [c, 'against']]) await vote(r.resolutionId, who, v).expect(201);
    const minutes = await pdfText(t, `${C}/meetings/${r.meetingId}/minutes.pdf`);
    expect(minutes).toContain('For / against / abstaining 2 / 1 / 0');
    expect(minutes).toContain('Needed to pass 2');
    expect(minutes).not.toContain('Votes were equal');
    expect(minutes).not.toContain('casting vote');
  });

  it('MA-2: without a chair recorded the same 2–2 vote fails', async () => {
    const [a, b, c, d] = directors;
    const r = await propose();
    for (const [who, v] of [[a, 'for'], [b, 'for'], [c, 'against'], [d, 'against']]) await vote(r.resolutionId, who, v).expect(201);
    expect((await outcome(r.resolutionId)).outcome).toMatchObject({ status: 'failed', failedBecause: 'majority-not-reached' });
  });

  it('MA-2: an interested director is recorded but counted in neither the quorum nor the vote', async () => {
    const [a, b, c] = directors;
    const r = await propose(a);
    await vote(r.resolutionId, a, 'for').expect(201);
    await vote(r.resolutionId, b, 'against', true).expect(201);
    await vote(r.resolutionId, c, 'against').expect(201);
    const got = await outcome(r.resolutionId);
    expect(got.votes).toContainEqual({ directorId: b, vote: 'against', interested: true });
    expect(got.outcome).toMatchObject({ status: 'passed', tally: { inFavour: 1, against: 1 } });
  });

  it('a chair who is not on the board, or `interested` on a member’s vote, is refused and nothing is written', async () => {
    const before = (await t.http.get(`${C}/ledger/verify`).set(t.auth('auditor'))).body;
    const bad = await t.http.post(`${C}/resolutions`).set(t.auth('secretary')).send({ kind: 'board', procedure: 'meeting', meetingOn: '2024-05-01', text: 'X', chairDirectorId: 'nobody' });
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 422, code: 'DIRECTOR_NOT_ON_BOARD' });
    const general = await t.http.post(`${C}/resolutions`).set(t.auth('secretary')).send({ kind: 'board', procedure: 'written', circulatedOn: '2024-05-01', text: 'X', chairDirectorId: directors[0] });
    expect({ status: general.status, code: general.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect((await t.http.get(`${C}/ledger/verify`).set(t.auth('auditor'))).body).toEqual(before);
  });

  it('MA-3: a director appointed between a board meeting\'s sittings attends the adjourned sitting and votes there; the item\'s board names them', async () => {
    const [a, b] = directors;
    const item = { text: 'THAT the premises lease be renewed (synthetic).' };
    const called = (await t.http.post(`${C}/meetings`).set(t.auth('secretary')).send({ kind: 'board', heldOn: '2024-06-03', items: [item], attendance: [{ directorId: a }], adjournedTo: '2024-06-10' }).expect(201)).body;
    const newcomer = (await t.http.post(`${C}/directors`).set(t.auth('secretary')).send({ name: 'Dr Jane Newton (synthetic)', serviceAddress: '5 Demo Yard', appointedOn: '2024-06-07' }).expect(201)).body.directorId as string;
    await t.http.post(`${C}/meetings/${called.meetingId}/attendance`).set(t.auth('secretary')).send({ attendees: [{ directorId: a }, { directorId: b }, { directorId: newcomer }] }).expect(201);
    const rid = called.items[0].resolutionId as string;
    await vote(rid, newcomer, 'for').expect(201);
    await vote(rid, a, 'for').expect(201);
    const read = (await t.http.get(`${C}/resolutions/${rid}?asAt=2024-06-10`).set(t.auth('auditor')).expect(200)).body;
    expect(read.board.map((d: { directorId: string }) => d.directorId)).toContain(newcomer);
    expect(read.outcome).toMatchObject({ status: 'passed', passedOn: '2024-06-10', tally: { inFavour: 2, against: 0 } });
    // The ledger folds to the same record when read again (the verify route refolds every entry).
    expect((await t.http.get(`${C}/ledger/verify`).set(t.auth('auditor')).expect(200)).body).toMatchObject({ valid: true });
  });
});
