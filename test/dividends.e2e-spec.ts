import { randomUUID } from 'node:crypto';
import { passBoardResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { addDays, todayUk } from './support/dates';
import { ledgerEntries, ledgerHead } from './support/ledger';
import { expectRefusal, refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
type Role = 'secretary' | 'board' | 'auditor';

/**
 * CI-3: dividends declared over HTTP (CIC Regulations 2005 regs 17–19): recorded only with a members'
 * resolution passed by the day declared and the articles confirmed, the year's dividends within 35% of
 * its distributable profits; each year's figures for the CIC34 report; every refusal writes nothing.
 */
describe.each(databaseKinds())('dividends over HTTP (%s)', (kind) => {
  let t: TestApp;
  /** A members' ordinary resolution passed at a general meeting on 2024-06-20; a board resolution of 2024-06-21. */
  let ordinary: string;
  let board: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    ordinary = await passMembersResolution('2024-06-01', '2024-06-20');
    board = await passBoardResolution(t, COMPANY, '2024-06-21', []);
  });
  afterAll(() => t.close());

  const post = (body: object, role: Role = 'secretary') => t.http.post(`${C}/dividends`).set(t.auth(role)).send(body);
  const list = async (query = '', role: Role = 'board') => (await t.http.get(`${C}/dividends${query}`).set(t.auth(role)).expect(200)).body;
  const refused = refusedUnchanged(() => ledgerHead(t));
  const dividend = (more: object = {}) => ({
    declaredOn: '2024-07-01', financialYearEnd: '2023-09-30', distributableProfitsPence: 10_000_000, totalPence: 2_000_000,
    resolutionId: ordinary, articlesAllowDividends: true, articlesClause: 'Article 36 (synthetic)', ...more,
  });

  async function passMembersResolution(noticeGivenOn: string, meetingOn: string): Promise<string> {
    const proposed = await t.http.post(`${C}/resolutions`).set(t.auth('secretary'))
      .send({ kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn, meetingOn, text: `THAT a final dividend be declared (synthetic, ${meetingOn}).` }).expect(201);
    for (const member of proposed.body.entitled.slice(0, 2) as { memberId: string }[]) {
      await t.http.post(`${C}/resolutions/${proposed.body.resolutionId}/votes`).set(t.auth('secretary')).send({ memberId: member.memberId, vote: 'for' }).expect(201);
    }
    return proposed.body.resolutionId as string;
  }

  it('CI-3: the secretary declares an interim and a final dividend up to exactly 35% of the year\'s distributable profits; 1p more is DIVIDEND_CAP_EXCEEDED, naming the cap and what is left, and writes nothing', async () => {
    const head = await ledgerHead(t);
    const first = await post(dividend()).expect(201);
    expect(first.body).toMatchObject({
      dividendId: 'dividend-2023-09-30-1', declaredOn: '2024-07-01', financialYearEnd: '2023-09-30', totalPence: 2_000_000, resolutionId: ordinary,
      resolutionReference: expect.stringMatching(/^OR-2024-\d\d$/), articlesClause: 'Article 36 (synthetic)',
      year: { capPence: 3_500_000, declaredPence: 2_000_000, headroomPence: 1_500_000, capPercent: 35, yearStart: '2022-10-01' },
      ledger: { sequence: head.headSequence + 1 },
    });
    const [entry] = await ledgerEntries(t, { afterSequence: head.headSequence });
    expect(entry).toMatchObject({
      kind: 'dividend.declared', effectiveOn: '2024-07-01',
      payload: { dividendId: 'dividend-2023-09-30-1', financialYearEnd: '2023-09-30', distributableProfitsPence: 10_000_000, totalPence: 2_000_000, resolutionId: ordinary, articlesClause: 'Article 36 (synthetic)' },
    });
    const final = await post(dividend({ declaredOn: '2024-07-15', totalPence: 1_500_000 })).expect(201);
    expect(final.body).toMatchObject({ dividendId: 'dividend-2023-09-30-2', year: { declaredPence: 3_500_000, headroomPence: 0 } });

    const over = await refused(() => post(dividend({ declaredOn: '2024-07-16', totalPence: 1 })), 422, 'DIVIDEND_CAP_EXCEEDED');
    expect(over.body.details).toMatchObject({ field: 'totalPence', capPence: 3_500_000, alreadyDeclaredPence: 3_500_000, headroomPence: 0 });
    expect(over.body.message).toContain('cap of 3500000 pence');
    expect(over.body.message).toContain('0 pence is left');
  });

  it('CI-3 / CI-5: board members and auditors list each declaration and each year\'s total, cap and headroom; asAt and financialYearEnd narrow it', async () => {
    await post(dividend({ declaredOn: '2025-06-30', financialYearEnd: '2024-09-30', distributableProfitsPence: 1_001, totalPence: 100 })).expect(201);
    for (const role of ['board', 'auditor', 'secretary'] as const) {
      const all = await list('', role);
      expect(all.declarations.map((d: { dividendId: string }) => d.dividendId)).toEqual(['dividend-2023-09-30-1', 'dividend-2023-09-30-2', 'dividend-2024-09-30-1']);
      expect(all.years).toEqual([
        { financialYearEnd: '2023-09-30', yearStart: '2022-10-01', distributableProfitsPence: 10_000_000, capPercent: 35, capPence: 3_500_000, declaredPence: 3_500_000, headroomPence: 0, withinCap: true, dividendIds: ['dividend-2023-09-30-1', 'dividend-2023-09-30-2'] },
        { financialYearEnd: '2024-09-30', yearStart: '2023-10-01', distributableProfitsPence: 1_001, capPercent: 35, capPence: 350, declaredPence: 100, headroomPence: 250, withinCap: true, dividendIds: ['dividend-2024-09-30-1'] },
      ]);
    }
    const asAt = await list('?asAt=2024-07-10');
    expect(asAt.years).toEqual([expect.objectContaining({ financialYearEnd: '2023-09-30', declaredPence: 2_000_000, headroomPence: 1_500_000 })]);
    const year = await list('?financialYearEnd=2024-09-30');
    expect(year.declarations).toHaveLength(1);
    expect(year.years.map((y: { financialYearEnd: string }) => y.financialYearEnd)).toEqual(['2024-09-30']);
    expect(await list('?asAt=2014-12-31')).toEqual({ declarations: [], years: [] });
    expect((await t.http.get(`${C}/dividends?financialYearEnd=2025-02-30`).set(t.auth('board'))).status).toBe(400);
  });

  it('CI-3: the list is in the order of the days declared, then the order recorded, not the order recorded alone: a dividend recorded late is listed by its day', async () => {
    await post(dividend({ declaredOn: '2024-06-25', financialYearEnd: '2024-09-30', distributableProfitsPence: 1_001, totalPence: 50 })).expect(201);
    await post(dividend({ declaredOn: '2024-07-01', financialYearEnd: '2024-09-30', distributableProfitsPence: 1_001, totalPence: 50 })).expect(201);
    const all = await list();
    expect(all.declarations.map((d: { dividendId: string; declaredOn: string }) => [d.declaredOn, d.dividendId])).toEqual([
      ['2024-06-25', 'dividend-2024-09-30-2'],
      ['2024-07-01', 'dividend-2023-09-30-1'],
      ['2024-07-01', 'dividend-2024-09-30-3'],
      ['2024-07-15', 'dividend-2023-09-30-2'],
      ['2025-06-30', 'dividend-2024-09-30-1'],
    ]);
    expect(all.years[1]).toMatchObject({ financialYearEnd: '2024-09-30', declaredPence: 200, headroomPence: 150, dividendIds: ['dividend-2024-09-30-2', 'dividend-2024-09-30-3', 'dividend-2024-09-30-1'] });
    expect((await list('?financialYearEnd=2024-09-30')).declarations.map((d: { dividendId: string }) => d.dividendId)).toEqual(['dividend-2024-09-30-2', 'dividend-2024-09-30-3', 'dividend-2024-09-30-1']);
  });

  it("CI-3, s.390: the list of one financial year refuses a day that ends none of the company's as a declaration does: 422 NOT_A_FINANCIAL_YEAR_END with the same message and details", async () => {
    const get = (query: string) => t.http.get(`${C}/dividends${query}`).set(t.auth('auditor'));
    const declared = await refused(() => post(dividend({ financialYearEnd: '2025-03-31', totalPence: 1 })), 422, 'NOT_A_FINANCIAL_YEAR_END');
    const listed = await get('?financialYearEnd=2025-03-31');
    expectRefusal(listed, 422, 'NOT_A_FINANCIAL_YEAR_END');
    expect([listed.body.message, listed.body.details]).toEqual([declared.body.message, declared.body.details]);
    expect(listed.body.details).toEqual({ field: 'financialYearEnd', financialYearEnd: '2025-03-31', referenceDate: '30 September', nearestBefore: '2024-09-30', nearestAfter: '2025-09-30' });
    // s.390(3): 8 days from 30 September is none; 7 days is a year the directors may end, here with nothing declared out of it.
    for (const end of ['2022-10-08', '2022-09-22']) expectRefusal(await get(`?financialYearEnd=${end}&asAt=2025-12-31`), 422, 'NOT_A_FINANCIAL_YEAR_END');
    expect(await list('?financialYearEnd=2020-10-07')).toEqual({ declarations: [], years: [] });
  });

  it("CI-3: a board resolution, a members' resolution passed after the day declared, or none, does not approve a dividend; nothing is written", async () => {
    const byBoard = await refused(() => post(dividend({ resolutionId: board, declaredOn: '2024-07-02' })), 422, 'DIVIDEND_NOT_APPROVED');
    expect(byBoard.body.details).toMatchObject({ field: 'resolutionId', reason: 'board' });
    expect(byBoard.body.message).toContain('reg 17(1)(b)');
    const early = await refused(() => post(dividend({ declaredOn: '2024-06-19', financialYearEnd: '2022-09-30', distributableProfitsPence: 5_000, totalPence: 1 })), 422, 'DIVIDEND_NOT_APPROVED');
    expect(early.body.details).toMatchObject({ reason: 'passed-later', passedOn: '2024-06-20' });
    const unknown = await refused(() => post(dividend({ resolutionId: 'no-such-resolution' })), 404, 'RESOLUTION_NOT_FOUND');
    expect(unknown.body.details).toMatchObject({ field: 'resolutionId' });
    const articles = await refused(() => post(dividend({ articlesAllowDividends: false })), 422, 'ARTICLES_DO_NOT_ALLOW_DIVIDENDS');
    expect(articles.body.details).toMatchObject({ field: 'articlesAllowDividends' });
  });

  it('CI-3: dates refused — before 1 October 2014 (SI 2014/2483), before incorporation, after today, a year not begun — and another figure of profits for a year; nothing is written', async () => {
    const old = await refused(() => post(dividend({ declaredOn: '2014-09-30', financialYearEnd: '2015-09-30' })), 422, 'DIVIDEND_RULES_NOT_SUPPORTED');
    expect(old.body.message).toContain('SI 2014/2483');
    expect(old.body.details).toMatchObject({ field: 'declaredOn' });
    const before = await refused(() => post(dividend({ declaredOn: '2014-08-31' })), 422, 'EVENT_BEFORE_INCORPORATION');
    expect(before.body.details).toMatchObject({ field: 'declaredOn', incorporatedOn: '2014-09-01' });
    const ahead = await refused(() => post(dividend({ declaredOn: addDays(todayUk(), 1) })), 422, 'DATED_AFTER_RECORDING');
    expect(ahead.body.details).toMatchObject({ field: 'declaredOn' });
    const notBegun = await refused(() => post(dividend({ financialYearEnd: '2025-09-30' })), 422, 'DIVIDEND_YEAR_NOT_BEGUN');
    expect(notBegun.body.details).toMatchObject({ field: 'financialYearEnd', yearStart: '2024-10-01' });
    const differ = await refused(() => post(dividend({ distributableProfitsPence: 20_000_000, totalPence: 1 })), 409, 'DISTRIBUTABLE_PROFITS_DIFFER');
    expect(differ.body.details).toMatchObject({ field: 'distributableProfitsPence', statedPence: 10_000_000 });
    // s.390(3): the same year ended 5 days later overlaps it.
    await refused(() => post(dividend({ financialYearEnd: '2023-10-05', totalPence: 1 })), 409, 'FINANCIAL_YEARS_OVERLAP');
  });

  it("CI-3, s.390: a dividend's year is one of the company's financial years, ending on 30 September (s.391(4)); 31 March is 422 NOT_A_FINANCIAL_YEAR_END naming the nearest year ends, and so is a day 8 days from one; nothing is written", async () => {
    const march = await refused(() => post(dividend({ financialYearEnd: '2024-03-31', totalPence: 1 })), 422, 'NOT_A_FINANCIAL_YEAR_END');
    expect(march.body.details).toEqual({ field: 'financialYearEnd', financialYearEnd: '2024-03-31', referenceDate: '30 September', nearestBefore: '2023-09-30', nearestAfter: '2024-09-30' });
    expect(march.body.message).toContain('they end on its accounting reference date, 30 September (CA 2006 ss.390–392)');
    expect(march.body.message).toContain('the nearest are 2023-09-30 and 2024-09-30');
    for (const end of ['2021-10-08', '2021-09-22']) {
      const eight = await refused(() => post(dividend({ financialYearEnd: end, distributableProfitsPence: 1_000, totalPence: 1 })), 422, 'NOT_A_FINANCIAL_YEAR_END');
      expect(eight.body.details).toMatchObject({ field: 'financialYearEnd', nearestBefore: end === '2021-10-08' ? '2021-09-30' : '2020-09-30' });
    }
  });

  it('CI-3, s.390(3): the directors may end a year up to 7 days after 30 September: the year to 7 October 2021 is taken from 1 October 2020, and the next begins on 8 October 2021', async () => {
    const seven = await post(dividend({ financialYearEnd: '2021-10-07', distributableProfitsPence: 1_000, totalPence: 350 })).expect(201);
    expect(seven.body).toMatchObject({ dividendId: 'dividend-2021-10-07-1', year: { yearStart: '2020-10-01', capPence: 350, headroomPence: 0 } });
    const next = await post(dividend({ financialYearEnd: '2022-09-30', distributableProfitsPence: 1_000, totalPence: 1 })).expect(201);
    expect(next.body.year).toMatchObject({ financialYearEnd: '2022-09-30', yearStart: '2021-10-08' });
  });

  it('CI-3, s.391(5): the first financial year runs from incorporation on 1 September 2014 to 30 September 2015, 13 months, and its figures say so', async () => {
    const first = await passMembersResolution('2015-10-01', '2015-10-20');
    const res = await post(dividend({ declaredOn: '2015-10-21', financialYearEnd: '2015-09-30', resolutionId: first, distributableProfitsPence: 2_000, totalPence: 700 })).expect(201);
    expect(res.body.year).toMatchObject({ financialYearEnd: '2015-09-30', yearStart: '2014-09-01', capPence: 700, headroomPence: 0 });
    expect((await list('?financialYearEnd=2015-09-30')).years).toEqual([expect.objectContaining({ yearStart: '2014-09-01', declaredPence: 700 })]);
  });

  it('CI-3: one declaration sent twice with one Idempotency-Key is one dividend and one ledger entry, the second answered as the first; the key with another body is 422 IDEMPOTENCY_KEY_REUSED and writes nothing', async () => {
    const key = randomUUID();
    const body = dividend({ financialYearEnd: '2020-09-30', declaredOn: '2024-07-02', totalPence: 100_000 });
    const send = (sent: object, sentKey = key) => t.http.post(`${C}/dividends`).set(t.auth('secretary')).set('Idempotency-Key', sentKey).send(sent);
    const before = await ledgerHead(t);
    const first = await send(body).expect(201);
    const head = await ledgerHead(t);
    const again = await send(body);
    expect({ status: again.status, body: again.body }).toEqual({ status: 201, body: first.body });
    expect(await ledgerHead(t)).toEqual(head);
    const entries = await ledgerEntries(t, { afterSequence: before.headSequence });
    expect(entries.map((e) => [e.kind, e.sequence, e.hash])).toEqual([['dividend.declared', first.body.ledger.sequence, first.body.ledger.hash]]);
    await refused(() => send({ ...body, totalPence: 100_001 }), 422, 'IDEMPOTENCY_KEY_REUSED');
    // Another key is another declaration: the second of the year.
    expect((await send(body, randomUUID()).expect(201)).body.dividendId).toBe('dividend-2020-09-30-2');
    expect((await list('?financialYearEnd=2020-09-30')).declarations.map((d: { dividendId: string }) => d.dividendId)).toEqual(['dividend-2020-09-30-1', 'dividend-2020-09-30-2']);
  });

  it('bad input is a 400 naming the field, never a 500, and writes nothing', async () => {
    await refused(() => post(dividend({ totalPence: 0 })), 400, 'VALIDATION_FAILED', 'totalPence');
    await refused(() => post(dividend({ totalPence: 12.5 })), 400, 'VALIDATION_FAILED', 'totalPence');
    await refused(() => post(dividend({ totalPence: '100' })), 400, 'VALIDATION_FAILED', 'totalPence');
    await refused(() => post(dividend({ distributableProfitsPence: 2 ** 60 })), 400, 'VALIDATION_FAILED', 'distributableProfitsPence');
    await refused(() => post(dividend({ financialYearEnd: '2024-02-30' })), 400, 'VALIDATION_FAILED', 'financialYearEnd');
    await refused(() => post(dividend({ articlesClause: '   ' })), 400, 'VALIDATION_FAILED', 'articlesClause');
    await refused(() => post(dividend({ articlesAllowDividends: 'yes' })), 400, 'VALIDATION_FAILED', 'articlesAllowDividends');
    await refused(() => post(dividend({ paidTo: 'members' })), 400, 'VALIDATION_FAILED');
    const { resolutionId: _, ...withoutResolution } = dividend();
    await refused(() => post(withoutResolution), 400, 'VALIDATION_FAILED', 'resolutionId');
  });

  it('only the secretary records a dividend: board members and auditors are refused (403), without a token 401; nothing is written', async () => {
    await refused(() => post(dividend({ totalPence: 1 }), 'board'), 403, 'FORBIDDEN');
    await refused(() => post(dividend({ totalPence: 1 }), 'auditor'), 403, 'FORBIDDEN');
    await refused(() => t.http.post(`${C}/dividends`).send(dividend({ totalPence: 1 })), 401, 'UNAUTHENTICATED');
    expect((await t.http.get(`${C}/dividends`)).status).toBe(401);
  });

  it('CI-3, s.392: after an AA01 of 30 November 2024 moving the date to 31 December, the year from 1 October 2024 ends on 31 December 2024 and the next on 31 December 2025; 30 September 2025 ends none', async () => {
    await t.http.post(`${C}/particulars`).set(t.auth('secretary')).send({ effectiveOn: '2024-11-30', accountingReferenceDate: { month: 12, day: 31 } }).expect(201);
    // FC-5, s.392(1): the new date counts once the AA01 is filed.
    await t.http.post(`${C}/filings`).set(t.auth('secretary')).send({ kind: 'aa01', reference: 'aa01-2024-11-30', filedOn: '2024-11-30' }).expect(201);
    const later = await passMembersResolution('2025-01-02', '2025-01-21');
    const shortened = await post(dividend({ declaredOn: '2025-01-22', financialYearEnd: '2024-12-31', resolutionId: later, distributableProfitsPence: 1_000, totalPence: 1 })).expect(201);
    expect(shortened.body.year).toMatchObject({ financialYearEnd: '2024-12-31', yearStart: '2024-10-01' });
    const september = await refused(() => post(dividend({ declaredOn: '2025-01-22', financialYearEnd: '2025-09-30', resolutionId: later, totalPence: 1 })), 422, 'NOT_A_FINANCIAL_YEAR_END');
    expect(september.body.details).toMatchObject({ referenceDate: '31 December', nearestBefore: '2024-12-31', nearestAfter: '2025-12-31' });
    const next = await post(dividend({ declaredOn: '2025-01-22', financialYearEnd: '2025-12-31', resolutionId: later, distributableProfitsPence: 1_000, totalPence: 1 })).expect(201);
    expect(next.body.year).toMatchObject({ yearStart: '2025-01-01' });
  });
});
