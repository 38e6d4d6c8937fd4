import { passBoardResolution, passSpecialResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { holdersByShare, readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/**
 * A member's vote at a general meeting is counted on the register as at the meeting (MA-1), an
 * agreement to a written resolution on the register as at its circulation (WR-2). A share change
 * dated on or before that day for a member who responded would leave the register and the record of
 * the vote disagreeing (RM-3): it is refused with 409 EVENT_PREDATES_DEPENDENCY naming the
 * resolution and its meeting, and nothing is written.
 */
describe.each(databaseKinds())('share changes before a member’s recorded vote (%s)', (kind) => {
  let t: TestApp;
  let holder: Map<number, string>;
  let authority: string;
  /** SR-1: the members' special resolution for the surrender of share 6 (a reduction of capital), its holder and share 5's not responding. */
  let reduction: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    holder = await holdersByShare(t, '2023-01-01');
    authority = await passBoardResolution(t, COMPANY, '2023-01-05', [
      { action: 'transfer', shareNumber: 5 },
      { action: 'cancellation', shareNumber: 6 },
      { action: 'transfer', shareNumber: 8 },
    ]);
    reduction = await passSpecialResolution(t, COMPANY, '2023-01-05', [{ action: 'cancellation', shareNumber: 6 }], { leaveOut: [holder.get(5)!, holder.get(6)!] });
    // A special resolution is some thirty members' agreements, one write each: slow on a loaded machine.
  }, 180_000);
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  const state = async () => ({ head: await ledgerHead(t), register: await readRegister(t, 'status=all&limit=1000', 'auditor') });
  const refused = refusedUnchanged(state);
  const newPartners5 = { practiceId: 'practice-z00005', name: 'New partners of Demo Practice 05 (synthetic)' };

  it('MA-1 / RM-3: a back-dated transfer by a member who voted at a later general meeting is refused, on the API and when a lodged transfer is registered; one dated after the meeting is entered', async () => {
    const proposed = await post('resolutions', {
      kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: '2023-02-20', meetingOn: '2023-03-15', text: 'THAT the annual report be received (synthetic).',
    }).expect(201);
    const rid = proposed.body.resolutionId as string;
    await post(`resolutions/${rid}/votes`, { memberId: holder.get(5), vote: 'for' }).expect(201);

    const transfer = (effectiveOn: string) => ({ shareNumber: 5, fromMemberId: holder.get(5), to: newPartners5, lodgedOn: '2023-01-20', effectiveOn, authorisedBy: authority });
    const res = await refused(() => post('share-transfers', transfer('2023-02-01')), 409, 'EVENT_PREDATES_DEPENDENCY');
    expect(res.body.details).toMatchObject({ memberId: holder.get(5), resolutionId: rid, reference: proposed.body.reference, response: 'vote', lastChangedOn: '2023-03-15' });
    expect(res.body.details.meetingId).toEqual(expect.any(String));
    expect(res.body.message).toContain(proposed.body.reference);
    // Dated on the meeting day the register as at the meeting would no longer show the voter.
    await refused(() => post('share-transfers', transfer('2023-03-15')), 409, 'EVENT_PREDATES_DEPENDENCY');

    // A batch checks each event as the route does: refused at the event, naming it.
    const batch = await refused(() => post('share-events/batch', { events: [{ type: 'transfer', ...transfer('2023-02-01') }] }), 409, 'EVENT_PREDATES_DEPENDENCY');
    expect(batch.body.details).toMatchObject({ index: 0, memberId: holder.get(5), resolutionId: rid });

    const lodged = await post('share-transfers', { status: 'lodged', shareNumber: 5, fromMemberId: holder.get(5), to: newPartners5, lodgedOn: '2023-01-20' }).expect(201);
    await refused(() => post(`share-transfers/${lodged.body.transferId}/registration`, { effectiveOn: '2023-02-01', authorisedBy: authority }), 409, 'EVENT_PREDATES_DEPENDENCY');

    await post(`share-transfers/${lodged.body.transferId}/registration`, { effectiveOn: '2023-03-16', authorisedBy: authority }).expect(201);
    expect((await holdersByShare(t, '2023-03-15')).get(5)).toBe(holder.get(5));
    expect((await holdersByShare(t, '2023-03-16')).get(5)).not.toBe(holder.get(5));
  });

  it('WR-2 / RM-3: a share cancelled before a written resolution its holder agreed to was circulated is refused; one cancelled after circulation is entered', async () => {
    const proposed = await post('resolutions', {
      kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: '2023-04-03', text: 'THAT the auditors be reappointed (synthetic).',
    }).expect(201);
    const rid = proposed.body.resolutionId as string;
    await post(`resolutions/${rid}/agreements`, { memberId: holder.get(6), agreedOn: '2023-04-10' }).expect(201);

    const cancel = (effectiveOn: string) => post('share-cancellations', { shareNumber: 6, reason: 'surrender', effectiveOn, authorisedBy: reduction, solvencyStatementOn: '2023-01-02' });
    const res = await refused(() => cancel('2023-04-01'), 409, 'EVENT_PREDATES_DEPENDENCY');
    expect(res.body.details).toMatchObject({ memberId: holder.get(6), member: expect.stringContaining('Practice 06'), resolutionId: rid, response: 'agreement', lastChangedOn: '2023-04-03' });
    // The member is named as the eligible members' list names them, never by id.
    expect(res.body.message).toMatch(/^\S.*Practice 06.* agreed, as an eligible member, to the written resolution circulated on 2023-04-03/);
    expect(res.body.message).not.toContain(holder.get(6));
    await cancel('2023-04-04').expect(201);
  });

  it('WR-2: a surrender by a member who agreed the written special resolution authorising it may be completed the day it is circulated and passes', async () => {
    const sameDay = await passSpecialResolution(t, COMPANY, '2023-06-01', [{ action: 'cancellation', shareNumber: 7 }]);
    const resolution = (await t.http.get(`${C}/resolutions/${sameDay}?asAt=2023-06-01`).set(t.auth('auditor')).expect(200)).body;
    expect(resolution.agreements.map((a: { memberId: string }) => a.memberId)).toContain(holder.get(7));
    expect(resolution.outcome).toMatchObject({ status: 'passed', passedOn: '2023-06-01' });
    await post('share-cancellations', { shareNumber: 7, reason: 'surrender', effectiveOn: '2023-06-01', authorisedBy: sameDay, solvencyStatementOn: '2023-05-25' }).expect(201);
    expect((await readRegister(t, 'asAt=2023-06-01&status=current&limit=1000', 'auditor')).members.some((m: { memberId: string }) => m.memberId === holder.get(7))).toBe(false);
  });
  it('WR-2 (s.289): the eligible members are the register as the circulation date began: a transfer dated that day and recorded before the proposal leaves the transferor eligible, not the transferee, as if recorded after', async () => {
    const newPartners8 = { practiceId: 'practice-z00008', name: 'New partners of Demo Practice 08 (synthetic)' };
    await post('share-transfers', { shareNumber: 8, fromMemberId: holder.get(8), to: newPartners8, lodgedOn: '2023-07-20', effectiveOn: '2023-08-01', authorisedBy: authority }).expect(201);
    const transferee = (await holdersByShare(t, '2023-08-01')).get(8)!;
    expect(transferee).not.toBe(holder.get(8));
    const proposed = await post('resolutions', {
      kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: '2023-08-01', text: 'THAT the accounts be received (synthetic).',
    }).expect(201);
    const eligible = (proposed.body.eligible as { memberId: string }[]).map((m) => m.memberId);
    // The transfer dated the circulation date is taken to follow the circulation: the transferor, not the transferee, was entitled.
    expect(eligible).toContain(holder.get(8));
    expect(eligible).not.toContain(transferee);
    const dayBefore = (await readRegister(t, 'asAt=2023-07-31&status=current&limit=1000', 'auditor')).members.map((m: { memberId: string }) => m.memberId);
    expect([...eligible].sort()).toEqual([...dayBefore].sort());
    // The day after, the register shows the transferee: a resolution circulated then lists them instead.
    const next = await post('resolutions', {
      kind: 'members', type: 'ordinary', procedure: 'written', circulatedOn: '2023-08-02', text: 'THAT the auditors be thanked (synthetic).',
    }).expect(201);
    const nextEligible = (next.body.eligible as { memberId: string }[]).map((m) => m.memberId);
    expect(nextEligible).toContain(transferee);
    expect(nextEligible).not.toContain(holder.get(8));
    await post(`resolutions/${proposed.body.resolutionId}/agreements`, { memberId: holder.get(8), agreedOn: '2023-08-03' }).expect(201);
  });
});
