import { DutySubjects } from '../apps/api/src/web/duty-subjects';
import { databaseKinds } from './support/databases';
import { ledgerHead } from './support/ledger';
import { appointDirector } from './support/officers';
import { pdfText } from './support/pdf-download';
import { refusedUnchanged } from './support/refusals';
import { COMPANY, startTestApp, type TestApp } from './support/test-app';

const C = `/api/companies/${COMPANY}`;

/** s.168: a director removed by the members' ordinary resolution at a general meeting, recorded with that resolution; anything else is refused and writes nothing. */
describe.each(databaseKinds())('a director removed from office by the members (s.168) (%s)', (kind) => {
  let t: TestApp;
  const refused = refusedUnchanged(async () => (await ledgerHead(t)).headHash);
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t?.close());

  const post = (path: string, body: object) => t.http.post(`${C}/${path}`).set(t.auth('secretary')).send(body);
  const leave = (officerId: string, body: object) => post(`officers/${officerId}/resignation`, body);
  /** A members' ordinary resolution at a general meeting on `meetingOn`, with `forVotes` of those entitled voting for and the rest against; its id and reference. */
  async function atMeeting(matter: string, meetingOn: string, forVotes: (entitled: number) => number) {
    const proposed = await post('resolutions', {
      kind: 'members', type: 'ordinary', procedure: 'meeting', matter, text: 'THAT Dr Removed (synthetic) be removed from office as a director.',
      noticeGivenOn: '2026-03-01', meetingOn, ...(matter === 'removal-of-director' ? { specialNoticeReceivedOn: '2026-02-10' } : {}),
    }).expect(201);
    const entitled = proposed.body.entitled as { memberId: string }[];
    const yes = forVotes(entitled.length);
    for (const [i, { memberId }] of entitled.entries()) await post(`resolutions/${proposed.body.resolutionId}/votes`, { memberId, vote: i < yes ? 'for' : 'against' }).expect(201);
    return { id: proposed.body.resolutionId as string, reference: proposed.body.reference as string };
  }

  it('s.168(1): the removal names its passed resolution; the officer, the as-at record and the officers PDF say so, and TM01 is owed as for a resignation', async () => {
    const officerId = await appointDirector(t, 'Dr Removed (synthetic)');
    const removal = await atMeeting('removal-of-director', '2026-03-20', (n) => Math.floor(n / 2) + 1);
    const res = await leave(officerId, { resignedOn: '2026-03-20', removedBy: removal.id }).expect(201);
    expect(res.body).toMatchObject({ officerId, resignedOn: '2026-03-20', removedBy: removal.id });
    const all = (await t.http.get(`${C}/officers`).set(t.auth('board')).expect(200)).body as { officerId: string; removedBy: string | null }[];
    expect(all.find((o) => o.officerId === officerId)).toMatchObject({ removedBy: removal.id });
    const directors = (await t.http.get(`${C}/directors`).set(t.auth('auditor')).expect(200)).body as { directorId: string; resignedOn: string | null; removedBy: string | null }[];
    expect(directors.find((d) => d.directorId === officerId)).toMatchObject({ resignedOn: '2026-03-20', removedBy: removal.id });
    expect(directors.filter((d) => d.directorId !== officerId).every((d) => d.removedBy === null)).toBe(true);
    const before = (await t.http.get(`${C}/officers?asAt=2026-03-19`).set(t.auth('board')).expect(200)).body as { officerId: string; resignedOn: string | null; removedBy: string | null }[];
    expect(before.find((o) => o.officerId === officerId)).toMatchObject({ resignedOn: null, removedBy: null });
    // The board as at that day shows the director as in office then, with no leaving dated later, as the officers do.
    const board = (await t.http.get(`${C}/directors?asAt=2026-03-19`).set(t.auth('board')).expect(200)).body as { directorId: string; resignedOn: string | null; removedBy: string | null }[];
    expect(board.find((d) => d.directorId === officerId)).toMatchObject({ resignedOn: null, removedBy: null });
    expect((await t.http.get(`${C}/directors?asAt=2026-03-20`).set(t.auth('board')).expect(200)).body.some((d: { directorId: string }) => d.directorId === officerId)).toBe(false);
    // The record as at the day it ended lists former officers too, with how the office ended.
    const text = (await pdfText(t, `${C}/reports/officers.pdf?asAt=2026-03-20`)).replace(/\s+/g, ' ');
    expect(text).toContain(`20 March 2026, removed by the members' resolution ${removal.reference} (s.168)`);
    const duties = (await t.http.get(`${C}/deadlines`).set(t.auth('secretary')).expect(200)).body as { kind: string; reference: string; dueOn: string }[];
    expect(duties.find((d) => d.kind === 'tm01' && d.reference === `${officerId}-resigned-2026-03-20`)).toMatchObject({ dueOn: '2026-04-03' });
    // The duty says the director was removed, not that they resigned.
    const tm01 = { kind: 'tm01', reference: `${officerId}-resigned-2026-03-20` } as const;
    const subjectOf = await t.app.get(DutySubjects).of(COMPANY, [tm01]);
    expect(subjectOf(tm01)).toMatch(/ removed as director by the members on 20 March 2026 \(s\.168\)$/);
  });

  it('s.168, s.282: a removal dated before its resolution passed, one that failed, one on another matter, a secretary, or an unknown resolution is refused and nothing is written', async () => {
    const officerId = await appointDirector(t, 'Dr Not Removed (synthetic)');
    const passed = await atMeeting('removal-of-director', '2026-04-20', (n) => n);
    const failed = await atMeeting('removal-of-director', '2026-04-21', () => 1);
    const general = await atMeeting('general', '2026-04-22', (n) => n);
    const early = await refused(() => leave(officerId, { resignedOn: '2026-04-19', removedBy: passed.id }), 422, 'REMOVAL_RESOLUTION_INVALID');
    expect(early.body.details).toMatchObject({ officerId, officer: 'Dr Not Removed (synthetic)', resolutionId: passed.id, reference: passed.reference, removedOn: '2026-04-19', reason: 'dated-before-meeting', meetingOn: '2026-04-20' });
    expect(early.body.message).toContain(`${passed.reference} had not passed by 2026-04-19`);
    expect((await refused(() => leave(officerId, { resignedOn: '2026-04-30', removedBy: failed.id }), 422, 'REMOVAL_RESOLUTION_INVALID')).body.details.reason).toBe('not-passed');
    const other = await refused(() => leave(officerId, { resignedOn: '2026-04-30', removedBy: general.id }), 422, 'REMOVAL_RESOLUTION_INVALID');
    expect(other.body.message).toContain(`${general.reference} is not a resolution for the removal of a director`);
    await refused(() => leave(officerId, { resignedOn: '2026-04-30', removedBy: 'no-such-resolution' }), 404, 'RESOLUTION_NOT_FOUND');
    await refused(() => leave(officerId, { resignedOn: '2026-04-30', removedBy: '' }), 400, 'VALIDATION_FAILED');
    const secretary = (await post('officers', { role: 'secretary', name: 'Ms Removal Secretary (synthetic)', serviceAddress: '1 Demo Yard, London E1 0XX', appointedOn: '2026-01-05' }).expect(201)).body.officerId as string;
    expect((await refused(() => leave(secretary, { resignedOn: '2026-04-30', removedBy: passed.id }), 422, 'REMOVAL_RESOLUTION_INVALID')).body.details.reason).toBe('secretary');
    // A resignation, without a resolution, is still taken; then the director is no longer in office to remove.
    expect((await leave(officerId, { resignedOn: '2026-04-30' }).expect(201)).body).toMatchObject({ resignedOn: '2026-04-30', removedBy: null });
    await refused(() => leave(officerId, { resignedOn: '2026-05-01', removedBy: passed.id }), 422, 'OFFICER_NOT_IN_OFFICE');
  });

  it('s.168(2), s.312: a resolution removes one director, in office when it was moved: used again for another, or for a director appointed after its meeting, it is refused and nothing is written', async () => {
    const first = await appointDirector(t, 'Dr First Removed (synthetic)');
    const second = await appointDirector(t, 'Dr Second Director (synthetic)');
    const removal = await atMeeting('removal-of-director', '2026-05-20', (n) => n);
    await leave(first, { resignedOn: '2026-05-20', removedBy: removal.id }).expect(201);
    const again = await refused(() => leave(second, { resignedOn: '2026-05-20', removedBy: removal.id }), 422, 'REMOVAL_RESOLUTION_INVALID');
    expect(again.body.details).toMatchObject({ reason: 'already-used', removedDirector: 'Dr First Removed (synthetic)', reference: removal.reference });
    expect(again.body.message).toContain(`${removal.reference} has already removed Dr First Removed (synthetic)`);
    const late = await appointDirector(t, 'Dr Appointed Later (synthetic)', COMPANY, '2026-06-01');
    const earlier = await atMeeting('removal-of-director', '2026-05-21', (n) => n);
    const before = await refused(() => leave(late, { resignedOn: '2026-06-02', removedBy: earlier.id }), 422, 'REMOVAL_RESOLUTION_INVALID');
    expect(before.body.details).toMatchObject({ reason: 'before-appointment', meetingOn: '2026-05-21', appointedOn: '2026-06-01' });
    // The second director is still in office, and may be removed by a resolution of their own.
    await leave(second, { resignedOn: '2026-05-21', removedBy: earlier.id }).expect(201);
  });
});
