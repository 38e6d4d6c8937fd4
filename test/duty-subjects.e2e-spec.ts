import type { CalendarDate, Duty } from '#domain';
import { DeadlinesService } from '../apps/api/src/governance/deadlines.service';
import { DutySubjects, type DutyRef } from '../apps/api/src/web/duty-subjects';
import { passBoardResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { holdersByShare } from './support/register';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/**
 * What each duty concerns, in the words the pages show, read from a real database: one record of
 * each kind that raises a duty is made over HTTP, then every duty of the calendar is put into words.
 */
describe.each(databaseKinds())('duties in words (%s)', (kind) => {
  let t: TestApp;
  /** Every duty from incorporation to a year ahead, as the calendar gives them. */
  let duties: Duty[];
  let subjectOf: (duty: DutyRef) => string;
  const ids: Record<string, string> = {};
  const names: Record<string, string> = {};

  const post = async (path: string, body: object) => {
    const res = await t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  /** The one duty of `kind` whose reference matches. */
  const duty = (kind: string, reference: string | RegExp): Duty => {
    const found = duties.filter((d) => d.kind === kind && (typeof reference === 'string' ? d.reference === reference : reference.test(d.reference)));
    expect([kind, reference, found.length]).toEqual([kind, reference, 1]);
    return found[0]!;
  };

  beforeAll(async () => {
    t = await startTestApp(kind);
    for (const n of ['38', '39', '40']) {
      await post('practices', { odsCode: `Z000${n}`, name: `Example Practice ${n}`, address: `${n} Example Street, London E1 9AA`, on: '2026-01-05' });
    }
    const holders = await holdersByShare(t);
    const register = (await t.http.get(`${C}/register?status=current&limit=1000`).set(t.auth('board'))).body as { members: { memberId: string; name: string }[] };
    for (const m of register.members) names[m.memberId] = m.name;
    ids.holder6 = holders.get(6)!;
    ids.holder7 = holders.get(7)!;
    ids.holder11 = holders.get(11)!;
    ids.holder12 = holders.get(12)!;
    ids.holder13 = holders.get(13)!;
    ids.holder14 = holders.get(14)!;

    const board = await passBoardResolution(t, COMPANY, '2026-02-02', [
      { action: 'allotment', shareNumber: 38 },
      { action: 'transfer', shareNumber: 6 },
      { action: 'transfer', shareNumber: 7 },
    ]);
    ids.allotment = String((await post('share-allotments', { shareNumber: 38, holder: { practiceId: 'practice-z00038' }, effectiveOn: '2026-02-03', authorisedBy: board })).sequence);
    ids.lodged = String((await post('share-transfers', { status: 'lodged', shareNumber: 7, fromMemberId: ids.holder7, to: { practiceId: 'practice-z00039' }, lodgedOn: '2026-02-04' })).sequence);
    // RM-3: the member a lodged transfer is from is named as the register names it now.
    await post(`members/${ids.holder7}/particulars`, { effectiveOn: '2026-02-05', name: `${names[ids.holder7]} (renamed)` });
    names[ids.holder7] = `${names[ids.holder7]} (renamed)`;
    ids.transfer = String(
      (await post('share-transfers', { shareNumber: 6, fromMemberId: ids.holder6, to: { practiceId: 'practice-z00040' }, lodgedOn: '2026-02-05', effectiveOn: '2026-02-06', authorisedBy: board })).sequence,
    );

    const special = await post('resolutions', {
      kind: 'members', type: 'special', procedure: 'written', circulatedOn: '2026-03-02',
      text: 'THAT the company buy back share 11 and reduce its capital by cancelling share 12, each as set out in the contract and the solvency statement annexed to this resolution.',
      authorises: [{ action: 'cancellation', shareNumber: 11 }, { action: 'cancellation', shareNumber: 12 }],
    });
    ids.special = special.resolutionId;
    const agreeing = (special.eligible as { memberId: string }[]).map((m) => m.memberId).filter((id) => id !== ids.holder11 && id !== ids.holder12).slice(0, 32);
    for (const memberId of agreeing) await post(`resolutions/${ids.special}/agreements`, { memberId, agreedOn: '2026-03-03' });
    ids.buyBack = String((await post('share-cancellations', { shareNumber: 11, reason: 'buy-back', effectiveOn: '2026-03-10', authorisedBy: ids.special })).sequence);
    ids.reduction = String(
      (await post('share-cancellations', { shareNumber: 12, reason: 'cancellation', effectiveOn: '2026-03-11', authorisedBy: ids.special, solvencyStatementOn: '2026-03-01' })).sequence,
    );
    // SR-1 (s.644): a second special resolution cancelling two shares: one reduction of capital.
    const twoShares = await post('resolutions', {
      kind: 'members', type: 'special', procedure: 'written', circulatedOn: '2026-03-12',
      text: 'THAT the company reduce its capital by cancelling shares 13 and 14, as set out in the solvency statement annexed to this resolution.',
      authorises: [{ action: 'cancellation', shareNumber: 13 }, { action: 'cancellation', shareNumber: 14 }],
    });
    const agreeingToReduce = (twoShares.eligible as { memberId: string }[]).map((m) => m.memberId).filter((id) => id !== ids.holder13 && id !== ids.holder14).slice(0, 32);
    for (const memberId of agreeingToReduce) await post(`resolutions/${twoShares.resolutionId}/agreements`, { memberId, agreedOn: '2026-03-13' });
    for (const shareNumber of [13, 14]) {
      ids[`reduced${shareNumber}`] = String(
        (await post('share-cancellations', { shareNumber, reason: 'cancellation', effectiveOn: '2026-03-20', authorisedBy: twoShares.resolutionId, solvencyStatementOn: '2026-03-11' })).sequence,
      );
    }

    const secretary = await post('officers', { role: 'secretary', name: 'Ms Sam Secretary (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', appointedOn: '2026-04-01' });
    ids.secretary = secretary.officerId;
    await post(`officers/${ids.secretary}/particulars`, { effectiveOn: '2026-04-02', serviceAddress: '2 Demo Yard, London E1 0XX' });
    const officers = (await t.http.get(`${C}/officers`).set(t.auth('board'))).body as { officerId: string; role: string; name: string }[];
    const leaving = officers.find((o) => o.role === 'director')!;
    ids.director = leaving.officerId;
    names.director = leaving.name;
    await post(`officers/${ids.director}/resignation`, { resignedOn: '2026-04-03' });

    await post('particulars', { effectiveOn: '2026-05-01', registeredOffice: '2 New Yard, London E1 4AA' });
    await post('particulars', { effectiveOn: '2026-05-04', accountingReferenceDate: { month: 3, day: 31 } });
    await post('practices/practice-z00009/closure', { effectiveOn: '2026-06-30', reason: 'closed' });

    const deadlines = t.app.get(DeadlinesService);
    duties = await deadlines.deadlines(COMPANY, { from: '2014-01-01' as CalendarDate, to: '2027-12-31' as CalendarDate, asAt: '2026-11-30' as CalendarDate });
    subjectOf = await t.app.get(DutySubjects).of(COMPANY, [
      ...duties,
      { kind: 'written-resolution-lapse', reference: ids.special },
      { kind: 'psc01', reference: 'psc-2026-07-01' },
      { kind: 'psc08', reference: 'psc-2026-08-03' },
    ]);
  }, 300_000);
  afterAll(() => t?.close());

  it('SH-1, SH-2: an allotment names the share, the holder and the day; a subscriber share on incorporation too', () => {
    expect(subjectOf(duty('sh01', `share-allotment-${ids.allotment}`))).toBe('Share 38 allotted to Example Practice 38 on 3 February 2026');
    expect(subjectOf(duty('share-certificate', `share-allotment-${ids.allotment}`))).toBe('Share 38 allotted to Example Practice 38 on 3 February 2026');
    expect(subjectOf(duty('share-certificate', 'share-allotment-10'))).toMatch(/^Share 2 allotted to .+ on 1 September 2014$/);
  });

  it('SH-2, SH-3: a transfer lodged, and one registered as lodged, name the share, both members and the day lodged', () => {
    const lodged = `Transfer of share 7 from ${names[ids.holder7]} to Example Practice 39, lodged 4 February 2026`;
    expect(subjectOf(duty('transfer-decision', `share-transfer-${ids.lodged}`))).toBe(lodged);
    expect(subjectOf(duty('share-certificate', `share-transfer-${ids.lodged}`))).toBe(lodged);
    expect(subjectOf(duty('share-certificate', `share-transfer-${ids.transfer}`))).toBe(`Transfer of share 6 from ${names[ids.holder6]} to Example Practice 40, lodged 5 February 2026`);
  });

  it('FR-1: a resolution is named by its reference and the start of its text', () => {
    const words = subjectOf(duty('resolution-filing', ids.special));
    expect(words).toMatch(/^SR-2026-\d{2}: THAT the company buy back share 11 and reduce its capital by cancelling share 12, each as set out in…$/);
    expect(subjectOf({ kind: 'written-resolution-lapse', reference: ids.special })).toBe(words);
  });

  it('SR-1, SR-2: a buy-back and a reduction name the share, its holder and the day', () => {
    const boughtBack = `Share 11, held by ${names[ids.holder11]}, bought back on 10 March 2026`;
    expect(subjectOf(duty('sh03', `share-cancellation-${ids.buyBack}`))).toBe(boughtBack);
    expect(subjectOf(duty('sh06', `share-cancellation-${ids.buyBack}`))).toBe(boughtBack);
    expect(subjectOf(duty('sh19', `share-cancellation-${ids.reduction}`))).toBe(`Share 12, held by ${names[ids.holder12]}, cancelled in a reduction of capital on 11 March 2026`);
  });

  it('SR-1 (s.644): the shares one resolution cancels are one reduction: one SH19, named by the first recorded, listing the shares, due 15 days after the resolution passed', () => {
    expect(subjectOf(duty('sh19', `share-cancellation-${ids.reduced13}`))).toBe('Shares 13 and 14 cancelled in one reduction of capital, from 20 March 2026');
    expect(duty('sh19', `share-cancellation-${ids.reduced13}`)).toMatchObject({ arisesOn: '2026-03-13', dueOn: '2026-03-28' });
    expect(duties.filter((d) => d.reference === `share-cancellation-${ids.reduced14}`)).toEqual([]);
  });

  it('SR-1 (s.644(1)): SH19 is due 15 days after the special resolution passed (3 March), not after the cancellation; SR-2 (ss.707, 708): SH03 and SH06 on the 28th day counting the buy-back', () => {
    expect(duty('sh19', `share-cancellation-${ids.reduction}`)).toMatchObject({ arisesOn: '2026-03-03', dueOn: '2026-03-18' });
    expect(duty('sh03', `share-cancellation-${ids.buyBack}`)).toMatchObject({ arisesOn: '2026-03-10', dueOn: '2026-04-06' });
    expect(duty('sh06', `share-cancellation-${ids.buyBack}`)).toMatchObject({ dueOn: '2026-04-06' });
  });

  it('EC-2: an officer change names the officer, the role and the day', () => {
    // FC-1: a first director, named in the IN01, owes no AP01.
    expect(duties.filter((d) => d.reference === `${ids.director}-appointed-2014-09-01`)).toEqual([]);
    expect(subjectOf(duty('tm01', `${ids.director}-resigned-2026-04-03`))).toBe(`${names.director} ceased to be director on 3 April 2026`);
    expect(subjectOf(duty('ap03', `${ids.secretary}-appointed-2026-04-01`))).toBe('Ms Sam Secretary (synthetic) appointed secretary on 1 April 2026');
    expect(subjectOf(duty('ch03', `${ids.secretary}-particulars-changed-2026-04-02`))).toBe("Ms Sam Secretary (synthetic)'s particulars as secretary changed on 2 April 2026");
  });

  it('s.853A, s.854, s.442, CI-5: periodic filings name the period they cover; the one before 30 June 2016 was an annual return', () => {
    expect(subjectOf(duty('confirmation-statement', '2015-09-01'))).toBe('Annual return (AR01, before confirmation statements began on 30 June 2016), made up to 1 September 2015');
    expect(duty('confirmation-statement', '2015-09-01')).toMatchObject({ formCode: 'AR01', dueOn: '2015-09-29' });
    expect(subjectOf(duty('confirmation-statement', '2016-09-01'))).toBe('Review period ending 1 September 2016');
    expect(subjectOf(duty('annual-accounts', '2015-09-30'))).toBe('Year ending 30 September 2015');
    expect(subjectOf(duty('cic34-report', '2015-09-30'))).toBe('Year ending 30 September 2015');
  });

  it('FC-5, EC-5: changes of particulars and PSC statements name the change and the day', () => {
    expect(subjectOf(duty('ad01', 'ad01-2026-05-01'))).toBe('Registered office to move to 2 New Yard, London E1 4AA, decided on 1 May 2026');
    expect(subjectOf(duty('aa01', 'aa01-2026-05-04'))).toBe('Accounting reference date to change to 31 March, decided on 4 May 2026');
    expect(subjectOf({ kind: 'psc01', reference: 'psc-2026-07-01' })).toBe('Persons with significant control changed on 1 July 2026');
    expect(subjectOf({ kind: 'psc08', reference: 'psc-2026-08-03' })).toBe('No registrable person from 3 August 2026');
  });

  it('SH-5: a ceased practice\'s share names the share, the practice, the day it ceased and what is to be done', () => {
    const d = duty('practice-share', /^practice-closure-\d+-share-9$/);
    expect(subjectOf(d)).toMatch(/^Share 9 held for .+, which ceased on 30 June 2026: buy-back$/);
  });

  it('every duty of the calendar is in words: no ledger reference, id or bare date left', () => {
    const raw = duties.map((d) => [d.kind, subjectOf(d)]).filter(([, words]) => /share-(allotment|transfer|cancellation)-|practice-closure-|[0-9a-f]{8}-[0-9a-f]{4}-|^\d{4}-\d{2}-\d{2}$/.test(words));
    expect(raw).toEqual([]);
    expect(new Set(duties.map((d) => d.kind)).size).toBeGreaterThanOrEqual(15);
  });

  it('a reference of a shape not known is shown as it is', () => {
    expect(subjectOf({ kind: 'sh01', reference: 'share-allotment-999999' })).toBe('share-allotment-999999');
    expect(subjectOf({ kind: 'ap01', reference: 'someone-appointed-2026-01-01' })).toBe('someone-appointed-2026-01-01');
  });
});
