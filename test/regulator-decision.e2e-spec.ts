/**
 * CI-6 (CIC Regulator guidance ch.5 §5.4; CA 2006 s.21, s.26, s.30): a change of the company's objects is
 * a special resolution pending, once passed, until the CIC Regulator decides; the articles as amended are
 * owed only from the approval. Over HTTP, on each database.
 */
import { passSpecialResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { todayUk, addDays } from './support/dates';
import { ledgerEntries, ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
const TEXT = "THAT the company's objects be changed to those set out in the annex, subject to the CIC Regulator's approval.";

interface Duty { kind: string; reference: string; dueOn: string; status: string; rule: string; section: string }

describe.each(databaseKinds())('CI-6: a change of the objects pending the CIC Regulator (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t?.close());

  const secretary = () => t.auth('secretary');
  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(secretary()).send(body);
  const decide = (resolutionId: string, body: object) => post(`resolutions/${resolutionId}/regulator-decision`, body);
  const refused = refusedUnchanged(() => ledgerHead(t));
  const resolution = async (id: string, asAt?: string) => (await t.http.get(`${C}/resolutions/${id}${asAt ? `?asAt=${asAt}` : ''}`).set(t.auth('board')).expect(200)).body;
  /** The resolution's own duties in the calendar as at `asAt`: [kind, dueOn, status]. */
  const dutiesOf = async (reference: string, asAt: string) =>
    ((await t.http.get(`${C}/deadlines?from=2021-01-01&to=2022-12-31&asAt=${asAt}`).set(t.auth('board')).expect(200)).body as Duty[])
      .filter((d) => d.reference === reference)
      .map((d) => [d.kind, d.dueOn, d.status]);

  it('CI-6, s.21(1): an ordinary resolution changing the objects is refused, in writing and as a meeting\'s item; nothing is recorded', async () => {
    const body = { kind: 'members', type: 'ordinary', matter: 'change-of-objects', text: TEXT };
    const written = await refused(() => post('resolutions', { ...body, procedure: 'written', circulatedOn: '2021-06-01' }), 422, 'ARTICLES_NEED_SPECIAL_RESOLUTION');
    expect(written.body.details).toEqual({ matter: 'change-of-objects', type: 'ordinary', field: 'type' });
    expect(written.body.message).toContain('objects');
    const items = [{ type: 'ordinary', text: 'THAT the accounts be received.' }, { type: 'ordinary', matter: 'change-of-objects', text: TEXT }];
    const meeting = await refused(() => post('meetings', { kind: 'general', noticeGivenOn: '2021-06-01', heldOn: '2021-06-20', items }), 422, 'ARTICLES_NEED_SPECIAL_RESOLUTION');
    expect(meeting.body.details).toMatchObject({ matter: 'change-of-objects', field: 'items.1.type' });
  });

  it('CI-6, s.26, s.30: passed, it awaits the Regulator with its copy owed and no s.26 duty; approval owes the articles 15 days after it; a second decision is refused and writes nothing', async () => {
    const id = await passSpecialResolution(t, COMPANY, '2021-07-01', [], { text: TEXT, matter: 'change-of-objects' });
    expect(await resolution(id)).toMatchObject({ matter: 'change-of-objects', outcome: { status: 'passed', passedOn: '2021-07-01' }, regulator: { status: 'awaiting-regulator', decidedOn: null } });
    // Circulated and passed on one day: the day before there was no resolution to read, nor anything before the Regulator.
    expect((await t.http.get(`${C}/resolutions/${id}?asAt=2021-06-30`).set(t.auth('board'))).status).toBe(400);
    expect(await dutiesOf(id, '2021-08-31')).toEqual([['resolution-filing', '2021-07-16', 'overdue']]);

    const approved = await decide(id, { decidedOn: '2021-08-02', outcome: 'approved', note: 'Regulator reference CIC/OBJ/0042' }).expect(201);
    expect(approved.body).toEqual({ resolutionId: id, reference: expect.any(String), regulator: { status: 'approved', decidedOn: '2021-08-02', note: 'Regulator reference CIC/OBJ/0042' } });
    const [entry] = (await ledgerEntries(t)).slice(-1);
    expect(entry).toMatchObject({ kind: 'resolution.regulator-decision', effectiveOn: '2021-08-02', payload: { resolutionId: id, outcome: 'approved', note: 'Regulator reference CIC/OBJ/0042' } });

    expect((await resolution(id)).regulator).toEqual({ status: 'approved', decidedOn: '2021-08-02', note: 'Regulator reference CIC/OBJ/0042' });
    expect((await resolution(id, '2021-08-01')).regulator).toEqual({ status: 'awaiting-regulator', decidedOn: null });
    expect(await dutiesOf(id, '2021-08-01')).toEqual([['resolution-filing', '2021-07-16', 'overdue']]);
    expect(await dutiesOf(id, '2021-08-10')).toEqual([['resolution-filing', '2021-07-16', 'overdue'], ['articles-filing', '2021-08-17', 'due']]);
    await post('filings', { kind: 'articles-filing', reference: id, filedOn: '2021-08-16' }).expect(201);
    expect(await dutiesOf(id, '2021-08-31')).toContainEqual(['articles-filing', '2021-08-17', 'done']);

    const again = await refused(() => decide(id, { decidedOn: '2021-08-20', outcome: 'refused' }), 409, 'REGULATOR_ALREADY_DECIDED');
    expect(again.body.details).toMatchObject({ resolutionId: id, decidedOn: '2021-08-02', outcome: 'approved' });
  });

  it('CI-6: refused, the articles are unchanged: no s.26 duty, the copy of the resolution still owed', async () => {
    const id = await passSpecialResolution(t, COMPANY, '2021-09-01', [], { text: TEXT, matter: 'change-of-objects' });
    expect((await decide(id, { decidedOn: '2021-09-20', outcome: 'refused' }).expect(201)).body.regulator).toEqual({ status: 'refused', decidedOn: '2021-09-20' });
    expect((await resolution(id)).regulator).toEqual({ status: 'refused', decidedOn: '2021-09-20' });
    expect(await dutiesOf(id, '2022-06-30')).toEqual([['resolution-filing', '2021-09-16', 'overdue']]);
    await refused(() => post('filings', { kind: 'articles-filing', reference: id, filedOn: '2021-10-01' }), 422, 'DUTY_UNKNOWN');
  });

  it('CI-6: a decision not awaited, dated before the resolution passed or after today is refused (422), an unknown resolution is 404; nothing is written', async () => {
    const id = await passSpecialResolution(t, COMPANY, '2021-10-01', [], { text: TEXT, matter: 'change-of-objects' });
    const early = await refused(() => decide(id, { decidedOn: '2021-09-30', outcome: 'approved' }), 422, 'REGULATOR_DECISION_BEFORE_PASSING');
    expect(early.body.details).toMatchObject({ field: 'decidedOn', passedOn: '2021-10-01' });
    const ahead = await refused(() => decide(id, { decidedOn: addDays(todayUk(), 1), outcome: 'approved' }), 422, 'DATED_AFTER_RECORDING');
    expect(ahead.body.details).toMatchObject({ field: 'decidedOn' });
    const other = await passSpecialResolution(t, COMPANY, '2021-10-02', [], { text: 'THAT the articles be amended as annexed.', matter: 'amendment-of-articles' });
    const notObjects = await refused(() => decide(other, { decidedOn: '2021-10-05', outcome: 'approved' }), 422, 'NOT_AWAITING_REGULATOR');
    expect(notObjects.body.details).toMatchObject({ reason: 'not-change-of-objects' });
    const open = (await post('resolutions', { kind: 'members', type: 'special', matter: 'change-of-objects', procedure: 'written', circulatedOn: '2021-10-03', text: TEXT }).expect(201)).body.resolutionId;
    expect((await refused(() => decide(open, { decidedOn: '2021-10-05', outcome: 'approved' }), 422, 'NOT_AWAITING_REGULATOR')).body.details).toMatchObject({ reason: 'lapsed' });
    const unknown = await refused(() => decide('no-such-resolution', { decidedOn: '2021-10-05', outcome: 'approved' }), 404, 'NOT_FOUND');
    expect(unknown.body.details).toEqual({ resolutionId: 'no-such-resolution' });
    expect((await resolution(id)).regulator).toEqual({ status: 'awaiting-regulator', decidedOn: null });
  });

  it('CI-6: bad input is 400 naming the field, and only the secretary records a decision; nothing is written', async () => {
    const id = await passSpecialResolution(t, COMPANY, '2021-11-01', [], { text: TEXT, matter: 'change-of-objects' });
    await refused(() => decide(id, { decidedOn: '2021-11-31', outcome: 'approved' }), 400, 'VALIDATION_FAILED', 'decidedOn');
    await refused(() => decide(id, { outcome: 'approved' }), 400, 'VALIDATION_FAILED', 'decidedOn');
    await refused(() => decide(id, { decidedOn: '2021-11-05', outcome: 'deferred' }), 400, 'VALIDATION_FAILED', 'outcome');
    await refused(() => decide(id, { decidedOn: '2021-11-05', outcome: 'approved', note: '   ' }), 400, 'VALIDATION_FAILED', 'note');
    await refused(() => decide(id, { decidedOn: '2021-11-05', outcome: 'approved', reference: 'X' }), 400, 'VALIDATION_FAILED', 'reference');
    await refused(() => t.http.post(`${C}/resolutions/${id}/regulator-decision`).set(t.auth('board')).send({ decidedOn: '2021-11-05', outcome: 'approved' }), 403, 'FORBIDDEN');
    expect((await resolution(id)).regulator).toEqual({ status: 'awaiting-regulator', decidedOn: null });
  });

  it('CI-6: the decision sent twice with one Idempotency-Key is one decision, the second answered as the first; another body under the key is 422', async () => {
    const id = await passSpecialResolution(t, COMPANY, '2021-12-01', [], { text: TEXT, matter: 'change-of-objects' });
    const send = (body: object) => t.http.post(`${C}/resolutions/${id}/regulator-decision`).set(secretary()).set('Idempotency-Key', `decision-${id}`).send(body);
    const body = { decidedOn: '2021-12-10', outcome: 'approved' };
    const first = await send(body).expect(201);
    const head = await ledgerHead(t);
    expect((await send(body).expect(201)).body).toEqual(first.body);
    expect(await ledgerHead(t)).toEqual(head);
    await refused(() => send({ ...body, outcome: 'refused' }), 422, 'IDEMPOTENCY_KEY_REUSED');
    // Without the key, a second decision is the domain's refusal: the Regulator decides once.
    await refused(() => decide(id, body), 409, 'REGULATOR_ALREADY_DECIDED');
  });
});
