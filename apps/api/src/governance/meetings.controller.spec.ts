import { evolveGovernance, EMPTY_GOVERNANCE, type CalendarDate, type GovernanceState } from '#domain';
import { CALLERS, expectForbidden, expectUnauthenticated, get, post, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { MeetingsController } from './meetings.controller';
import { MeetingsService, type MeetingRecord } from './meetings.service';
import { BoardVerification } from './board-verification';
import { MeetingInterestsService } from './meeting-interests.service';

const COMPANY = 'demo-company';
const C = `/api/companies/${COMPANY}`;
const STATE: GovernanceState = evolveGovernance(EMPTY_GOVERNANCE, {
  type: 'meeting-called',
  effectiveOn: '2023-05-01' as CalendarDate,
  meeting: { id: 'mt-1', kind: 'board', noticeGivenOn: null, noticeTo: [], heldOn: '2023-05-01' as CalendarDate, chair: null, voting: 'show-of-hands', quorum: 2 },
});
const RECORD: MeetingRecord = { meeting: STATE.meetings.get('mt-1')!, state: STATE };

const CREATE = { kind: 'general', noticeGivenOn: '2023-04-01', heldOn: '2023-04-20', items: [{ type: 'ordinary', text: 'THAT x.' }], attendance: [{ memberId: 'm', proxyName: 'P' }], adjournedTo: '2023-04-27' };
const INTEREST = { directorId: 'd', interestedIn: [2], declaredOn: '2023-05-01' };
const WRITES = [post(`${C}/meetings`, CREATE), post(`${C}/meetings/mt-1/attendance`, { attendees: [{ directorId: 'd', interestedIn: [1] }] }), post(`${C}/meetings/mt-1/adjournments`, { to: '2023-05-08' }), post(`${C}/meetings/mt-1/interests`, INTEREST)];
const READS = [get(`${C}/meetings`), get(`${C}/meetings/mt-1`)];

describe('meetings over HTTP, with the service replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({ controllers: [MeetingsController], services: [MeetingsService, BoardVerification, MeetingInterestsService] });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  const send = (path: string, body: object) => () => c.http.post(`${C}/${path}`).set(c.auth('secretary')).send(body);

  it('each write the DTOs accept reaches its use case; the meeting comes back with its reference', async () => {
    const meetings = c.mock(MeetingsService);
    meetings.createOnce.mockResolvedValue({ record: RECORD, replayed: false });
    for (const use of [meetings.recordAttendance, meetings.adjourn]) use.mockResolvedValue(RECORD);
    const created = await send('meetings', CREATE)().expect(201);
    expect(created.body).toMatchObject({ meetingId: 'mt-1', reference: 'BM-2023-01', kind: 'board', sittings: [{ on: '2023-05-01', present: 0, quorate: false }] });
    expect(meetings.createOnce).toHaveBeenCalledWith(COMPANY, CREATE, CALLERS.secretary, undefined);
    await send('meetings/mt-1/attendance', WRITES[1].body!)().expect(201);
    expect(meetings.recordAttendance).toHaveBeenCalledWith(COMPANY, 'mt-1', [{ directorId: 'd', interestedIn: [1] }], CALLERS.secretary);
    await send('meetings/mt-1/adjournments', { to: '2023-05-08' })().expect(201);
    expect(meetings.adjourn).toHaveBeenCalledWith(COMPANY, 'mt-1', '2023-05-08', CALLERS.secretary);
    const interests = c.mock(MeetingInterestsService);
    interests.declareOnce.mockResolvedValue({ record: RECORD, replayed: false });
    expect((await send('meetings/mt-1/interests', INTEREST)().expect(201)).body).toMatchObject({ meetingId: 'mt-1', reference: 'BM-2023-01' });
    expect(interests.declareOnce).toHaveBeenCalledWith(COMPANY, 'mt-1', INTEREST, CALLERS.secretary, undefined);
  });

  it.each(['board', 'auditor'] as const)('a %s token reads meetings (200)', async (role) => {
    c.mock(MeetingsService).list.mockResolvedValue([RECORD]);
    c.mock(MeetingsService).get.mockResolvedValue(RECORD);
    for (const read of READS) await c.http.get(read.path).set(c.auth(role)).expect(200);
    expect(c.mock(MeetingsService).get).toHaveBeenCalledWith(COMPANY, 'mt-1');
    expect((await c.http.get(`${C}/meetings`).set(c.auth(role))).body[0].reference).toBe('BM-2023-01');
  });

  it.each(WRITES.flatMap((write) => (['board', 'auditor'] as const).map((role) => [role, write.path, write] as const)))('a %s token is refused POST %s with 403 FORBIDDEN', async (role, _path, write) => {
    await expectForbidden(c, write, role);
  });

  it.each([...READS, ...WRITES].map((route) => [route.method.toUpperCase(), route.path, route] as const))('%s %s without a valid token is 401 UNAUTHENTICATED', async (_method, _path, route) => {
    await expectUnauthenticated(c, route);
  });

  const V = 'VALIDATION_FAILED';
  it.each([
    ['an unknown kind', { ...CREATE, kind: 'extraordinary' }, 'kind'],
    ['no items', { ...CREATE, items: [] }, 'items'],
    ['an impossible meeting day', { ...CREATE, heldOn: '2023-02-30' }, 'heldOn'],
    ['an item of an unknown type', { ...CREATE, items: [{ type: 'extraordinary', text: 'X' }] }, 'items.0.type'],
    ['an interest in item 0', { ...CREATE, attendance: [{ directorId: 'd', interestedIn: [0] }] }, 'attendance.0.interestedIn'],
    ['an unknown field', { ...CREATE, quorum: 1 }, 'quorum'],
  ])('400 VALIDATION_FAILED for a meeting with %s, naming the field', async (_name, body, field) => {
    await c.refused(send('meetings', body), 400, V, field);
  });

  it('400 for an adjournment to an impossible day and for attendance with nobody', async () => {
    await c.refused(send('meetings/mt-1/adjournments', { to: '2023-13-01' }), 400, V, 'to');
    await c.refused(send('meetings/mt-1/attendance', { attendees: [] }), 400, V, 'attendees');
  });

  it.each([
    ['no items', { ...INTEREST, interestedIn: [] }, 'interestedIn'],
    ['item 0', { ...INTEREST, interestedIn: [0] }, 'interestedIn'],
    ['no director', { interestedIn: [1], declaredOn: '2023-05-01' }, 'directorId'],
    ['an impossible day', { ...INTEREST, declaredOn: '2023-02-30' }, 'declaredOn'],
    ['an unknown field', { ...INTEREST, interested: true }, 'interested'],
  ])('400 VALIDATION_FAILED for a declaration of interest with %s, naming the field', async (_name, body, field) => {
    await c.refused(send('meetings/mt-1/interests', body), 400, V, field);
  });
});
