import { passBoardResolution, passSpecialResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { addDays, todayAndTomorrow } from './support/dates';
import { ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { holdersByShare, readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/**
 * Share changes the statute treats specially (SR-1, SR-2), with the seeded company's default
 * settings: a buy-back needs the members' ordinary resolution approving it, passed without the
 * selling member (s.695), and owes SH03 and SH06; a cancellation that reduces capital needs a special
 * resolution and a solvency statement, and owes SH19. A forfeiture is allowed only by the articles'
 * `forfeiture` setting (none in the model articles) and is not a reduction.
 */
describe.each(databaseKinds())('buy-backs, forfeitures and reductions of capital (%s)', (kind) => {
  let t: TestApp;
  let today: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    ({ today } = await todayAndTomorrow());
  });
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  const refused = refusedUnchanged(async () => ({ head: await ledgerHead(t), register: await readRegister(t, 'status=all&limit=1000', 'auditor') }));

  it('SR-1: a forfeiture is refused under the model articles; where the articles provide for it, a share not fully paid is cancelled by forfeiture after the notice, with no SH19', async () => {
    // Run first, and over by 15 days ago: the written resolutions of the tests after it count their eligible members from
    // 5 days ago, and no share change may take effect before a list already counted (WR-2).
    const on = addDays(today, -15);
    // A new practice takes share 38 with 40p of its £1 paid up: a call on it may go unpaid.
    await post('practices', { odsCode: 'Z00041', name: 'Example Partly Paid Practice', address: '41 New Road, London E1 4PP', on: addDays(on, -40) }).expect(201);
    const allotment = await passBoardResolution(t, COMPANY, addDays(on, -30), [{ action: 'allotment', shareNumber: 38 }]);
    await post('share-allotments', { shareNumber: 38, holder: { practiceId: 'practice-z00041' }, paidUpPence: 40, effectiveOn: addDays(on, -30), authorisedBy: allotment }).expect(201);
    const holder = (await holdersByShare(t)).get(38)!;
    const board = await passBoardResolution(t, COMPANY, on, [{ action: 'cancellation', shareNumber: 38 }, { action: 'cancellation', shareNumber: 13 }]);
    const forfeit = (forfeitureNoticeOn: string, shareNumber = 38) => post('share-cancellations', { shareNumber, reason: 'forfeiture', effectiveOn: on, authorisedBy: board, forfeitureNoticeOn });
    const none = await refused(() => forfeit(addDays(on, -20)), 422, 'FORFEITURE_NOT_IN_ARTICLES');
    expect(none.body.message).toMatch(/no provision for forfeiture/);

    const [{ governance }] = await t.sql<{ governance: unknown }>('select governance from company where id = ?', [COMPANY]);
    const before = typeof governance === 'string' ? JSON.parse(governance) : (governance ?? {});
    await t.sql('update company set governance = ? where id = ?', [JSON.stringify({ ...before, forfeiture: { authority: 'board', noticeClearDays: 14 } }), COMPANY]);
    try {
      await refused(() => post('share-cancellations', { shareNumber: 38, reason: 'forfeiture', effectiveOn: on, authorisedBy: board }), 422, 'FORFEITURE_WITHOUT_NOTICE');
      await refused(() => forfeit(addDays(on, -20), 13), 422, 'FORFEITURE_OF_FULLY_PAID_SHARE');
      await refused(() => forfeit(addDays(on, -14)), 422, 'FORFEITURE_NOTICE_TOO_SHORT');
      const forfeited = await forfeit(addDays(on, -15)).expect(201);

      const history = (await t.http.get(`${C}/register?include=history&status=former&limit=1000`).set(t.auth('board')).expect(200)).body as {
        members: { memberId: string; ceasedOn: string | null; sharesHeld: { shareNumber: number; disposedOn: string | null; disposal: string | null; disposalAuthorisedBy: string | null }[] }[];
      };
      const entry = history.members.find((m) => m.memberId === holder)!;
      expect(entry.ceasedOn).toBe(on);
      expect(entry.sharesHeld).toEqual([expect.objectContaining({ shareNumber: 38, disposedOn: on, disposal: 'forfeiture', disposalAuthorisedBy: board })]);
      const csv = (await t.http.get(`${C}/reports/register.csv?asAt=${today}`).set(t.auth('board')).expect(200)).text;
      expect(csv).toMatch(/Share 38: [^|\n]*; forfeited /);

      const duties = (await t.http.get(`${C}/deadlines?asAt=${today}`).set(t.auth('auditor')).expect(200)).body as { reference: string; formCode: string }[];
      expect(duties.filter((d) => d.reference === `share-cancellation-${forfeited.body.sequence}`)).toEqual([]);
    } finally {
      await t.sql('update company set governance = ? where id = ?', [JSON.stringify(before), COMPANY]);
    }
  });

  it('SR-2: a buy-back is refused on a board resolution, and on a members’ resolution carried by the seller; it passes without the seller and owes SH03 and SH06 within the 28 days beginning with its day (ss.707, 708)', async () => {
    const seller = (await holdersByShare(t)).get(11)!;
    const board = await passBoardResolution(t, COMPANY, today, [{ action: 'cancellation', shareNumber: 11 }]);
    const onBoard = await refused(() => post('share-cancellations', { shareNumber: 11, reason: 'buy-back', effectiveOn: today, authorisedBy: board }), 422, 'SHARE_EVENT_NOT_AUTHORISED');
    expect(onBoard.body.details).toMatchObject({ required: 'members-ordinary' });

    const circulatedOn = addDays(today, -5);
    const proposed = await post('resolutions', {
      kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn, text: 'THAT the contract to buy back share 11 be approved.',
      authorises: [{ action: 'cancellation', shareNumber: 11 }],
    }).expect(201);
    const rid = proposed.body.resolutionId as string;
    const others = (proposed.body.eligible as { memberId: string }[]).map((m) => m.memberId).filter((id) => id !== seller);
    const agree = (memberId: string) => post(`resolutions/${rid}/agreements`, { memberId, agreedOn: addDays(circulatedOn, 1) }).expect(201);
    // 19 of 37 pass an ordinary written resolution, but only with the seller's agreement: 18 of the 36 others is not more than half.
    await agree(seller);
    for (const id of others.slice(0, 18)) await agree(id);
    const carried = await refused(() => post('share-cancellations', { shareNumber: 11, reason: 'buy-back', effectiveOn: today, authorisedBy: rid }), 422, 'BUY_BACK_CARRIED_BY_SELLER');
    expect(carried.body.message).toMatch(/s\.695/);

    await agree(others[18]);
    // SH-4 (CIC): no more than the paid-up value, £1 here.
    const dear = await refused(() => post('share-cancellations', { shareNumber: 11, reason: 'buy-back', effectiveOn: today, authorisedBy: rid, pricePence: 101 }), 422, 'BUY_BACK_PRICE_ABOVE_PAID_UP');
    expect(dear.body.details).toEqual({ field: 'pricePence', shareNumber: 11, pricePence: 101, paidUpPence: 100 });
    const bought = await post('share-cancellations', { shareNumber: 11, reason: 'buy-back', effectiveOn: today, authorisedBy: rid, pricePence: 100 }).expect(201);
    const history = (await t.http.get(`${C}/register?include=history&status=former&limit=1000`).set(t.auth('board')).expect(200)).body as { members: { memberId: string; sharesHeld: { shareNumber: number; disposal: string | null; disposalPricePence?: number }[] }[] };
    expect(history.members.find((m) => m.memberId === seller)!.sharesHeld).toEqual([expect.objectContaining({ shareNumber: 11, disposal: 'buy-back', disposalPricePence: 100 })]);
    const duties = (await t.http.get(`${C}/deadlines?asAt=${today}`).set(t.auth('auditor')).expect(200)).body as { kind: string; reference: string; dueOn: string; formCode: string }[];
    expect(duties.filter((d) => d.reference === `share-cancellation-${bought.body.sequence}`).map((d) => [d.formCode, d.dueOn])).toEqual([
      ['SH03', addDays(today, 27)],
      ['SH06', addDays(today, 27)],
    ]);

    // SR-4, SH-4: a buy-back corrected as a buy-back (its note put right) keeps the price recorded with it.
    await post('ledger/corrections', {
      correctsSequence: bought.body.sequence, reason: 'the note was left out (synthetic)',
      replacement: { type: 'cancellation', effectiveOn: today, shareNumber: 11, memberId: seller, reason: 'buy-back', authorisedBy: rid, note: 'Contract of purchase dated as the resolution (synthetic)' },
    }).expect(201);
    const corrected = (await t.http.get(`${C}/register?include=history&status=former&limit=1000`).set(t.auth('board')).expect(200)).body as typeof history;
    expect(corrected.members.find((m) => m.memberId === seller)!.sharesHeld).toEqual([expect.objectContaining({ shareNumber: 11, disposal: 'buy-back', disposalPricePence: 100 })]);
  });

  it("SR-2, s.695(2): a written resolution approving a buy-back leaves the seller off its eligible members, so the seller's agreement is refused and the others alone pass it", async () => {
    const seller = (await holdersByShare(t)).get(14)!;
    const circulatedOn = addDays(today, -5);
    const malformed = await refused(
      () => post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn, text: 'THAT share 14 be allotted.', authorises: [{ action: 'allotment', shareNumber: 14, reason: 'buy-back' }] }),
      400,
      'VALIDATION_FAILED',
      'authorises.0.reason',
    );
    expect(JSON.stringify(malformed.body)).toMatch(/only with action 'cancellation'/);
    const proposed = await post('resolutions', {
      kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn, contractDisclosedOn: circulatedOn, text: 'THAT the contract to buy back share 14 be approved.',
      authorises: [{ action: 'cancellation', shareNumber: 14, reason: 'buy-back' }],
    }).expect(201);
    const rid = proposed.body.resolutionId as string;
    expect(proposed.body.authorises).toEqual([{ action: 'cancellation', shareNumber: 14, reason: 'buy-back' }]);
    const eligible = (proposed.body.eligible as { memberId: string }[]).map((m) => m.memberId);
    expect(eligible).not.toContain(seller);
    const before = eligible.length;
    await refused(() => post(`resolutions/${rid}/agreements`, { memberId: seller, agreedOn: addDays(circulatedOn, 1) }), 422, 'MEMBER_NOT_ELIGIBLE');
    // More than half of the others' votes pass it, with no vote of the seller's.
    for (const id of eligible.slice(0, Math.floor(before / 2) + 1)) await post(`resolutions/${rid}/agreements`, { memberId: id, agreedOn: addDays(circulatedOn, 1) }).expect(201);
    const read = await t.http.get(`${C}/resolutions/${rid}`).set(t.auth('board')).expect(200);
    expect(read.body).toMatchObject({ outcome: { status: 'passed' }, authorises: [{ reason: 'buy-back' }] });
    await post('share-cancellations', { shareNumber: 14, reason: 'buy-back', effectiveOn: today, authorisedBy: rid }).expect(201);
  });

  it("SR-2, s.695: a correction cannot put in place a buy-back its resolution passed only with the seller's agreement", async () => {
    const holders = await holdersByShare(t);
    const circulatedOn = addDays(today, -5);
    const written = async (shareNumber: number, reason?: 'buy-back') =>
      (await post('resolutions', {
        kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn, text: `THAT the contract to buy back share ${shareNumber} be approved.`,
        authorises: [{ action: 'cancellation', shareNumber, ...(reason ? { reason } : {}) }], ...(reason ? { contractDisclosedOn: circulatedOn } : {}),
      }).expect(201)).body as { resolutionId: string; eligible: { memberId: string }[] };
    const agree = (rid: string, ids: string[]) => Promise.all(ids.map((memberId) => post(`resolutions/${rid}/agreements`, { memberId, agreedOn: addDays(circulatedOn, 1) }).expect(201)));
    // A buy-back of share 16 on a resolution its seller had no part in, recorded.
    const fair = await written(16, 'buy-back');
    await agree(fair.resolutionId, fair.eligible.slice(0, Math.floor(fair.eligible.length / 2) + 1).map((m) => m.memberId));
    const bought = await post('share-cancellations', { shareNumber: 16, reason: 'buy-back', effectiveOn: today, authorisedBy: fair.resolutionId }).expect(201);
    // Share 17's resolution passes only with its seller's agreement: just more than half of all, counting the seller.
    const carried = await written(17);
    const seller = holders.get(17)!;
    const others = carried.eligible.map((m) => m.memberId).filter((id) => id !== seller);
    await agree(carried.resolutionId, [seller, ...others.slice(0, Math.floor(carried.eligible.length / 2))]);
    expect((await t.http.get(`${C}/resolutions/${carried.resolutionId}`).set(t.auth('board')).expect(200)).body.outcome.status).toBe('passed');
    await refused(() => post('share-cancellations', { shareNumber: 17, reason: 'buy-back', effectiveOn: today, authorisedBy: carried.resolutionId }), 422, 'BUY_BACK_CARRIED_BY_SELLER');
    await refused(
      () => post('ledger/corrections', {
        correctsSequence: bought.body.sequence, reason: 'the wrong share was entered',
        replacement: { type: 'cancellation', effectiveOn: today, shareNumber: 17, memberId: seller, reason: 'buy-back', authorisedBy: carried.resolutionId },
      }),
      422,
      'BUY_BACK_CARRIED_BY_SELLER',
    );
  });

  it('SR-2, s.694: a correction cannot put in place a buy-back on a board resolution, or on a members\' resolution approving another share\'s; a court\'s order can', async () => {
    const holder = (await holdersByShare(t)).get(19)!;
    const board = await passBoardResolution(t, COMPANY, today, [{ action: 'cancellation', shareNumber: 19 }]);
    // SR-1: the surrender, a reduction of capital, on a special resolution with the solvency statement.
    // A member's shares change only after the day of the member's agreement (MA-1, WR-2): the resolution passed the day before.
    const reduction = await passSpecialResolution(t, COMPANY, addDays(today, -1), [{ action: 'cancellation', shareNumber: 19 }]);
    const surrendered = await post('share-cancellations', { shareNumber: 19, reason: 'surrender', effectiveOn: today, authorisedBy: reduction, solvencyStatementOn: addDays(today, -2) });
    expect([surrendered.status, surrendered.body.message]).toEqual([201, undefined]);
    const circulatedOn = addDays(today, -5);
    const other = (await post('resolutions', {
      kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn, contractDisclosedOn: circulatedOn, text: 'THAT the contract to buy back share 20 be approved.',
      authorises: [{ action: 'cancellation', shareNumber: 20, reason: 'buy-back' }],
    }).expect(201)).body as { resolutionId: string; eligible: { memberId: string }[] };
    for (const { memberId } of other.eligible.slice(0, Math.floor(other.eligible.length / 2) + 1)) {
      await post(`resolutions/${other.resolutionId}/agreements`, { memberId, agreedOn: addDays(circulatedOn, 1) }).expect(201);
    }
    const correct = (authorisedBy: string, courtOrderReference?: string) => () =>
      post('ledger/corrections', {
        correctsSequence: surrendered.body.sequence, reason: 'it was a buy-back', ...(courtOrderReference ? { courtOrderReference } : {}),
        replacement: { type: 'cancellation', effectiveOn: today, shareNumber: 19, memberId: holder, reason: 'buy-back', authorisedBy },
      });
    // The board's resolution names the share, but only the members approve a buy-back (s.694).
    const byBoard = await refused(correct(board), 422, 'SHARE_EVENT_NOT_AUTHORISED');
    expect(byBoard.body.message).toContain("members' ordinary (or special) resolution");
    // A members' resolution approving the buy-back of share 20 does not approve share 19's.
    const another = await refused(correct(other.resolutionId), 422, 'SHARE_EVENT_NOT_AUTHORISED');
    expect(another.body.message).toContain('no resolution authorises it');
    // Under a court's order (s.125) the register is rectified as the order says.
    await correct(board, 'HC-2026-000123')().expect(201);
  });

  it('SR-1: a cancellation (a reduction of capital) needs a solvency statement or court order, and a special resolution', async () => {
    const board = await passBoardResolution(t, COMPANY, today, [{ action: 'cancellation', shareNumber: 12 }]);
    await refused(() => post('share-cancellations', { shareNumber: 12, reason: 'cancellation', effectiveOn: today, authorisedBy: board }), 422, 'REDUCTION_WITHOUT_SOLVENCY_STATEMENT');
    const withStatement = await refused(
      () => post('share-cancellations', { shareNumber: 12, reason: 'cancellation', effectiveOn: today, authorisedBy: board, solvencyStatementOn: today }),
      422,
      'SHARE_EVENT_NOT_AUTHORISED',
    );
    expect(withStatement.body.details).toMatchObject({ required: 'members-special' });
  });

  it('SR-1: a surrender is a reduction of capital: without a solvency statement or court order it is refused 422 saying so, and records nothing; on a board resolution too', async () => {
    const special = await passSpecialResolution(t, COMPANY, addDays(today, -3), [{ action: 'cancellation', shareNumber: 22 }]);
    const board = await passBoardResolution(t, COMPANY, addDays(today, -3), [{ action: 'cancellation', shareNumber: 22 }]);
    const bare = await refused(() => post('share-cancellations', { shareNumber: 22, reason: 'surrender', effectiveOn: today, authorisedBy: special }), 422, 'REDUCTION_WITHOUT_SOLVENCY_STATEMENT');
    expect(bare.body.message).toMatch(/^surrendering share 22 is a reduction of capital \(SR-1, s\.641\): it needs a special resolution supported by the directors' solvency statement/);
    expect(bare.body.details).toMatchObject({ shareNumber: 22, reason: 'surrender' });
    const onBoard = await refused(() => post('share-cancellations', { shareNumber: 22, reason: 'surrender', effectiveOn: today, authorisedBy: board, solvencyStatementOn: addDays(today, -5) }), 422, 'SHARE_EVENT_NOT_AUTHORISED');
    expect(onBoard.body.details).toMatchObject({ required: 'members-special', reason: 'surrender' });
    expect(onBoard.body.message).toContain('a reduction of capital (SR-1, s.641)');
    // s.642(1): the statement is made in the 15 days before the special resolution, not earlier.
    await refused(() => post('share-cancellations', { shareNumber: 22, reason: 'surrender', effectiveOn: today, authorisedBy: special, solvencyStatementOn: addDays(today, -19) }), 422, 'SOLVENCY_STATEMENT_OUT_OF_TIME');
    expect((await holdersByShare(t)).has(22)).toBe(true);
  });

  it('SR-1 (s.644): a surrender with its special resolution and a solvency statement made in the 15 days before it is recorded, and owes SH19 15 days after the resolution passed', async () => {
    const passedOn = addDays(today, -4);
    const special = await passSpecialResolution(t, COMPANY, passedOn, [{ action: 'cancellation', shareNumber: 23 }]);
    const surrendered = await post('share-cancellations', { shareNumber: 23, reason: 'surrender', effectiveOn: today, authorisedBy: special, solvencyStatementOn: addDays(passedOn, -2) });
    expect([surrendered.status, surrendered.body.message]).toEqual([201, undefined]);
    expect((await holdersByShare(t)).has(23)).toBe(false);
    const duties = (await t.http.get(`${C}/deadlines?asAt=${today}`).set(t.auth('auditor')).expect(200)).body as { reference: string; formCode: string; dueOn: string; rule: string }[];
    expect(duties.filter((d) => d.reference === `share-cancellation-${surrendered.body.sequence}`).map((d) => [d.formCode, d.rule, d.dueOn])).toEqual([
      ['SH19', 'SR-1', addDays(passedOn, 15)],
    ]);
  });
});
