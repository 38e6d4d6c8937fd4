import fc from 'fast-check';
import { refusalOf } from '../../test/error-code';
import { calendarDate, instant } from '../calendar/calendar-date';
import type { Company } from '../company/company';
import { registerOfMembers } from '../share-register/register-of-members';
import type { ShareEvent } from '../share-register/share-event';
import { namedAssetLockedBodiesOn } from './named-asset-locked-bodies';
import { residueBodiesInWords, residueRecipientInWords, windingUpDistribution, type WindingUpMember } from './winding-up';

const d = calendarDate;
const AS_AT = d('2026-03-31');
const TRUST = { name: 'Example Community Trust', registrationNumber: '1234567' };
const HEALTH = { name: 'Example Health CIC', registrationNumber: 'SC012345' };

const member = (memberId: string, name: string, ...paidUp: number[]): WindingUpMember => ({
  memberId, name, shares: paidUp.map((paidUpPence, i) => ({ shareNumber: Number(memberId.replace(/\D/g, '')) * 10 + i, paidUpPence })),
});
const distribution = (members: readonly WindingUpMember[], residualAssetsPence: number, namedBodies = [TRUST]) =>
  windingUpDistribution({ asAt: AS_AT, members, residualAssetsPence, namedBodies });
const entitlements = (r: ReturnType<typeof distribution>) => r.members.map((m) => [m.memberId, m.entitlementPence]);

describe('CI-4: the distribution of the residual assets on a winding up (CIC Regs 2005 reg 23)', () => {
  const members = [member('m2', 'Bow Practice', 100), member('m1', 'Aldgate Practice', 100), member('m3', 'Cable Street Practice', 50)];

  it('CI-4: residual assets above the total paid up give each member the paid-up value of their shares and the rest to the body the articles name', () => {
    const r = distribution(members, 1_000_000);
    expect(entitlements(r)).toEqual([['m1', 100], ['m2', 100], ['m3', 50]]);
    expect(r).toMatchObject({ totalPaidUpPence: 250, toMembersPence: 250, membersPaidInFull: true, residuePence: 999_750 });
    expect(r.residueTo).toEqual({ kind: 'named-asset-locked-bodies', bodies: [TRUST], basis: 'as the articles provide' });
    expect(residueRecipientInWords(r.residueTo)).toBe('to Example Community Trust (No. 1234567), as the articles provide');
  });

  it('CI-4: residual assets of exactly the total paid up all go to the members, and nothing is left for the bodies', () => {
    const r = distribution(members, 250);
    expect(entitlements(r)).toEqual([['m1', 100], ['m2', 100], ['m3', 50]]);
    expect(r).toMatchObject({ toMembersPence: 250, membersPaidInFull: true, residuePence: 0 });
  });

  it('CI-4: residual assets short of the total paid up are shared in proportion to the paid-up values, in whole pence adding up exactly, the spare penny to the largest remainder', () => {
    // 101 × 100/250 = 40.4, 101 × 100/250 = 40.4, 101 × 50/250 = 20.2: 100 in whole pence, and the one left to the first of the two largest remainders in the register's order.
    const r = distribution(members, 101);
    expect(entitlements(r)).toEqual([['m1', 41], ['m2', 40], ['m3', 20]]);
    expect(r).toMatchObject({ toMembersPence: 101, membersPaidInFull: false, residuePence: 0 });
    // 7 × 100/250 = 2.8, 2.8 and 7 × 50/250 = 1.4: 5 in whole pence, and the two left to the remainders of .8.
    expect(entitlements(distribution(members, 7))).toEqual([['m1', 3], ['m2', 3], ['m3', 1]]);
  });

  it('CI-4: the order the members are given in changes nothing: they are listed, and ties broken, in the register’s order (by name, then member id)', () => {
    const twins = [member('m9', 'Same Name', 100), member('m4', 'same name', 100), member('m5', 'Another', 100)];
    const r = distribution(twins, 200);
    expect(r.members.map((m) => m.memberId)).toEqual(['m5', 'm4', 'm9']);
    expect(entitlements(distribution([...twins].reverse(), 200))).toEqual(entitlements(r));
    expect(entitlements(distribution(twins, 1))).toEqual([['m5', 1], ['m4', 0], ['m9', 0]]);
  });

  it('CI-4: when the articles name no asset-locked body the residue goes as the CIC Regulator directs; with several, in the proportions the articles provide', () => {
    const none = distribution(members, 1000, []);
    expect(none.residueTo).toEqual({ kind: 'as-regulator-directs', bodies: [], basis: 'as the CIC Regulator directs' });
    expect(residueRecipientInWords(none.residueTo)).toBe('as the CIC Regulator directs');
    const two = distribution(members, 1000, [TRUST, HEALTH]);
    expect(residueRecipientInWords(two.residueTo)).toBe('to Example Community Trust (No. 1234567) and Example Health CIC (No. SC012345), in the proportions the articles provide');
    expect(residueBodiesInWords(two.residueTo.bodies)).toBe('Example Community Trust (No. 1234567) and Example Health CIC (No. SC012345), in the proportions the articles provide');
  });

  it('CI-4: a member holding nothing has no entitlement; shares not paid up give none; no shares at all leaves the whole to the residue', () => {
    const r = distribution([...members, member('m7', 'Former Practice'), member('m8', 'Nil Paid Practice', 0)], 120);
    expect(r.members.map((m) => m.memberId)).toEqual(['m1', 'm2', 'm3', 'm8']);
    expect(entitlements(r)).toEqual([['m1', 48], ['m2', 48], ['m3', 24], ['m8', 0]]);
    expect(distribution([], 500)).toMatchObject({ members: [], totalPaidUpPence: 0, toMembersPence: 0, membersPaidInFull: true, residuePence: 500 });
  });

  it('CI-4: a member with several shares is entitled to their paid-up values together, the share numbers in order', () => {
    const r = distribution([{ memberId: 'm1', name: 'A', jointHolders: ['B'], shares: [{ shareNumber: 9, paidUpPence: 60 }, { shareNumber: 2, paidUpPence: 40 }] }], 1000);
    expect(r.members).toEqual([{ memberId: 'm1', name: 'A', jointHolders: ['B'], shareNumbers: [2, 9], paidUpPence: 100, entitlementPence: 100 }]);
  });

  it('CI-4: amounts beyond whole pence in the safe range are exact: residual assets near the limit against large paid-up values', () => {
    const big = [member('m1', 'A', 3_000_000_000_000_000), member('m2', 'B', 3_000_000_000_000_000), member('m3', 'C', 3_000_000_000_000_001)];
    const r = distribution(big, 9_000_000_000_000_000);
    expect(r.members.reduce((s, m) => s + m.entitlementPence, 0)).toBe(9_000_000_000_000_000);
    // Exactly, m1 and m2 are each a third of a penny short of 3,000,000,000,000,000 and m3 a little under two thirds over it: the two pence left go to m1 and m2, whose remainders are the largest.
    expect(entitlements(r)).toEqual([['m1', 3_000_000_000_000_000], ['m2', 3_000_000_000_000_000], ['m3', 3_000_000_000_000_000]]);
  });

  it.each([
    ['negative', -1],
    ['a fraction of a penny', 10.5],
    ['beyond the safe range', 2 ** 53],
    ['not a number', Number.NaN],
  ])('CI-4: residual assets %s are refused with INVALID_RESIDUAL_ASSETS naming the field', (_what, residual) => {
    const error = refusalOf(() => distribution(members, residual));
    expect([error.code, error.details?.field]).toEqual(['INVALID_RESIDUAL_ASSETS', 'residualAssetsPence']);
    expect(error.message).toContain('the residual assets must be a whole number of pence from 0 to 9007199254740991 (CI-4)');
  });

  it('CI-4: a share’s amount paid up that is not whole pence from 0, or paid-up values beyond the safe range together, are refused with INVALID_PAID_UP_VALUE', () => {
    const bad = refusalOf(() => distribution([members[0]!, member('m6', 'Bad', 100, -5)], 10));
    expect([bad.code, bad.details]).toEqual(['INVALID_PAID_UP_VALUE', expect.objectContaining({ field: 'members.1.shares.1.paidUpPence', memberId: 'm6', shareNumber: 61 })]);
    expect(refusalOf(() => distribution([member('m1', 'A', 0.5)], 10)).code).toBe('INVALID_PAID_UP_VALUE');
    const over = refusalOf(() => distribution([member('m1', 'A', Number.MAX_SAFE_INTEGER), member('m2', 'B', 1)], 10));
    expect([over.code, over.details?.field]).toEqual(['INVALID_PAID_UP_VALUE', 'members']);
    expect(refusalOf(() => windingUpDistribution({ asAt: '2026-02-30' as never, members, residualAssetsPence: 1, namedBodies: [] })).code).toBe('INVALID_DATE');
  });

  it('CI-4: for any members and residual assets, the members’ parts add up to the lesser of the residual assets and the total paid up, none exceeds its paid-up value, and the residue is the rest', () => {
    const members = fc.array(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 0, maxLength: 3 }), { maxLength: 40 });
    fc.assert(
      fc.property(members, fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER })), fc.boolean(), (paidUps, residual, named) => {
        const given = paidUps.map((p, i) => member(`m${i + 1}`, `Practice ${String(i % 7)}`, ...p));
        const r = distribution(given, residual, named ? [TRUST] : []);
        const total = paidUps.flat().reduce((a, b) => a + b, 0);
        const sum = r.members.reduce((s, m) => s + m.entitlementPence, 0);
        expect(r.totalPaidUpPence).toBe(total);
        expect(sum).toBe(Math.min(residual, total));
        expect(r.toMembersPence).toBe(sum);
        expect(r.residuePence).toBe(residual - sum);
        for (const m of r.members) {
          expect(Number.isSafeInteger(m.entitlementPence) && m.entitlementPence >= 0 && m.entitlementPence <= m.paidUpPence).toBe(true);
          // Proportional to within a penny: less than one penny from the exact share (|part × total − residual × paid up| < total).
          if (residual < total) {
            const off = BigInt(m.entitlementPence) * BigInt(total) - BigInt(residual) * BigInt(m.paidUpPence);
            expect(off < BigInt(total) && -off < BigInt(total)).toBe(true);
          }
        }
        expect(r.residueTo.kind).toBe(named ? 'named-asset-locked-bodies' : 'as-regulator-directs');
      }),
      { numRuns: 300 },
    );
  });
});

describe('CI-4: from the register of members and the articles as at a day', () => {
  const company: Company = {
    id: 'gpcg', name: 'Example GP Care Group CIC', companyNumber: null, incorporatedOn: d('2014-09-01'), registeredOffice: '1 Example Street, London E1 1AA',
    articles: { shareClass: 'ordinary', nominalValuePence: 100, oneSharePerMember: true, memberEligibility: 'practice' },
  };
  const allot = (n: number, on: string, paidUpPence: number): ShareEvent => ({
    eventId: `e${n}`, effectiveOn: d(on), recordedAt: instant(`${on}T09:00:00.000Z`), type: 'allotment', shareNumber: n, shareClass: 'ordinary', nominalPence: 100, paidUpPence,
    holder: { memberId: `m${n}`, name: `Synthetic Practice ${n}`, address: `${n} Road, London E1`, practiceId: `p${n}` },
  });

  it('CI-4: the members on the register that day, with the paid-up value recorded against each share, and the bodies named that day', () => {
    const events = [allot(1, '2014-09-01', 100), allot(2, '2014-09-01', 100), allot(3, '2014-09-01', 50), allot(4, '2020-01-01', 100)];
    const changes = [{ effectiveOn: d('2019-06-01'), bodies: [TRUST] }];
    const on = (day: string, residual: number) => {
      const register = registerOfMembers(company, events, { asAt: d(day), status: 'current' });
      return windingUpDistribution({ asAt: d(day), members: register.entries, residualAssetsPence: residual, namedBodies: namedAssetLockedBodiesOn(changes, d(day)) });
    };
    const before = on('2019-01-01', 200);
    expect(entitlements(before)).toEqual([['m1', 80], ['m2', 80], ['m3', 40]]);
    expect(before.residueTo.kind).toBe('as-regulator-directs');
    const after = on('2020-01-01', 1000);
    expect(entitlements(after)).toEqual([['m1', 100], ['m2', 100], ['m3', 50], ['m4', 100]]);
    expect(after).toMatchObject({ residuePence: 650, residueTo: { kind: 'named-asset-locked-bodies', bodies: [TRUST] } });
  });
});
