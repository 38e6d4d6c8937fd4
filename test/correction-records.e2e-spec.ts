import { passBoardResolution, passSpecialResolution, seededAllotmentSequence } from './support/authority';
import { databaseKinds } from './support/databases';
import { pdfText } from './support/pdf-download';
import { ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { holdersByShare, readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/**
 * A correcting entry (SR-4, RM-4) that voids or replaces a share entry is held to the records a share
 * change is held to (MA-1, WR-2): a member's agreement to a written resolution, vote at a general
 * meeting, presence there (in person or by proxy) or chairing of it, each counted on the register as at
 * that day. A correction that would leave the register not showing the member that day is refused with
 * 409 CORRECTION_BREAKS_LATER_RECORD naming the record, and nothing is written; one that no record
 * relies on is made as before.
 */
describe.each(databaseKinds())('corrections held to the members’ votes and agreements (%s)', (kind) => {
  let t: TestApp;
  let holder: Map<number, string>;
  let written: { resolutionId: string; reference: string };
  let voted: { resolutionId: string; reference: string; meetingId: string };
  let chaired: { meetingId: string; reference: string };
  beforeAll(async () => {
    t = await startTestApp(kind);
    holder = await holdersByShare(t, '2026-01-01');
    // SR-2026-01: a written special resolution circulated on 2 March 2026; share 1's holder agrees.
    const wr = await post('resolutions', { kind: 'members', type: 'special', procedure: 'written', circulatedOn: '2026-03-02', text: 'THAT the articles be amended (synthetic).' }).expect(201);
    await post(`resolutions/${wr.body.resolutionId}/agreements`, { memberId: holder.get(1), agreedOn: '2026-03-05' }).expect(201);
    written = { resolutionId: wr.body.resolutionId, reference: wr.body.reference };
    // A general meeting on 16 February 2026 chaired by share 4's holder, share 3's present by proxy.
    const gm = await post('meetings', {
      kind: 'general', noticeGivenOn: '2026-01-30', heldOn: '2026-02-16', chairMemberId: holder.get(4),
      items: [{ type: 'ordinary', text: 'THAT the annual report be received (synthetic).' }],
      attendance: [{ memberId: holder.get(4) }, { memberId: holder.get(3), proxyName: 'Ms Demo Proxy' }],
    }).expect(201);
    chaired = { meetingId: gm.body.meetingId, reference: gm.body.reference };
    // A general meeting on 20 March 2026 at which share 2's holder votes.
    const or = await post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: '2026-03-01', meetingOn: '2026-03-20', text: 'THAT the auditors be reappointed (synthetic).' }).expect(201);
    await post(`resolutions/${or.body.resolutionId}/votes`, { memberId: holder.get(2), vote: 'for' }).expect(201);
    const item = (await t.http.get(`${C}/resolutions/${or.body.resolutionId}`).set(t.auth('auditor')).expect(200)).body;
    voted = { resolutionId: or.body.resolutionId, reference: or.body.reference, meetingId: item.meetingId };
  }, 180_000);
  afterAll(() => t.close());

  function post(path: string, body: object) {
    return t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  }
  const state = async () => ({ head: await ledgerHead(t), register: await readRegister(t, 'status=all&limit=1000', 'auditor') });
  const refused = refusedUnchanged(state);
  const voidAllotment = (share: number) => post('ledger/corrections', { correctsSequence: seededAllotmentSequence(share), reason: 'allotted in error (synthetic)' });

  it('SR-4 / WR-2: voiding the allotment of a member who agreed to a written resolution is refused naming the agreement (409 CORRECTION_BREAKS_LATER_RECORD); nothing changes', async () => {
    const res = await refused(() => voidAllotment(1), 409, 'CORRECTION_BREAKS_LATER_RECORD');
    expect(res.body.details).toMatchObject({
      correctsSequence: seededAllotmentSequence(1), memberId: holder.get(1), resolutionId: written.resolutionId, reference: written.reference, response: 'agreement', on: '2026-03-02', sharesAfter: 0,
    });
    expect(res.body.message).toContain(`agreed to written resolution ${written.reference}, circulated on 2026-03-02`);
    expect(res.body.message).toMatch(/\(SR-4, WR-2\)$/);
    expect((await holdersByShare(t, '2026-03-02')).get(1)).toBe(holder.get(1));
  });

  it('SR-4 / MA-1: voiding the allotment of a member who voted at a general meeting is refused naming the vote, the resolution and the meeting; nothing changes', async () => {
    const res = await refused(() => voidAllotment(2), 409, 'CORRECTION_BREAKS_LATER_RECORD');
    expect(res.body.details).toMatchObject({ memberId: holder.get(2), resolutionId: voted.resolutionId, reference: voted.reference, meetingId: voted.meetingId, response: 'vote', on: '2026-03-20' });
    expect(res.body.message).toMatch(new RegExp(`voted on resolution ${voted.reference} at general meeting GM-2026-\\d\\d on 2026-03-20`));
    // A replacement allotting the share to other names leaves the voter off the register that day: refused the same way.
    const later = await refused(
      () => post('ledger/corrections', { correctsSequence: seededAllotmentSequence(2), reason: 'names entered wrongly (synthetic)', replacement: { type: 'allotment', effectiveOn: '2014-09-01', shareNumber: 2, holder: { practiceId: 'practice-z00002', name: 'Other partners of Demo Practice 02 (synthetic)' } } }),
      409,
      'CORRECTION_BREAKS_LATER_RECORD',
    );
    expect(later.body.details).toMatchObject({ memberId: holder.get(2), response: 'vote' });
  });

  it('SR-4 / MA-1: a member present by proxy, and a member who chaired a general meeting, hold a correction back too', async () => {
    const proxy = await refused(() => voidAllotment(3), 409, 'CORRECTION_BREAKS_LATER_RECORD');
    expect(proxy.body.details).toMatchObject({ memberId: holder.get(3), meetingId: chaired.meetingId, meetingReference: chaired.reference, response: 'attendance', capacity: 'proxy', actingName: 'Ms Demo Proxy', on: '2026-02-16' });
    const chair = await refused(() => voidAllotment(4), 409, 'CORRECTION_BREAKS_LATER_RECORD');
    expect(chair.body.details).toMatchObject({ memberId: holder.get(4), meetingId: chaired.meetingId, on: '2026-02-16' });
    expect(chair.body.details.otherRecords).toBe(1);
  });

  it('MA-1: a back-dated share change for a member present by proxy at a later general meeting is refused, as the correction is (EVENT_PREDATES_DEPENDENCY)', async () => {
    // SR-1: a surrender reduces capital: the special resolution (the holders of shares 1 to 6, named in other tests here, not
    // responding) and the solvency statement made in the 15 days before it, so that only the later meeting stands in its way.
    const authority = await passSpecialResolution(t, COMPANY, '2026-01-05', [{ action: 'cancellation', shareNumber: 3 }], { leaveOut: [1, 2, 3, 4, 5, 6].map((n) => holder.get(n)!) });
    const res = await refused(() => post('share-cancellations', { shareNumber: 3, reason: 'surrender', effectiveOn: '2026-02-10', authorisedBy: authority, solvencyStatementOn: '2026-01-02' }), 409, 'EVENT_PREDATES_DEPENDENCY');
    expect(res.body.details).toMatchObject({ memberId: holder.get(3), meetingId: chaired.meetingId, response: 'attendance', lastChangedOn: '2026-02-16' });
  });

  it('WR-2: voiding the allotment of a member who gave no response is refused too: the written resolutions counted the share among their eligible members (response eligible); nothing changes', async () => {
    const res = await refused(() => voidAllotment(5), 409, 'CORRECTION_BREAKS_LATER_RECORD');
    expect(res.body.details).toMatchObject({ memberId: holder.get(5), resolutionId: written.resolutionId, reference: written.reference, response: 'eligible', on: '2026-03-02', sharesBefore: 1, sharesAfter: 0 });
    // The special resolution of 5 January 2026 (an earlier test) counted it too.
    expect(res.body.details.otherRecords).toBe(1);
    expect(res.body.message).toBe(
      `Written resolution ${written.reference} counted the eligible members on its circulation date, 2026-03-02; with ledger entry ${seededAllotmentSequence(5)} corrected so, the register would show ${res.body.details.member} holding 0 shares when that day began, not 1, and the lists of 1 other written resolution would change too. The correction would change who was eligible to vote, or with how many votes, after the majority was reckoned on them, so it is not made (SR-4, WR-2)`,
    );
  });

  it('WR-2, SR-4: an allotment back-dated before a written resolution\'s circulation date is refused (409 EVENT_PREDATES_DEPENDENCY); made after it, it is on no list, and voiding it succeeds', async () => {
    await post('practices', { odsCode: 'Z00042', name: 'Example Late Practice (synthetic)', address: '42 New Road, London E1 4PP', on: '2026-02-01' }).expect(201);
    const board = await passBoardResolution(t, COMPANY, '2026-02-02', [{ action: 'allotment', shareNumber: 39 }]);
    const allot = (effectiveOn: string) => post('share-allotments', { shareNumber: 39, holder: { practiceId: 'practice-z00042' }, effectiveOn, authorisedBy: board });
    const early = await refused(() => allot('2026-03-01'), 409, 'EVENT_PREDATES_DEPENDENCY');
    expect(early.body.details).toEqual({ resolutionId: written.resolutionId, reference: written.reference, lastChangedOn: '2026-03-02' });
    expect(early.body.message).toContain('date it on or after 2026-03-02');
    const made = await allot('2026-03-20').expect(201);
    const sequence = made.body.sequence as number;
    const name = (await readRegister(t, 'status=all&limit=1000', 'auditor')).members.find((m) => m.shares.some((s) => s.shareNumber === 39))!.name;
    const res = await post('ledger/corrections', { correctsSequence: sequence, reason: 'allotted in error (synthetic)' });
    expect(res.status).toBe(201);
    expect((await holdersByShare(t, '2026-03-20')).has(39)).toBe(false);
    expect((await holdersByShare(t, '2026-03-20')).get(5)).toBe(holder.get(5));
    // SR-4: the register as a document keeps the voided entry visible beside the correcting entry, as at any date.
    for (const asAt of ['2026-03-20', '2014-09-01']) {
      const text = (await pdfText(t, `${C}/reports/register-of-members.pdf?asAt=${asAt}`)).replace(/\s+/g, ' ');
      expect(text).toContain('Corrections of the register');
      expect(text).toContain(`Entry ${res.body.sequence}, entered `);
      expect(text).toContain(`voids entry ${sequence} (allotment of share 39 to ${name}, dated 20 March 2026): allotted in error (synthetic). Nothing was put in its place.`);
    }
  });

  it('SR-4, MT-1 (s.307(6)): voiding an allotment counted among the members entitled at a meeting held at short notice is refused (response entitled); nothing changes', async () => {
    await post('practices', { odsCode: 'Z00043', name: 'Example Spring Practice (synthetic)', address: '43 New Road, London E1 4PP', on: '2026-03-01' }).expect(201);
    const board = await passBoardResolution(t, COMPANY, '2026-03-24', [{ action: 'allotment', shareNumber: 40 }]);
    const made = await post('share-allotments', { shareNumber: 40, holder: { practiceId: 'practice-z00043' }, effectiveOn: '2026-03-25', authorisedBy: board }).expect(201);
    // A general meeting on 10 April 2026 called with two clear days' notice; share 7's holder agrees to the short notice.
    const gm = await post('meetings', { kind: 'general', noticeGivenOn: '2026-04-07', heldOn: '2026-04-10', items: [{ type: 'ordinary', text: 'THAT the accounts be received (synthetic).' }] }).expect(201);
    const item = gm.body.items[0] as { resolutionId: string; reference: string };
    await post(`resolutions/${item.resolutionId}/short-notice-agreements`, { memberId: holder.get(7), agreedOn: '2026-04-08' }).expect(201);
    const res = await refused(() => post('ledger/corrections', { correctsSequence: made.body.sequence, reason: 'allotted in error (synthetic)' }), 409, 'CORRECTION_BREAKS_LATER_RECORD');
    expect(res.body.details).toMatchObject({
      correctsSequence: made.body.sequence, resolutionId: item.resolutionId, reference: item.reference, meetingId: gm.body.meetingId, meetingReference: gm.body.reference,
      response: 'entitled', on: '2026-04-10', sharesBefore: 1, sharesAfter: 0,
    });
    expect(res.body.message).toContain(`general meeting ${gm.body.reference} on 2026-04-10 held at short notice`);
    expect((await holdersByShare(t, '2026-04-10')).has(40)).toBe(true);
  });
});
