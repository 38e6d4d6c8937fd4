import { passBoardResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { addDays, todayAndTomorrow } from './support/dates';
import { ledgerHead } from './support/ledger';
import { appointDirector } from './support/officers';
import { refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/** A resignation dated before an entry the same officer has later (a vote, a change of particulars, an identity verification) is refused, nothing written. */
describe.each(databaseKinds())('a back-dated resignation or appointment of an officer with later entries (%s)', (kind) => {
  let t: TestApp;
  const refused = refusedUnchanged(async () => (await ledgerHead(t)).headHash);
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t?.close());

  const appoint = (name: string) => appointDirector(t, name);
  const resign = (officerId: string, resignedOn: string, path = 'officers') => t.http.post(`${C}/${path}/${officerId}/resignation`).set(t.auth('secretary')).send({ resignedOn });

  it('EC-2, MA-2: a resignation dated before a board meeting the director voted at is refused (409 EVENT_PREDATES_DEPENDENCY naming the resolution), by either route', async () => {
    const officerId = await appoint('Dr Vote Later (synthetic)');
    const resolutionId = await passBoardResolution(t, COMPANY, '2026-03-10', []);
    const reference = (await t.http.get(`${C}/resolutions/${resolutionId}`).set(t.auth('board')).expect(200)).body.reference;
    const res = await refused(() => resign(officerId, '2026-03-01'), 409, 'EVENT_PREDATES_DEPENDENCY');
    expect(res.body.details).toEqual({ officerId, officer: 'Dr Vote Later (synthetic)', resignedOn: '2026-03-01', entry: 'vote', lastChangedOn: '2026-03-10', resolutionId, reference });
    expect(res.body.message).toContain(reference);
    expect(res.body.message).toContain('date their leaving office on or after 2026-03-10');
    await refused(() => resign(officerId, '2026-03-09'), 409, 'EVENT_PREDATES_DEPENDENCY');
    await refused(() => resign(officerId, '2026-03-01', 'directors'), 409, 'EVENT_PREDATES_DEPENDENCY');
    await resign(officerId, '2026-03-11').expect(201);
  });

  it('EC-2, MA-2: a director who voted at today\'s board meeting and resigns at its end is recorded today; the vote still counts and the TM01 is due 14 days from today', async () => {
    const { today } = await todayAndTomorrow();
    const officerId = await appoint('Dr Same Day Leaver (synthetic)');
    const resolutionId = await passBoardResolution(t, COMPANY, today, []);
    const before = (await t.http.get(`${C}/resolutions/${resolutionId}`).set(t.auth('board')).expect(200)).body;
    expect(before.votes.map((v: { directorId: string }) => v.directorId)).toContain(officerId);
    const res = await resign(officerId, today).expect(201);
    expect(res.body.resignedOn).toBe(today);
    const after = (await t.http.get(`${C}/resolutions/${resolutionId}`).set(t.auth('board')).expect(200)).body;
    expect(after.outcome).toEqual(before.outcome);
    expect(after.outcome).toMatchObject({ status: 'passed', passedOn: today, tally: { inFavour: before.board.length, against: 0 } });
    expect(after.votes).toEqual(before.votes);
    const duties = (await t.http.get(`${C}/deadlines`).set(t.auth('secretary')).expect(200)).body as { kind: string; reference: string; dueOn: string }[];
    expect(duties.find((d) => d.kind === 'tm01' && d.reference === `${officerId}-resigned-${today}`)).toMatchObject({ dueOn: addDays(today, 14) });
  });

  it('EC-2, MA-2: by the directors route too, a resignation on the day of a meeting the director voted at is taken; that day\'s meeting still counts them, a later day\'s does not (422 DIRECTOR_NOT_ON_BOARD, nothing written)', async () => {
    const officerId = await appoint('Dr Left After Voting (synthetic)');
    const resolutionId = await passBoardResolution(t, COMPANY, '2026-04-20', []);
    await resign(officerId, '2026-04-20', 'directors').expect(201);
    const voted = (await t.http.get(`${C}/resolutions/${resolutionId}`).set(t.auth('board')).expect(200)).body;
    expect(voted.votes.map((v: { directorId: string }) => v.directorId)).toContain(officerId);
    expect(voted.outcome).toMatchObject({ status: 'passed', tally: { inFavour: voted.board.length } });
    // Proposed after the resignation was recorded, a meeting the same day still has them on its board.
    const sameDay = await t.http.post(`${C}/resolutions`).set(t.auth('secretary')).send({ kind: 'board', procedure: 'meeting', meetingOn: '2026-04-20', text: 'THAT the bank mandate be renewed (synthetic).' }).expect(201);
    expect(sameDay.body.board.map((d: { directorId: string }) => d.directorId)).toContain(officerId);
    await t.http.post(`${C}/resolutions/${sameDay.body.resolutionId}/votes`).set(t.auth('secretary')).send({ directorId: officerId, vote: 'for' }).expect(201);
    const later = await t.http.post(`${C}/resolutions`).set(t.auth('secretary')).send({ kind: 'board', procedure: 'meeting', meetingOn: '2026-04-21', text: 'THAT the auditors be thanked (synthetic).' }).expect(201);
    expect(later.body.board.map((d: { directorId: string }) => d.directorId)).not.toContain(officerId);
    const refusal = await refused(() => t.http.post(`${C}/resolutions/${later.body.resolutionId}/votes`).set(t.auth('secretary')).send({ directorId: officerId, vote: 'for' }), 422, 'DIRECTOR_NOT_ON_BOARD');
    expect(refusal.body.message).toContain('they left office on 2026-04-20');
  });

  it('EC-2: a resolution proposed before the resignation, for a meeting on a later day, does not take the vote of the director who left (422 DIRECTOR_NOT_ON_BOARD, nothing written)', async () => {
    const officerId = await appoint('Dr Left Before Meeting (synthetic)');
    const proposed = await t.http.post(`${C}/resolutions`).set(t.auth('secretary')).send({ kind: 'board', procedure: 'meeting', meetingOn: '2026-05-12', text: 'THAT the budget be approved (synthetic).' }).expect(201);
    expect(proposed.body.board.map((d: { directorId: string }) => d.directorId)).toContain(officerId);
    await resign(officerId, '2026-05-11').expect(201);
    const refusal = await refused(() => t.http.post(`${C}/resolutions/${proposed.body.resolutionId}/votes`).set(t.auth('secretary')).send({ directorId: officerId, vote: 'for' }), 422, 'DIRECTOR_NOT_ON_BOARD');
    expect(refusal.body.message).toContain('they left office on 2026-05-11');
  });

  it('EC-2: a resignation dated before the appointment is refused as such (422 RESIGNATION_BEFORE_APPOINTMENT, both dates and the officer named in words), even when the officer has later votes or changes; nothing written', async () => {
    const officerId = await appoint('Dr Resigned Too Early (synthetic)');
    await passBoardResolution(t, COMPANY, '2026-03-12', []);
    await t.http.post(`${C}/officers/${officerId}/particulars`).set(t.auth('secretary')).send({ effectiveOn: '2026-05-02', serviceAddress: '2 Demo Yard' }).expect(201);
    const res = await refused(() => resign(officerId, '2025-12-31'), 422, 'RESIGNATION_BEFORE_APPOINTMENT');
    expect(res.body.message).toBe('the day Dr Resigned Too Early (synthetic) left office is 2025-12-31, before the appointment on 2026-01-05: an officer leaves office, by resignation or removal, on or after the day of appointment');
    expect(res.body.details).toEqual({ officerId, officer: 'Dr Resigned Too Early (synthetic)', appointedOn: '2026-01-05', resignedOn: '2025-12-31' });
    expect(res.body.message).not.toMatch(/resolution|voted|particulars/);
    const viaDirectors = await refused(() => resign(officerId, '2025-12-31', 'directors'), 422, 'RESIGNATION_BEFORE_APPOINTMENT');
    expect(viaDirectors.body.message).toContain('2026-01-05');
    expect(viaDirectors.body.message).not.toMatch(/resolution|voted/);
  });

  it('EC-2, EC-4: a resignation dated before a change of the officer\'s particulars is refused; on the day of the change it is taken', async () => {
    const officerId = await appoint('Dr Change Later (synthetic)');
    await t.http.post(`${C}/officers/${officerId}/particulars`).set(t.auth('secretary')).send({ effectiveOn: '2026-05-01', serviceAddress: '2 Demo Yard' }).expect(201);
    const res = await refused(() => resign(officerId, '2026-04-30'), 409, 'EVENT_PREDATES_DEPENDENCY');
    expect(res.body.details).toEqual({ officerId, officer: 'Dr Change Later (synthetic)', resignedOn: '2026-04-30', entry: 'particulars-changed', lastChangedOn: '2026-05-01' });
    await resign(officerId, '2026-05-01').expect(201);
  });

  it('EC-2, EC-3: a resignation dated before the director\'s identity verification is refused', async () => {
    const officerId = await appoint('Dr Verified Later (synthetic)');
    await t.http.post(`${C}/officers/${officerId}/identity-verification`).set(t.auth('secretary')).send({ verifiedOn: '2026-06-01', route: 'companies-house', personalCode: 'ABC12345DEF' }).expect(201);
    const res = await refused(() => resign(officerId, '2026-05-31'), 409, 'EVENT_PREDATES_DEPENDENCY');
    expect(res.body.details).toEqual({ officerId, officer: 'Dr Verified Later (synthetic)', resignedOn: '2026-05-31', entry: 'identity-verified', lastChangedOn: '2026-06-01' });
    await resign(officerId, '2026-06-01').expect(201);
  });

  it('EC-2: a refusal names the officer in words, never by an id (details keep it): a second resignation by either route, and an officer not known', async () => {
    const officerId = await appoint('Dr Left Once (synthetic)');
    await resign(officerId, '2026-02-01').expect(201);
    const again = await refused(() => resign(officerId, '2026-02-02'), 422, 'OFFICER_NOT_IN_OFFICE');
    expect(again.body.message).toBe('Dr Left Once (synthetic) no longer holds office: they left it on 2026-02-01');
    expect(again.body.details).toEqual({ officerId, officer: 'Dr Left Once (synthetic)', resignedOn: '2026-02-01' });
    const viaDirectors = await refused(() => resign(officerId, '2026-02-02', 'directors'), 422, 'DIRECTOR_NOT_ON_BOARD');
    expect(viaDirectors.body.message).toBe('Dr Left Once (synthetic) holds no office to resign from: they left it on 2026-02-01');
    const unknown = '0b9f4a2e-1111-4000-8000-000000000000';
    for (const path of ['officers', 'directors']) {
      const res = await resign(unknown, '2026-02-02', path);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body.message).not.toContain(unknown);
    }
  });

  it('EC-3: the identity verification warnings speak in words, with no rule codes', async () => {
    await appoint('Dr Unverified Words (synthetic)');
    const warnings = (await t.http.get(`${C}/officers/warnings?asAt=2026-02-01`).set(t.auth('board')).expect(200)).body as { warnings: { name: string; message: string }[] };
    const mine = warnings.warnings.find((w) => w.name === 'Dr Unverified Words (synthetic)')!;
    expect(mine.message).toBe("Dr Unverified Words (synthetic) has acted as a director since 2026-01-05 without a verified identity: Companies House requires every director's identity to be verified");
    for (const w of warnings.warnings) expect(w.message).not.toMatch(/\(EC-\d\)/);
  });

  // Last of the file: the written resolution it circulates refuses appointments dated before it.
  it('EC-2, model articles art. 8: a director appointed with effect on or before the day a written resolution of the directors was circulated is refused (409 EVENT_PREDATES_DEPENDENCY naming it), by either route; the resolution is unchanged; after it, taken', async () => {
    const circulated = await t.http.post(`${C}/resolutions`).set(t.auth('secretary'))
      .send({ kind: 'board', procedure: 'written', circulatedOn: '2026-07-01', text: 'THAT the bank mandate be renewed (synthetic).' }).expect(201);
    const { resolutionId, reference } = circulated.body as { resolutionId: string; reference: string };
    const before = (await t.http.get(`${C}/resolutions/${resolutionId}`).set(t.auth('board')).expect(200)).body;
    const particulars = {
      role: 'director', name: 'Dr Back Dated (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', countryOfResidence: 'United Kingdom', nationality: 'British',
      occupation: 'General practitioner', dateOfBirth: '1971-02-03', residentialAddress: '12 Private Road, London E3 9ZZ',
    };
    const appoint = (appointedOn: string) => t.http.post(`${C}/officers`).set(t.auth('secretary')).send({ ...particulars, appointedOn });
    const res = await refused(() => appoint('2026-06-01'), 409, 'EVENT_PREDATES_DEPENDENCY');
    expect(res.body.details).toEqual({ officer: 'Dr Back Dated (synthetic)', appointedOn: '2026-06-01', entry: 'circulation', lastChangedOn: '2026-07-01', resolutionId, reference });
    expect(res.body.message).toContain(`the written resolution of the directors ${reference} was circulated on 2026-07-01`);
    await refused(() => appoint('2026-07-01'), 409, 'EVENT_PREDATES_DEPENDENCY');
    await refused(() => t.http.post(`${C}/directors`).set(t.auth('secretary')).send({ name: 'Mr Old (synthetic)', serviceAddress: 'x', appointedOn: '2020-01-01' }), 409, 'EVENT_PREDATES_DEPENDENCY');
    // Particulars missing are told first.
    await refused(() => t.http.post(`${C}/officers`).set(t.auth('secretary')).send({ ...particulars, occupation: undefined, appointedOn: '2026-06-01' }), 422, 'PERSONAL_DETAILS_MISSING');
    expect((await t.http.get(`${C}/resolutions/${resolutionId}`).set(t.auth('board')).expect(200)).body).toEqual(before);
    await appoint('2026-07-02').expect(201);
  });
});
