import { addMonths, calendarDate } from '#domain';
import { passBoardResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { addDays, todayAndTomorrow } from './support/dates';
import { ledgerHead } from './support/ledger';
import { expectRefusal, refusedUnchanged } from './support/refusals';
import { holdersByShare, readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

interface Duty {
  kind: string;
  reference: string;
  dueOn: string;
  status: string;
  doneOn: string | null;
}

/**
 * Transfers lodged first and decided later (SH-3, s.771): lodging changes nothing on the register and
 * starts the two-month clock; registration enters the transfer; refusal records the notice of refusal
 * with reasons and leaves the register as it was. Either decision does the s.771 duty.
 */
describe.each(databaseKinds())('lodged transfers (%s)', (kind) => {
  let t: TestApp;
  let holder: Map<number, string>;
  let today: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    holder = await holdersByShare(t);
    ({ today } = await todayAndTomorrow());
  });
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  const lodge = (shareNumber: number, lodgedOn: string, to: object) =>
    post('share-transfers', { status: 'lodged', shareNumber, fromMemberId: holder.get(shareNumber), to, lodgedOn });
  const register = () => readRegister(t, 'status=all&limit=1000', 'auditor');
  const deadlines = async (asAt: string): Promise<Duty[]> =>
    (await t.http.get(`${C}/deadlines?asAt=${asAt}&from=${addDays(asAt, -400)}&to=${addDays(asAt, 400)}`).set(t.auth('auditor')).expect(200)).body;
  const state = async () => ({ head: await ledgerHead(t), register: await register() });
  const refused = refusedUnchanged(state);

  it('SH-3: a lodged transfer that is refused changes nothing on the register; the notice of refusal with reasons does the s.771 duty', async () => {
    const lodgedOn = addDays(today, -20);
    const before = await register();
    const lodged = await lodge(3, lodgedOn, { practiceId: 'practice-z00003', name: 'New partners of Demo Practice 03' });
    expect(lodged.status).toBe(201);
    const transferId: string = lodged.body.transferId;
    expect(lodged.body).toMatchObject({ kind: 'share-transfer.lodged', effectiveOn: lodgedOn, sequence: Number(transferId) });
    expect(await register()).toEqual(before);

    const pending = (await t.http.get(`${C}/share-transfers?status=lodged`).set(t.auth('board')).expect(200)).body.transfers;
    expect(pending).toEqual([expect.objectContaining({ transferId, shareNumber: 3, lodgedOn, decisionDueOn: addMonths(calendarDate(lodgedOn), 2), status: 'lodged' })]);
    const duty = (await deadlines(today)).find((d) => d.kind === 'transfer-decision' && d.reference === `share-transfer-${transferId}`);
    expect(duty).toMatchObject({ dueOn: pending[0].decisionDueOn, status: 'due', doneOn: null });

    await refused(() => post(`share-transfers/${transferId}/refusal`, { refusedOn: addDays(lodgedOn, -1), reasons: 'x' }), 422, 'TRANSFER_DECIDED_BEFORE_LODGED');
    await refused(() => post(`share-transfers/${transferId}/refusal`, { refusedOn: today }), 400, 'VALIDATION_FAILED', 'reasons');
    const refusal = await post(`share-transfers/${transferId}/refusal`, { refusedOn: today, reasons: 'The transferee has not signed the instrument of transfer' });
    expect(refusal.status).toBe(201);
    expect(refusal.body).toMatchObject({ transferId, kind: 'share-transfer.refused', effectiveOn: today });

    expect(await register()).toEqual(before);
    expect((await t.http.get(`${C}/share-transfers?status=lodged`).set(t.auth('board')).expect(200)).body.transfers).toEqual([]);
    const [decided] = (await t.http.get(`${C}/share-transfers?status=refused`).set(t.auth('board')).expect(200)).body.transfers;
    expect(decided).toMatchObject({ transferId, status: 'refused', refusedOn: today, reasons: 'The transferee has not signed the instrument of transfer' });
    const duties = (await deadlines(today)).filter((d) => d.reference === `share-transfer-${transferId}`);
    expect(duties.map((d) => [d.kind, d.status, d.doneOn])).toEqual([['transfer-decision', 'done', today]]);

    await refused(() => post(`share-transfers/${transferId}/registration`, { effectiveOn: today }), 409, 'TRANSFER_ALREADY_DECIDED');
    await refused(() => post(`share-transfers/999999/refusal`, { refusedOn: today, reasons: 'x' }), 404, 'TRANSFER_NOT_LODGED');
  });

  it('SH-3: a lodged transfer that is registered enters the share on the register on its date, with the lodging date; the decision duty is done', async () => {
    const lodgedOn = addDays(today, -10);
    const lodged = await lodge(4, lodgedOn, { practiceId: 'practice-z00004', name: 'New partners of Demo Practice 04' });
    expect(lodged.status).toBe(201);
    const transferId: string = lodged.body.transferId;
    const resolution = await passBoardResolution(t, COMPANY, addDays(today, -1), [{ action: 'transfer', shareNumber: 4 }]);
    await refused(() => post(`share-transfers/${transferId}/registration`, { effectiveOn: today }), 422, 'SHARE_EVENT_NOT_AUTHORISED');
    const registered = await post(`share-transfers/${transferId}/registration`, { effectiveOn: today, authorisedBy: resolution });
    expect(registered.status).toBe(201);
    expect(registered.body).toMatchObject({ transferId, kind: 'share.transfer', effectiveOn: today, payload: { shareNumber: 4, lodgedOn, authorisedBy: resolution } });
    const now = await holdersByShare(t);
    expect(now.get(4)).not.toBe(holder.get(4));
    const members = (await register()).members;
    expect(members.find((m) => m.memberId === now.get(4))).toMatchObject({ name: 'New partners of Demo Practice 04', registeredOn: today });
    const duties = (await deadlines(today)).filter((d) => d.reference === `share-transfer-${transferId}`);
    expect(duties.map((d) => [d.kind, d.status])).toEqual(expect.arrayContaining([['transfer-decision', 'done'], ['share-certificate', 'due']]));
    expect(duties.filter((d) => d.kind === 'transfer-decision')).toHaveLength(1);
    expect((await t.http.get(`${C}/share-transfers?status=registered`).set(t.auth('board')).expect(200)).body.transfers).toEqual([
      expect.objectContaining({ transferId, registeredOn: today, registeredAs: registered.body.sequence }),
    ]);
  });

  it('SH-3: a lodged transfer takes no effectiveOn; registering at once (with effectiveOn) still works as before', async () => {
    const res = await post('share-transfers', { status: 'lodged', shareNumber: 5, fromMemberId: holder.get(5), to: { practiceId: 'practice-z00005' }, lodgedOn: today, effectiveOn: today });
    expectRefusal(res, 400, 'VALIDATION_FAILED', 'effectiveOn');
    await refused(() => post('share-transfers', { shareNumber: 5, fromMemberId: holder.get(5), to: { practiceId: 'practice-z00005' }, lodgedOn: today }), 400, 'VALIDATION_FAILED', 'effectiveOn');
    const resolution = await passBoardResolution(t, COMPANY, today, [{ action: 'transfer', shareNumber: 5 }]);
    const atOnce = await post('share-transfers', {
      shareNumber: 5, fromMemberId: holder.get(5), to: { practiceId: 'practice-z00005', name: 'New partners of Demo Practice 05' }, lodgedOn: today, effectiveOn: today, authorisedBy: resolution,
    });
    expect(atOnce.status).toBe(201);
    expect(atOnce.body).toMatchObject({ kind: 'share.transfer', effectiveOn: today });
    expect(atOnce.body.transferId).toBeUndefined();
    const duty = (await deadlines(today)).find((d) => d.kind === 'transfer-decision' && d.reference === `share-transfer-${atOnce.body.sequence}`);
    expect(duty).toMatchObject({ status: 'done', doneOn: today });
    expect((await ledgerHead(t)).valid).toBe(true);
  });

  it('SH-3: a transfer lodged to a new holder enters no member until it is registered: refused, it leaves no member behind', async () => {
    const memberRows = async (memberId: string) => (await t.sql<{ n: number | string }>('select count(*) as n from member where id = ? and company_id = ?', [memberId, COMPANY]))[0].n;
    await post('practices', { odsCode: 'Z00040', name: 'Example Incoming Practice', address: '40 New Road, London E1 4NN', on: addDays(today, -30) }).expect(201);
    const before = await register();
    const lodged = await lodge(6, addDays(today, -20), { practiceId: 'practice-z00040' });
    expect(lodged.status).toBe(201);
    const newHolder: string = lodged.body.payload.to.memberId;
    expect(newHolder).not.toBe(holder.get(6));
    expect(Number(await memberRows(newHolder))).toBe(0);

    await post(`share-transfers/${lodged.body.transferId}/refusal`, { refusedOn: today, reasons: 'The instrument of transfer is not stamped' }).expect(201);
    expect(Number(await memberRows(newHolder))).toBe(0);
    expect(await register()).toEqual(before);
    expect(before.members.some((m) => m.memberId === newHolder)).toBe(false);

    // Lodged again and registered, the same new holder is entered as a member with the practice's particulars.
    const again = await lodge(6, addDays(today, -5), { practiceId: 'practice-z00040' });
    const resolution = await passBoardResolution(t, COMPANY, addDays(today, -1), [{ action: 'transfer', shareNumber: 6 }]);
    const second: string = again.body.payload.to.memberId;
    expect(Number(await memberRows(second))).toBe(0);
    await post(`share-transfers/${again.body.transferId}/registration`, { effectiveOn: today, authorisedBy: resolution }).expect(201);
    const [row] = await t.sql<{ name: string; practice_id: string }>('select name, practice_id from member where id = ?', [second]);
    expect(row).toEqual({ name: 'Example Incoming Practice', practice_id: 'practice-z00040' });
    expect((await holdersByShare(t)).get(6)).toBe(second);
    expect(Number((await t.sql<{ n: number | string }>('select count(*) as n from member where practice_id = ?', ['practice-z00040']))[0].n)).toBe(1);
  });

  it('RM-4, SR-4: a registered transfer whose share transfer entry a correction voids is listed as corrected, naming the correction', async () => {
    const lodged = await lodge(7, addDays(today, -3), { practiceId: 'practice-z00007', name: 'Mistaken partners of Demo Practice 07' });
    expect(lodged.status).toBe(201);
    const transferId: string = lodged.body.transferId;
    const resolution = await passBoardResolution(t, COMPANY, addDays(today, -1), [{ action: 'transfer', shareNumber: 7 }]);
    const registered = await post(`share-transfers/${transferId}/registration`, { effectiveOn: today, authorisedBy: resolution }).expect(201);
    const listed = async (status?: string) =>
      ((await t.http.get(`${C}/share-transfers${status ? `?status=${status}` : ''}`).set(t.auth('board')).expect(200)).body.transfers as { transferId: string }[]).filter((x) => x.transferId === transferId);
    expect(await listed()).toEqual([expect.objectContaining({ status: 'registered', registeredAs: registered.body.sequence, correctedBy: null, replacedBy: null })]);

    const correction = await post('ledger/corrections', { correctsSequence: registered.body.sequence, reason: 'The instrument of transfer was not executed by the transferor' }).expect(201);
    expect((await holdersByShare(t)).get(7)).toBe(holder.get(7));
    expect(await listed()).toEqual([
      expect.objectContaining({ status: 'corrected', registeredOn: today, registeredAs: registered.body.sequence, correctedBy: correction.body.sequence, replacedBy: null }),
    ]);
    expect(await listed('registered')).toEqual([]);
    expect(await listed('corrected')).toHaveLength(1);
  });
  it('SH-3: an instrument of transfer is lodged only for a share in issue held by the transferor that day, to another holder; refused, nothing is written and no duty starts', async () => {
    const lodgedOn = addDays(today, -2);
    const dutiesBefore = (await deadlines(today)).filter((d) => d.kind === 'transfer-decision').length;
    const notIssued = await refused(() => post('share-transfers', { status: 'lodged', shareNumber: 9999, fromMemberId: holder.get(8), to: { practiceId: 'practice-z00008' }, lodgedOn }), 422, 'SHARE_NOT_ISSUED');
    expect(notIssued.body.message).toBe('share 9999 has not been allotted');
    const [{ name: holderName }] = await t.sql<{ name: string }>('select name from member where id = ?', [holder.get(8)!]);
    const wrongHolder = await refused(
      () => post('share-transfers', { status: 'lodged', shareNumber: 8, fromMemberId: holder.get(9), to: { practiceId: 'practice-z00008', name: 'New partners of Demo Practice 08' }, lodgedOn }),
      409,
      'SHARE_NOT_HELD_BY_MEMBER',
    );
    expect(wrongHolder.body.message).toMatch(new RegExp(`^share 8 was held by .+ on ${lodgedOn}, not .+$`));
    expect(wrongHolder.body.message).toContain(holderName);
    await refused(() => post('share-transfers', { status: 'lodged', shareNumber: 8, fromMemberId: 'no-such-member', to: { practiceId: 'practice-z00008' }, lodgedOn }), 409, 'SHARE_NOT_HELD_BY_MEMBER');
    // SH-3: an instrument to the holder itself is no transfer: refused when lodged, so no s.771 decision is owed for it.
    const toItself = await refused(() => post('share-transfers', { status: 'lodged', shareNumber: 8, fromMemberId: holder.get(8), to: { memberId: holder.get(8) }, lodgedOn }), 422, 'TRANSFER_TO_SAME_MEMBER');
    expect(toItself.body.message).toBe('a share cannot be transferred to its own holder');
    // Lodged before the company was incorporated, no share was in issue.
    await refused(() => post('share-transfers', { status: 'lodged', shareNumber: 8, fromMemberId: holder.get(8), to: { practiceId: 'practice-z00008' }, lodgedOn: '2000-01-01' }), 422, 'SHARE_NOT_ISSUED');
    expect((await deadlines(today)).filter((d) => d.kind === 'transfer-decision')).toHaveLength(dutiesBefore);
    expect((await t.http.get(`${C}/share-transfers?status=lodged`).set(t.auth('board')).expect(200)).body.transfers).toEqual([]);
  });

  it('SH-3: a transfer lodged to a practice already on the register goes to its existing entry, not a new member id', async () => {
    const [{ practice_id: practiceOf9 }] = await t.sql<{ practice_id: string }>('select practice_id from member where id = ?', [holder.get(9)!]);
    const membersBefore = Number((await t.sql<{ n: number | string }>('select count(*) as n from member where company_id = ?', [COMPANY]))[0].n);
    const lodged = await lodge(8, addDays(today, -2), { practiceId: practiceOf9 });
    expect(lodged.status).toBe(201);
    expect(lodged.body.payload.to.memberId).toBe(holder.get(9));
    const [listed] = (await t.http.get(`${C}/share-transfers?status=lodged`).set(t.auth('board')).expect(200)).body.transfers;
    expect(listed).toMatchObject({ transferId: lodged.body.transferId, to: { memberId: holder.get(9), practiceId: practiceOf9 } });
    // Registering it would give that member a second share: the articles allow one, so it is refused and must be refused by notice.
    const resolution = await passBoardResolution(t, COMPANY, addDays(today, -1), [{ action: 'transfer', shareNumber: 8 }]);
    await refused(() => post(`share-transfers/${lodged.body.transferId}/registration`, { effectiveOn: today, authorisedBy: resolution }), 409, 'MEMBER_ALREADY_HOLDS_A_SHARE');
    await post(`share-transfers/${lodged.body.transferId}/refusal`, { refusedOn: today, reasons: 'The transferee already holds a share; the articles allow one share per member' }).expect(201);
    expect(Number((await t.sql<{ n: number | string }>('select count(*) as n from member where company_id = ?', [COMPANY]))[0].n)).toBe(membersBefore);
  });
  it('RM-4, SR-4, SH-2: a registration corrected in other names owes its certificate under the lodged transfer; voided, it owes none and the certificate is cancelled', async () => {
    const lodged = await lodge(12, addDays(today, -5), { practiceId: 'practice-z00012', name: 'Wrong partners of Demo Practice 12' });
    expect(lodged.status).toBe(201);
    const transferId: string = lodged.body.transferId;
    const resolution = await passBoardResolution(t, COMPANY, addDays(today, -1), [{ action: 'transfer', shareNumber: 12 }]);
    const registered = await post(`share-transfers/${transferId}/registration`, { effectiveOn: today, authorisedBy: resolution });
    expect(registered.status).toBe(201);
    const replacement = { type: 'transfer', effectiveOn: today, shareNumber: 12, fromMemberId: holder.get(12), to: { practiceId: 'practice-z00012', name: 'Right partners of Demo Practice 12' }, lodgedOn: addDays(today, -5), authorisedBy: resolution };
    const corrected = await post('ledger/corrections', { correctsSequence: registered.body.sequence, reason: 'Entered in the wrong names', replacement });
    expect(corrected.status).toBe(201);
    const certificateDuty = async () => (await deadlines(today)).filter((d) => d.kind === 'share-certificate' && d.reference === `share-transfer-${transferId}`);
    expect((await certificateDuty()).map((d) => d.status)).toEqual(['due']);
    // The certificate for the holding in force does the lodged transfer's duty.
    const issued = await post('shares/12/certificates', { issuedOn: today });
    expect(issued.status).toBe(201);
    expect((await certificateDuty()).map((d) => d.status)).toEqual(['done']);
    // Voided outright, the transfer owes no certificate, and the one issued is no longer in force.
    await post('ledger/corrections', { correctsSequence: corrected.body.sequence, reason: 'The transfer was never executed' }).expect(201);
    expect(await certificateDuty()).toEqual([]);
    const certificates = (await t.http.get(`${C}/certificates`).set(t.auth('auditor')).expect(200)).body.certificates as { shareNumber: number; cancelledOn: string | null; cancellationReason: string | null }[];
    expect(certificates.filter((c) => c.shareNumber === 12)).toEqual([expect.objectContaining({ cancelledOn: today, cancellationReason: 'correction' })]);
    expect((await holdersByShare(t)).get(12)).toBe(holder.get(12));
  });

  it('SR-4, SH-2: a transfer whose date alone is corrected keeps its transferee\'s entry and its certificate, which still meets the s.776 duty', async () => {
    const resolution = await passBoardResolution(t, COMPANY, addDays(today, -4), [{ action: 'transfer', shareNumber: 13 }]);
    const to = { practiceId: 'practice-z00013', name: 'Partners of Demo Practice 13 (new)' };
    const registered = await post('share-transfers', { shareNumber: 13, fromMemberId: holder.get(13), to, lodgedOn: addDays(today, -3), effectiveOn: addDays(today, -3), authorisedBy: resolution });
    expect(registered.status).toBe(201);
    const transferee = (await holdersByShare(t)).get(13)!;
    await post('shares/13/certificates', { issuedOn: addDays(today, -1) }).expect(201);
    const replacement = { type: 'transfer', effectiveOn: addDays(today, -2), shareNumber: 13, fromMemberId: holder.get(13), to, lodgedOn: addDays(today, -3), authorisedBy: resolution };
    const members = async () => Number((await t.sql<{ n: number | string }>('select count(*) as n from member where company_id = ?', [COMPANY]))[0].n);
    const membersBefore = await members();
    const correction = await post('ledger/corrections', { correctsSequence: registered.body.sequence, reason: 'Registered on the wrong day', replacement });
    expect(correction.status).toBe(201);
    // The same member holds the share, from the corrected day: no second member entered for the same practice.
    expect((await holdersByShare(t)).get(13)).toBe(transferee);
    expect(await members()).toBe(membersBefore);
    const certificates = (await t.http.get(`${C}/certificates`).set(t.auth('auditor')).expect(200)).body.certificates as { shareNumber: number; cancelledOn: string | null }[];
    expect(certificates.filter((c) => c.shareNumber === 13)).toEqual([expect.objectContaining({ cancelledOn: null, cancellationReason: null })]);
    const duty = (await deadlines(today)).filter((d) => d.kind === 'share-certificate' && d.reference === `share-transfer-${correction.body.sequence}`);
    expect(duty.map((d) => d.status)).toEqual(['done']);
    expect((await deadlines(today)).filter((d) => d.kind === 'share-certificate' && d.status === 'overdue')).toEqual([]);
  });

  // Last of the block: it leaves lodged and refused transfers of share 20 behind.
  it("SH-3, s.771: the same instrument lodged again while it awaits the directors' decision is refused on any day (TRANSFER_ALREADY_LODGED, naming its lodging date; nothing written); another transferee's instrument, or once decided, is a lodging of its own", async () => {
    const lodgedOn = addDays(today, -3);
    const to = { practiceId: 'practice-z00020', name: 'New partners of Demo Practice 20' };
    const first = await lodge(20, lodgedOn, to);
    expect(first.status).toBe(201);
    const again = await refused(() => lodge(20, lodgedOn, to), 409, 'TRANSFER_ALREADY_LODGED');
    expect(again.body.details).toMatchObject({ transferId: first.body.transferId, shareNumber: 20, lodgedOn });
    expect(again.body.message).toContain(`was lodged on ${lodgedOn} (transfer ${first.body.transferId})`);
    // The same parties the next day would owe a second decision on one instrument (s.771).
    const nextDay = await refused(() => lodge(20, addDays(lodgedOn, 1), to), 409, 'TRANSFER_ALREADY_LODGED');
    expect(nextDay.body.details).toMatchObject({ transferId: first.body.transferId, lodgedOn });
    // An instrument to other partners is another instrument: the directors decide each.
    expect((await lodge(20, lodgedOn, { practiceId: 'practice-z00020', name: 'Other partners of Demo Practice 20' })).status).toBe(201);
    // Refused, the first no longer awaits a decision: the instrument lodged again is a new lodging.
    await post(`share-transfers/${first.body.transferId}/refusal`, { refusedOn: today, reasons: 'The instrument was not signed' }).expect(201);
    expect((await lodge(20, addDays(lodgedOn, 1), to)).status).toBe(201);
  });
});
