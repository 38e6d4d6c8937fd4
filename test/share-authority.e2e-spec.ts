import { passBoardResolution, passSpecialResolution, SEEDED_ENTRIES, seededAllotmentSequence } from './support/authority';
import { databaseKinds } from './support/databases';
import { todayAndTomorrow } from './support/dates';
import { ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { holdersByShare, readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/**
 * Articles: share events need a board resolution. The seeded company keeps the default settings: an
 * allotment, a transfer and a cancellation each need a passed board resolution, dated on or before
 * the event's effective date, that names the event's action and share number (`authorisedBy`).
 * Without it the event is refused with 422 SHARE_EVENT_NOT_AUTHORISED naming what is missing, and
 * nothing is written (RM-3/RM-4: the ledger only ever holds accepted events). The checks run in this
 * order: a date after today (DATED_AFTER_RECORDING), an unknown resolution (404), the register's own
 * rules, then the authority. Where the articles need no resolution, one named anyway must still name
 * the event and have passed by its date.
 */
describe.each(databaseKinds())('share events need the authority the articles require (%s)', (kind) => {
  let t: TestApp;
  /** share number → the member holding it at seeding. */
  let holder: Map<number, string>;
  /** The number of ledger entries before any test here wrote one. */
  let startingEntries: number;
  /** Resolutions the tests below pass (or fail to) that name the transfer of share 2 without authorising it. */
  const named: { late?: string; other?: string; inquorate?: string } = {};
  beforeAll(async () => {
    t = await startTestApp(kind);
    holder = await holdersByShare(t);
    startingEntries = (await ledgerHead(t)).events;
  });
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  const verify = () => ledgerHead(t);
  const register = (query: string) => readRegister(t, query, 'auditor');

  /** Everything a share event could change: the ledger head, the register (today and as at the event), the member rows. */
  const state = async () => {
    const head = await verify();
    const [{ count }] = await t.sql<{ count: number }>('select count(*)::int as count from member');
    return {
      valid: head.valid,
      events: head.events,
      headHash: head.headHash,
      today: await register('status=all&limit=1000'),
      asAtEvent: await register('status=all&limit=1000&asAt=2024-06-15'),
      memberRows: count,
    };
  };

  /** The transfer of share 2 to new partners of its practice (a new member row), registered on `effectiveOn`. */
  const transferOfShare2 = (extra: object = {}, effectiveOn = '2024-06-15') => ({
    shareNumber: 2,
    fromMemberId: holder.get(2),
    to: { practiceId: 'practice-z00002', name: 'New partners of Demo Practice 02' },
    lodgedOn: '2024-06-01',
    effectiveOn,
    ...extra,
  });

  /** Sends the request, expects the status and code, and that nothing at all was written. */
  const refused = refusedUnchanged(state);

  it('the seed: its 37 allotments each name the board resolution that authorised them, in the ledger and on the register', async () => {
    const ledger = (await t.http.get(`${C}/ledger?limit=1000`).set(t.auth('auditor')).expect(200)).body.entries;
    expect(ledger).toHaveLength(SEEDED_ENTRIES);
    const proposal = ledger.find((e: { kind: string }) => e.kind === 'resolution.proposed');
    const seeded: string = proposal.payload.resolution.id;
    const resolution = await t.http.get(`${C}/resolutions/${seeded}?asAt=2014-09-01`).set(t.auth('auditor')).expect(200);
    expect(resolution.body).toMatchObject({ kind: 'board', procedure: 'meeting', meetingOn: '2014-09-01', outcome: { status: 'passed', passedOn: '2014-09-01' } });
    expect(resolution.body.authorises).toEqual(Array.from({ length: 37 }, (_, i) => ({ action: 'allotment', shareNumber: i + 1 })));
    for (let n = 1; n <= 37; n += 1) {
      expect(ledger[seededAllotmentSequence(n) - 1]).toMatchObject({ kind: 'share.allotment', payload: { shareNumber: n, authorisedBy: seeded } });
    }
    const { members } = await register('status=current&limit=100');
    expect(members.flatMap((m) => m.shares.map((s) => s.authorisedBy))).toEqual(Array(37).fill(seeded));
  });

  it('articles: share events need a board resolution — a share transfer without one is refused with a clear 422 naming what is missing, and nothing is written (ledger head, register, member rows unchanged)', async () => {
    const res = await refused(() => post('share-transfers', transferOfShare2()), 422, 'SHARE_EVENT_NOT_AUTHORISED');
    expect(res.body.message).toBe(
      'the transfer of share 2 taking effect on 2024-06-15 needs a board resolution authorising it, passed on or before 2024-06-15; no resolution authorises it',
    );
    expect(res.body.details).toMatchObject({ action: 'transfer', shareNumber: 2, required: 'board', reasons: [] });
  });

  it("articles, SR-1: an allotment without a board resolution, and a surrender without the members' special resolution a reduction of capital needs, are refused the same way", async () => {
    const cancellation = await refused(
      () => post('share-cancellations', { shareNumber: 4, reason: 'surrender', effectiveOn: '2024-06-15', solvencyStatementOn: '2024-06-01' }),
      422,
      'SHARE_EVENT_NOT_AUTHORISED',
    );
    expect(cancellation.body.message).toMatch(/^the surrender of share 4 taking effect on 2024-06-15, a reduction of capital \(SR-1, s\.641\), needs a members' special resolution/);
    expect(cancellation.body.details).toMatchObject({ action: 'cancellation', reason: 'surrender', shareNumber: 4, required: 'members-special' });

    // The register's own rules come first: all 37 practices hold a share, and a holder of no practice
    // is not eligible, so that is what an allotment to one is refused for.
    await refused(
      () => post('share-allotments', { effectiveOn: '2024-06-15', holder: { name: 'Dr New Holder', address: '1 Road, London E1' } }),
      422,
      'HOLDER_NOT_ELIGIBLE',
    );
    // For an allotment to get as far as its authority, practice 5 first surrenders share 5: a reduction of capital (SR-1),
    // on the members' special resolution, with the solvency statement made in the 15 days before it.
    // The holders of shares 2, 3 and 6, whose transfers below are dated around it, do not respond to it.
    const leaving = await passSpecialResolution(t, COMPANY, '2024-06-05', [{ action: 'cancellation', shareNumber: 5 }], { leaveOut: [2, 3, 6].map((n) => holder.get(n)!) });
    await post('share-cancellations', { shareNumber: 5, reason: 'surrender', effectiveOn: '2024-06-10', authorisedBy: leaving, solvencyStatementOn: '2024-06-01' }).expect(201);
    const allotment = await refused(() => post('share-allotments', { effectiveOn: '2024-06-15', holder: { practiceId: 'practice-z00005' } }), 422, 'SHARE_EVENT_NOT_AUTHORISED');
    expect(allotment.body.message).toMatch(/^the allotment of share 38 taking effect on 2024-06-15 needs a board resolution/);
    expect(allotment.body.details).toMatchObject({ action: 'allotment', shareNumber: 38, required: 'board', reasons: [] });
    // The resolution that let practice 5 go does not let it back in: it names the cancellation of share 5 only.
    const other = await refused(
      () => post('share-allotments', { effectiveOn: '2024-06-15', holder: { practiceId: 'practice-z00005' }, authorisedBy: leaving }),
      422,
      'SHARE_EVENT_NOT_AUTHORISED',
    );
    expect(other.body.message).toContain('no resolution authorises it');
  });

  it('articles: a board resolution passed after the transfer\'s effective date does not authorise it (422)', async () => {
    const late = await passBoardResolution(t, COMPANY, '2024-06-16', [{ action: 'transfer', shareNumber: 2 }]);
    named.late = late;
    const res = await refused(() => post('share-transfers', transferOfShare2({ authorisedBy: late })), 422, 'SHARE_EVENT_NOT_AUTHORISED');
    expect(res.body.message).toContain(`resolution ${late} does not do: it was passed only on 2024-06-16`);
    expect(res.body.details).toMatchObject({ action: 'transfer', shareNumber: 2, required: 'board', reasons: [{ resolutionId: late, reason: 'it was passed only on 2024-06-16' }] });
  });

  it('articles: a board resolution that names another share, or another action on this share, does not authorise it (422)', async () => {
    const other = await passBoardResolution(t, COMPANY, '2024-06-01', [
      { action: 'transfer', shareNumber: 3 },
      { action: 'cancellation', shareNumber: 2 },
    ]);
    named.other = other;
    const res = await refused(() => post('share-transfers', transferOfShare2({ authorisedBy: other })), 422, 'SHARE_EVENT_NOT_AUTHORISED');
    expect(res.body.message).toContain('no resolution authorises it');
    expect(res.body.details).toMatchObject({ action: 'transfer', shareNumber: 2, reasons: [] });
  });

  it('articles: a board resolution that did not pass (one director of three voting, short of the quorum of 2) does not authorise it (422)', async () => {
    const secretary = t.auth('secretary');
    const proposed = await post('resolutions', {
      kind: 'board',
      procedure: 'meeting',
      meetingOn: '2024-06-01',
      text: 'THAT the transfer of share 2 be approved.',
      authorises: [{ action: 'transfer', shareNumber: 2 }],
    }).expect(201);
    const id: string = proposed.body.resolutionId;
    named.inquorate = id;
    await t.http.post(`${C}/resolutions/${id}/votes`).set(secretary).send({ directorId: proposed.body.board[0].directorId, vote: 'for' }).expect(201);
    const outcome = (await t.http.get(`${C}/resolutions/${id}?asAt=2024-06-15`).set(t.auth('auditor')).expect(200)).body.outcome;
    expect(outcome.status).not.toBe('passed');
    const res = await refused(() => post('share-transfers', transferOfShare2({ authorisedBy: id })), 422, 'SHARE_EVENT_NOT_AUTHORISED');
    expect(res.body.message).toContain(`resolution ${id} does not do: it is ${outcome.status} as at 2024-06-15`);
  });

  it("articles: a members' ordinary resolution, passed in writing, does not do where a board resolution is required (422)", async () => {
    const proposed = await post('resolutions', {
      kind: 'members',
      type: 'ordinary',
      procedure: 'written',
      circulatedOn: '2024-05-01',
      text: 'THAT the transfer of share 2 be approved.',
      authorises: [{ action: 'transfer', shareNumber: 2 }],
    }).expect(201);
    const id: string = proposed.body.resolutionId;
    expect(proposed.body.eligible).toHaveLength(37);
    // A simple majority of the 37 members' votes (s.282(2)): 19 agree.
    for (const member of proposed.body.eligible.slice(0, 19) as { memberId: string }[]) {
      await t.http.post(`${C}/resolutions/${id}/agreements`).set(t.auth('secretary')).send({ memberId: member.memberId, agreedOn: '2024-05-10' }).expect(201);
    }
    const resolution = await t.http.get(`${C}/resolutions/${id}?asAt=2024-06-15`).set(t.auth('auditor')).expect(200);
    expect(resolution.body.outcome).toMatchObject({ status: 'passed', passedOn: '2024-05-10' });

    const res = await refused(() => post('share-transfers', transferOfShare2({ authorisedBy: id })), 422, 'SHARE_EVENT_NOT_AUTHORISED');
    expect(res.body.message).toContain('needs a board resolution');
    expect(res.body.message).toContain(`resolution ${id} does not do: it is a members' ordinary (or special) resolution`);
    expect(res.body.details).toMatchObject({ required: 'board', reasons: [{ resolutionId: id }] });
  });

  it('an unknown authorisedBy is 404 NOT_FOUND saying there is no such resolution, the reference given in details under authorisedBy, and nothing is written', async () => {
    const res = await refused(() => post('share-transfers', transferOfShare2({ authorisedBy: 'no-such-resolution' })), 404, 'NOT_FOUND');
    expect(res.body.message).toBe('there is no resolution with that reference');
    expect(res.body.details).toEqual({ authorisedBy: 'no-such-resolution' });
  });

  it('the order of the checks: a date after today, then an unknown resolution (404), then the register\'s rules, then the authority', async () => {
    const { today, tomorrow } = await todayAndTomorrow();
    // Dated tomorrow: refused for that before the resolution is looked up.
    const future = await refused(() => post('share-transfers', transferOfShare2({ authorisedBy: 'no-such-resolution', lodgedOn: today }, tomorrow)), 422, 'DATED_AFTER_RECORDING');
    expect(future.body.details).toEqual({ field: 'effectiveOn', effectiveOn: tomorrow, recordedOn: today });
    // Before incorporation: an unknown resolution is still 404 first; without one, the register's rule, not the authority.
    const early = { lodgedOn: '2014-08-01' };
    await refused(() => post('share-transfers', transferOfShare2({ ...early, authorisedBy: 'no-such-resolution' }, '2014-08-31')), 404, 'NOT_FOUND');
    await refused(() => post('share-transfers', transferOfShare2(early, '2014-08-31')), 422, 'EVENT_BEFORE_INCORPORATION');
    await refused(() => post('share-transfers', transferOfShare2({ ...early, authorisedBy: named.late }, '2014-08-31')), 422, 'EVENT_BEFORE_INCORPORATION');
    // A transferor who does not hold the share: the register's rule, though the resolution would not do either.
    await refused(() => post('share-transfers', transferOfShare2({ fromMemberId: holder.get(3), authorisedBy: named.other })), 409, 'SHARE_NOT_HELD_BY_MEMBER');
  });

  it("articles needing no resolution for a transfer: one named anyway must name it and have passed by its date, else 422 and nothing written; one that does is 201 and shows on the register", async () => {
    // Only here: the articles' setting is switched off for transfers, and back on after.
    await t.sql(`update company set governance = '{"shareEventAuthority":{"transfer":"none"}}' where id = ?`, [COMPANY]);
    try {
      // Names another share (transfer of 3) and another action on this one (cancellation of 2).
      const other = await refused(() => post('share-transfers', transferOfShare2({ authorisedBy: named.other })), 422, 'SHARE_EVENT_NOT_AUTHORISED');
      expect(other.body.message).toContain('no resolution authorises it');
      expect(other.body.details).toMatchObject({ action: 'transfer', shareNumber: 2, required: 'board', reasons: [] });
      // Names it, but passed only the day after.
      const late = await refused(() => post('share-transfers', transferOfShare2({ authorisedBy: named.late })), 422, 'SHARE_EVENT_NOT_AUTHORISED');
      expect(late.body.details).toMatchObject({ reasons: [{ resolutionId: named.late, reason: 'it was passed only on 2024-06-16' }] });
      // Names it, but never passed.
      const inquorate = await refused(() => post('share-transfers', transferOfShare2({ authorisedBy: named.inquorate })), 422, 'SHARE_EVENT_NOT_AUTHORISED');
      expect(inquorate.body.details).toMatchObject({ reasons: [{ resolutionId: named.inquorate, reason: 'it is failed as at 2024-06-15' }] });
      await refused(() => post('share-transfers', transferOfShare2({ authorisedBy: 'no-such-resolution' })), 404, 'NOT_FOUND');

      // Practice 6's share, to its new partners, under a board resolution that names it and passed before.
      const sixth = await passBoardResolution(t, COMPANY, '2024-06-01', [{ action: 'transfer', shareNumber: 6 }]);
      const res = await post('share-transfers', {
        shareNumber: 6,
        fromMemberId: holder.get(6),
        to: { practiceId: 'practice-z00006', name: 'New partners of Demo Practice 06' },
        lodgedOn: '2024-06-01',
        effectiveOn: '2024-06-15',
        authorisedBy: sixth,
      }).expect(201);
      expect(res.body.payload).toMatchObject({ shareNumber: 6, authorisedBy: sixth });
      const now = await register('status=current&asAt=2024-06-15&limit=100');
      expect(now.members.find((m) => m.memberId === res.body.payload.to.memberId)?.shares).toEqual([
        expect.objectContaining({ shareNumber: 6, authorisedBy: sixth }),
      ]);
    } finally {
      await t.sql(`update company set governance = '{}' where id = ?`, [COMPANY]);
    }
    // The default is back: the transfer of share 2 needs a board resolution again.
    await refused(() => post('share-transfers', transferOfShare2()), 422, 'SHARE_EVENT_NOT_AUTHORISED');
  });

  it('SH-3 and the articles: with a board resolution passed on the effective date, the transfer is 201; its ledger entry and the register name the resolution', async () => {
    const seeded = (await register('status=current&limit=100')).members[0].shares[0].authorisedBy;
    const before = await verify();
    // "On or before": a board meeting on the day the transfer is registered is in time.
    const approved = await passBoardResolution(t, COMPANY, '2024-06-15', [{ action: 'transfer', shareNumber: 2 }]);
    const afterResolution = await verify();
    expect(afterResolution.events).toBe(before.events + 1 + 1 + 3); // the meeting, the proposal and three directors' votes

    const res = await post('share-transfers', transferOfShare2({ authorisedBy: approved })).expect(201);
    expect(res.body).toMatchObject({ kind: 'share.transfer', sequence: afterResolution.events + 1, effectiveOn: '2024-06-15' });
    expect(res.body.payload).toMatchObject({ shareNumber: 2, fromMemberId: holder.get(2), authorisedBy: approved });
    const newcomer: string = res.body.payload.to.memberId;
    expect(await verify()).toMatchObject({ valid: true, events: afterResolution.events + 1, headHash: res.body.hash });

    const after = await register('status=all&asAt=2024-06-15&limit=100');
    expect(after.members.find((m) => m.memberId === newcomer)).toMatchObject({
      registeredOn: '2024-06-15',
      ceasedOn: null,
      shares: [{ shareNumber: 2, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, authorisedBy: approved }],
    });
    expect(after.members.find((m) => m.memberId === holder.get(2))).toMatchObject({ ceasedOn: '2024-06-15', shares: [] });
    // The day before, the old holder still held it under the seeded allotment's authority.
    const dayBefore = await register('status=current&asAt=2024-06-14&limit=100');
    expect(dayBefore.members.find((m) => m.memberId === holder.get(2))?.shares).toEqual([
      expect.objectContaining({ shareNumber: 2, authorisedBy: seeded }),
    ]);
  });

  it('after all of the above the chain verifies and holds only the accepted writes', async () => {
    const ledger = (await t.http.get(`${C}/ledger?afterSequence=${startingEntries}&limit=1000`).set(t.auth('auditor')).expect(200)).body.entries;
    // Five board resolutions (late, other, inquorate, sixth, approved), the members' special one for the surrender of
    // share 5 (leaving) and the members' one with 19 agreements; the cancellation of share 5, the transfers of share 6 and share 2.
    const shareEntries = ledger.filter((e: { kind: string }) => e.kind.startsWith('share.'));
    expect(shareEntries.map((e: { kind: string; payload: { shareNumber: number } }) => [e.kind, e.payload.shareNumber])).toEqual([
      ['share.cancellation', 5],
      ['share.transfer', 6],
      ['share.transfer', 2],
    ]);
    expect(ledger.filter((e: { kind: string }) => e.kind === 'resolution.proposed')).toHaveLength(7);
    expect(await verify()).toMatchObject({ valid: true, events: startingEntries + ledger.length, headSequence: startingEntries + ledger.length });
  });
});
