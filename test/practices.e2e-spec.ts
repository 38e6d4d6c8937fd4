import type { CalendarDate } from '#domain';
import { formatDate } from '#reports';
import { today } from '../apps/api/src/common/today';
import { RegisterHistoryService } from '../apps/api/src/share-register/register-history.service';
import { MemberHistoryReader } from '../apps/api/src/web/member-history';
import { flat, pageTexts } from '../libs/reports/test/read-pdf';
import { passBoardResolution, passSpecialResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { holdersByShare, readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

/**
 * The secretary's year with the practices, from the seeded company (37 practices, one share each,
 * in 8 networks): a new practice joins the list and is admitted, a practice renames, two member
 * practices merge into one, two more merge into a new practice, and the register of members prints
 * every former member's share history. Each step builds on the one before.
 */
describe.each(databaseKinds())('practices and members over a year (%s)', (kind) => {
  let t: TestApp;
  const C = `/api/companies/${COMPANY}`;
  beforeAll(async () => {
    t = await startTestApp(kind, { seedAlliance: true });
  });
  afterAll(() => t.close());

  const post = (path: string, body: object) => t.http.post(`${C}${path}`).set(t.auth('secretary')).send(body);
  const networkOf = async (practiceId: string, asAt: string) => {
    const res = await t.http.get(`${C}/networks?asAt=${asAt}`).set(t.auth('board')).expect(200);
    return (res.body.networks as { networkId: string; practiceIds: string[] }[]).find((n) => n.practiceIds.includes(practiceId))?.networkId ?? null;
  };
  const duties = async (asAt: string) =>
    (await t.http.get(`${C}/deadlines?from=2026-01-01&to=2027-12-31&asAt=${asAt}`).set(t.auth('board')).expect(200)).body as {
      kind: string;
      reference: string;
      status: string;
      doneOn: string | null;
      action?: string;
    }[];
  const practice = async (practiceId: string, asAt: string) =>
    ((await t.http.get(`${C}/practices?asAt=${asAt}`).set(t.auth('board')).expect(200)).body as { practiceId: string; name: string; eligible: boolean; closedOn: string | null }[]).find(
      (p) => p.practiceId === practiceId,
    );
  const memberOf = async (shareNumber: number, asAt?: string) => (await holdersByShare(t, asAt)).get(shareNumber)!;

  it('RM-1: a new practice joins the list and its network, and an allotment admits it: 38 current members', async () => {
    const before = await readRegister(t, 'status=current&limit=1000');
    expect(before.totals.currentMembers).toBe(37);
    const joined = await post('/practices', { odsCode: 'Z00038', name: 'Example New Practice', address: '38 New Road, London E1 3NN', networkId: 'network-1', on: '2026-04-01' }).expect(201);
    expect(joined.body).toMatchObject({ practiceId: 'practice-z00038', name: 'Example New Practice', admittedOn: '2026-04-01', eligible: true, networkName: 'Network 1' });
    expect(await networkOf('practice-z00038', '2026-04-01')).toBe('network-1');
    expect(await networkOf('practice-z00038', '2026-03-31')).toBeNull();

    // Joining the list twice, or a share before the practice joined it, is refused and changes nothing.
    const authorisedBy = await passBoardResolution(t, COMPANY, '2026-03-20', [{ action: 'allotment', shareNumber: 38 }]);
    const head = await ledgerHead(t);
    const again = await post('/practices', { odsCode: 'Z00038', name: 'Again', address: 'x', on: '2026-04-02', practiceId: 'another-id' }).expect(409);
    expect(again.body.code).toBe('PRACTICE_ALREADY_LISTED');
    const early = await post('/share-allotments', { effectiveOn: '2026-03-25', holder: { practiceId: 'practice-z00038' }, authorisedBy }).expect(422);
    expect(early.body.code).toBe('PRACTICE_NOT_ELIGIBLE');
    expect(await ledgerHead(t)).toEqual(head);

    await post('/share-allotments', { effectiveOn: '2026-04-15', holder: { practiceId: 'practice-z00038' }, authorisedBy }).expect(201);
    const after = await readRegister(t, 'status=current&limit=1000');
    expect(after.totals).toEqual({ issuedShares: 38, currentMembers: 38 });
    expect(after.members.find((m) => m.name === 'Example New Practice')).toMatchObject({ registeredOn: '2026-04-15', shares: [{ shareNumber: 38 }] });

    // RM-3: a change of the member's address dated before it was entered says so, and when it was entered; nothing written.
    const memberId = await memberOf(38);
    const headBefore = await ledgerHead(t);
    const early2 = await post(`/members/${memberId}/particulars`, { effectiveOn: '2026-04-01', address: '39 New Road, London E1 3NN' }).expect(409);
    expect(early2.body).toMatchObject({ code: 'MEMBER_NOT_CURRENT', details: { memberId, effectiveOn: '2026-04-01', enteredOn: '2026-04-15' } });
    expect(early2.body.message).toBe('Example New Practice was not on the register on 2026-04-01: it was entered on the register on 2026-04-15, so a change of its particulars takes effect on or after that day (RM-3)');
    expect(await ledgerHead(t)).toEqual(headBefore);
  });

  it("RM-3: a practice's change dated before its member was entered reaches the entry from the day it was made, so the list and the register agree", async () => {
    const memberId = await memberOf(38);
    const changed = await post('/practices/practice-z00038/changes', { effectiveOn: '2026-04-10', address: '40 New Road, London E1 3NN' }).expect(201);
    expect(changed.body).toMatchObject({ memberId, registerEntry: { memberId } });
    const entryOn = async (asAt: string) => (await readRegister(t, `status=current&limit=1000&asAt=${asAt}`)).members.find((m) => m.memberId === memberId);
    for (const asAt of ['2026-04-15', '2026-06-01']) {
      expect((await practice('practice-z00038', asAt))!).toMatchObject({ address: '40 New Road, London E1 3NN' });
      expect(await entryOn(asAt)).toMatchObject({ name: 'Example New Practice', address: '40 New Road, London E1 3NN', registeredOn: '2026-04-15' });
    }
    const history = await t.http.get(`${C}/register?include=history&status=current&limit=1000`).set(t.auth('board')).expect(200);
    const particulars = history.body.members.find((m: { memberId: string }) => m.memberId === memberId).particulars as { from: string; address: string }[];
    expect(particulars.at(-1)).toMatchObject({ from: '2026-04-15', address: '40 New Road, London E1 3NN' });
    // s.113: the particulars the entry was made with were superseded that day; both entries stay in its history, in recorded order.
    expect(particulars.filter((p) => p.from === '2026-04-15').map((p) => p.address)).toEqual(['38 New Road, London E1 3NN', '40 New Road, London E1 3NN']);
    // The CSV and the PDF list the superseded particulars as such, not as in force until the day.
    const csv = await t.http.get(`${C}/reports/register.csv`).set(t.auth('board')).expect(200);
    expect(csv.text).toContain('superseded on 2026-04-15: Example New Practice, 38 New Road, London E1 3NN');
    expect(csv.text).not.toContain('before 2026-04-15: Example New Practice');
    const pdf = await t.http.get(`${C}/reports/register-of-members.pdf`).set(t.auth('board')).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    const text = flat((await pageTexts(pdf.body as Buffer)).join('\n'));
    expect(text).toContain(`Superseded on ${formatDate('2026-04-15')}: Example New Practice, 38 New Road, London E1 3NN`);
  });

  it('RM-3: a practice renames from a date: the register shows the old name before and the new one from it, with no share moved and no duty', async () => {
    const memberId = await memberOf(3);
    const oldName = (await readRegister(t, 'status=current&limit=1000')).members.find((m) => m.memberId === memberId)!.name;
    const dutiesBefore = (await duties('2026-11-30')).map((d) => `${d.kind} ${d.reference}`);
    const head = await ledgerHead(t);
    const changed = await post('/practices/practice-z00003/changes', { effectiveOn: '2026-05-01', name: 'Example Renamed Practice' }).expect(201);
    expect(changed.body).toMatchObject({ practiceId: 'practice-z00003', name: 'Example Renamed Practice', memberId });
    const nameOn = async (query: string) => (await readRegister(t, `status=current&limit=1000&${query}`)).members.find((m) => m.memberId === memberId)!.name;
    expect(await nameOn('asAt=2026-04-30')).toBe(oldName);
    expect(await nameOn('asAt=2026-05-01')).toBe('Example Renamed Practice');
    // As the register stood before the change was entered, it still read the old name on that day.
    const enteredAt = (await t.http.get(`${C}/ledger?afterSequence=${head.headSequence}&limit=2`).set(t.auth('auditor')).expect(200)).body.entries;
    expect(enteredAt.map((e: { kind: string }) => e.kind)).toEqual(['practice.particulars-changed', 'share.particulars-change']);
    const justBefore = new Date(Date.parse(enteredAt[0].recordedAt) - 1).toISOString();
    expect(await nameOn(`asAt=2026-05-01&knownAt=${justBefore}`)).toBe(oldName);
    expect((await holdersByShare(t)).get(3)).toBe(memberId);
    expect((await duties('2026-11-30')).map((d) => `${d.kind} ${d.reference}`)).toEqual(dutiesBefore);

    const history = await t.http.get(`${C}/register?include=history&status=current&limit=1000`).set(t.auth('board')).expect(200);
    const entry = history.body.members.find((m: { memberId: string }) => m.memberId === memberId);
    expect(entry.particulars.map((p: { from: string; name: string }) => [p.from, p.name])).toEqual([
      ['2014-09-01', oldName],
      ['2026-05-01', 'Example Renamed Practice'],
    ]);
    expect(entry.particulars[1].recordedAt).toBe(enteredAt[1].recordedAt);
    expect((await practice('practice-z00003', '2026-04-30'))!.name).toBe(oldName);
  });

  it("RM-2/RM-3: a member's particulars change with joint holders named, the first-named holder first", async () => {
    const memberId = await memberOf(2);
    await post(`/members/${memberId}/particulars`, { effectiveOn: '2026-05-10', name: 'Dr A Example', jointHolders: ['Dr B Example', 'Dr C Example'] }).expect(201);
    const entry = (await readRegister(t, 'status=current&limit=1000&asAt=2026-05-10')).members.find((m) => m.memberId === memberId) as unknown as { name: string; jointHolders: string[] };
    expect(entry).toMatchObject({ name: 'Dr A Example', jointHolders: ['Dr B Example', 'Dr C Example'] });
    const before = (await readRegister(t, 'status=current&limit=1000&asAt=2026-05-09')).members.find((m) => m.memberId === memberId) as unknown as { jointHolders?: string[] };
    expect(before.jointHolders).toBeUndefined();
    const refused = await post(`/members/${memberId}/particulars`, { effectiveOn: '2026-05-10', name: 'Dr A Example', jointHolders: ['Dr B Example', 'Dr C Example'] }).expect(422);
    expect(refused.body.code).toBe('PARTICULARS_UNCHANGED');
    // RM-2: a holder named twice (the first-named again, or a joint holder twice, in other case or spacing) is refused, nothing written.
    const before2 = await ledgerHead(t);
    for (const jointHolders of [['Dr B Example', ' dr a  example'], ['Dr B Example', 'DR B EXAMPLE']]) {
      const twice = await post(`/members/${memberId}/particulars`, { effectiveOn: '2026-05-11', name: 'Dr A Example', jointHolders }).expect(400);
      expect(twice.body.details).toEqual([{ field: 'jointHolders', problems: [expect.stringMatching(/^jointHolders names "(dr a {2}example|DR B EXAMPLE)" twice: each joint holder is named once/)] }]);
    }
    expect(await ledgerHead(t)).toEqual(before2);
    // The practice moves: its new address reaches the member's entry, whose name stays as the member gave it.
    await post('/practices/practice-z00002/changes', { effectiveOn: '2026-05-20', address: '2 New Yard, London E1 2AA' }).expect(201);
    const moved = (await readRegister(t, 'status=current&limit=1000&asAt=2026-05-20')).members.find((m) => m.memberId === memberId) as unknown as { name: string; address: string; jointHolders: string[] };
    expect(moved).toMatchObject({ name: 'Dr A Example', address: '2 New Yard, London E1 2AA', jointHolders: ['Dr B Example', 'Dr C Example'] });
    // A change dated before that one would carry its address back to an earlier day: refused, nothing written.
    const head = await ledgerHead(t);
    const earlier = await post(`/members/${memberId}/particulars`, { effectiveOn: '2026-05-15', name: 'Dr A Example-Jones' }).expect(409);
    expect(earlier.body).toMatchObject({ code: 'EVENT_PREDATES_DEPENDENCY', details: { memberId, lastChangedOn: '2026-05-20' } });
    expect(await ledgerHead(t)).toEqual(head);
    // The member's page heads with the particulars in force on the day it shows.
    const page = (on: string) => t.app.get(MemberHistoryReader).read(COMPANY, memberId, on as CalendarDate);
    expect(await page('2026-05-20')).toMatchObject({ name: 'Dr A Example', address: '2 New Yard, London E1 2AA' });
    expect((await page('2026-05-09'))!.name).not.toBe('Dr A Example');
    // A change that gives no particulars changes none: refused, nothing written.
    const empty = await post(`/members/${memberId}/particulars`, { effectiveOn: '2026-05-25' }).expect(422);
    expect(empty.body.code).toBe('PARTICULARS_UNCHANGED');
    expect(await ledgerHead(t)).toEqual(head);
  });

  it('a practice admitted to the list, changed or closed with effect before the company was incorporated (1 September 2014) is refused (422 EVENT_BEFORE_INCORPORATION, naming the date); nothing is written', async () => {
    const head = await ledgerHead(t);
    const sends: [string, object, string][] = [
      ['/practices', { odsCode: 'Z00099', name: 'Example Early Practice', address: '99 Early Road, London E1 9EE', on: '2014-08-31' }, 'on'],
      ['/practices/practice-z00012/changes', { effectiveOn: '2010-01-01', name: 'Example Renamed Practice' }, 'effectiveOn'],
      ['/practices/practice-z00012/closure', { effectiveOn: '2014-08-31', reason: 'closed' }, 'effectiveOn'],
    ];
    for (const [path, body, field] of sends) {
      const res = await post(path, body);
      expect([path, res.status, res.body.code, res.body.details?.field, res.body.details?.incorporatedOn]).toEqual([path, 422, 'EVENT_BEFORE_INCORPORATION', field, '2014-09-01']);
    }
    expect(await ledgerHead(t)).toEqual(head);
    expect(await practice('practice-z00099', '2026-01-01')).toBeUndefined();
  });

  it('SH-5: a closure dated on or before the day a share came to the practice\'s member is refused; nothing is written', async () => {
    const members = (await readRegister(t, 'status=current&limit=1000&include=history')).members as unknown as { sharesHeld: { shareNumber: number; acquiredOn: string }[] }[];
    const acquiredOn = members.flatMap((m) => m.sharesHeld).find((h) => h.shareNumber === 11)!.acquiredOn;
    const head = await ledgerHead(t);
    const res = await post('/practices/practice-z00011/closure', { effectiveOn: acquiredOn, reason: 'closed' }).expect(409);
    expect(res.body).toMatchObject({ code: 'EVENT_PREDATES_DEPENDENCY', details: { practiceId: 'practice-z00011', shareNumber: 11, lastChangedOn: acquiredOn } });
    expect(await ledgerHead(t)).toEqual(head);
    expect(await practice('practice-z00011', acquiredOn)).toMatchObject({ eligible: true, closedOn: null });
  });

  it('SH-5, SR-1: a member practice merges into another: it leaves its network, its share is a surrender duty until surrendered (a reduction of capital owing SH19), one share per practice', async () => {
    const holder4 = await memberOf(4);
    const network4 = await networkOf('practice-z00004', '2026-06-29');
    expect(network4).not.toBeNull();
    const closed = await post('/practices/practice-z00004/closure', { effectiveOn: '2026-06-30', reason: 'merged', successorPracticeId: 'practice-z00005' }).expect(201);
    expect(closed.body).toMatchObject({ closedOn: '2026-06-30', closureReason: 'merged', leftNetworkId: network4, duties: [{ shareNumber: 4, memberId: holder4, action: 'surrender' }] });
    expect(await networkOf('practice-z00004', '2026-06-30')).toBeNull();
    expect(await practice('practice-z00004', '2026-06-30')).toMatchObject({ eligible: false, closedOn: '2026-06-30' });
    const reference = closed.body.duties[0].reference as string;
    expect((await duties('2026-07-01')).find((d) => d.reference === reference)).toMatchObject({ kind: 'practice-share', status: 'due', action: 'surrender' });
    // The register flags the entry while the ceased practice still holds its share (JSON, with and without history).
    type Flagged = { memberId: string; practiceCeased?: unknown };
    const flagged = async (query: string) => ((await readRegister(t, `status=current&limit=1000&${query}`)).members as unknown as Flagged[]).filter((m) => m.practiceCeased !== undefined);
    const flag = { practiceId: 'practice-z00004', ceasedOn: '2026-06-30', duties: [{ reference, shareNumber: 4, action: 'surrender', dueOn: '2026-08-30' }] };
    expect(await flagged('asAt=2026-07-01')).toEqual([expect.objectContaining({ memberId: holder4, practiceCeased: flag })]);
    expect(await flagged('asAt=2026-07-01&include=history')).toEqual([expect.objectContaining({ memberId: holder4, practiceCeased: flag })]);
    expect(await flagged('asAt=2026-06-29')).toEqual([]);

    // A closed practice takes no share; a merger names its successor.
    const noSuccessor = await post('/practices/practice-z00009/closure', { effectiveOn: '2026-06-30', reason: 'merged' }).expect(422);
    expect(noSuccessor.body.code).toBe('PRACTICE_SUCCESSOR_INVALID');
    // A practice ceases once: a second closure, even dated before the first, is refused and writes
    // nothing; the list, the deadlines and new allotments still work. So is ceasing before a merger into it.
    const head = await ledgerHead(t);
    for (const effectiveOn of ['2026-06-01', '2026-07-01', '2014-10-01']) {
      const again = await post('/practices/practice-z00004/closure', { effectiveOn, reason: 'closed' }).expect(409);
      expect(again.body).toMatchObject({ code: 'PRACTICE_CLOSED', message: expect.stringContaining('already ceased on 2026-06-30') });
    }
    const successorFirst = await post('/practices/practice-z00005/closure', { effectiveOn: '2026-06-15', reason: 'closed' }).expect(409);
    expect(successorFirst.body.code).toBe('EVENT_PREDATES_DEPENDENCY');
    expect(await ledgerHead(t)).toEqual(head);
    expect(await practice('practice-z00004', '2026-07-01')).toMatchObject({ closedOn: '2026-06-30' });
    expect((await duties('2026-07-01')).some((d) => d.reference === reference)).toBe(true);

    // SR-1: the surplus share's surrender is a reduction of capital: refused without a solvency statement; recorded on a
    // special resolution with the statement made in the 15 days before it, and SH19 is due 15 days after the resolution.
    const authorisedBy = await passSpecialResolution(t, COMPANY, '2026-07-10', [{ action: 'cancellation', shareNumber: 4 }]);
    const unsupported = await post('/share-cancellations', { shareNumber: 4, reason: 'surrender', effectiveOn: '2026-07-15', authorisedBy }).expect(422);
    expect(unsupported.body).toMatchObject({ code: 'REDUCTION_WITHOUT_SOLVENCY_STATEMENT', message: expect.stringContaining('is a reduction of capital (SR-1') });
    const surrendered = await post('/share-cancellations', { shareNumber: 4, reason: 'surrender', effectiveOn: '2026-07-15', authorisedBy, solvencyStatementOn: '2026-07-01' }).expect(201);
    expect((await duties('2026-07-15')).find((d) => d.reference === reference)).toMatchObject({ status: 'done', doneOn: '2026-07-15' });
    expect((await duties('2026-07-15')).find((d) => d.reference === `share-cancellation-${surrendered.body.sequence}`)).toMatchObject({ kind: 'sh19', dueOn: '2026-07-25', status: 'due' });
    expect(await flagged('asAt=2026-07-14')).toEqual([expect.objectContaining({ memberId: holder4 })]);
    expect(await flagged('asAt=2026-07-15')).toEqual([]);
    const register = await readRegister(t, 'status=current&limit=1000');
    expect(register.totals).toEqual({ issuedShares: 37, currentMembers: 37 });
  });

  it('SH-5: two member practices merge into a new practice: the new one takes one share, the other is surrendered, both duties done', async () => {
    await post('/practices', { odsCode: 'Z00039', name: 'Example Merged Practice', address: '39 Merger Street, London E1 3MM', networkId: 'network-2', on: '2026-08-01' }).expect(201);
    const [holder6, holder7] = [await memberOf(6), await memberOf(7)];
    const references: string[] = [];
    for (const practiceId of ['practice-z00006', 'practice-z00007']) {
      const closed = await post(`/practices/${practiceId}/closure`, { effectiveOn: '2026-08-31', reason: 'merged', successorPracticeId: 'practice-z00039' }).expect(201);
      expect(closed.body.duties).toEqual([expect.objectContaining({ action: 'transfer to the successor' })]);
      references.push(closed.body.duties[0].reference);
    }
    const authorisedBy = await passBoardResolution(t, COMPANY, '2026-09-10', [{ action: 'transfer', shareNumber: 6 }]);
    // SR-1: the surrender of the surplus share reduces capital: a special resolution, with the solvency statement made in the 15 days before it.
    const reduction = await passSpecialResolution(t, COMPANY, '2026-09-10', [{ action: 'cancellation', shareNumber: 7 }]);
    await post('/share-transfers', { shareNumber: 6, fromMemberId: holder6, to: { practiceId: 'practice-z00039' }, lodgedOn: '2026-09-01', effectiveOn: '2026-09-15', authorisedBy }).expect(201);
    // The merged practice already holds a share: it cannot take a second one.
    const second = await post('/share-transfers', { shareNumber: 7, fromMemberId: holder7, to: { practiceId: 'practice-z00039' }, lodgedOn: '2026-09-01', effectiveOn: '2026-09-15', authorisedBy }).expect(409);
    expect(second.body.code).toBe('PRACTICE_ALREADY_A_MEMBER');
    await post('/share-cancellations', { shareNumber: 7, reason: 'surrender', effectiveOn: '2026-09-15', authorisedBy: reduction, solvencyStatementOn: '2026-09-05' }).expect(201);

    const done = await duties('2026-09-30');
    for (const reference of references) expect(done.find((d) => d.reference === reference)).toMatchObject({ status: 'done', doneOn: '2026-09-15' });
    const register = await readRegister(t, 'status=current&limit=1000');
    expect(register.totals).toEqual({ issuedShares: 36, currentMembers: 36 });
    expect(register.members.find((m) => m.name === 'Example Merged Practice')).toMatchObject({ shares: [{ shareNumber: 6 }] });
    const practices = (await t.http.get(`${C}/practices`).set(t.auth('board')).expect(200)).body as { practiceId: string; eligible: boolean }[];
    expect(practices.filter((p) => p.eligible)).toHaveLength(36); // 39 on the list, three ceased
    expect(await networkOf('practice-z00039', '2026-09-30')).toBe('network-2');
  });

  it("RM-1: the register (JSON, CSV and PDF) shows every former member's share, when and from whom it came, and how and to whom it went", async () => {
    const history = await t.http.get(`${C}/register?include=history&status=former&limit=1000`).set(t.auth('board')).expect(200);
    const formerOf = (shareNumber: number) =>
      history.body.members.find((m: { sharesHeld: { shareNumber: number }[] }) => m.sharesHeld.some((s) => s.shareNumber === shareNumber));
    expect(formerOf(4).sharesHeld).toEqual([
      expect.objectContaining({ shareNumber: 4, acquiredOn: '2014-09-01', acquiredFrom: null, disposedOn: '2026-07-15', disposal: 'surrender', disposedTo: null }),
    ]);
    expect(formerOf(6).sharesHeld[0]).toMatchObject({ disposal: 'transfer', disposedOn: '2026-09-15', disposedTo: { name: 'Example Merged Practice' }, certificateNumber: null });
    expect(history.body.members.every((m: { sharesHeld: unknown[] }) => m.sharesHeld.length > 0)).toBe(true);
    // The register page folds only the ledger entries about the former members it shows: the same entries, shares and disposals as the whole ledger's fold.
    type Former = { memberId: string; registeredOn: string; ceasedOn: string | null; sharesHeld: { shareNumber: number; acquiredOn: string; disposedOn: string | null; disposal: string | null }[] };
    const brief = (m: Former) => ({ memberId: m.memberId, registeredOn: m.registeredOn, ceasedOn: m.ceasedOn, sharesHeld: m.sharesHeld.map((h) => [h.shareNumber, h.acquiredOn, h.disposedOn, h.disposal]) });
    const formers = history.body.members as Former[];
    const own = await t.app.get(RegisterHistoryService).forMembers(COMPANY, formers.map((m) => m.memberId), { asAt: today(), status: 'former' });
    expect(formers.length).toBeGreaterThan(1);
    expect(own.map((m) => brief(m as unknown as Former))).toEqual(formers.map(brief));

    const csv = await t.http.get(`${C}/reports/register.csv`).set(t.auth('board')).expect(200);
    expect(csv.text).toContain(`Share 6: acquired ${formatDate('2014-09-01')} as a subscriber on incorporation`);
    expect(csv.text).toContain(`transferred ${formatDate('2026-09-15')} to Example Merged Practice`);

    const pdf = await t.http.get(`${C}/reports/register-of-members.pdf`).set(t.auth('board')).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    const text = flat((await pageTexts(pdf.body as Buffer)).join('\n'));
    for (const former of history.body.members as { name: string; sharesHeld: { shareNumber: number }[] }[]) {
      for (const share of former.sharesHeld) expect(text).toContain(`Share ${share.shareNumber}: acquired`);
    }
    expect(text).toContain(`surrendered ${formatDate('2026-07-15')}`);
    expect(text).toContain(`Before ${formatDate('2026-05-01')}`);
  });
});
