import { nameAssetLockedBodies } from './support/asset-lock';
import { databaseKinds } from './support/databases';
import { todayUk } from './support/dates';
import { ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { readRegister } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const PATH = `/api/companies/${COMPANY}/winding-up-distribution`;
const TRUST = { name: 'Example Community Trust', registrationNumber: '1234567' };
const HEALTH = { name: 'Example Health CIC', registrationNumber: 'SC012345' };

type Role = 'secretary' | 'board' | 'auditor';

interface Entitlement {
  memberId: string;
  name: string;
  shareNumbers: number[];
  paidUpPence: number;
  entitlementPence: number;
}

/** A current entry of the register as the register read gives it, with each share's amount paid up. */
interface Holder {
  memberId: string;
  name: string;
  shares: { shareNumber: number; paidUpPence: number }[];
}

/**
 * CI-4 (CIC Regs 2005 reg 23) over HTTP on a real database: the seeded Tower Hamlets company's residual
 * assets distributed as at a day, checked against the register of members read that day (each member
 * at most the paid-up value of their shares) and against the asset-locked bodies the articles name that
 * day (the residue to them, or as the CIC Regulator directs). A read: nothing is written.
 * Shape faults alone are the controller's spec (apps/api/src/asset-lock/winding-up.controller.spec.ts).
 */
describe.each(databaseKinds())('the winding-up distribution (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const read = async (query: string, role: Role = 'board') => (await t.http.get(`${PATH}?${query}`).set(t.auth(role)).expect(200)).body;
  const holders = async (asAt: string): Promise<Holder[]> => (await readRegister(t, `status=current&limit=100000&asAt=${asAt}`)).members as unknown as Holder[];
  const paidUp = (h: Holder) => h.shares.reduce((s, x) => s + x.paidUpPence, 0);

  it('CI-4: residual assets above the total paid up give each member on the register the paid-up value of their shares, in the register’s order; the articles name no body, so the rest goes as the CIC Regulator directs', async () => {
    const today = todayUk();
    const register = await holders(today);
    // The seeded company: 37 practices, one £1 share each, fully paid.
    expect(register).toHaveLength(37);
    const total = register.reduce((s, h) => s + paidUp(h), 0);
    expect(total).toBe(3700);
    const head = await ledgerHead(t);
    const body = await read('residualAssetsPence=2500000');
    expect(body).toMatchObject({
      asAt: today, residualAssetsPence: 2_500_000, totalPaidUpPence: total, toMembersPence: total, membersPaidInFull: true, residuePence: 2_500_000 - total,
      residueTo: { kind: 'as-regulator-directs', bodies: [], basis: 'as the CIC Regulator directs', inWords: 'as the CIC Regulator directs' },
    });
    expect((body.members as Entitlement[]).map((m) => [m.memberId, m.name, m.shareNumbers, m.paidUpPence, m.entitlementPence])).toEqual(
      register.map((h) => [h.memberId, h.name, h.shares.map((s) => s.shareNumber), paidUp(h), paidUp(h)]),
    );
    for (const role of ['secretary', 'auditor'] as const) expect(await read('residualAssetsPence=2500000', role)).toEqual(body);
    // A read: the ledger is as it was.
    expect(await ledgerHead(t)).toEqual(head);
  });

  it('CI-4: residual assets short of the total paid up are shared in proportion, in whole pence adding up exactly: £10.00 among 37 £1 shares is 27p each and the penny left to the first in the register', async () => {
    const today = todayUk();
    const register = await holders(today);
    const body = await read('residualAssetsPence=1000');
    const members = body.members as Entitlement[];
    expect(members.map((m) => m.memberId)).toEqual(register.map((h) => h.memberId));
    expect(members.map((m) => m.entitlementPence)).toEqual(register.map((_, i) => (i === 0 ? 28 : 27)));
    expect(members.reduce((s, m) => s + m.entitlementPence, 0)).toBe(1000);
    expect(body).toMatchObject({ toMembersPence: 1000, membersPaidInFull: false, residuePence: 0 });
    // Nothing to share: every member 0, nothing left.
    const none = await read('residualAssetsPence=0');
    expect((none.members as Entitlement[]).every((m) => m.entitlementPence === 0)).toBe(true);
    expect(none).toMatchObject({ toMembersPence: 0, residuePence: 0 });
  });

  it('CI-4: as at a day, the register and the articles of that day: no member before incorporation; the bodies the articles name from their change, the residue to them as the articles provide', async () => {
    expect(await read('residualAssetsPence=5000&asAt=2014-08-31')).toMatchObject({ members: [], totalPaidUpPence: 0, toMembersPence: 0, residuePence: 5000 });
    await nameAssetLockedBodies(t, '2024-04-01', [TRUST, HEALTH]);
    expect((await read('residualAssetsPence=5000&asAt=2024-03-31')).residueTo.kind).toBe('as-regulator-directs');
    const named = await read('residualAssetsPence=5000&asAt=2024-04-01', 'auditor');
    expect(named).toMatchObject({ totalPaidUpPence: 3700, toMembersPence: 3700, residuePence: 1300 });
    expect(named.residueTo).toEqual({
      kind: 'named-asset-locked-bodies', bodies: [TRUST, HEALTH], basis: 'as the articles provide',
      inWords: 'to Example Community Trust (No. 1234567) and Example Health CIC (No. SC012345), in the proportions the articles provide',
    });
  });

  it('bad input is a 400 with the one error body naming the parameter, never a 500; an unknown company is 404; nothing is written', async () => {
    const refused = refusedUnchanged(async () => ({ head: await ledgerHead(t) }));
    for (const query of ['', 'residualAssetsPence=-1', 'residualAssetsPence=12.50', 'residualAssetsPence=abc', 'residualAssetsPence=10000000000000000']) {
      await refused(() => t.http.get(`${PATH}?${query}`).set(t.auth('board')), 400, 'VALIDATION_FAILED', 'residualAssetsPence');
    }
    await refused(() => t.http.get(`${PATH}?residualAssetsPence=100&asAt=2026-02-30`).set(t.auth('board')), 400, 'VALIDATION_FAILED', 'asAt');
    await refused(() => t.http.get(`/api/companies/no-such-company/winding-up-distribution?residualAssetsPence=100`).set(t.auth('board')), 404, 'NOT_FOUND');
    expect((await t.http.get(`${PATH}?residualAssetsPence=100`)).status).toBe(401);
  });
});
