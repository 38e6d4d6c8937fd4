import { passBoardResolution, passSpecialResolution } from './support/authority';
import { databaseKinds } from './support/databases';
import { todayAndTomorrow } from './support/dates';
import { ledgerEntries, ledgerHead } from './support/ledger';
import { refusedUnchanged } from './support/refusals';
import { holdersByShare } from './support/register';
import { verifyDirectorsInOffice } from './support/officers';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

type Director = { directorId: string; name: string; appointedOn: string; resignedOn: string | null };
type Duty = { kind: string; reference: string; dueOn: string; status: string; doneOn: string | null; late: boolean; rule: string };

/**
 * The register of directors, the compliance calendar and filings over HTTP. One app per database;
 * the tests run in order: directors change in 2019–2020, shares move in 2023.
 */
describe.each(databaseKinds())('directors, deadlines and filings over HTTP (%s)', (kind) => {
  let t: TestApp;
  /** The number of ledger entries before any test here wrote one. */
  let startingEntries: number;
  beforeAll(async () => {
    t = await startTestApp(kind);
    startingEntries = (await ledgerHead(t)).events;
  });
  afterAll(() => t.close());

  const secretary = () => t.auth('secretary');
  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(secretary()).send(body);
  const directors = async (query = '') => (await t.http.get(`${C}/directors${query}`).set(t.auth('board')).expect(200)).body as Director[];
  const deadlines = async (query: string) => (await t.http.get(`${C}/deadlines?${query}`).set(t.auth('auditor')).expect(200)).body as Duty[];
  const duty = async (query: string, kind: string, reference: string) => {
    const found = (await deadlines(query)).filter((d) => d.kind === kind && d.reference === reference);
    expect(found).toHaveLength(1);
    return found[0];
  };
  /** Sends a request that must be refused with `status` and `code` (naming `field`), and checks nothing was written. */
  const refused = refusedUnchanged(() => ledgerHead(t));

  describe('register of directors', () => {
    let first: Director[];
    let fourth: Director;

    it('s.162: the three seeded directors hold office from incorporation', async () => {
      first = await directors();
      expect(first).toHaveLength(3);
      for (const d of first) expect(d).toMatchObject({ appointedOn: '2014-09-01', resignedOn: null, name: expect.stringMatching(/^Demo Director \d \(synthetic\)$/) });
      expect(await directors('?asAt=2014-08-31')).toEqual([]);
    });

    it('s.162: an appointment shows on the board from its date, not before', async () => {
      const res = await post('directors', { name: 'Demo Director 4 (synthetic)', serviceAddress: '4 Demo Yard, London E1 0XX', appointedOn: '2019-06-01' }).expect(201);
      fourth = res.body;
      expect(fourth).toMatchObject({ appointedOn: '2019-06-01', resignedOn: null, directorId: expect.any(String) });
      expect(await directors('?asAt=2019-05-31')).toHaveLength(3);
      expect((await directors('?asAt=2019-06-01')).map((d) => d.directorId)).toContain(fourth.directorId);
      expect(await directors()).toHaveLength(4);
    });

    it('s.162: a resignation takes the director off the board on its date; before appointment or twice is 422', async () => {
      await refused(() => post(`directors/${fourth.directorId}/resignation`, { resignedOn: '2019-05-31' }), 422, 'RESIGNATION_BEFORE_APPOINTMENT');
      const res = await post(`directors/${first[0].directorId}/resignation`, { resignedOn: '2020-03-31' }).expect(201);
      expect(res.body).toMatchObject({ directorId: first[0].directorId, appointedOn: '2014-09-01', resignedOn: '2020-03-31' });
      await refused(() => post(`directors/${first[0].directorId}/resignation`, { resignedOn: '2020-04-30' }), 422, 'DIRECTOR_NOT_ON_BOARD');
      // An id in the path that names no director is 404, as README says of unknown ids.
      await refused(() => post('directors/no-such-director/resignation', { resignedOn: '2020-04-30' }), 404, 'NOT_FOUND');
      expect(await directors('?asAt=2020-03-30')).toHaveLength(4);
      const after = await directors('?asAt=2020-03-31');
      expect(after.map((d) => d.directorId).sort()).toEqual([first[1].directorId, first[2].directorId, fourth.directorId].sort());
      expect((await directors()).find((d) => d.directorId === first[0].directorId)?.resignedOn).toBe('2020-03-31');
    });

    it('DIRECTOR_NOT_ON_BOARD: a board meeting counts only the directors in office that day', async () => {
      const before = await post('resolutions', { kind: 'board', procedure: 'meeting', meetingOn: '2019-01-15', text: 'THAT the 2018 accounts be approved.' }).expect(201);
      expect(before.body.board.map((d: Director) => d.directorId).sort()).toEqual(first.map((d) => d.directorId).sort());
      await refused(() => post(`resolutions/${before.body.resolutionId}/votes`, { directorId: fourth.directorId, vote: 'for' }), 422, 'DIRECTOR_NOT_ON_BOARD');

      const after = await post('resolutions', { kind: 'board', procedure: 'meeting', meetingOn: '2020-04-15', text: 'THAT the 2019 accounts be approved.' }).expect(201);
      const rid = after.body.resolutionId as string;
      expect(after.body.board).toHaveLength(3);
      await refused(() => post(`resolutions/${rid}/votes`, { directorId: first[0].directorId, vote: 'for' }), 422, 'DIRECTOR_NOT_ON_BOARD');
      await post(`resolutions/${rid}/votes`, { directorId: fourth.directorId, vote: 'for' }).expect(201);
      await post(`resolutions/${rid}/votes`, { directorId: first[1].directorId, vote: 'for' }).expect(201);
      await post(`resolutions/${rid}/votes`, { directorId: first[2].directorId, vote: 'against' }).expect(201);
      const got = await t.http.get(`${C}/resolutions/${rid}`).set(t.auth('board')).expect(200);
      expect(got.body.outcome).toMatchObject({ status: 'passed', passedOn: '2020-04-15', tally: { inFavour: 2, against: 1, outOf: 3 } });

      const written = await post('resolutions', { kind: 'board', procedure: 'written', circulatedOn: '2020-04-20', text: 'THAT the bank mandate be renewed.' }).expect(201);
      expect(written.body.board).toHaveLength(3);
      for (const d of [first[1], first[2], fourth]) await post(`resolutions/${written.body.resolutionId}/agreements`, { directorId: d.directorId, agreedOn: '2020-04-21' }).expect(201);
      const passed = await t.http.get(`${C}/resolutions/${written.body.resolutionId}?asAt=2020-04-21`).set(t.auth('board')).expect(200);
      expect(passed.body.outcome).toMatchObject({ status: 'passed', passedOn: '2020-04-21', tally: { inFavour: 3, needed: 3 } });
    });
  });

  describe('board resolution → share transfer → register → deadlines', () => {
    let authority: string;
    let sequence: number;
    const reference = () => `share-transfer-${sequence}`;

    it('SH-3 / SH-2: a transfer authorised by a board resolution shows the link in the register and the ledger', async () => {
      // Practice 10 surrenders its share, so practice 10 can take share 1: a reduction of capital (SR-1), on a special
      // resolution with the directors' solvency statement made in the 15 days before it.
      const freeing = await passSpecialResolution(t, COMPANY, '2023-05-01', [{ action: 'cancellation', shareNumber: 10 }]);
      await post('share-cancellations', { shareNumber: 10, reason: 'surrender', effectiveOn: '2023-05-02', authorisedBy: freeing, solvencyStatementOn: '2023-04-28' }).expect(201);

      authority = await passBoardResolution(t, COMPANY, '2023-06-01', [{ action: 'transfer', shareNumber: 1 }]);
      const holders = await holdersByShare(t, '2023-06-01');
      const holderOf = (n: number) => holders.get(n)!;
      const transfer = { fromMemberId: holderOf(1), to: { practiceId: 'practice-z00010' }, lodgedOn: '2023-06-05', effectiveOn: '2023-06-20', authorisedBy: authority };

      await refused(() => post('share-transfers', { ...transfer, shareNumber: 2, fromMemberId: holderOf(2) }), 422, 'SHARE_EVENT_NOT_AUTHORISED');
      const res = await post('share-transfers', { ...transfer, shareNumber: 1 }).expect(201);
      sequence = res.body.sequence;
      expect(res.body.payload).toMatchObject({ shareNumber: 1, authorisedBy: authority, lodgedOn: '2023-06-05' });

      const after = (await t.http.get(`${C}/register?asAt=2023-06-20&status=current&limit=100`).set(t.auth('auditor')).expect(200)).body;
      const newHolder = after.members.find((m: { memberId: string }) => m.memberId === res.body.payload.to.memberId);
      expect(newHolder).toMatchObject({ registeredOn: '2023-06-20', shares: [expect.objectContaining({ shareNumber: 1, authorisedBy: authority })] });
      const ledger = (await t.http.get(`${C}/ledger?afterSequence=${sequence - 1}&limit=1`).set(t.auth('auditor')).expect(200)).body;
      expect(ledger.entries[0]).toMatchObject({ sequence, kind: 'share.transfer', payload: { authorisedBy: authority } });
    });

    it('SH-2 / SH-3 / s.853A: deadlines list the certificate due 2 months after lodging and the next confirmation statement', async () => {
      const duties = await deadlines('from=2023-06-01&to=2023-12-31&asAt=2023-07-01');
      expect(duties.find((d) => d.kind === 'share-certificate' && d.reference === reference())).toEqual({
        kind: 'share-certificate', reference: reference(), dueOn: '2023-08-05', status: 'due', doneOn: null, late: false, rule: 'SH-2', formCode: null, section: 'CA 2006 s.769 (allotment), s.776 (transfer)',
      });
      expect(duties.find((d) => d.kind === 'transfer-decision' && d.reference === reference())).toMatchObject({ dueOn: '2023-08-05', status: 'done', doneOn: '2023-06-20', rule: 'SH-3' });
      // Review periods run from incorporation (1 September 2014): the one ending 31 August 2023 is due 14 days later.
      expect(duties.filter((d) => d.kind === 'confirmation-statement')).toEqual([
        { kind: 'confirmation-statement', reference: '2023-09-01', dueOn: '2023-09-15', status: 'due', doneOn: null, late: false, rule: 's.853A', formCode: 'CS01', section: 'CA 2006 s.853A' },
      ]);
      expect(duties.map((d) => d.dueOn)).toEqual([...duties.map((d) => d.dueOn)].sort());
      expect(duties.every((d) => d.dueOn >= '2023-06-01' && d.dueOn <= '2023-12-31')).toBe(true);
      expect(await duty('from=2023-06-01&to=2023-12-31&asAt=2023-08-06', 'share-certificate', reference())).toMatchObject({ status: 'overdue', late: true });
      // As at the day before the transfer was lodged it owed nothing yet; from the day of lodging it does.
      expect((await deadlines('from=2023-06-01&to=2023-12-31&asAt=2023-06-04')).filter((d) => d.reference === reference())).toEqual([]);
      expect((await deadlines('from=2023-06-01&to=2023-12-31&asAt=2023-06-05')).filter((d) => d.reference === reference()).map((d) => d.kind).sort()).toEqual(['share-certificate', 'transfer-decision']);
    });

    it('SH-2: issuing the certificate marks the duty done from its date; issuing it twice is 409; a filing cannot do it (400 naming kind, nothing written)', async () => {
      const filing = await refused(() => post('filings', { kind: 'share-certificate', reference: reference(), filedOn: '2023-07-15' }), 400, 'VALIDATION_FAILED', 'kind');
      expect(filing.body.details[0].problems.join(' ')).toContain('a share certificate is recorded by issuing it: POST …/shares/:shareNumber/certificates');
      await refused(() => post('filings', { kind: 'transfer-decision', reference: reference(), filedOn: '2023-07-15' }), 400, 'VALIDATION_FAILED', 'kind');
      await post('shares/1/certificates', { issuedOn: '2023-07-15' }).expect(201);
      expect(await duty('from=2023-06-01&to=2023-12-31&asAt=2023-08-06', 'share-certificate', reference())).toMatchObject({ status: 'done', doneOn: '2023-07-15', late: false });
      expect(await duty('from=2023-06-01&to=2023-12-31&asAt=2023-07-14', 'share-certificate', reference())).toMatchObject({ status: 'due', doneOn: null });
      await refused(() => post('shares/1/certificates', { issuedOn: '2023-07-16' }), 409, 'CERTIFICATE_ALREADY_ISSUED');
    });

    it('DUTY_UNKNOWN: a filing must answer a duty of the calendar, by its kind and reference; a made-up one is 422 and nothing is written', async () => {
      const unknown = async (kind: string, reference: string, filedOn = '2023-07-20') => {
        const res = await refused(() => post('filings', { kind, reference, filedOn }), 422, 'DUTY_UNKNOWN');
        expect(res.body.details).toEqual({ kind, reference });
        expect(res.body.message).toContain(reference);
      };
      await unknown('sh19', 'share-cancellation-99999');
      await unknown('ap01', 'made-up-reference');
      // A real reference under the wrong kind: the transfer's reference is no allotment's (SH01).
      await unknown('sh01', reference());
      await unknown('confirmation-statement', '2023-09-30');
      await unknown('resolution-filing', 'no-such-resolution');
    });

    it('s.853A: a confirmation statement filed late shows done and late', async () => {
      await post('filings', { kind: 'confirmation-statement', reference: '2023-09-01', filedOn: '2023-09-20' }).expect(201);
      expect(await duty('from=2023-09-01&to=2023-09-30&asAt=2023-10-01', 'confirmation-statement', '2023-09-01')).toMatchObject({ status: 'done', doneOn: '2023-09-20', late: true });
    });
  });

  describe('FR-1: passed special resolutions must be filed within 15 days', () => {
    it('RS-4 / FR-1 / FC-3: a written special resolution of the 36 members then on the register passes with 27; its filing is due 15 days later and overdue after', async () => {
      const proposed = await post('resolutions', { kind: 'members', type: 'special', procedure: 'written', circulatedOn: '2023-10-02', text: 'THAT the objects be amended.' }).expect(201);
      const rid = proposed.body.resolutionId as string;
      expect(proposed.body.eligible).toHaveLength(36);
      for (const m of proposed.body.eligible.slice(0, 27)) await post(`resolutions/${rid}/agreements`, { memberId: m.memberId, agreedOn: '2023-10-09' }).expect(201);
      const got = await t.http.get(`${C}/resolutions/${rid}?asAt=2023-10-09`).set(t.auth('board')).expect(200);
      expect(got.body.outcome).toMatchObject({ status: 'passed', passedOn: '2023-10-09', filingDueOn: '2023-10-24', tally: { inFavour: 27, needed: 27, outOf: 36 } });

      const window = 'from=2023-10-01&to=2023-12-31';
      // FC-3: its lapse date is not a duty of the company, before or after it passed.
      for (const asAt of ['2023-10-08', '2023-10-09', '2023-11-30']) expect((await deadlines(`${window}&asAt=${asAt}`)).filter((d) => d.reference === rid && d.kind !== 'resolution-filing')).toEqual([]);
      expect((await deadlines(`${window}&asAt=2023-10-08`)).some((d) => d.kind === 'resolution-filing' && d.reference === rid)).toBe(false);
      expect(await duty(`${window}&asAt=2023-10-24`, 'resolution-filing', rid)).toMatchObject({ dueOn: '2023-10-24', status: 'due', late: false, rule: 'FR-1' });
      expect(await duty(`${window}&asAt=2023-10-25`, 'resolution-filing', rid)).toMatchObject({ status: 'overdue', late: true });

      await post('filings', { kind: 'resolution-filing', reference: rid, filedOn: '2023-10-27' }).expect(201);
      expect(await duty(`${window}&asAt=2023-11-01`, 'resolution-filing', rid)).toMatchObject({ status: 'done', doneOn: '2023-10-27', late: true });
    });

    it('FR-1: a special resolution passed at a general meeting is due for filing 15 days after the meeting; an ordinary one is not listed', async () => {
      const special = await post('resolutions', { kind: 'members', type: 'special', procedure: 'meeting', noticeGivenOn: '2023-11-01', meetingOn: '2023-11-20', text: 'THAT the articles be amended.' }).expect(201);
      const ordinary = await post('resolutions', { kind: 'members', type: 'ordinary', procedure: 'meeting', noticeGivenOn: '2023-11-01', meetingOn: '2023-11-20', text: 'THAT the auditors be paid.' }).expect(201);
      for (const r of [special, ordinary]) {
        for (const m of r.body.entitled.slice(0, 3)) await post(`resolutions/${r.body.resolutionId}/votes`, { memberId: m.memberId, vote: 'for' }).expect(201);
      }
      const duties = await deadlines('from=2023-11-01&to=2023-12-31&asAt=2023-12-06');
      expect(duties.filter((d) => d.kind === 'resolution-filing')).toEqual([
        { kind: 'resolution-filing', reference: special.body.resolutionId, dueOn: '2023-12-05', status: 'overdue', doneOn: null, late: true, rule: 'FR-1', formCode: null, section: 'CA 2006 ss.29–30' },
      ]);
      // The ordinary resolution has no filing duty, so no filing of it can be recorded (DUTY_UNKNOWN);
      // nor can the special one's before it passed (FILING_BEFORE_DUTY, naming the day it passed).
      await refused(() => post('filings', { kind: 'resolution-filing', reference: ordinary.body.resolutionId, filedOn: '2023-11-25' }), 422, 'DUTY_UNKNOWN');
      const early = await refused(() => post('filings', { kind: 'resolution-filing', reference: special.body.resolutionId, filedOn: '2023-11-19' }), 422, 'FILING_BEFORE_DUTY');
      expect(early.body.details).toMatchObject({ field: 'filedOn', arisesOn: '2023-11-20' });
    });
  });

  it('DATED_AFTER_RECORDING: a filing dated tomorrow (UTC) is 422 and nothing is written; dated today, a confirmation statement is recorded once a registered email address is (CS01, section 5)', async () => {
    const { today, tomorrow } = await todayAndTomorrow();
    const filing = { kind: 'confirmation-statement', reference: '2025-09-01' };
    const res = await refused(() => post('filings', { ...filing, filedOn: tomorrow }), 422, 'DATED_AFTER_RECORDING');
    expect(res.body.details).toEqual({ field: 'filedOn', effectiveOn: tomorrow, recordedOn: today });
    expect(res.body.message).toContain(`is dated ${tomorrow}, after today (${today})`);
    // Dated tomorrow, even a made-up duty is refused for the date first.
    await refused(() => post('filings', { kind: 'sh01', reference: 'share-allotment-99999', filedOn: tomorrow }), 422, 'DATED_AFTER_RECORDING');
    // CS01 (section 5): made up to a date since 5 March 2024, a statement gives the registered email address, so one is on record first.
    const missing = await refused(() => post('filings', { ...filing, filedOn: today }), 422, 'REGISTERED_EMAIL_MISSING');
    expect(missing.body.details).toEqual({ confirmationDate: '2025-09-01' });
    await post('particulars', { effectiveOn: today, registeredEmailAddress: 'secretary@example.org' }).expect(201);
    // CA 2006 s.853A (ECCTA): and it states that the company's intended future activities are lawful.
    for (const statement of [{}, { lawfulPurposeStatement: false }]) {
      const unstated = await refused(() => post('filings', { ...filing, filedOn: today, ...statement }), 422, 'LAWFUL_PURPOSE_STATEMENT_MISSING');
      expect(unstated.body.details).toEqual({ field: 'lawfulPurposeStatement', confirmationDate: '2025-09-01' });
    }
    await refused(() => post('filings', { ...filing, filedOn: today, lawfulPurposeStatement: 'yes' }), 400, 'VALIDATION_FAILED');
    // EC-3: filed from 18 November 2025, it confirms that every director in office is verified.
    const directors = ((await t.http.get(`${C}/directors`).set(t.auth('secretary')).expect(200)).body as Director[]).filter((d) => d.resignedOn === null);
    const unverified = await refused(() => post('filings', { ...filing, filedOn: today, lawfulPurposeStatement: true }), 422, 'IDENTITY_NOT_VERIFIED');
    expect(unverified.body.details).toMatchObject({ officerId: directors[0]!.directorId, unverified: directors.length });
    await verifyDirectorsInOffice(t, today);
    const recorded = await post('filings', { ...filing, filedOn: today, lawfulPurposeStatement: true }).expect(201);
    expect(recorded.body).toEqual({ ...filing, filedOn: today, lawfulPurposeStatement: true });
    // The ledger keeps the statement with the filing.
    expect((await ledgerEntries(t)).at(-1)).toMatchObject({ kind: 'filing.recorded', payload: { ...filing, lawfulPurposeStatement: true } });
  });

  // That board and auditor may not write (403), no token (401), and faults of shape alone (an unknown
  // kind, a missing field, an impossible date) are the controller's spec
  // (apps/api/src/governance/resolutions.controller.spec.ts).
  describe('roles and bad input', () => {
    it.each(['board', 'auditor'] as const)('%s may read directors and deadlines', async (role) => {
      const listed = await t.http.get(`${C}/directors`).set(t.auth(role)).expect(200);
      expect(listed.body).toHaveLength(4);
      const duties = await t.http.get(`${C}/deadlines?asAt=2023-07-01`).set(t.auth(role)).expect(200);
      expect(duties.body.length).toBeGreaterThan(0);
    });

    it('400 for a window that ends before it starts', async () => {
      await refused(() => t.http.get(`${C}/deadlines?from=2024-02-01&to=2024-01-01`).set(t.auth('auditor')), 400, 'VALIDATION_FAILED', 'from');
      // Without from the window starts a year before asAt: a to before that is named, the field given.
      const early = await refused(() => t.http.get(`${C}/deadlines?to=2024-01-01&asAt=2025-06-30`).set(t.auth('auditor')), 400, 'VALIDATION_FAILED', 'to');
      expect(early.body.message).toBe('to (2024-01-01) is before 2024-06-30, where the window starts without from (a year before asAt): give from as well, or a later to');
    });
  });

  it('the ledger still verifies after all of it, and holds what the tests wrote', async () => {
    const verify = await ledgerHead(t);
    expect(verify).toMatchObject({ valid: true });
    expect(verify.events).toBeGreaterThan(startingEntries);
  });
});
