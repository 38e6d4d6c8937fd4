import { databaseKinds } from './support/databases';
import { ledgerEntries, ledgerHead } from './support/ledger';
import { pdfText } from './support/pdf-download';
import { refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

type Item = { resolutionId: string; outcome: { status: string; failedBecause: string | null } };
type Sitting = { on: string; present: number; attendance: { directorId: string; interestedIn: number[] }[] };

/**
 * MA-2 (model articles art. 14) over HTTP: a director present at a board meeting declares an interest
 * in an item after the attendance was recorded; the director then counts neither in the quorum nor in
 * the vote on it. The seeded company has 3 directors; the board's quorum is 2.
 */
describe.each(databaseKinds())('declarations of interest at a board meeting (%s)', (kind) => {
  let t: TestApp;
  let directors: string[];
  beforeAll(async () => {
    t = await startTestApp(kind);
    directors = (await t.http.get(`${C}/directors?asAt=2024-06-03`).set(t.auth('board')).expect(200)).body.map((d: { directorId: string }) => d.directorId);
    expect(directors).toHaveLength(3);
  });
  afterAll(() => t.close());

  const post = (path: string, body: object, role: 'secretary' | 'board' = 'secretary') => t.http.post(`${C}/${path}`).set(t.auth(role)).send(body);
  const refused = refusedUnchanged(() => ledgerHead(t));
  const meeting = async (heldOn: string, attendance: object[] = []) =>
    (
      await post('meetings', {
        kind: 'board',
        heldOn,
        chairDirectorId: directors[0],
        items: [{ text: 'THAT the management accounts be noted (synthetic).' }, { text: 'THAT the lease be renewed (synthetic).' }],
        ...(attendance.length ? { attendance } : {}),
      }).expect(201)
    ).body as { meetingId: string; items: Item[] };
  const declare = (meetingId: string, body: object) => post(`meetings/${meetingId}/interests`, body);

  it('MA-2: an interest declared after the attendance takes the director out of the quorum for that item; the item fails for want of it', async () => {
    const [a, b] = directors as [string, string];
    const m = await meeting('2024-06-03', [{ directorId: a }, { directorId: b }]);
    const before = await ledgerHead(t);
    const res = await declare(m.meetingId, { directorId: b, interestedIn: [2], declaredOn: '2024-06-03' }).expect(201);
    const written = await ledgerEntries(t, { afterSequence: before.headSequence });
    expect(written.map((e) => ({ kind: e.kind, effectiveOn: e.effectiveOn, payload: e.payload }))).toEqual([
      { kind: 'meeting.interest-declared', effectiveOn: '2024-06-03', payload: { meetingId: m.meetingId, directorId: b, resolutionIds: [m.items[1]!.resolutionId], declaredOn: '2024-06-03' } },
    ]);
    expect((res.body.sittings as Sitting[])[0]!.attendance.find((x) => x.directorId === b)).toMatchObject({ interestedIn: [2] });
    for (const item of m.items) for (const d of [a, b]) await post(`resolutions/${item.resolutionId}/votes`, { directorId: d, vote: 'for' }).expect(201);
    const got = (await t.http.get(`${C}/meetings/${m.meetingId}?asAt=2024-06-03`).set(t.auth('board')).expect(200)).body;
    expect(got.items.map((i: Item) => i.outcome.status)).toEqual(['passed', 'failed']);
    expect(got.items[1].outcome.failedBecause).toBe('quorum-not-met');
    expect(got.items[1].votes).toContainEqual({ directorId: b, vote: 'for', interested: true });
    const minutes = await pdfText(t, `${C}/meetings/${m.meetingId}/minutes.pdf`);
    expect(minutes).toContain('director; interested in item 2');
  });

  it('MA-2: with two of the three directors present interested in item 1, the sitting is quorate except for item 1, in the response and the minutes', async () => {
    const [a, b, c] = directors as [string, string, string];
    const m = await meeting('2024-06-10', [{ directorId: a, interestedIn: [1] }, { directorId: b }, { directorId: c }]);
    await declare(m.meetingId, { directorId: b, interestedIn: [1], declaredOn: '2024-06-10' }).expect(201);
    for (const item of m.items) for (const d of [a, b, c]) await post(`resolutions/${item.resolutionId}/votes`, { directorId: d, vote: 'for' }).expect(201);
    const got = (await t.http.get(`${C}/meetings/${m.meetingId}?asAt=2024-06-10`).set(t.auth('board')).expect(200)).body;
    expect(got.sittings).toMatchObject([{ on: '2024-06-10', present: 3, quorate: true, notQuorateFor: [{ item: 1, counted: 1, interested: 2 }] }]);
    expect(got.items.map((i: Item) => [i.outcome.status, i.outcome.failedBecause])).toEqual([['failed', 'quorum-not-met'], ['passed', null]]);
    const text = await pdfText(t, `${C}/meetings/${m.meetingId}/minutes.pdf`);
    expect(text).toContain('3 directors present; the quorum is 2: quorate, except for item 1: 1 counted (2 interested) — not quorate');
    expect(text).not.toContain('the quorum is 2: quorate ');
    // The item says why it failed, as its page does: the sitting had its quorum, the item did not.
    expect(text.replace(/\s+/g, ' ')).toContain('Not passed: not quorate for this item: 1 director counted, 2 needed (2 interested in it, not counted)');
    expect(text).not.toContain('no quorum present');
  });

  it('MA-2, MA-3: an interest recorded at the first sitting holds at the adjourned sitting that decides the item: not quorate, in the response, the copy and the minutes', async () => {
    const [a, b] = directors as [string, string];
    const m = await meeting('2024-06-12', [{ directorId: a, interestedIn: [1] }]);
    await post(`meetings/${m.meetingId}/adjournments`, { to: '2024-06-14' }).expect(201);
    await post(`meetings/${m.meetingId}/attendance`, { attendees: [{ directorId: a }, { directorId: b }] }).expect(201);
    for (const d of [a, b]) await post(`resolutions/${m.items[0]!.resolutionId}/votes`, { directorId: d, vote: 'for' }).expect(201);
    const got = (await t.http.get(`${C}/meetings/${m.meetingId}?asAt=2024-06-14`).set(t.auth('board')).expect(200)).body;
    expect(got.items[0].outcome).toMatchObject({ status: 'failed', failedBecause: 'quorum-not-met' });
    expect(got.items[0].votes).toContainEqual({ directorId: a, vote: 'for', interested: true });
    expect((got.sittings as Sitting[])[1]!.attendance.find((x) => x.directorId === a)).toMatchObject({ interestedIn: [1] });
    expect(got.sittings[1]).toMatchObject({ on: '2024-06-14', present: 2, quorate: true, notQuorateFor: [{ item: 1, counted: 1, interested: 1 }] });
    const copy = await pdfText(t, `${C}/resolutions/${m.items[0]!.resolutionId}/copy.pdf`);
    expect(copy).toContain('interested; not counted');
    // The minutes list the director as interested in item 1 at both sittings.
    const minutes = await pdfText(t, `${C}/meetings/${m.meetingId}/minutes.pdf`);
    expect(minutes.match(/director; interested in item 1/g)).toHaveLength(2);
  });

  it('refusals change nothing: after the vote, twice, not present, no attendance, no such item, another day, not the secretary', async () => {
    const [a, b, c] = directors as [string, string, string];
    const m = await meeting('2024-06-04', [{ directorId: a }, { directorId: b, interestedIn: [1] }]);
    await post(`resolutions/${m.items[1]!.resolutionId}/votes`, { directorId: a, vote: 'for' }).expect(201);
    const after = await refused(() => declare(m.meetingId, { directorId: a, interestedIn: [2], declaredOn: '2024-06-04' }), 422, 'INTEREST_DECLARED_AFTER_VOTE');
    expect(after.body.message).toMatch(/has already voted on it; an interest declared after the vote changes nothing \(MA-2\)$/);
    await refused(() => declare(m.meetingId, { directorId: b, interestedIn: [1], declaredOn: '2024-06-04' }), 409, 'INTEREST_ALREADY_DECLARED');
    await refused(() => declare(m.meetingId, { directorId: c, interestedIn: [1], declaredOn: '2024-06-04' }), 422, 'DIRECTOR_NOT_PRESENT');
    await refused(() => declare(m.meetingId, { directorId: a, interestedIn: [3], declaredOn: '2024-06-04' }), 422, 'ATTENDANCE_NOT_FOR_MEETING');
    await refused(() => declare(m.meetingId, { directorId: a, interestedIn: [1], declaredOn: '2024-06-05' }), 422, 'ATTENDANCE_NOT_FOR_MEETING');
    await refused(() => declare(m.meetingId, { directorId: a, interestedIn: [1], declaredOn: '2099-06-05' }), 422, 'DATED_AFTER_RECORDING');
    await refused(() => declare(m.meetingId, { directorId: a, interestedIn: [], declaredOn: '2024-06-04' }), 400, 'VALIDATION_FAILED', 'interestedIn');
    await refused(() => t.http.post(`${C}/meetings/${m.meetingId}/interests`).set(t.auth('board')).send({ directorId: a, interestedIn: [1], declaredOn: '2024-06-04' }), 403, 'FORBIDDEN');
    await refused(() => declare('no-such-meeting', { directorId: a, interestedIn: [1], declaredOn: '2024-06-04' }), 404, 'NOT_FOUND');
    const bare = await meeting('2024-06-05');
    await refused(() => declare(bare.meetingId, { directorId: a, interestedIn: [1], declaredOn: '2024-06-05' }), 422, 'ATTENDANCE_NOT_RECORDED');
    await declare(m.meetingId, { directorId: b, interestedIn: [2], declaredOn: '2024-06-04' }).expect(201);
    await refused(() => declare(m.meetingId, { directorId: b, interestedIn: [2], declaredOn: '2024-06-04' }), 409, 'INTEREST_ALREADY_DECLARED');
  });

  it('an Idempotency-Key sent again records once and answers with the meeting as it stands', async () => {
    const [a, b] = directors as [string, string];
    const m = await meeting('2024-06-06', [{ directorId: a }, { directorId: b }]);
    const send = () => t.http.post(`${C}/meetings/${m.meetingId}/interests`).set(t.auth('secretary')).set('Idempotency-Key', 'interest-once-1').send({ directorId: a, interestedIn: [1], declaredOn: '2024-06-06' });
    const first = await send().expect(201);
    const head = await ledgerHead(t);
    const again = await send().expect(201);
    expect(await ledgerHead(t)).toEqual(head);
    expect(again.body.sittings).toEqual(first.body.sittings);
    const other = await t.http.post(`${C}/meetings/${m.meetingId}/interests`).set(t.auth('secretary')).set('Idempotency-Key', 'interest-once-1').send({ directorId: b, interestedIn: [1], declaredOn: '2024-06-06' });
    expect({ status: other.status, code: other.body.code }).toEqual({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
  });
});
