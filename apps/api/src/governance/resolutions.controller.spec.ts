import { proposeAtBoardMeeting, type CalendarDate, type DirectorAppointment } from '#domain';
import { CALLERS, expectForbidden, expectUnauthenticated, get, post, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { todayUk } from '../../../../test/support/dates';
import { DeadlinesService } from './deadlines.service';
import { DirectorsService } from './directors.service';
import { DeadlinesController } from './deadlines.controller';
import { DirectorsController } from './directors.controller';
import { ResolutionsController } from './resolutions.controller';
import { ResolutionsService } from './resolutions.service';
import { BoardVerification } from './board-verification';
import { MeetingsService } from './meetings.service';

const COMPANY = 'demo-company';
const C = `/api/companies/${COMPANY}`;
const DIRECTOR: DirectorAppointment = { directorId: 'd-1', name: 'Demo Director 1', serviceAddress: '1 Demo Yard', appointedOn: '2014-09-01' as CalendarDate, resignedOn: null };
const RESOLUTION = proposeAtBoardMeeting({ id: 'r-1', text: 'THAT x.', authorises: [], meetingOn: '2023-05-01' as CalendarDate, directors: [DIRECTOR] });

/** Every write of resolutions, directors and filings, each with a body the DTO accepts. */
const WRITES = [
  post(`${C}/resolutions`, { kind: 'board', procedure: 'meeting', meetingOn: '2023-05-01', text: 'THAT x.' }),
  post(`${C}/resolutions/r-1/votes`, { memberId: 'm', vote: 'for' }),
  post(`${C}/resolutions/r-1/agreements`, { memberId: 'm', agreedOn: '2023-04-02' }),
  post(`${C}/resolutions/r-1/short-notice-agreements`, { memberId: 'm', agreedOn: '2023-04-02' }),
  post(`${C}/directors`, { name: 'X', serviceAddress: 'Y', appointedOn: '2024-01-01' }),
  post(`${C}/directors/d-1/resignation`, { resignedOn: '2024-01-01' }),
  post(`${C}/filings`, { kind: 'confirmation-statement', reference: '2024-08-31', filedOn: '2024-09-01' }),
];
const READS = [get(`${C}/resolutions`), get(`${C}/resolutions/r-1`), get(`${C}/directors`), get(`${C}/deadlines`)];

describe('resolutions, directors and deadlines over HTTP, with the services replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({
      controllers: [ResolutionsController, DirectorsController, DeadlinesController],
      services: [ResolutionsService, DirectorsService, DeadlinesService, BoardVerification, MeetingsService],
    });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  const send = (path: string, body: object) => () => c.http.post(`${C}/${path}`).set(c.auth('secretary')).send(body);

  it('a proposal the DTO accepts reaches the service with the caller; the resolution is shown with its outcome as at today', async () => {
    c.mock(ResolutionsService).proposeOnce.mockResolvedValue({ record: RESOLUTION, replayed: false });
    const res = await send('resolutions', WRITES[0].body!)().expect(201);
    expect(res.body).toMatchObject({ resolutionId: 'r-1', kind: 'board', procedure: 'meeting', meetingOn: '2023-05-01', outcome: { asAt: todayUk() } });
    expect(c.mock(ResolutionsService).proposeOnce).toHaveBeenCalledWith(COMPANY, WRITES[0].body, CALLERS.secretary, undefined);
  });

  it('each response the DTO accepts reaches its use case with the resolution id', async () => {
    const resolutions = c.mock(ResolutionsService);
    for (const use of [resolutions.vote, resolutions.agree]) use.mockResolvedValue({ record: RESOLUTION, replayed: false });
    resolutions.agreeToShortNotice.mockResolvedValue(RESOLUTION);
    for (const write of WRITES.slice(1, 4)) await c.http.post(write.path).set(c.auth('secretary')).send(write.body!).expect(201);
    expect(resolutions.vote).toHaveBeenCalledWith(COMPANY, 'r-1', WRITES[1].body, CALLERS.secretary, undefined);
    expect(resolutions.agree).toHaveBeenCalledWith(COMPANY, 'r-1', WRITES[2].body, CALLERS.secretary, undefined);
    expect(resolutions.agreeToShortNotice).toHaveBeenCalledWith(COMPANY, 'r-1', WRITES[3].body, CALLERS.secretary);
  });

  it.each(['board', 'auditor'] as const)('a %s token reads resolutions, directors and deadlines (200), as at the day asked or today', async (role) => {
    c.mock(ResolutionsService).list.mockResolvedValue([RESOLUTION]);
    c.mock(ResolutionsService).get.mockResolvedValue(RESOLUTION);
    c.mock(DirectorsService).list.mockResolvedValue([{ ...DIRECTOR, removedBy: null }]);
    c.mock(DeadlinesService).deadlines.mockResolvedValue([]);
    for (const read of READS) await c.http.get(read.path).set(c.auth(role)).expect(200);
    const one = await c.http.get(`${C}/resolutions/r-1?asAt=2023-05-02`).set(c.auth(role)).expect(200);
    expect(one.body.outcome.asAt).toBe('2023-05-02');
    await c.http.get(`${C}/directors?asAt=2020-01-01`).set(c.auth(role)).expect(200);
    await c.http.get(`${C}/deadlines?from=2023-01-01&to=2023-12-31&asAt=2023-07-01`).set(c.auth(role)).expect(200);
    expect(c.mock(ResolutionsService).get).toHaveBeenCalledWith(COMPANY, 'r-1');
    expect(c.mock(DirectorsService).list.mock.calls).toEqual([[COMPANY, null], [COMPANY, '2020-01-01']]);
    expect(c.mock(DeadlinesService).deadlines.mock.calls).toEqual([
      [COMPANY, { from: null, to: null, asAt: todayUk() }],
      [COMPANY, { from: '2023-01-01', to: '2023-12-31', asAt: '2023-07-01' }],
    ]);
  });

  it.each(WRITES.flatMap((write) => (['board', 'auditor'] as const).map((role) => [role, write.path, write] as const)))(
    'a %s token is refused POST %s with 403 FORBIDDEN',
    async (role, _path, write) => {
      await expectForbidden(c, write, role);
    },
  );

  it.each([...READS, ...WRITES].map((route) => [route.method.toUpperCase(), route.path, route] as const))('%s %s without a valid token is 401 UNAUTHENTICATED', async (_method, _path, route) => {
    await expectUnauthenticated(c, route);
  });

  const V = 'VALIDATION_FAILED';
  const MEMBERS = { kind: 'members', type: 'ordinary', text: 'THAT x.' };
  // Faults of shape only. Whether a field belongs to the kind and procedure, or is required by them, is
  // the service's check (test/resolutions.e2e-spec.ts).
  it.each([
    ['unknown field', { ...MEMBERS, procedure: 'written', circulatedOn: '2023-05-01', quorum: 1 }, 'quorum'],
    ['impossible circulation date', { ...MEMBERS, procedure: 'written', circulatedOn: '2023-02-29' }, 'circulatedOn'],
    ['meeting in month 13', { ...MEMBERS, procedure: 'meeting', noticeGivenOn: '2023-05-01', meetingOn: '2023-13-01' }, 'meetingOn'],
    ['unknown procedure', { ...MEMBERS, procedure: 'email', circulatedOn: '2023-05-01' }, 'procedure'],
    ['empty text', { ...MEMBERS, procedure: 'written', circulatedOn: '2023-05-01', text: '' }, 'text'],
    ['share authorisation of share 0', { kind: 'board', procedure: 'meeting', meetingOn: '2023-05-01', text: 'THAT x.', authorises: [{ action: 'allotment', shareNumber: 0 }] }, 'authorises.0.shareNumber'],
  ])('400 VALIDATION_FAILED for a proposal with %s, naming the field', async (_name, body, field) => {
    const res = await c.refused(send('resolutions', body), 400, V, field);
    expect(res.body.details).toHaveLength(1);
  });

  it('400 for responses with a bad vote, a bad date or an unknown field, and for an impossible asAt', async () => {
    await c.refused(send('resolutions/r-1/votes', { memberId: 'm', vote: 'maybe' }), 400, V, 'vote');
    await c.refused(send('resolutions/r-1/short-notice-agreements', { memberId: 'm', agreedOn: '2023-04-31' }), 400, V, 'agreedOn');
    await c.refused(send('resolutions/r-1/votes', { memberId: 'm', vote: 'for', proxy: true }), 400, V, 'proxy');
    await c.refused(() => c.http.get(`${C}/resolutions/r-1?asAt=2023-02-30`).set(c.auth('board')), 400, V, 'asAt');
  });

  it('400 for an appointment without a name, with an impossible date or an unknown field; a resignation without its date', async () => {
    const ok = { name: 'X (synthetic)', serviceAddress: 'Somewhere', appointedOn: '2021-01-01' };
    await c.refused(send('directors', { ...ok, name: undefined }), 400, V, 'name');
    await c.refused(send('directors', { ...ok, appointedOn: '2021-02-29' }), 400, V, 'appointedOn');
    await c.refused(send('directors', { ...ok, dateOfBirth: '1970-01-01' }), 400, V, 'dateOfBirth');
    await c.refused(send('directors/d-4/resignation', {}), 400, V, 'resignedOn');
  });

  it('400 for a filing of an unknown kind, without a reference or on an impossible date; for deadlines on an impossible day', async () => {
    const ok = { kind: 'confirmation-statement', reference: '2024-08-31', filedOn: '2024-09-01' };
    await c.refused(send('filings', { ...ok, kind: 'cs01' }), 400, V, 'kind');
    await c.refused(send('filings', { ...ok, reference: undefined }), 400, V, 'reference');
    await c.refused(send('filings', { ...ok, filedOn: '2024-09-31' }), 400, V, 'filedOn');
    for (const [query, field] of [['asAt=2024-02-30', 'asAt'], ['to=tomorrow', 'to']]) {
      await c.refused(() => c.http.get(`${C}/deadlines?${query}`).set(c.auth('auditor')), 400, V, field);
    }
  });
});
