import type { Response } from 'supertest';
import { passBoardResolution, passSpecialResolution } from './support/authority';
import { todayAndTomorrow } from './support/dates';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';
import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { holdersByShare, readRegister } from './support/register';

const C = `/api/companies/${COMPANY}`;
type Path = 'share-allotments' | 'share-transfers' | 'share-cancellations';

/**
 * Bodies the secretary could record as they stand (transfer, cancellation) or nearly (allotment), once
 * `base` adds what is only known after seeding: the transferor of share 1 (SH-3) and the board
 * resolution authorising them (articles: share events need a board resolution), or for a surrender,
 * a reduction of capital, the members' special resolution (SR-1).
 */
const ALLOT = { effectiveOn: '2024-06-01', holder: { practiceId: 'practice-z00001' } };
const TRANSFER = { shareNumber: 1, to: { practiceId: 'practice-z00001', name: 'New partners of Demo Practice 01' }, lodgedOn: '2024-06-01', effectiveOn: '2024-06-02' };
// SR-1: a surrender is a reduction of capital: supported here by the court's order (s.648), so that no
// date of a solvency statement comes before a check on the date of the surrender itself.
const CANCEL = { shareNumber: 1, reason: 'surrender', effectiveOn: '2024-06-01', courtOrderReference: 'CR-2024-000001' };
/** SR-1 (s.642(1)): a solvency statement made in the 15 days before the special resolution of 2018-01-01. */
const SOLVENCY_STATEMENT_ON = '2017-12-20';
const BASE: Record<Path, object> = { 'share-allotments': ALLOT, 'share-transfers': TRANSFER, 'share-cancellations': CANCEL };

/**
 * Requests the register refuses for what they ask, given the data: unknown ids, the register's rules,
 * the articles' authority, dates. Faults of shape alone (a field missing, mistyped or unknown, a bad
 * query) are the controllers' specs (apps/api/src/share-register/*.controller.spec.ts and
 * apps/api/src/ledger/ledger.controller.spec.ts).
 *
 * Every share event the cases below send, so that each is refused only for the fault it is about
 * (the register's own rules are checked first, then the authority). 38 is the number an allotment
 * without one gets.
 */
const AUTHORISED = [
  ...[1, 2, 3, 9, 38].map((shareNumber) => ({ action: 'allotment' as const, shareNumber })),
  ...[1, 3, 9, 999].map((shareNumber) => ({ action: 'transfer' as const, shareNumber })),
  ...[1, 3, 9, 999].map((shareNumber) => ({ action: 'cancellation' as const, shareNumber })),
];

describe.each(databaseKinds())('bad input gets a clear 4xx and changes nothing (%s)', (kind) => {
  let t: TestApp;
  /** share number → the member holding it at seeding. */
  let holder: Map<number, string>;
  /** The number of ledger entries before any test here wrote one. */
  let startingEntries: number;
  /** The board resolution, passed on 2018-01-01, authorising every share event in AUTHORISED. */
  let authorisedBy: string;
  /** SR-1: the members' special resolution, passed on 2018-01-01, authorising the cancellations in AUTHORISED (a surrender reduces capital). */
  let special: string;
  /** The entries the special resolution wrote (its proposal and the agreements). */
  let specialEntries: number;
  beforeAll(async () => {
    t = await startTestApp(kind);
    holder = await holdersByShare(t);
    startingEntries = (await ledgerHead(t)).events;
    authorisedBy = await passBoardResolution(t, COMPANY, '2018-01-01', AUTHORISED);
    const before = (await ledgerHead(t)).events;
    special = await passSpecialResolution(t, COMPANY, '2018-01-01', AUTHORISED.filter((a) => a.action === 'cancellation'));
    specialEntries = (await ledgerHead(t)).events - before;
  });
  afterAll(() => t.close());

  const post = (path: Path, body: unknown, company = COMPANY) => () =>
    t.http.post(`/api/companies/${company}/${path}`).set(t.auth('secretary')).send(body as object);
  /** A recordable body: BASE with the transferor and the authority (a surrender's: the special resolution, SR-1). */
  const base = (path: Path) => ({ ...BASE[path], ...(path === 'share-transfers' ? { fromMemberId: holder.get(1) } : {}), authorisedBy: path === 'share-cancellations' ? special : authorisedBy });
  const varied = (path: Path, changes: Record<string, unknown>) => post(path, { ...base(path), ...changes });
  /** As `post`, with the authority added. */
  const authorised = (path: Path, body: object) => post(path, { ...body, authorisedBy });
  /** SR-1: a surrender of `shareNumber` on `effectiveOn`, with the special resolution and the solvency statement a reduction of capital needs. */
  const surrender = (body: { shareNumber: number; effectiveOn: string; memberId?: string }) =>
    post('share-cancellations', { ...body, reason: 'surrender', authorisedBy: special, solvencyStatementOn: SOLVENCY_STATEMENT_ON });
  const get = (path: string) => () => t.http.get(path).set(t.auth('auditor'));

  /** Everything a write could change: the ledger head, the register today, the member rows. */
  const state = async () => {
    const { valid, events, headHash } = await ledgerHead(t);
    const register = await readRegister(t, 'status=all&limit=1000', 'auditor');
    const [{ count }] = await t.sql<{ count: number }>('select count(*)::int as count from member');
    return { valid, events, headHash, totals: register.totals, entries: register.members, memberRows: count };
  };

  /** Sends a bad request and checks the status, the error shape and code, the field named, and that nothing changed. */
  const rejected = refusedUnchanged(state);

  type Case = [name: string, send: () => () => PromiseLike<Response>, status: number, code: string, field?: string];
  const V = 'VALIDATION_FAILED';
  const lookups: Case[] = [
    ['POST to an unknown company', () => post('share-cancellations', CANCEL, 'no-such-company'), 404, 'NOT_FOUND'],
    ['GET an unknown company', () => get('/api/companies/no-such-company'), 404, 'NOT_FOUND'],
    ['the register of an unknown company', () => get('/api/companies/no-such-company/register'), 404, 'NOT_FOUND'],
    ['the ledger of an unknown company', () => get('/api/companies/no-such-company/ledger'), 404, 'NOT_FOUND'],
    ['verifying an unknown company', () => get('/api/companies/no-such-company/ledger/verify'), 404, 'NOT_FOUND'],
    ['an unknown member as holder', () => varied('share-allotments', { holder: { memberId: 'no-such-member' } }), 404, 'NOT_FOUND'],
    ['an unknown member as transferee', () => varied('share-transfers', { to: { memberId: 'no-such-member' } }), 404, 'NOT_FOUND'],
    ['an unknown practiceId', () => varied('share-allotments', { holder: { practiceId: 'practice-z99999' } }), 404, 'NOT_FOUND'],
    ['memberId together with a name', () => varied('share-allotments', { holder: { memberId: holder.get(1), name: 'Someone' } }), 400, V, 'holder'],
    ['a new holder with nothing to enter', () => varied('share-allotments', { holder: {} }), 400, V, 'holder'],
    ['a new holder with a name but no address', () => varied('share-allotments', { holder: { name: 'Dr A. Example' } }), 400, V, 'holder'],
    ['an unknown authorisedBy on a transfer', () => varied('share-transfers', { authorisedBy: 'no-such-resolution' }), 404, 'NOT_FOUND'],
    ['an unknown authorisedBy on a cancellation', () => varied('share-cancellations', { authorisedBy: 'no-such-resolution' }), 404, 'NOT_FOUND'],
  ];
  it.each(lookups)('%s', async (...[, send, status, code, field]: Case) => {
    await rejected(send(), status, code, field);
  });

  const unknowns: [name: string, send: () => () => PromiseLike<Response>, what: string, details: object][] = [
    ['an unknown company in the path', () => get('/api/companies/no-such-company/register'), 'company', { companyId: 'no-such-company' }],
    ['an unknown member as holder', () => varied('share-allotments', { holder: { memberId: 'no-such-member' } }), 'member', { memberId: 'no-such-member' }],
    ['an unknown practiceId', () => varied('share-allotments', { holder: { practiceId: 'practice-z99999' } }), 'practice', { practiceId: 'practice-z99999' }],
    ['an unknown authorisedBy', () => varied('share-cancellations', { authorisedBy: 'no-such-resolution' }), 'resolution', { authorisedBy: 'no-such-resolution' }],
  ];
  it.each(unknowns)('NOT_FOUND for %s names the kind of record, not the reference, which is in details under the field that gave it', async (_, send, what, details) => {
    const res = await rejected(send(), 404, 'NOT_FOUND');
    expect(res.body.message).toBe(`there is no ${what} with that reference`);
    expect(res.body.details).toEqual(details);
  });

  const rules: Case[] = [
    ['RM-5: allotting a share number already used', () => varied('share-allotments', { shareNumber: 1 }), 409, 'SHARE_NUMBER_ALREADY_USED'],
    ['one share per member: a second share to a current member', () => varied('share-allotments', { holder: { memberId: holder.get(1) } }), 409, 'MEMBER_ALREADY_HOLDS_A_SHARE'],
    ['SH-5: a new holder for a practice already on the register', () => varied('share-allotments', { holder: { practiceId: 'practice-z00001', name: 'Other partners' } }), 409, 'PRACTICE_ALREADY_A_MEMBER'],
    ['articles: allotment to a holder with no practice', () => varied('share-allotments', { holder: { name: 'Dr Private Person', address: '1 Road, London E1' } }), 422, 'HOLDER_NOT_ELIGIBLE'],
    // The register's own rules come before the authority: an event before incorporation (2014-08-31)
    // is EVENT_BEFORE_INCORPORATION, though no board resolution had passed by then either.
    ['an allotment before incorporation (2014-08-31), naming the resolution', () => varied('share-allotments', { effectiveOn: '2014-08-31' }), 422, 'EVENT_BEFORE_INCORPORATION'],
    ['an allotment before incorporation, naming no resolution', () => varied('share-allotments', { effectiveOn: '2014-08-31', authorisedBy: undefined }), 422, 'EVENT_BEFORE_INCORPORATION'],
    ['a cancellation before incorporation, naming the resolution', () => varied('share-cancellations', { effectiveOn: '2014-08-31' }), 422, 'EVENT_BEFORE_INCORPORATION'],
    ['a transfer before incorporation, naming no resolution', () => varied('share-transfers', { lodgedOn: '2014-08-01', effectiveOn: '2014-08-31', authorisedBy: undefined }), 422, 'EVENT_BEFORE_INCORPORATION'],
    ['transfer of a share never issued', () => varied('share-transfers', { shareNumber: 999 }), 422, 'SHARE_NOT_ISSUED'],
    ['cancellation of a share never issued', () => varied('share-cancellations', { shareNumber: 999 }), 422, 'SHARE_NOT_ISSUED'],
    ['transfer whose fromMemberId is not the holder', () => varied('share-transfers', { fromMemberId: holder.get(2) }), 409, 'SHARE_NOT_HELD_BY_MEMBER'],
    ['cancellation whose memberId is not the holder', () => varied('share-cancellations', { memberId: holder.get(2) }), 409, 'SHARE_NOT_HELD_BY_MEMBER'],
    ['SH-3: transfer registered before it was lodged', () => varied('share-transfers', { lodgedOn: '2024-06-02', effectiveOn: '2024-06-01' }), 422, 'TRANSFER_REGISTERED_BEFORE_LODGED'],
    ['transfer to the holder itself', () => varied('share-transfers', { to: { memberId: holder.get(1) } }), 422, 'TRANSFER_TO_SAME_MEMBER'],
    ['paidUpPence above the nominal value', () => varied('share-allotments', { paidUpPence: 101 }), 422, 'PAID_UP_EXCEEDS_NOMINAL'],
    ['articles: a transfer without authorisedBy', () => varied('share-transfers', { authorisedBy: undefined }), 422, 'SHARE_EVENT_NOT_AUTHORISED'],
    ['articles: a cancellation without authorisedBy', () => varied('share-cancellations', { authorisedBy: undefined }), 422, 'SHARE_EVENT_NOT_AUTHORISED'],
    ['SR-1: a surrender (a reduction of capital) with neither a solvency statement nor a court order', () => varied('share-cancellations', { courtOrderReference: undefined }), 422, 'REDUCTION_WITHOUT_SOLVENCY_STATEMENT'],
    ['SR-1: a surrender on the board resolution, which cannot reduce capital', () => varied('share-cancellations', { authorisedBy }), 422, 'SHARE_EVENT_NOT_AUTHORISED'],
    ['articles: a cancellation whose resolution does not name its share number', () => varied('share-cancellations', { shareNumber: 2, memberId: holder.get(2) }), 422, 'SHARE_EVENT_NOT_AUTHORISED'],
    ['articles: a transfer whose resolution names its share for another action only', () => varied('share-transfers', { shareNumber: 2, fromMemberId: holder.get(2), to: { practiceId: 'practice-z00002', name: 'New partners of Demo Practice 02' } }), 422, 'SHARE_EVENT_NOT_AUTHORISED'],
    // Practice 1 already holds a share: the register's rule is reported, not the missing authority.
    ['an allotment whose resolution does not name its share number, to a practice already a member', () => varied('share-allotments', { shareNumber: 40 }), 409, 'PRACTICE_ALREADY_A_MEMBER'],
  ];
  it.each(rules)('%s', async (...[, send, status, code]: Case) => {
    await rejected(send(), status, code);
  });

  it('a whole number in a query or a path is decimal digits: 0x10, 1e3, a leading space or 2^53 are 400, and nothing is written', async () => {
    for (const query of ['afterSequence=0x10', 'afterSequence=%205', 'limit=1e2', 'afterSequence=9007199254740993']) {
      const res = await t.http.get(`${C}/ledger?${query}`).set(t.auth('auditor'));
      expect([query, res.status, res.body.code]).toEqual([query, 400, 'VALIDATION_FAILED']);
    }
    const page = await t.http.get(`${C}/register?limit=0x10`).set(t.auth('auditor'));
    expect([page.status, page.body.details?.[0]?.field]).toEqual([400, 'limit']);
    // One problem for a number out of range, naming the range, not one for each bound it breaks.
    for (const limit of ['-5', '0', '100001', 'many']) {
      const res = await t.http.get(`${C}/register?limit=${limit}`).set(t.auth('auditor'));
      expect([limit, res.status, res.body.details]).toEqual([limit, 400, [{ field: 'limit', problems: ['limit must be a whole number from 1 to 100000'] }]]);
    }
    expect((await t.http.get(`${C}/ledger?limit=1001`).set(t.auth('auditor'))).body.details).toEqual([{ field: 'limit', problems: ['limit must be a whole number from 1 to 1000'] }]);
    await rejected(post('shares/1e3/certificates' as Path, { issuedOn: '2024-06-01' }), 400, 'VALIDATION_FAILED', 'shareNumber');
    expect((await t.http.get(`${C}/ledger?afterSequence=5&limit=10`).set(t.auth('auditor')).expect(200)).body.entries[0].sequence).toBe(6);
  });

  it('PAID_UP_EXCEEDS_NOMINAL names paidUpPence and both amounts in its details', async () => {
    const res = await rejected(varied('share-allotments', { paidUpPence: 101 }), 422, 'PAID_UP_EXCEEDS_NOMINAL');
    expect(res.body.details).toEqual({ field: 'paidUpPence', paidUpPence: 101, nominalPence: 100 });
  });

  it('a value of the wrong kind is named as that alone: a share number sent as text is not also "less than 1"', async () => {
    const res = await rejected(varied('share-cancellations', { shareNumber: '38' }), 400, 'VALIDATION_FAILED', 'shareNumber');
    expect(res.body.details).toEqual([{ field: 'shareNumber', problems: ['shareNumber must be an integer number'] }]);
    // A whole number out of range is still named as that.
    const zero = await rejected(varied('share-cancellations', { shareNumber: 0 }), 400, 'VALIDATION_FAILED', 'shareNumber');
    expect(zero.body.details).toEqual([{ field: 'shareNumber', problems: ['shareNumber must not be less than 1'] }]);
  });

  it('a query parameter given twice is 400 naming it as given more than once, not as no date', async () => {
    const res = await t.http.get(`${C}/reports/register-of-members.pdf?asAt=2026-12-01&asAt=2026-12-02`).set(t.auth('auditor')).expect(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'asAt', problems: ['asAt must be given once'] }] });
    expect(res.body.message).toBe('the asAt query parameter was given more than once; it takes one value');
    // The bracket form is no parameter of the route.
    const bracket = await t.http.get(`${C}/reports/register-of-members.pdf?asAt[]=2026-12-01`).set(t.auth('auditor')).expect(400);
    expect(bracket.body.details).toEqual([expect.objectContaining({ field: 'asAt[]' })]);
    const two = await t.http.get(`${C}/ledger?limit=5&limit=6&afterSequence=1&afterSequence=2`).set(t.auth('auditor')).expect(400);
    expect(two.body.details.map((d: { field: string }) => d.field)).toEqual(['limit', 'afterSequence']);
    // Given once, the same parameters are read.
    await t.http.get(`${C}/ledger?limit=5&afterSequence=1`).set(t.auth('auditor')).expect(200);
  });

  it('a real date outside the range kept (1700-01-01, 3000-01-01) is 400 naming the range, the ISO bounds in details; one that is no date is 400 as that', async () => {
    for (const path of ['register?asAt=1700-01-01', 'directors?asAt=3000-01-01', 'meetings?asAt=1799-12-31']) {
      const res = await t.http.get(`${C}/${path}`).set(t.auth('auditor'));
      expect([path, res.status, res.body.code]).toEqual([path, 400, 'VALIDATION_FAILED']);
      expect(res.body.details).toEqual([{ field: 'asAt', problems: ['asAt must be a date from 1800-01-01 to 2999-12-31'], earliest: '1800-01-01', latest: '2999-12-31' }]);
    }
    const noDate = await t.http.get(`${C}/register?asAt=2025-02-30`).set(t.auth('auditor')).expect(400);
    expect(noDate.body.details).toEqual([{ field: 'asAt', problems: ['asAt must be a calendar date written YYYY-MM-DD, from 1800-01-01 to 2999-12-31'] }]);
    await rejected(varied('share-allotments', { effectiveOn: '1700-01-01' }), 400, 'VALIDATION_FAILED', 'effectiveOn');
  });

  it('RM-1: a name or an address with a line break, or any text with a C1 control, is 400 VALIDATION_FAILED naming the field, and nothing is written', async () => {
    const sends: [string, () => PromiseLike<Response>, string, string][] = [
      ['holder name over two lines', varied('share-allotments', { holder: { name: 'Dr Line\nBreak', address: '1 Demo Yard' } }), 'holder.name', 'name must be on one line'],
      ['holder address with a line separator', varied('share-allotments', { holder: { name: 'Dr Line', address: '1 Demo Yard\u2028London' } }), 'holder.address', 'address must be on one line'],
      ['practice address with a carriage return', () => t.http.post(`${C}/practices`).set(t.auth('secretary')).send({ odsCode: 'Z00097', name: 'Example Practice', address: '97 Example Street\r\nLondon', on: '2024-03-01' }), 'address', 'address must be on one line'],
      ['holder name with NEL', varied('share-allotments', { holder: { name: 'Dr x\u0085y', address: '1 Demo Yard' } }), 'holder.name', 'must not contain control characters'],
    ];
    for (const [what, send, field, problem] of sends) {
      const res = await rejected(send, 400, 'VALIDATION_FAILED', field);
      expect([what, res.body.details[0].problems.join('; ')]).toEqual([what, expect.stringContaining(problem)]);
    }
  });

  it('SR-1, SH-4: a field of another reason for a cancellation (a forfeiture notice on a reduction, a solvency statement or court order on a buy-back, a price on a surrender) is 400 naming it, and nothing is written', async () => {
    const sends: [string, () => PromiseLike<Response>, string, string][] = [
      ['forfeiture notice on a surrender', varied('share-cancellations', { forfeitureNoticeOn: '2024-05-01' }), 'forfeitureNoticeOn', 'a forfeiture notice goes with reason forfeiture'],
      ['solvency statement on a buy-back', varied('share-cancellations', { reason: 'buy-back', courtOrderReference: undefined, solvencyStatementOn: SOLVENCY_STATEMENT_ON }), 'solvencyStatementOn', 'a solvency statement goes with a reduction of capital'],
      ['court order on a forfeiture', varied('share-cancellations', { reason: 'forfeiture', forfeitureNoticeOn: '2024-05-01' }), 'courtOrderReference', 'a court order confirming a reduction goes with reason cancellation or surrender'],
      ['price on a surrender', varied('share-cancellations', { pricePence: 100 }), 'pricePence', 'a price goes with reason buy-back'],
      ['price in pounds and pence', varied('share-cancellations', { reason: 'buy-back', courtOrderReference: undefined, pricePence: 99.5 }), 'pricePence', 'pricePence must be an integer number'],
      ['negative price', varied('share-cancellations', { reason: 'buy-back', courtOrderReference: undefined, pricePence: -1 }), 'pricePence', 'pricePence must not be less than 0'],
    ];
    for (const [what, send, field, problem] of sends) {
      const res = await rejected(send, 400, 'VALIDATION_FAILED', field);
      expect([what, res.body.details.map((d: { field: string }) => d.field)]).toEqual([what, [field]]);
      expect([what, res.body.details[0].problems.join('; ')]).toEqual([what, expect.stringContaining(problem)]);
    }
  });

  it.each([['spaces', ' \t  '], ['invisible characters', '\u200b\u200e\u200f\u00a0\u3000']])('a name or an address of %s only is 400 VALIDATION_FAILED naming the field, and nothing is written', async (_what, blank) => {
    const sends: [string, () => PromiseLike<Response>, string][] = [
      ['director', () => t.http.post(`${C}/directors`).set(t.auth('secretary')).send({ name: blank, serviceAddress: '4 Demo Yard', appointedOn: '2020-01-06' }), 'name'],
      ['director address', () => t.http.post(`${C}/directors`).set(t.auth('secretary')).send({ name: 'Dr Blank', serviceAddress: blank, appointedOn: '2020-01-06' }), 'serviceAddress'],
      ['holder', varied('share-allotments', { holder: { name: blank, address: '1 Demo Yard' } }), 'holder.name'],
      ['holder address', varied('share-allotments', { holder: { name: 'Dr Blank', address: blank } }), 'holder.address'],
    ];
    for (const [what, send, field] of sends) {
      const res = await rejected(send, 400, 'VALIDATION_FAILED', field);
      expect([what, res.body.details[0].problems]).toEqual([what, expect.arrayContaining([`${field.split('.').at(-1)} must not be blank`])]);
    }
  });

  it('an allotment, a transfer or a cancellation dated tomorrow (UTC) is 422 DATED_AFTER_RECORDING before any other check, and nothing is written', async () => {
    const { today, tomorrow } = await todayAndTomorrow();
    // The transfer and the cancellation would be recorded as they stand on any day up to today; the
    // allotment (to practice 1, already a member) and the unknown resolution would be refused later.
    const cases: [Path, Record<string, unknown>][] = [
      ['share-transfers', { lodgedOn: today }],
      ['share-cancellations', {}],
      ['share-allotments', {}],
      ['share-cancellations', { authorisedBy: 'no-such-resolution' }],
    ];
    for (const [path, changes] of cases) {
      const res = await rejected(varied(path, { ...changes, effectiveOn: tomorrow }), 422, 'DATED_AFTER_RECORDING');
      expect(res.body.details).toEqual({ field: 'effectiveOn', effectiveOn: tomorrow, recordedOn: today });
      expect(res.body.message).toContain(`is dated ${tomorrow}, after today (${today})`);
    }
  });

  it('where the articles need no resolution, one named anyway must still name the event and have passed by its date (422); events before incorporation are 422 EVENT_BEFORE_INCORPORATION', async () => {
    // Only here: the articles' setting is switched off for allotments and for reductions of capital
    // (a surrender is one, SR-1: the setting is capitalAuthority.reduction), and back on after.
    await t.sql(`update company set governance = '{"shareEventAuthority":{"allotment":"none"},"capitalAuthority":{"reduction":"none"}}' where id = ?`, [COMPANY]);
    try {
      await rejected(post('share-allotments', { ...ALLOT, effectiveOn: '2014-08-31' }), 422, 'EVENT_BEFORE_INCORPORATION');
      await rejected(post('share-cancellations', { ...CANCEL, effectiveOn: '2014-08-31' }), 422, 'EVENT_BEFORE_INCORPORATION');
      // The resolution names the cancellation of shares 1, 3, 9 and 999, not 2: it is no authority for cancelling 2.
      const other = await rejected(authorised('share-cancellations', { ...CANCEL, shareNumber: 2 }), 422, 'SHARE_EVENT_NOT_AUTHORISED');
      expect(other.body.details).toMatchObject({ action: 'cancellation', shareNumber: 2, required: 'board', reasons: [] });
      expect(other.body.message).toContain('no resolution authorises it');
      // It names share 1, but passed only on 2018-01-01, after this cancellation's date.
      const early = await rejected(authorised('share-cancellations', { ...CANCEL, effectiveOn: '2017-12-31' }), 422, 'SHARE_EVENT_NOT_AUTHORISED');
      expect(early.body.details).toMatchObject({ action: 'cancellation', shareNumber: 1, reasons: [{ resolutionId: authorisedBy, reason: 'it was passed only on 2018-01-01' }] });
      // An unknown one is still 404.
      await rejected(post('share-cancellations', { ...CANCEL, shareNumber: 2, authorisedBy: 'no-such-resolution' }), 404, 'NOT_FOUND');
      // A transfer still needs its board resolution.
      await rejected(varied('share-transfers', { authorisedBy: undefined }), 422, 'SHARE_EVENT_NOT_AUTHORISED');
    } finally {
      await t.sql(`update company set governance = '{}' where id = ?`, [COMPANY]);
    }
    // The articles' default is back: the surrender of share 2, a reduction of capital, needs a members' special resolution again (SR-1).
    const restored = await rejected(post('share-cancellations', { ...CANCEL, shareNumber: 2 }), 422, 'SHARE_EVENT_NOT_AUTHORISED');
    expect(restored.body.details).toMatchObject({ action: 'cancellation', reason: 'surrender', shareNumber: 2, required: 'members-special', reasons: [] });
    await rejected(post('share-allotments', { ...ALLOT, effectiveOn: '2014-08-31' }), 422, 'EVENT_BEFORE_INCORPORATION');
  });

  it('a failed allotment to a new holder leaves no member row behind', async () => {
    const [{ count }] = await t.sql<{ count: number }>('select count(*)::int as count from member');
    await rejected(varied('share-allotments', { holder: { name: 'Dr Private Person', address: '1 Road, London E1' } }), 422, 'HOLDER_NOT_ELIGIBLE');
    await rejected(varied('share-allotments', { shareNumber: 2, holder: { practiceId: 'practice-z00002', name: 'Successor partners' } }), 409, 'SHARE_NUMBER_ALREADY_USED');
    const rows = await t.sql<{ count: number; named: number }>(
      `select count(*)::int as count, count(*) filter (where name in ('Dr Private Person', 'Successor partners'))::int as named from member`,
    );
    expect(rows[0]).toEqual({ count, named: 0 });
  });

  it('RM-5: a cancelled share cannot be cancelled, transferred or re-allotted', async () => {
    await surrender({ shareNumber: 9, effectiveOn: '2020-06-30' })().expect(201);
    await rejected(surrender({ shareNumber: 9, effectiveOn: '2020-07-01' }), 409, 'SHARE_ALREADY_CANCELLED');
    await rejected(varied('share-transfers', { shareNumber: 9, fromMemberId: holder.get(9), to: { practiceId: 'practice-z00009' } }), 409, 'SHARE_ALREADY_CANCELLED');
    await rejected(varied('share-allotments', { shareNumber: 9, holder: { practiceId: 'practice-z00009' } }), 409, 'SHARE_NUMBER_ALREADY_USED');
  });

  it('articles: once practice 9 has left, an allotment to it passes the register\'s rules and is refused for want of authority: its resolution does not name share 40', async () => {
    const res = await rejected(varied('share-allotments', { shareNumber: 40, holder: { practiceId: 'practice-z00009' } }), 422, 'SHARE_EVENT_NOT_AUTHORISED');
    expect(res.body.details).toMatchObject({ action: 'allotment', shareNumber: 40, required: 'board', reasons: [] });
    const none = await rejected(varied('share-allotments', { shareNumber: 40, holder: { practiceId: 'practice-z00009' }, authorisedBy: undefined }), 422, 'SHARE_EVENT_NOT_AUTHORISED');
    expect(none.body.message).toMatch(/^the allotment of share 40 taking effect on 2024-06-01 needs a board resolution/);
  });

  it('RM-3: a back-dated transfer that would invalidate a later recorded cancellation is refused and nothing is written', async () => {
    const formerHolder = holder.get(3)!;
    const cancelled = await surrender({ shareNumber: 3, memberId: formerHolder, effectiveOn: '2020-01-01' })().expect(201);
    // Alone, on 2019-01-01 this is a valid transfer to new partners of the same practice; but the
    // cancellation recorded above says the former holder still held share 3 on 2020-01-01.
    const res = await rejected(
      authorised('share-transfers', {
        shareNumber: 3,
        fromMemberId: formerHolder,
        to: { practiceId: 'practice-z00003', name: 'New partners of Demo Practice 03' },
        lodgedOn: '2018-12-01',
        effectiveOn: '2019-01-01',
      }),
      409,
      'SHARE_NOT_HELD_BY_MEMBER',
    );
    expect(res.body.details).toMatchObject({ shareNumber: 3, memberId: formerHolder, eventId: String(cancelled.body.sequence) });
    // A back-dated allotment is checked as at its own date: practice 3 was still a member in 2019.
    const again = await rejected(authorised('share-allotments', { effectiveOn: '2019-06-01', holder: { practiceId: 'practice-z00003' } }), 409, 'PRACTICE_ALREADY_A_MEMBER');
    // The refused allotment itself was never written: its details name no entry for it.
    expect(again.body.details).not.toHaveProperty('eventId');
    // Nor does a refused change of particulars dated before later entries (checked by folding the whole ledger): the member's own name and address again.
    const member = holder.get(5)!;
    const [own] = await t.sql<{ name: string; address: string }>('select name, address from member where id = ?', [member]);
    const particulars = await rejected(() => t.http.post(`${C}/members/${member}/particulars`).set(t.auth('secretary')).send({ effectiveOn: '2019-06-01', name: own!.name, address: own!.address }), 422, 'PARTICULARS_UNCHANGED');
    expect(particulars.body.details).toEqual({ memberId: member });
    const asAt = await get(`${C}/register?asAt=2019-12-31&status=current&limit=100`)().expect(200);
    expect(asAt.body.members.find((m: { memberId: string }) => m.memberId === formerHolder).shares).toEqual([expect.objectContaining({ shareNumber: 3 })]);
  });

  const crafted = (parts: unknown) => Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
  // The cursor is a string to the query's DTO; only the register can tell it did not issue it.
  it.each(['cursor=garbage', `cursor=${crafted(['demo', 'x', '2024-99-99'])}`, `cursor=${crafted({ a: 1 })}`])('register query %s is 400 VALIDATION_FAILED', async (query) => {
    await rejected(get(`${C}/register?${query}`), 400, V, 'cursor');
  });

  it('after all of the above the chain still verifies', async () => {
    // The ledger it started with, the board resolution of beforeAll (its meeting, a proposal and three votes), the special resolution
    // (its proposal and the agreements), and the two surrenders the tests above recorded.
    const entries = startingEntries + 5 + specialEntries + 2;
    expect(await ledgerHead(t)).toMatchObject({ valid: true, events: entries, headSequence: entries });
  });
});
