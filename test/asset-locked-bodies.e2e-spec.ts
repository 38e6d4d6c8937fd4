import { passBoardResolution, passSpecialResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { todayAndTomorrow } from './support/dates';
import { ledgerEntries, ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const PATH = `/api/companies/${COMPANY}/asset-locked-bodies`;
const TRANSFERS = `/api/companies/${COMPANY}/asset-transfers`;
const TRUST = { name: 'Example Community Trust', registrationNumber: '1234567' };
const HEALTH = { name: 'Example Health CIC', registrationNumber: 'SC012345' };

type Role = 'secretary' | 'board' | 'auditor';

/**
 * The asset-locked bodies the articles name (CIC Regs 2005 Sch 2 para 1; CI-2, CI-6) over HTTP on a
 * real database: a change needs a members' special resolution and the CIC Regulator's approval; a
 * transfer said to be to a named body must be to one named on its day; refusals write nothing.
 * Shape faults alone are the controller's spec (apps/api/src/asset-lock/asset-locked-bodies.controller.spec.ts).
 */
describe.each(databaseKinds())('the asset-locked bodies named in the articles (%s)', (kind) => {
  let t: TestApp;
  let special: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    special = await passSpecialResolution(t, COMPANY, '2024-03-01', [], { text: 'THAT the articles be amended to name the asset-locked bodies set out (synthetic).' });
  });
  afterAll(() => t.close());

  const get = (query = '', role: Role = 'board') => t.http.get(`${PATH}${query}`).set(t.auth(role));
  const post = (body: object, role: Role = 'secretary') => t.http.post(PATH).set(t.auth(role)).send(body);
  const change = (more: Record<string, unknown> = {}) => ({ effectiveOn: '2024-04-01', bodies: [TRUST, HEALTH], resolutionId: special, regulatorApprovalReference: 'CIC/ART/0007', regulatorApprovalOn: '2024-03-20', ...more });
  const transfer = (more: Record<string, unknown> = {}) => ({
    transferredOn: '2024-06-30', description: 'Clinical equipment (synthetic)', recipientKind: 'asset-locked-body-named-in-articles', marketValuePence: 1_000_000, considerationPence: 0, ...more,
  });
  const refused = refusedUnchanged(async () => ({ head: await ledgerHead(t), bodies: (await get('?asAt=2026-01-01')).body, transfers: (await t.http.get(TRANSFERS).set(t.auth('board'))).body }));

  it('CI-6: the seeded articles name none (FACTS names none); a change made by special resolution with the Regulator’s approval is one ledger entry, and the bodies are known as at any date', async () => {
    expect((await get().expect(200)).body).toMatchObject({ bodies: [], changes: [] });
    const before = await ledgerHead(t);
    const res = await post(change({ bodies: [{ name: ' Example Community Trust ', registrationNumber: ' 1234567 ' }, { name: 'Example Health CIC', registrationNumber: 'sc012345' }] })).expect(201);
    expect(res.body).toEqual({
      changeId: String(before.headSequence + 1), effectiveOn: '2024-04-01', bodies: [TRUST, HEALTH], resolutionId: special, resolutionReference: expect.any(String),
      regulatorApprovalReference: 'CIC/ART/0007', regulatorApprovalOn: '2024-03-20',
    });
    const entries = await ledgerEntries(t, { afterSequence: before.headSequence });
    expect(entries.map((e) => [e.kind, e.effectiveOn, e.payload])).toEqual([
      ['asset-locked-bodies.named', '2024-04-01', { bodies: [TRUST, HEALTH], resolutionId: special, regulatorApproval: { reference: 'CIC/ART/0007', givenOn: '2024-03-20' } }],
    ]);
    expect((await ledgerHead(t)).valid).toBe(true);
    for (const role of ['board', 'auditor', 'secretary'] as const) {
      expect((await get('?asAt=2024-03-31', role).expect(200)).body.bodies).toEqual([]);
      expect((await get('?asAt=2024-04-01', role).expect(200)).body.bodies).toEqual([TRUST, HEALTH]);
    }
    expect((await get().expect(200)).body.changes).toEqual([res.body]);
  });

  it('s.26, CI-6: the change amends the articles from its day, so its resolution owes the articles as amended 15 days after the change, though it was not marked as amending them; as at a day before the change, it owes none', async () => {
    const articles = async (asAt: string) =>
      ((await t.http.get(`/api/companies/${COMPANY}/deadlines?from=2024-01-01&to=2024-12-31&asAt=${asAt}`).set(t.auth('board')).expect(200)).body as { kind: string; reference: string; dueOn: string }[])
        .filter((d) => d.kind === 'articles-filing' && d.reference === special);
    expect(await articles('2024-03-31')).toEqual([]);
    expect(await articles('2024-04-01')).toEqual([expect.objectContaining({ reference: special, dueOn: '2024-04-16', status: 'due' })]);
  });

  it('CI-6: without a special resolution passed by its day, or the Regulator’s approval dated by then, a change is refused with its code naming the field, and nothing changes', async () => {
    const { today, tomorrow } = await todayAndTomorrow();
    const board = await passBoardResolution(t, COMPANY, '2024-03-05', []);
    const cases: [string, object, number, string, Record<string, unknown>][] = [
      ['no resolution', change({ resolutionId: undefined, effectiveOn: '2024-05-01', bodies: [TRUST] }), 422, 'SPECIAL_RESOLUTION_REQUIRED', { field: 'resolutionId', reason: 'none' }],
      ['a board resolution', change({ resolutionId: board, effectiveOn: '2024-05-01', bodies: [TRUST] }), 422, 'SPECIAL_RESOLUTION_REQUIRED', { field: 'resolutionId', reason: 'board' }],
      ['a special resolution passed after the day', change({ effectiveOn: '2024-02-15', regulatorApprovalOn: '2024-02-01' }), 422, 'SPECIAL_RESOLUTION_REQUIRED', { field: 'resolutionId', reason: 'passed-later', passedOn: '2024-03-01' }],
      ['an unknown resolution', change({ resolutionId: 'no-such-resolution', bodies: [TRUST] }), 404, 'RESOLUTION_NOT_FOUND', { field: 'resolutionId' }],
      ['no approval reference', change({ regulatorApprovalReference: undefined, bodies: [TRUST] }), 422, 'REGULATOR_APPROVAL_REQUIRED', { field: 'regulatorApprovalReference' }],
      ['no approval date', change({ regulatorApprovalOn: undefined, bodies: [TRUST] }), 422, 'REGULATOR_APPROVAL_REQUIRED', { field: 'regulatorApprovalOn' }],
      ['an approval after the day', change({ regulatorApprovalOn: '2024-04-02', bodies: [TRUST] }), 422, 'APPROVAL_AFTER_CHANGE', { field: 'regulatorApprovalOn' }],
      ['the bodies already named', change({ effectiveOn: '2024-05-01', bodies: [HEALTH, TRUST] }), 422, 'ASSET_LOCKED_BODIES_UNCHANGED', { field: 'bodies' }],
      ['a number that is none', change({ bodies: [{ name: 'X', registrationNumber: '12345' }] }), 400, 'INVALID_ASSET_LOCKED_BODIES', { field: 'bodies.0.registrationNumber' }],
      ['a number named twice', change({ bodies: [TRUST, { name: 'Again', registrationNumber: '1234567' }] }), 400, 'INVALID_ASSET_LOCKED_BODIES', { field: 'bodies.1.registrationNumber' }],
      ['dated tomorrow', change({ effectiveOn: tomorrow, bodies: [TRUST] }), 422, 'DATED_AFTER_RECORDING', { field: 'effectiveOn' }],
      ['dated before incorporation', change({ effectiveOn: '2014-08-31', bodies: [TRUST] }), 422, 'EVENT_BEFORE_INCORPORATION', { field: 'effectiveOn' }],
    ];
    for (const [what, body, status, code, details] of cases) {
      const res = await refused(() => post(body), status, code);
      expect([what, res.body.details]).toEqual([what, expect.objectContaining(details)]);
    }
    expect((await refused(() => post(change({ resolutionId: board, bodies: [TRUST] })), 422, 'SPECIAL_RESOLUTION_REQUIRED')).body.message).toContain('is a decision of the board, not of the members');
    await refused(() => post(change({ bodies: 'Example Community Trust' })), 400, 'VALIDATION_FAILED', 'bodies');
    for (const role of ['board', 'auditor'] as const) await refused(() => post(change({ bodies: [TRUST] }), role), 403, 'FORBIDDEN');
    await refused(() => t.http.post('/api/companies/no-such-company/asset-locked-bodies').set(t.auth('secretary')).send(change({ bodies: [TRUST] })), 404, 'NOT_FOUND');
    await t.http.get('/api/companies/no-such-company/asset-locked-bodies').set(t.auth('board')).expect(404);
    // Passed and approved by today, effective today, it is recorded.
    const todays = await passSpecialResolution(t, COMPANY, today, [], { text: 'THAT the articles name Example Community Trust alone (synthetic).' });
    expect((await post(change({ effectiveOn: today, resolutionId: todays, regulatorApprovalOn: today, bodies: [TRUST] })).expect(201)).body.bodies).toEqual([TRUST]);
  });

  it('CI-2: a transfer said to be to a body named in the articles must give the number of one named on its day, else 422 ASSET_LOCKED_BODY_NOT_NAMED saying which they name, and nothing is written', async () => {
    const none = await refused(() => t.http.post(TRANSFERS).set(t.auth('secretary')).send(transfer({ transferredOn: '2024-03-15', recipientRegistrationNumber: '1234567' })), 422, 'ASSET_LOCKED_BODY_NOT_NAMED');
    expect(none.body.details).toMatchObject({ field: 'recipientRegistrationNumber', reason: 'none-named', bodies: [] });
    expect(none.body.message).toContain('on 2024-03-15 the articles name no asset-locked body');
    expect(none.body.message).toContain('needs the CIC Regulator’s consent instead');
    const other = await refused(() => t.http.post(TRANSFERS).set(t.auth('secretary')).send(transfer({ recipientName: 'Example Trust', recipientRegistrationNumber: '7654321' })), 422, 'ASSET_LOCKED_BODY_NOT_NAMED');
    expect(other.body.details).toMatchObject({ reason: 'not-named', bodies: [TRUST, HEALTH] });
    expect(other.body.message).toContain('they name Example Community Trust (No. 1234567) and Example Health CIC (No. SC012345)');
    const missing = await refused(() => t.http.post(TRANSFERS).set(t.auth('secretary')).send(transfer({ recipientName: 'Example Community Trust' })), 422, 'ASSET_LOCKED_BODY_NOT_NAMED');
    expect(missing.body.details).toMatchObject({ reason: 'no-registration-number' });
    // The number matched in its register's form; the name recorded is the articles'.
    const recorded = (await t.http.post(TRANSFERS).set(t.auth('secretary')).send(transfer({ recipientRegistrationNumber: ' sc012345 ' })).expect(201)).body;
    expect(recorded).toMatchObject({ recipientName: 'Example Health CIC', recipientRegistrationNumber: 'SC012345', basis: 'to-named-asset-locked-body', valueBelowFullConsiderationPence: 1_000_000 });
  });

  it('a back-dated change that would leave that transfer to a body the articles no longer name on its day is 409 ASSET_LOCKED_BODY_HAS_TRANSFERS; one dated after it is recorded', async () => {
    const backDated = await refused(() => post(change({ effectiveOn: '2024-05-01', regulatorApprovalOn: '2024-04-01', bodies: [TRUST] })), 409, 'ASSET_LOCKED_BODY_HAS_TRANSFERS');
    expect(backDated.body.details).toMatchObject({ field: 'effectiveOn', transferredOn: '2024-06-30', recipientName: 'Example Health CIC' });
    await post(change({ effectiveOn: '2024-07-01', regulatorApprovalOn: '2024-04-01', bodies: [TRUST] })).expect(201);
    expect((await get('?asAt=2024-06-30').expect(200)).body.bodies).toEqual([TRUST, HEALTH]);
    expect((await get('?asAt=2024-07-01').expect(200)).body.bodies).toEqual([TRUST]);
    const changes = (await get().expect(200)).body.changes as { effectiveOn: string }[];
    expect(changes.map((c) => c.effectiveOn).slice(0, 2)).toEqual(['2024-04-01', '2024-07-01']);
  });

  it('the same Idempotency-Key sent again records once and answers as the first; with another body it is 422 IDEMPOTENCY_KEY_REUSED', async () => {
    const send = (body: object) => t.http.post(PATH).set(t.auth('secretary')).set('Idempotency-Key', 'named-bodies-1').send(body);
    const first = (await send(change({ effectiveOn: '2024-08-01', regulatorApprovalOn: '2024-04-01', bodies: [] })).expect(201)).body;
    const head = await ledgerHead(t);
    const again = (await send(change({ effectiveOn: '2024-08-01', regulatorApprovalOn: '2024-04-01', bodies: [] })).expect(201)).body;
    expect([again, await ledgerHead(t)]).toEqual([first, head]);
    await refused(() => send(change({ effectiveOn: '2024-08-02', regulatorApprovalOn: '2024-04-01', bodies: [] })), 422, 'IDEMPOTENCY_KEY_REUSED');
    expect((await get('?asAt=2024-08-01').expect(200)).body.bodies).toEqual([]);
  });
});
