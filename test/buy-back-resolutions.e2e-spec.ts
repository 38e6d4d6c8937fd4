import { databaseKinds } from './support/databases';
import { addDays, todayAndTomorrow } from './support/dates';
import { ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { holdersByShare, readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/**
 * Resolutions approving an off-market buy-back (SR-2, s.695), over HTTP: at a general meeting the
 * selling member's votes do not count (s.695(3)); on a written resolution the seller's agreement is
 * refused, naming the practice.
 */
describe.each(databaseKinds())('resolutions approving a buy-back (%s)', (kind) => {
  let t: TestApp;
  let today: string;
  let holders: Map<number, string>;
  beforeAll(async () => {
    t = await startTestApp(kind);
    ({ today } = await todayAndTomorrow());
    holders = await holdersByShare(t);
  });
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  const refused = refusedUnchanged(async () => ({ head: await ledgerHead(t), register: await readRegister(t, 'status=all&limit=1000', 'auditor') }));
  const buyBack = (shareNumber: number) => ({ action: 'cancellation', shareNumber, reason: 'buy-back' });
  const written = (authorises: object[], more: object = {}) => ({
    kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: addDays(today, -5), text: 'THAT the contract to buy back the share be approved.', authorises, ...more,
  });

  it("SR-2, s.695(3): at a general meeting an item approving a buy-back carried only by the seller's vote fails, and the seller's vote is left out of its tally", async () => {
    const noticeGivenOn = addDays(today, -20);
    const created = await post('meetings', {
      kind: 'general', noticeGivenOn, heldOn: addDays(today, -3),
      items: [
        { type: 'ordinary', text: 'THAT the contract to buy back share 21 be approved (synthetic).', authorises: [buyBack(21)] },
        { type: 'ordinary', text: 'THAT the contract to buy back share 22 be approved (synthetic).', authorises: [buyBack(22)] },
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
    const meeting = (await t.http.get(`${C}/meetings/${created.body.meetingId}`).set(t.auth('board')).expect(200)).body;
    expect(meeting.items.map((i: { outcome: { status: string } }) => i.outcome.status)).toEqual(['failed', 'failed']);
    // Nor can the share be bought back on it.
    await refused(() => post('share-cancellations', { shareNumber: 21, reason: 'buy-back', effectiveOn: today, authorisedBy: carried }), 422, 'SHARE_EVENT_NOT_AUTHORISED');
  });

  it("SR-2, s.695(2): the seller's agreement to a written resolution approving the buy-back is refused, naming the practice as the selling member", async () => {
    const proposed = await post('resolutions', written([buyBack(23)])).expect(201);
    const seller = holders.get(23)!;
    const name = (await readRegister(t, 'limit=1000', 'auditor')).members.find((e) => e.memberId === seller)!.name;
    const res = await refused(() => post(`resolutions/${proposed.body.resolutionId}/agreements`, { memberId: seller, agreedOn: addDays(today, -4) }), 422, 'MEMBER_NOT_ELIGIBLE');
    expect(res.body.message).toContain(`${name} is the selling member of the buy-back`);
    expect(res.body.message).toMatch(/agreement does not count \(s\.695\)/);
    expect(res.body.message).not.toContain(seller);
  });
});
