import { passBoardResolution, passSpecialResolution, seededAllotmentSequence } from './support/authority';
import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { holdersByShare } from './support/register';
import type { Role } from '../apps/api/src/auth/roles';
import { apiClient } from './support/api-client';
import type { operations } from './support/api-types';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

type RegisterQuery = NonNullable<operations['RegisterController_read']['parameters']['query']>;

describe.each(databaseKinds())('register of members over HTTP (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  // The typed client: paths, parameters, bodies and answers are those of the OpenAPI document.
  const api = (role: Role) => apiClient(t.http, t.tokens[role]);
  const register = async (query: RegisterQuery, role: Role = 'board') => {
    const res = await api(role).get('/api/companies/{companyId}/register', { path: { companyId: COMPANY }, query });
    expect(res.status).toBe(200);
    if (!('totals' in res.body)) throw new Error('the register without history has totals');
    return res.body;
  };

  it('RM-1: the seeded company has 37 current members holding one fully paid share each, allotted under the seeded board resolution', async () => {
    const res = await register({ status: 'current', limit: 100 });
    expect(res.totals).toEqual({ issuedShares: 37, currentMembers: 37 });
    expect(res.members).toHaveLength(37);
    const allotment = await t.http.get(`/api/companies/${COMPANY}/ledger?afterSequence=${seededAllotmentSequence(1) - 1}&limit=1`).set(t.auth('auditor')).expect(200);
    const seededResolution: string = allotment.body.entries[0].payload.authorisedBy;
    expect(seededResolution).toEqual(expect.any(String));
    for (const member of res.members) {
      expect(member.registeredOn).toBe('2014-09-01');
      expect(member.ceasedOn).toBeNull();
      expect(member.shares).toHaveLength(1);
      expect(member.shares[0]).toMatchObject({ shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, authorisedBy: seededResolution });
    }
    const numbers = res.members.map((m) => m.shares[0].shareNumber);
    expect(new Set(numbers).size).toBe(37);
  });

  it('is empty as at a day before incorporation', async () => {
    const res = await register({ asAt: '2014-08-31' });
    expect(res.members).toEqual([]);
    expect(res.totals).toEqual({ issuedShares: 0, currentMembers: 0 });
  });

  it('RM-1/RM-4: a transfer makes the transferor a former member and the transferee a member from the registration date', async () => {
    const before = await register({ status: 'current', limit: 100 });
    const { issuedShares, currentMembers } = before.totals;
    const head = await ledgerHead(t);
    const holderOf5 = (await holdersByShare(t)).get(5)!;
    // Articles: share events need a board resolution; this one approves the cancellation of share 6 and the transfer of share 5.
    const approved = await passBoardResolution(t, COMPANY, '2021-01-15', [
      { action: 'cancellation', shareNumber: 6 },
      { action: 'transfer', shareNumber: 5 },
    ]);
    // SR-1: share 6's surrender reduces capital: the members' special resolution, and the solvency statement made in the 15 days before it.
    const beforeSpecial = (await ledgerHead(t)).events;
    const reduction = await passSpecialResolution(t, COMPANY, '2021-01-15', [{ action: 'cancellation', shareNumber: 6 }]);
    const specialEntries = (await ledgerHead(t)).events - beforeSpecial;
    const transfer = await t.http
      .post(`/api/companies/${COMPANY}/share-transfers`)
      .set(t.auth('secretary'))
      .send({ shareNumber: 5, fromMemberId: holderOf5, to: { practiceId: 'practice-z00004' }, lodgedOn: '2021-03-01', effectiveOn: '2021-03-15', authorisedBy: approved })
      .expect(409);
    // SH-5: at most one share per current practice; practice 4 already holds share 4.
    expect(transfer.body.code).toBe('PRACTICE_ALREADY_A_MEMBER');

    // In the company as seeded every practice holds one share, practices 4 and 6 among them.
    const practices = await t.http.get(`/api/companies/${COMPANY}/practices`).set(t.auth('board')).expect(200);
    expect(practices.body).toHaveLength(currentMembers);
    expect(practices.body.map((p: { practiceId: string }) => p.practiceId)).toEqual(expect.arrayContaining(['practice-z00004', 'practice-z00006']));

    // Share 6's holder leaves; a new practice entity, entered by name for a practice no one holds for, takes share 5.
    const path = { companyId: COMPANY };
    const cancellation = await api('secretary').post('/api/companies/{companyId}/share-cancellations', {
      path,
      body: { shareNumber: 6, reason: 'surrender', effectiveOn: '2021-01-31', note: 'practice closed', authorisedBy: reduction, solvencyStatementOn: '2021-01-10' },
    });
    expect(cancellation.status).toBe(201);
    const ok = await api('secretary').post('/api/companies/{companyId}/share-transfers', {
      path,
      body: { shareNumber: 5, fromMemberId: holderOf5, to: { practiceId: 'practice-z00006' }, lodgedOn: '2021-03-01', effectiveOn: '2021-03-15', authorisedBy: approved },
    });
    expect(ok.status).toBe(201);
    // After the head before this test: the resolution (its meeting, a proposal and 3 votes), the special resolution (its proposal and agreements), the cancellation, then this transfer.
    expect(ok.body).toMatchObject({ kind: 'share.transfer', effectiveOn: '2021-03-15', sequence: head.headSequence + 5 + specialEntries + 2, recordedBy: 'admin' });
    expect(ok.body.payload).toMatchObject({ shareNumber: 5, fromMemberId: holderOf5, lodgedOn: '2021-03-01', authorisedBy: approved });

    const dayBefore = await register({ asAt: '2021-03-14', status: 'current', limit: 100 });
    expect(dayBefore.members.find((m) => m.memberId === holderOf5)?.shares[0].shareNumber).toBe(5);
    // Share 6 was cancelled on 2021-01-31.
    expect(dayBefore.totals).toEqual({ issuedShares: issuedShares - 1, currentMembers: currentMembers - 1 });

    const after = await register({ asAt: '2021-03-15', status: 'all', limit: 100 });
    const entries = after.members.filter((m) => m.memberId === holderOf5);
    expect(entries).toEqual([expect.objectContaining({ registeredOn: '2014-09-01', ceasedOn: '2021-03-15', shares: [] })]);
    const newcomer = after.members.find((m) => m.memberId === (ok.body.payload as { to: { memberId: string } }).to.memberId);
    expect(newcomer).toMatchObject({ registeredOn: '2021-03-15', ceasedOn: null, shares: [expect.objectContaining({ shareNumber: 5, authorisedBy: approved })] });
    expect(after.totals).toEqual({ issuedShares: issuedShares - 1, currentMembers: currentMembers - 1 });

    const former = await register({ asAt: '2021-03-15', status: 'former' });
    expect(former.members.map((m) => m.ceasedOn).sort()).toEqual(['2021-01-31', '2021-03-15']);
  });

  it('pages through the register with a cursor and with an offset, in name order', async () => {
    const all = await register({ status: 'all', limit: 100 });
    const first = await register({ status: 'all', limit: 10 });
    expect(first.members).toEqual(all.members.slice(0, 10));
    const second = await register({ status: 'all', limit: 10, cursor: first.page.nextCursor ?? undefined });
    expect(second.members).toEqual(all.members.slice(10, 20));
    const byOffset = await register({ status: 'all', limit: 10, offset: 10 });
    expect(byOffset.members).toEqual(second.members);
    const names = all.members.map((m) => m.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    // A cursor and an offset together would skip entries no page gives: refused, naming the offset.
    const both = await t.http
      .get(`/api/companies/${COMPANY}/register?limit=10&offset=5&cursor=${encodeURIComponent(first.page.nextCursor!)}`)
      .set(t.auth('board'))
      .expect(400);
    expect([both.body.code, both.body.details]).toEqual(['VALIDATION_FAILED', [{ field: 'offset', problems: ['not with cursor: the cursor already says where the page starts'] }]]);
  });

  it('RM-3: a back-dated correction shows as at its effective date, but not as the register was known before it was recorded', async () => {
    // SR-1: a surrender reduces capital: the members' special resolution, and the solvency statement made in the 15 days before it.
    // WR-2: dated after the written resolution of 2021-01-15 (an earlier test), whose eligible members it would otherwise change.
    const approved = await passSpecialResolution(t, COMPANY, '2021-06-01', [{ action: 'cancellation', shareNumber: 7 }]);
    const earlier = await register({ asAt: '2021-07-01', status: 'current', limit: 100 });
    const knownBefore = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    const res = await t.http
      .post(`/api/companies/${COMPANY}/share-cancellations`)
      .set(t.auth('secretary'))
      .send({ shareNumber: 7, reason: 'surrender', effectiveOn: '2021-06-30', note: 'entered late', authorisedBy: approved, solvencyStatementOn: '2021-05-25' })
      .expect(201);
    expect(res.body.effectiveOn).toBe('2021-06-30');

    const now = await register({ asAt: '2021-07-01', status: 'current', limit: 100 });
    const then = await register({ asAt: '2021-07-01', status: 'current', limit: 100, knownAt: knownBefore });
    expect(then.totals).toEqual(earlier.totals);
    expect(now.totals.issuedShares).toBe(earlier.totals.issuedShares - 1);
    expect(then.knownAt).toBe(knownBefore);
    expect(then.members.some((m) => m.shares[0]?.shareNumber === 7)).toBe(true);
    expect(now.members.some((m) => m.shares[0]?.shareNumber === 7)).toBe(false);
  });
});
