import { writeFileSync } from 'node:fs';
import { addDays, type CalendarDate } from '#domain';
import type { Response } from 'superagent';
import { flat, pageTexts } from '../libs/reports/test/read-pdf';
import { today as serviceToday } from '../apps/api/src/common/today';
import { passSpecialResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { ledgerEntries, ledgerHead } from './support/ledger';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;
type Duty = { kind: string; reference: string; dueOn: string; status: string; doneOn: string | null; formCode: string | null; section: string; rule: string };

/** Officers, identity verification, particulars, PSC and the inspection log after ECCTA (BRIEF §7), over HTTP from a fresh start. */
describe.each(databaseKinds())('officers, particulars, PSC and inspection (%s)', (kind) => {
  let t: TestApp;
  let today: CalendarDate;
  beforeAll(async () => {
    t = await startTestApp(kind, { seedFilings: true });
    today = serviceToday();
  });
  afterAll(() => t?.close());

  const binary = (res: Response, cb: (err: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  };
  const pdfText = async (path: string) => flat((await pageTexts((await t.http.get(path).set(t.auth('board')).buffer(true).parse(binary as never).expect(200)).body)).join(' '));
  const deadlines = async (query: string) => (await t.http.get(`${C}/deadlines?${query}`).set(t.auth('auditor')).expect(200)).body as Duty[];
  const director = {
    role: 'director',
    name: 'Dr Nadia Example (synthetic)',
    serviceAddress: '1 Demo Yard, London E1 0XX',
    countryOfResidence: 'United Kingdom',
    nationality: 'British',
    occupation: 'General practitioner',
    dateOfBirth: '1975-05-14',
    residentialAddress: '12 Private Road, London E3 9ZZ',
  };
  let appointed: { officerId: string; appointedOn: string };

  it('EC-2, EC-3: a director appointment raises an AP01 due 14 days later; it cannot be recorded as filed before the director is verified', async () => {
    const appointedOn = addDays(today, -2);
    const res = await t.http.post(`${C}/officers`).set(t.auth('secretary')).send({ ...director, appointedOn }).expect(201);
    appointed = { officerId: res.body.officerId, appointedOn };
    const ap01 = (await deadlines(`from=${appointedOn}&to=${addDays(today, 30)}&asAt=${today}`)).filter((d) => d.kind === 'ap01');
    expect(ap01).toEqual([
      expect.objectContaining({ reference: `${appointed.officerId}-appointed-${appointedOn}`, dueOn: addDays(appointedOn, 14), status: 'due', formCode: 'AP01', rule: 'EC-2', section: 'CA 2006 s.167' }),
    ]);
    // EC-3: the AP01 states that the director's identity is verified: not before it is (recorded in the next step).
    const head = await ledgerHead(t);
    const early = await t.http.post(`${C}/filings`).set(t.auth('secretary')).send({ kind: 'ap01', reference: ap01[0]!.reference, filedOn: today }).expect(422);
    expect(early.body).toMatchObject({ code: 'IDENTITY_NOT_VERIFIED', details: { officerId: appointed.officerId, appointedOn } });
    expect(await ledgerHead(t)).toEqual(head);
    // The new director is on the board the resolutions count.
    const board = (await t.http.get(`${C}/directors?asAt=${today}`).set(t.auth('board')).expect(200)).body as { directorId: string }[];
    expect(board.map((d) => d.directorId)).toContain(appointed.officerId);
  });

  it('EC-3: an unverified director appointed since 18 November 2025 is a dated warning until identity verification is recorded; then its AP01 is recorded as filed', async () => {
    const before = (await t.http.get(`${C}/officers/warnings`).set(t.auth('board')).expect(200)).body;
    // The seed's synthetic first directors were verified with its synthetic history: only the new director is warned of.
    // EC-2, EC-3: and, until its AP01 is filed, that the appointment is not yet notified.
    expect(before.warnings).toEqual([
      expect.objectContaining({ officerId: appointed.officerId, warning: 'acting-unverified', dueOn: appointed.appointedOn }),
      expect.objectContaining({ officerId: appointed.officerId, warning: 'appointment-not-notified', dueOn: addDays(appointed.appointedOn as CalendarDate, 14) }),
    ]);
    await t.http.post(`${C}/officers/${appointed.officerId}/identity-verification`).set(t.auth('secretary')).send({ verifiedOn: addDays(appointed.appointedOn as CalendarDate, -7), route: 'acsp', personalCode: 'ABC12345DEF' }).expect(201); // EC-3: verified before the appointment
    const after = (await t.http.get(`${C}/officers/warnings`).set(t.auth('board')).expect(200)).body;
    expect(after.warnings.filter((w: { officerId: string }) => w.officerId === appointed.officerId).map((w: { warning: string }) => w.warning)).toEqual(['appointment-not-notified']);
    // EC-2: now verified, the AP01 is recorded as filed and its duty is done.
    const reference = `${appointed.officerId}-appointed-${appointed.appointedOn}`;
    await t.http.post(`${C}/filings`).set(t.auth('secretary')).send({ kind: 'ap01', reference, filedOn: today }).expect(201);
    const notified = (await t.http.get(`${C}/officers/warnings`).set(t.auth('board')).expect(200)).body;
    expect(notified.warnings.map((w: { officerId: string }) => w.officerId)).not.toContain(appointed.officerId);
    const ap01 = (await deadlines(`from=${appointed.appointedOn}&to=${addDays(today, 30)}&asAt=${today}`)).find((d) => d.kind === 'ap01')!;
    expect(ap01).toMatchObject({ status: 'done', doneOn: today });
  });

  it('EC-4: the board sees the month and year of birth only; the secretary sees the residential address, date of birth and personal code; the ledger holds none of them', async () => {
    const find = (body: { officerId: string }[]) => body.find((o) => o.officerId === appointed.officerId) as Record<string, unknown>;
    const board = find((await t.http.get(`${C}/officers`).set(t.auth('board')).expect(200)).body);
    expect(board).toMatchObject({ monthAndYearOfBirth: '1975-05', personalData: false, identityVerification: { verifiedOn: addDays(appointed.appointedOn as CalendarDate, -7), route: 'acsp' } });
    expect(board).not.toHaveProperty('dateOfBirth');
    expect(board).not.toHaveProperty('residentialAddress');
    expect(board).not.toHaveProperty('personalCode');
    const auditor = find((await t.http.get(`${C}/officers`).set(t.auth('auditor')).expect(200)).body);
    expect(auditor).not.toHaveProperty('residentialAddress');
    const secretary = find((await t.http.get(`${C}/officers`).set(t.auth('secretary')).expect(200)).body);
    expect(secretary).toMatchObject({ dateOfBirth: '1975-05-14', residentialAddress: director.residentialAddress, personalCode: 'ABC12345DEF', personalData: true });
    const ledger = JSON.stringify(await ledgerEntries(t));
    expect(ledger).toContain(director.name);
    for (const secret of ['1975-05-14', director.residentialAddress, 'ABC12345DEF']) expect(ledger).not.toContain(secret);
  });

  it('EC-4: the answer to a resignation gives the secretary the protected details, as the list does; the code only once verified', async () => {
    const leaving = { ...director, name: 'Dr Leaving Example (synthetic)', dateOfBirth: '1970-02-03', residentialAddress: '9 Private Road, London E3 9ZZ' };
    const officerId = (await t.http.post(`${C}/officers`).set(t.auth('secretary')).send({ ...leaving, appointedOn: addDays(today, -3) }).expect(201)).body.officerId as string;
    const answer = (await t.http.post(`${C}/officers/${officerId}/resignation`).set(t.auth('secretary')).send({ resignedOn: today }).expect(201)).body;
    expect(answer).toMatchObject({ officerId, resignedOn: today, personalData: true, dateOfBirth: '1970-02-03', residentialAddress: leaving.residentialAddress, personalCode: null });
    const listed = ((await t.http.get(`${C}/officers`).set(t.auth('secretary')).expect(200)).body as { officerId: string }[]).find((o) => o.officerId === officerId);
    expect(answer).toEqual(listed);
  });

  it('EC-2: a change of particulars raises a CH01; a director missing particulars is refused and nothing is written', async () => {
    await t.http.post(`${C}/officers/${appointed.officerId}/particulars`).set(t.auth('secretary')).send({ effectiveOn: today, residentialAddress: '14 Private Road, London E3 9ZZ' }).expect(201);
    const ch01 = (await deadlines(`from=${today}&to=${addDays(today, 30)}&asAt=${today}`)).find((d) => d.kind === 'ch01')!;
    expect(ch01).toMatchObject({ reference: `${appointed.officerId}-particulars-changed-${today}`, dueOn: addDays(today, 14), formCode: 'CH01' });
    const count = (await ledgerEntries(t)).length;
    const missing = await t.http.post(`${C}/officers`).set(t.auth('secretary')).send({ role: 'director', name: 'X', serviceAddress: 'Y', appointedOn: today });
    expect({ status: missing.status, code: missing.body.code }).toEqual({ status: 422, code: 'PERSONAL_DETAILS_MISSING' });
    // s.157: a director under 16 on the day of appointment (or born after it) is refused, and so is such a change.
    const young = await t.http.post(`${C}/officers`).set(t.auth('secretary')).send({ ...director, dateOfBirth: '2030-01-01', appointedOn: today });
    expect({ status: young.status, code: young.body.code }).toEqual({ status: 422, code: 'DIRECTOR_UNDER_MINIMUM_AGE' });
    const changed = await t.http.post(`${C}/officers/${appointed.officerId}/particulars`).set(t.auth('secretary')).send({ effectiveOn: today, dateOfBirth: addDays(today, 1) });
    expect({ status: changed.status, code: changed.body.code }).toEqual({ status: 422, code: 'DIRECTOR_UNDER_MINIMUM_AGE' });
    expect((await ledgerEntries(t)).length).toBe(count);
  });

  it('an officer, a board director, a PSC statement, a change of the company\'s particulars or an inspection request dated before incorporation, or a director dated after today, is refused (422) and nothing is written', async () => {
    const count = (await ledgerEntries(t)).length;
    const before = '2014-08-31'; // the day before the company was incorporated
    const refusals = [
      await t.http.post(`${C}/officers`).set(t.auth('secretary')).send({ ...director, appointedOn: before }),
      await t.http.post(`${C}/directors`).set(t.auth('secretary')).send({ name: 'Dr Early (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', appointedOn: '1800-01-01' }),
      await t.http.post(`${C}/psc/statements`).set(t.auth('secretary')).send({ madeOn: before }),
      await t.http.post(`${C}/particulars`).set(t.auth('secretary')).send({ effectiveOn: before, registeredOffice: '2 Demo Yard, London E1 0XX' }),
      await t.http.post(`${C}/inspection-requests`).set(t.auth('secretary')).send({ requesterName: 'A Requester', requesterAddress: '1 Road, London E1', kind: 'inspect', member: true, receivedOn: before }),
    ];
    expect(refusals.map((r) => [r.status, r.body.code])).toEqual(refusals.map(() => [422, 'EVENT_BEFORE_INCORPORATION']));
    const future = await t.http.post(`${C}/directors`).set(t.auth('secretary')).send({ name: 'Dr Late (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', appointedOn: addDays(today, 1) });
    expect([future.status, future.body.code]).toEqual([422, 'DATED_AFTER_RECORDING']);
    expect((await ledgerEntries(t)).length).toBe(count);
  });

  it('EC-2: a change of the company\'s particulars sent twice is recorded once: the second changes nothing and is refused (422 PARTICULARS_UNCHANGED)', async () => {
    const change = { effectiveOn: today, registeredOffice: '9 Changed Yard, London E1 0XX' };
    await t.http.post(`${C}/particulars`).set(t.auth('secretary')).send(change).expect(201);
    const count = (await ledgerEntries(t)).length;
    const again = await t.http.post(`${C}/particulars`).set(t.auth('secretary')).send(change);
    expect([again.status, again.body.code]).toEqual([422, 'PARTICULARS_UNCHANGED']);
    expect((await ledgerEntries(t)).length).toBe(count);
    // A change that gives one new particular beside the unchanged one is a change.
    await t.http.post(`${C}/particulars`).set(t.auth('secretary')).send({ ...change, registeredEmailAddress: 'secretary@example.org' }).expect(201);
  });

  it("EC-2, EC-4: a change of an officer's particulars sent twice is recorded once: the second changes nothing and is refused (422 OFFICER_PARTICULARS_UNCHANGED), with no second CH01", async () => {
    const url = `${C}/officers/${appointed.officerId}/particulars`;
    const change = { effectiveOn: today, serviceAddress: '3 Sent Twice Road, London E1 1AA', residentialAddress: '15 Private Road, London E3 9ZZ' };
    await t.http.post(url).set(t.auth('secretary')).send(change).expect(201);
    const count = (await ledgerEntries(t)).length;
    const ch01s = async () => (await deadlines(`from=${today}&to=${addDays(today, 30)}&asAt=${today}`)).filter((d) => d.kind === 'ch01').length;
    const duties = await ch01s();
    for (const again of [change, { effectiveOn: today, serviceAddress: change.serviceAddress }, { effectiveOn: today, residentialAddress: change.residentialAddress }]) {
      const refused = await t.http.post(url).set(t.auth('secretary')).send(again);
      expect([refused.status, refused.body.code, refused.body.details]).toEqual([422, 'OFFICER_PARTICULARS_UNCHANGED', { officerId: appointed.officerId }]);
    }
    expect((await ledgerEntries(t)).length).toBe(count);
    expect(await ch01s()).toBe(duties);
    // One particular that differs beside the unchanged ones is a change; so is a new residential address alone.
    await t.http.post(url).set(t.auth('secretary')).send({ ...change, occupation: 'General practitioner and partner' }).expect(201);
    await t.http.post(url).set(t.auth('secretary')).send({ effectiveOn: today, residentialAddress: '16 Private Road, London E3 9ZZ' }).expect(201);
  });

  it("EC-4, s.163(1)(b): a director's new name keeps the name it replaces as a former name, in the register of directors", async () => {
    const url = `${C}/officers/${appointed.officerId}/particulars`;
    const officer = async () => ((await t.http.get(`${C}/officers`).set(t.auth('board')).expect(200)).body as { officerId: string; name: string; formerNames: string[] }[]).find((o) => o.officerId === appointed.officerId)!;
    const before = await officer();
    await t.http.post(url).set(t.auth('secretary')).send({ effectiveOn: today, name: 'Dr Łukasz Wójcik-Nowak (synthetic)' }).expect(201);
    expect(await officer()).toMatchObject({ name: 'Dr Łukasz Wójcik-Nowak (synthetic)', formerNames: [...before.formerNames, before.name] });
  });

  it('s.277: a secretary\'s appointment takes no date of birth, nationality, country of residence or occupation: given, they are refused (400 naming each) and nothing is written', async () => {
    const count = (await ledgerEntries(t)).length;
    const secretary = { role: 'secretary', name: 'Ms Sam Secretary (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', appointedOn: today };
    const refused = await t.http.post(`${C}/officers`).set(t.auth('secretary')).send({ ...secretary, dateOfBirth: '1980-02-03', occupation: 'Company secretary' });
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(refused.body.details.map((d: { field: string }) => d.field)).toEqual(['dateOfBirth', 'occupation']);
    expect(refused.body.details[0].problems[0]).toContain('takes no date of birth (s.277');
    expect((await ledgerEntries(t)).length).toBe(count);
    const appointed = await t.http.post(`${C}/officers`).set(t.auth('secretary')).send(secretary).expect(201);
    expect(appointed.body).toMatchObject({ role: 'secretary', name: secretary.name });
    // Nor does a change of a secretary's particulars (CH03) take them.
    const entries = (await ledgerEntries(t)).length;
    const change = await t.http.post(`${C}/officers/${appointed.body.officerId}/particulars`).set(t.auth('secretary')).send({ effectiveOn: today, nationality: 'British' });
    expect({ status: change.status, code: change.body.code, field: change.body.details?.[0]?.field }).toEqual({ status: 400, code: 'VALIDATION_FAILED', field: 'nationality' });
    expect((await ledgerEntries(t)).length).toBe(entries);
  });

  it('EC-1: as at a day before 18 November 2025 the PDF is the register of directors; after it, the record of officers and their notifications', async () => {
    const before = await pdfText(`${C}/reports/officers.pdf?asAt=2024-06-30`);
    expect(before).toContain('Register of directors and register of secretaries');
    expect(before).toContain('Demo Director 1 (synthetic)');
    expect(before).not.toContain(director.name);
    const res = await t.http.get(`${C}/reports/officers.pdf?asAt=${today}`).set(t.auth('board')).buffer(true).parse(binary as never).expect(200);
    if (process.env.OFFICERS_PDF_OUT) writeFileSync(process.env.OFFICERS_PDF_OUT, res.body);
    const after = flat((await pageTexts(res.body)).join(' '));
    expect(after).toContain('Record of officers');
    expect(after).toContain('not a statutory register');
    expect(after).toContain(director.name);
    expect(after).toContain('May 1975');
    expect(after).toContain('AP01');
    expect(after).not.toContain('14 May 1975');
    expect(after).not.toContain('Private Road');
  });

  it('FC-5, s.87: a change of particulars sets the company number every PDF prints from its effective date; the new office waits for its AD01, which has no deadline, and is printed from the day it is filed', async () => {
    const yesterday = addDays(today, -1);
    expect(await pdfText(`${C}/reports/register-of-members.pdf?asAt=${yesterday}`)).toContain('Company number not yet known');
    const officeBefore = (await t.http.get(`${C}/particulars?asAt=${yesterday}`).set(t.auth('board')).expect(200)).body.registeredOffice as string;
    const recorded = await t.http.post(`${C}/particulars`).set(t.auth('secretary')).send({ effectiveOn: today, companyNumber: '09191234', registeredOffice: '2 New Yard, London E1 1AA', sicCodes: ['86210'] }).expect(201);
    expect(recorded.body.inForce).toMatchObject({ companyNumber: '09191234', registeredOffice: officeBefore });
    expect(recorded.body.pending).toEqual(expect.arrayContaining([{ decidedOn: today, formCode: 'AD01', reference: `ad01-${today}`, registeredOffice: '2 New Yard, London E1 1AA' }]));
    const decided = await pdfText(`${C}/reports/register-of-members.pdf?asAt=${today}`);
    expect(decided).toContain('Company number 09191234');
    expect(decided).toContain(`Registered office: ${officeBefore}`);
    const ad01 = (await deadlines(`from=${today}&to=${today}&asAt=${today}`)).find((d) => d.kind === 'ad01');
    expect(ad01).toMatchObject({ reference: `ad01-${today}`, formCode: 'AD01', dueOn: today, status: 'due', noDeadline: true });
    // s.87: the change takes effect when Companies House registers the AD01, which has no deadline: never overdue, however long it waits.
    const later = (await deadlines(`asAt=${addDays(today, 400)}`)).find((d) => d.reference === `ad01-${today}`);
    expect(later).toMatchObject({ status: 'due', late: false, noDeadline: true });
    await t.http.post(`${C}/filings`).set(t.auth('secretary')).send({ kind: 'ad01', reference: `ad01-${today}`, filedOn: today }).expect(201);
    const now = await pdfText(`${C}/reports/register-of-members.pdf?asAt=${today}`);
    expect(now).toContain('Registered office: 2 New Yard, London E1 1AA');
    expect(await pdfText(`${C}/reports/register-of-members.pdf?asAt=${yesterday}`)).toContain('Company number not yet known');
    const read = (await t.http.get(`${C}/particulars?asAt=${today}`).set(t.auth('board')).expect(200)).body;
    expect(read).toMatchObject({ companyNumber: '09191234', sicCodes: ['86210'], registeredOffice: '2 New Yard, London E1 1AA', pending: [] });
    // s.87(2): documents may still be served at the old office for the 14 days beginning with the move.
    expect(read.previousRegisteredOffice).toEqual({ address: officeBefore, replacedOn: today, servableUntil: addDays(today, 13) });
    expect((await t.http.get(`${C}/particulars?asAt=${addDays(today, 14)}`).set(t.auth('board')).expect(200)).body.previousRegisteredOffice).toBeNull();
    const again = await t.http.post(`${C}/particulars`).set(t.auth('secretary')).send({ effectiveOn: today, companyNumber: '09190000' });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'COMPANY_NUMBER_ALREADY_SET' });
  });

  it('FC-5, s.87(2): after moves within 14 days every office replaced is still servable, newest first, each for its own 14 days', async () => {
    const particulars = async (on: CalendarDate) => (await t.http.get(`${C}/particulars?asAt=${on}`).set(t.auth('board')).expect(200)).body;
    const first = (await particulars(addDays(today, -11))).registeredOffice as string;
    const latest = (await particulars(addDays(today, -1))).registeredOffice as string;
    // Two back-dated moves, the later one recorded first.
    await t.http.post(`${C}/particulars`).set(t.auth('secretary')).send({ effectiveOn: addDays(today, -4), registeredOffice: '4 Interim Yard, London E1 4BB' }).expect(201);
    await t.http.post(`${C}/particulars`).set(t.auth('secretary')).send({ effectiveOn: addDays(today, -10), registeredOffice: '3 Interim Yard, London E1 3BB' }).expect(201);
    // FC-5, s.87(1): each in force from the day its AD01 was filed, here the day decided.
    for (const day of [addDays(today, -4), addDays(today, -10)]) {
      await t.http.post(`${C}/filings`).set(t.auth('secretary')).send({ kind: 'ad01', reference: `ad01-${day}`, filedOn: day }).expect(201);
    }
    const moves = [
      { address: '4 Interim Yard, London E1 4BB', replacedOn: today, servableUntil: addDays(today, 13) },
      { address: '3 Interim Yard, London E1 3BB', replacedOn: addDays(today, -4), servableUntil: addDays(today, 9) },
      { address: first, replacedOn: addDays(today, -10), servableUntil: addDays(today, 3) },
    ];
    expect(latest).toBe(first);
    const now = await particulars(today);
    expect(now.previousRegisteredOffices).toEqual(moves);
    expect(now.previousRegisteredOffice).toEqual(moves[0]);
    expect((await particulars(addDays(today, 4))).previousRegisteredOffices).toEqual(moves.slice(0, 2));
    expect((await particulars(addDays(today, 10))).previousRegisteredOffices).toEqual(moves.slice(0, 1));
    expect(await particulars(addDays(today, 14))).toMatchObject({ previousRegisteredOffices: [], previousRegisteredOffice: null });
  });

  it('FC-5: the dated changes of particulars are listed in the order they apply, by effective date and then in the order recorded', async () => {
    const changes = (await t.http.get(`${C}/particulars?asAt=${today}`).set(t.auth('board')).expect(200)).body.changes as { effectiveOn: string; registeredOffice?: string }[];
    expect(changes.map((c) => c.effectiveOn)).toEqual(changes.map((c) => c.effectiveOn).sort());
    // The two back-dated moves above were recorded later-dated first, after the moves of today.
    const offices = ['3 Interim Yard, London E1 3BB', '4 Interim Yard, London E1 4BB', '9 Changed Yard, London E1 0XX', '2 New Yard, London E1 1AA'];
    expect([...new Set(changes.map((c) => c.registeredOffice).filter((o) => o !== undefined && offices.includes(o)))]).toEqual(offices);
  });

  it('IN-3: the five-working-day deadline skips the August bank holiday; IN-2: an invalid request starts no clock; IN-4 and IN-6 on each', async () => {
    // Thursday 27 August 2026: Friday 28, then Monday 31 is the summer bank holiday, then 1, 2, 3 and 4 September (3 September without the holiday).
    const valid = await t.http
      .post(`${C}/inspection-requests`)
      .set(t.auth('secretary'))
      .send({ receivedOn: '2026-08-27', kind: 'copy', requesterName: 'A. Researcher', requesterAddress: '5 Archive Lane, Leeds LS1 1AA', purpose: 'study of GP federations', onwardRecipients: [] })
      .expect(201);
    expect(valid.body).toMatchObject({ valid: true, deadline: '2026-09-04', workingDays: 5, fee: { pence: 3500 } });
    expect(valid.body.s120Statement).toMatchObject({ lastAlteredOn: '2014-09-01', alterationsPending: false });
    const invalid = await t.http.post(`${C}/inspection-requests`).set(t.auth('secretary')).send({ receivedOn: '2026-08-27', kind: 'inspect', requesterName: 'Someone' }).expect(201);
    expect(invalid.body).toMatchObject({ valid: false, deadline: null, fee: { pence: 350 } });
    expect(invalid.body.problems.join(' ')).toContain('s.116(4)(c)');
    await t.http.post(`${C}/inspection-requests/${valid.body.requestId}/answer`).set(t.auth('secretary')).send({ answeredOn: '2026-09-02', answer: 'complied' }).expect(201);
    const log = (await t.http.get(`${C}/inspection-requests?asAt=${today}`).set(t.auth('board')).expect(200)).body as { requestId: string; status: string }[];
    expect(log.find((r) => r.requestId === valid.body.requestId)!.status).toBe('answered');
    const wrong = await t.http.post(`${C}/inspection-requests/${valid.body.requestId}/answer`).set(t.auth('secretary')).send({ answeredOn: '2026-09-03', answer: 'complied' });
    expect({ status: wrong.status, code: wrong.body.code }).toEqual({ status: 409, code: 'INSPECTION_REQUEST_ALREADY_ANSWERED' });
  });

  it('EC-5: 37 equal holdings: the "no registrable person" statement, kept from the day of incorporation, no warning and no PSC duty', async () => {
    const psc = (await t.http.get(`${C}/psc`).set(t.auth('board')).expect(200)).body;
    expect(psc).toMatchObject({ statement: 'no-registrable-person', persons: [], issuedShares: 37, warnings: [] });
    expect(psc.statements).toEqual([expect.objectContaining({ from: '2014-09-01', statement: 'no-registrable-person' })]);
    expect(psc.text).toContain('no registrable person');
    expect((await deadlines(`from=2014-09-01&to=${addDays(today, 30)}&asAt=${today}`)).filter((d) => d.kind.startsWith('psc'))).toEqual([]);
  });

  it('EC-5, EC-2: issued shares falling to three: each holder has more than 25%, a warning, a new dated statement; the PSC01 falls due 14 days after the statement naming them is recorded', async () => {
    const on = addDays(today, -1);
    const cancelled = Array.from({ length: 34 }, (_, i) => i + 4);
    // SR-1: the surrenders reduce capital: a special resolution passed the day before, and the solvency statement made before it.
    const resolution = await passSpecialResolution(t, COMPANY, addDays(on, -1), cancelled.map((shareNumber) => ({ action: 'cancellation' as const, shareNumber })));
    for (const shareNumber of cancelled) {
      await t.http.post(`${C}/share-cancellations`).set(t.auth('secretary')).send({ shareNumber, reason: 'surrender', effectiveOn: on, authorisedBy: resolution, solvencyStatementOn: addDays(on, -2) }).expect(201);
    }
    const psc = (await t.http.get(`${C}/psc`).set(t.auth('board')).expect(200)).body;
    expect(psc).toMatchObject({ statement: 'registrable-persons', issuedShares: 3 });
    expect(psc.persons.map((p: { sharesPercent: number }) => p.sharesPercent)).toEqual([33.33, 33.33, 33.33]);
    expect(psc.warnings[0]).toContain('only 3 shares');
    expect(psc.statements.map((s: { from: string; statement: string }) => [s.from, s.statement])).toEqual([['2014-09-01', 'no-registrable-person'], [on, 'registrable-persons']]);
    const psc01 = async () => (await deadlines(`from=${on}&to=${addDays(today, 30)}&asAt=${today}`)).find((d) => d.kind === 'psc01');
    expect(await psc01()).toBeUndefined();
    await t.http.post(`${C}/psc/statements`).set(t.auth('secretary')).send({ madeOn: today }).expect(201);
    expect(await psc01()).toMatchObject({ reference: `psc-${on}`, dueOn: addDays(today, 14), formCode: 'PSC01', status: 'due', rule: 'EC-5' });
  });

  it('roles: the board cannot appoint, change particulars or log a request', async () => {
    await t.http.post(`${C}/officers`).set(t.auth('board')).send({ ...director, appointedOn: today }).expect(403);
    await t.http.post(`${C}/particulars`).set(t.auth('board')).send({ effectiveOn: today, sicCodes: ['86210'] }).expect(403);
    await t.http.post(`${C}/inspection-requests`).set(t.auth('auditor')).send({ receivedOn: today, kind: 'copy', requesterName: 'X' }).expect(403);
  });
});
