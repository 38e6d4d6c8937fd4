import { passSpecialResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { useCompanyWithHolders } from './support/company-with-holders';
import { addDays } from './support/dates';
import { ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { readRegister } from './support/register';
import { COMPANY, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/**
 * Resolutions approving an off-market buy-back (SR-2, ss.694–695), over HTTP: at a general meeting
 * the selling member's votes do not count (s.695(3)); on a written resolution the seller's agreement
 * is refused, naming the practice; and proposals that make no sense are refused with nothing written:
 * a buy-back of a share not in issue on the resolution's day, a buy-back approved by the board, a
 * share listed twice.
 */
describe.each(databaseKinds())('resolutions approving a buy-back (%s)', (kind) => {
  const company = useCompanyWithHolders(kind);
  const { post } = company;
  let t: TestApp;
  let today: string;
  let holders: Map<number, string>;
  beforeAll(() => ({ app: t, today, holders } = company));
  const refused = refusedUnchanged(async () => ({ head: await ledgerHead(t), register: await readRegister(t, 'status=all&limit=1000', 'auditor') }));
  const buyBack = (shareNumber: number) => ({ action: 'cancellation', shareNumber, reason: 'buy-back' });
  const written = (authorises: object[], more: object = {}) => ({
    kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: addDays(today, -5), contractDisclosedOn: addDays(today, -5), text: 'THAT the contract to buy back the share be approved.', authorises, ...more,
  });

  it("SR-2, s.695(3): at a general meeting an item approving a buy-back carried only by the seller's vote fails, and the seller's vote is left out of its tally", async () => {
    const noticeGivenOn = addDays(today, -20);
    const created = await post('meetings', {
      kind: 'general', noticeGivenOn, heldOn: addDays(today, -3),
      items: [
        { type: 'ordinary', text: 'THAT the contract to buy back share 21 be approved (synthetic).', authorises: [buyBack(21)], contractDisclosedOn: addDays(today, -17) },
        { type: 'ordinary', text: 'THAT the contract to buy back share 22 be approved (synthetic).', authorises: [buyBack(22)], contractDisclosedOn: addDays(today, -17) },
      ],
    }).expect(201);
    const [carried, fair] = (created.body.items as { resolutionId: string }[]).map((i) => i.resolutionId);
    const vote = (rid: string, share: number, v: string) => post(`resolutions/${rid}/votes`, { memberId: holders.get(share)!, vote: v }).expect(201);
    // Share 21: its seller for, one other abstaining (a quorum of two) — no vote that counts is for it.
    await vote(carried, 21, 'for');
    await vote(carried, 1, 'abstain');
    // Share 22: its seller and one other for, one against — only the seller's vote carries it.
    await vote(fair, 22, 'for');
    await vote(fair, 2, 'for');
    await vote(fair, 3, 'against');
    const read = async (rid: string) => (await t.http.get(`${C}/resolutions/${rid}`).set(t.auth('board')).expect(200)).body.outcome;
    expect(await read(carried)).toMatchObject({ status: 'failed', failedBecause: 'majority-not-reached', tally: { inFavour: 0, against: 0, abstaining: 1 } });
    expect(await read(fair)).toMatchObject({ status: 'failed', tally: { inFavour: 1, against: 1, needed: 2 } });
    const sellers = (await t.http.get(`${C}/resolutions/${fair}`).set(t.auth('board')).expect(200)).body.sellers;
    expect(sellers).toEqual([{ memberId: holders.get(22)!, name: expect.any(String) }]);
    const meeting = (await t.http.get(`${C}/meetings/${created.body.meetingId}`).set(t.auth('board')).expect(200)).body;
    expect(meeting.items.map((i: { outcome: { status: string } }) => i.outcome.status)).toEqual(['failed', 'failed']);
    // Nor can the share be bought back on it.
    await refused(() => post('share-cancellations', { shareNumber: 21, reason: 'buy-back', effectiveOn: today, authorisedBy: carried }), 422, 'SHARE_EVENT_NOT_AUTHORISED');
  });

  it("SR-2, s.695(2): the seller's agreement to a written resolution approving the buy-back is refused, naming the practice as the selling member", async () => {
    const proposed = await post('resolutions', written([buyBack(23)])).expect(201);
    const seller = holders.get(23)!;
    const name = (await readRegister(t, 'limit=1000', 'auditor')).members.find((e) => e.memberId === seller)!.name;
    // The resolution names its selling member (s.695(2)), who is not among its eligible members.
    expect(proposed.body.sellers).toEqual([{ memberId: seller, name }]);
    expect(proposed.body.eligible.map((m: { memberId: string }) => m.memberId)).not.toContain(seller);
    const res = await refused(() => post(`resolutions/${proposed.body.resolutionId}/agreements`, { memberId: seller, agreedOn: addDays(today, -4) }), 422, 'MEMBER_NOT_ELIGIBLE');
    expect(res.body.message).toContain(`${name} is the selling member of the buy-back`);
    expect(res.body.message).toMatch(/agreement does not count \(s\.695\)/);
    expect(res.body.message).not.toContain(seller);
  });

  it('SR-2, s.694: a buy-back of a share not in issue on the resolution’s day is refused (never allotted, or already cancelled), at a meeting or in writing; nothing is written', async () => {
    await refused(() => post('resolutions', written([buyBack(999)])), 422, 'SHARE_NOT_ISSUED');
    // Share 30 surrendered five days ago (a reduction of capital, SR-1: a special resolution and a solvency statement): gone by the
    // end of the resolution's day. Not earlier: the written resolutions of earlier tests here counted their eligible members then (WR-2).
    const reduction = await passSpecialResolution(t, COMPANY, addDays(today, -6), [{ action: 'cancellation', shareNumber: 30 }]);
    await post('share-cancellations', { shareNumber: 30, reason: 'surrender', effectiveOn: addDays(today, -5), authorisedBy: reduction, solvencyStatementOn: addDays(today, -7) }).expect(201);
    const cancelled = await refused(() => post('resolutions', written([buyBack(30)])), 409, 'SHARE_ALREADY_CANCELLED');
    expect(cancelled.body.message).toContain('share 30');
    const atMeeting = { kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: addDays(today, -20), meetingOn: addDays(today, -2), text: 'THAT the contract be approved.', authorises: [buyBack(30)] };
    await refused(() => post('resolutions', atMeeting), 409, 'SHARE_ALREADY_CANCELLED');
    await refused(
      () => post('meetings', { kind: 'general', noticeGivenOn: addDays(today, -20), heldOn: addDays(today, -2), items: [{ type: 'ordinary', text: 'THAT the contract be approved.', authorises: [buyBack(999)] }] }),
      422,
      'SHARE_NOT_ISSUED',
    );
  });

  it('SR-2, s.694: a board resolution cannot approve a buy-back, at a meeting, in writing, or as a board meeting’s item; nothing is written', async () => {
    const res = await refused(() => post('resolutions', { kind: 'board', procedure: 'meeting', meetingOn: today, text: 'THAT share 24 be bought back.', authorises: [buyBack(24)] }), 422, 'BUY_BACK_NEEDS_MEMBERS_RESOLUTION');
    expect(res.body.message).toMatch(/s\.694/);
    await refused(() => post('resolutions', { kind: 'board', procedure: 'written', circulatedOn: today, text: 'THAT share 24 be bought back.', authorises: [buyBack(24)] }), 422, 'BUY_BACK_NEEDS_MEMBERS_RESOLUTION');
    await refused(() => post('meetings', { kind: 'board', heldOn: today, items: [{ text: 'THAT share 24 be bought back.', authorises: [buyBack(24)] }] }), 422, 'BUY_BACK_NEEDS_MEMBERS_RESOLUTION');
  });

  it('a change of a share listed twice among what a resolution authorises is refused (400, naming the field); nothing is written; different changes of one share are not', async () => {
    const twice = [{ action: 'cancellation', shareNumber: 25 }, buyBack(25)];
    const res = await refused(() => post('resolutions', written(twice)), 400, 'VALIDATION_FAILED', 'authorises');
    expect(JSON.stringify(res.body)).toMatch(/the cancellation of share 25 listed more than once/);
    await refused(
      () => post('meetings', { kind: 'general', noticeGivenOn: addDays(today, -20), heldOn: addDays(today, -2), items: [{ type: 'ordinary', text: 'THAT the contract be approved.', authorises: twice }] }),
      400,
      'VALIDATION_FAILED',
      'items.0.authorises',
    );
    // A board resolution approving the transfer of a share and, later, its cancellation names it twice, once for each.
    await post('resolutions', { kind: 'board', procedure: 'meeting', meetingOn: today, text: 'THAT share 26 be transferred, then cancelled.', authorises: [{ action: 'transfer', shareNumber: 26 }, { action: 'cancellation', shareNumber: 26 }] }).expect(201);
  });
});
