import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { appointDirector } from './support/officers';
import { refusedUnchanged } from './support/refusals';
import { holdersByShare } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/**
 * A record that relied on a resolution having passed by its day (its filing, FR-1; a share event it
 * authorises; a dividend it approves, CI-3) keeps that outcome: a vote recorded later that would leave
 * the resolution not passed on that day is refused with 409 EVENT_PREDATES_DEPENDENCY naming the
 * record, and nothing is written. A late vote that leaves the outcome as it was is recorded.
 */
describe.each(databaseKinds())('votes after a record that relies on the resolution (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary'));
  const send = (path: string, body: object) => post(path, body).send(body);
  const refused = refusedUnchanged(() => ledgerHead(t));
  const outcome = async (rid: string) => (await t.http.get(`${C}/resolutions/${rid}`).set(t.auth('board')).expect(200)).body.outcome;

  /** A members' ordinary resolution at a general meeting of `meetingOn`, with the members given voting for it. */
  async function generalMeeting(meetingOn: string, noticeGivenOn: string, votesFor: number): Promise<{ rid: string; reference: string; entitled: string[] }> {
    const proposed = await send('resolutions', { kind: 'members', type: 'ordinary', procedure: 'meeting', mustBeFiled: true, noticeGivenOn, meetingOn, text: `THAT the report be received (synthetic, ${meetingOn}).` }).expect(201);
    const entitled = (proposed.body.entitled as { memberId: string }[]).map((m) => m.memberId);
    for (const memberId of entitled.slice(0, votesFor)) await send(`resolutions/${proposed.body.resolutionId}/votes`, { memberId, vote: 'for' }).expect(201);
    return { rid: proposed.body.resolutionId, reference: proposed.body.reference, entitled };
  }
  const vote = (rid: string, memberId: string, how: 'for' | 'against') => send(`resolutions/${rid}/votes`, { memberId, vote: how });

  it('FR-1: once the resolution is filed, a vote against that would fail it is refused; votes that keep it passed are recorded', async () => {
    const { rid, reference, entitled } = await generalMeeting('2023-06-20', '2023-05-30', 2);
    await send('filings', { kind: 'resolution-filing', reference: rid, filedOn: '2023-06-25' }).expect(201);
    await vote(rid, entitled[2]!, 'against').expect(201);

    const res = await refused(() => vote(rid, entitled[3]!, 'against'), 409, 'EVENT_PREDATES_DEPENDENCY');
    expect(res.body.details).toEqual({ resolutionId: rid, reference, entry: 'filing', lastChangedOn: '2023-06-25', kind: 'resolution-filing', failedBecause: 'majority-not-reached' });
    expect(res.body.message).toContain(`relies on resolution ${reference} having passed by then`);
    expect(await outcome(rid)).toMatchObject({ status: 'passed', tally: { inFavour: 2, against: 1 } });

    await vote(rid, entitled[4]!, 'for').expect(201);
    await vote(rid, entitled[3]!, 'against').expect(201);
    await refused(() => vote(rid, entitled[5]!, 'against'), 409, 'EVENT_PREDATES_DEPENDENCY');
    expect(await outcome(rid)).toMatchObject({ status: 'passed', tally: { inFavour: 3, against: 2 } });
  });

  it('a share transfer authorised by a board resolution keeps it passed; once the transfer is corrected away the vote is recorded', async () => {
    await appointDirector(t, 'Demo Director 4 (synthetic)');
    const holder = await holdersByShare(t, '2026-02-01');
    const proposed = await send('resolutions', { kind: 'board', procedure: 'meeting', meetingOn: '2026-02-03', text: 'THAT the transfer of share 7 be approved (synthetic).', authorises: [{ action: 'transfer', shareNumber: 7 }] }).expect(201);
    const rid = proposed.body.resolutionId as string;
    const board = (proposed.body.board as { directorId: string }[]).map((b) => b.directorId);
    expect(board).toHaveLength(4);
    const directorVote = (directorId: string, how: 'for' | 'against') => send(`resolutions/${rid}/votes`, { directorId, vote: how });
    for (const directorId of board.slice(0, 2)) await directorVote(directorId, 'for').expect(201);
    const transfer = await send('share-transfers', {
      shareNumber: 7, fromMemberId: holder.get(7), to: { practiceId: 'practice-z00007', name: 'New partners of Demo Practice 07 (synthetic)' },
      lodgedOn: '2026-02-04', effectiveOn: '2026-02-05', authorisedBy: rid,
    }).expect(201);
    await directorVote(board[2]!, 'against').expect(201);

    const res = await refused(() => directorVote(board[3]!, 'against'), 409, 'EVENT_PREDATES_DEPENDENCY');
    expect(res.body.details).toEqual({ resolutionId: rid, reference: proposed.body.reference, entry: 'transfer', lastChangedOn: '2026-02-05', shareNumber: 7, failedBecause: 'majority-not-reached' });
    expect(res.body.message).toContain('correct the share event first');

    await send('ledger/corrections', { correctsSequence: transfer.body.sequence, reason: 'The transfer was not approved (synthetic)' }).expect(201);
    await directorVote(board[3]!, 'against').expect(201);
    expect(await outcome(rid)).toMatchObject({ status: 'failed', tally: { inFavour: 2, against: 2 } });
  });

  it('CI-3: a dividend approved by a general meeting\'s resolution keeps it passed', async () => {
    const { rid, reference, entitled } = await generalMeeting('2024-06-20', '2024-06-01', 2);
    const declared = await send('dividends', {
      declaredOn: '2024-07-01', financialYearEnd: '2023-09-30', distributableProfitsPence: 10_000_000, totalPence: 1_000_000,
      resolutionId: rid, articlesAllowDividends: true, articlesClause: 'Article 36 (synthetic)',
    }).expect(201);
    await vote(rid, entitled[2]!, 'against').expect(201);
    const res = await refused(() => vote(rid, entitled[3]!, 'against'), 409, 'EVENT_PREDATES_DEPENDENCY');
    expect(res.body.details).toEqual({ resolutionId: rid, reference, entry: 'dividend', lastChangedOn: '2024-07-01', dividendId: declared.body.dividendId, failedBecause: 'majority-not-reached' });
    expect(res.body.message).toContain(`The dividend ${declared.body.dividendId} on 2024-07-01 relies on resolution ${reference}`);
  });
});
