import { CALLERS, expectForbidden, expectUnauthenticated, get, post, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { todayUk } from '../../../../test/support/dates';
import { CompanyRecordsController } from './company-records.controller';
import { InspectionService } from './inspection.service';
import { OfficerWarningsService } from './officer-warnings.service';
import { OfficersController } from './officers.controller';
import { OfficersService } from './officers.service';
import { ParticularsService } from './particulars.service';
import { PscService } from './psc.service';

const COMPANY = 'demo-company';
const C = `/api/companies/${COMPANY}`;
const DIRECTOR = {
  role: 'director',
  name: 'Dr A (synthetic)',
  serviceAddress: '1 Demo Yard',
  appointedOn: '2026-11-02',
  countryOfResidence: 'United Kingdom',
  nationality: 'British',
  occupation: 'GP',
  dateOfBirth: '1970-05-14',
  residentialAddress: '2 Home Street',
};

const WRITES = [
  post(`${C}/officers`, DIRECTOR),
  post(`${C}/officers/o-1/resignation`, { resignedOn: '2026-11-03' }),
  post(`${C}/officers/o-1/particulars`, { effectiveOn: '2026-11-03', serviceAddress: '3 Demo Yard' }),
  post(`${C}/officers/o-1/identity-verification`, { verifiedOn: '2026-11-03', route: 'companies-house', personalCode: 'ABC12345DEF' }),
  post(`${C}/particulars`, { effectiveOn: '2026-11-03', companyNumber: '09191234' }),
  post(`${C}/inspection-requests`, { receivedOn: '2026-11-03', kind: 'copy', requesterName: 'X' }),
  post(`${C}/inspection-requests/q-1/answer`, { answeredOn: '2026-11-04', answer: 'complied' }),
  post(`${C}/psc/statements`, { madeOn: '2026-11-03' }),
  post(`${C}/inspection-requests/q-1/appointment`, { namedOn: '2026-11-04', on: '2026-11-20', from: '10:00', until: '12:00' }),
];
const READS = [get(`${C}/officers`), get(`${C}/officers/warnings`), get(`${C}/particulars`), get(`${C}/psc`), get(`${C}/inspection-requests`)];

describe('officers, particulars, PSC and inspection over HTTP, with the services replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({
      controllers: [OfficersController, CompanyRecordsController],
      services: [OfficersService, OfficerWarningsService, ParticularsService, PscService, InspectionService],
    });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  const send = (path: string, body: object) => () => c.http.post(`${C}/${path}`).set(c.auth('secretary')).send(body);

  it('EC-4: an appointment the DTO accepts reaches the service with the caller; the officers are read with the caller\'s role', async () => {
    c.mock(OfficersService).appoint.mockResolvedValue({ officerId: 'o-1' } as never);
    await send('officers', DIRECTOR)().expect(201);
    expect(c.mock(OfficersService).appoint).toHaveBeenCalledWith(COMPANY, DIRECTOR, CALLERS.secretary);
    c.mock(OfficersService).list.mockResolvedValue([]);
    await c.http.get(`${C}/officers?asAt=2026-11-03`).set(c.auth('board')).expect(200);
    expect(c.mock(OfficersService).list).toHaveBeenCalledWith(COMPANY, '2026-11-03', 'board');
  });

  it.each(['board', 'auditor'] as const)('a %s token reads every record (200), as at today by default', async (role) => {
    c.mock(OfficersService).list.mockResolvedValue([]);
    c.mock(OfficerWarningsService).warnings.mockResolvedValue({} as never);
    c.mock(ParticularsService).read.mockResolvedValue({} as never);
    c.mock(PscService).read.mockResolvedValue({} as never);
    c.mock(InspectionService).list.mockResolvedValue([]);
    for (const read of READS) await c.http.get(read.path).set(c.auth(role)).expect(200);
    expect(c.mock(PscService).read).toHaveBeenCalledWith(COMPANY, todayUk());
    expect(c.mock(InspectionService).list).toHaveBeenCalledWith(COMPANY, todayUk(), role);
  });

  it.each(WRITES.flatMap((write) => (['board', 'auditor'] as const).map((role) => [role, write.path, write] as const)))('a %s token is refused POST %s with 403 FORBIDDEN', async (role, _path, write) => {
    await expectForbidden(c, write, role);
  });

  it.each([...READS, ...WRITES].map((route) => [route.method.toUpperCase(), route.path, route] as const))('%s %s without a valid token is 401 UNAUTHENTICATED', async (_method, _path, route) => {
    await expectUnauthenticated(c, route);
  });

  const V = 'VALIDATION_FAILED';
  it('400 for an appointment with an unknown role, an impossible date of birth or an unknown field, naming the field', async () => {
    await c.refused(send('officers', { ...DIRECTOR, role: 'chair' }), 400, V, 'role');
    await c.refused(send('officers', { ...DIRECTOR, dateOfBirth: '1970-02-30' }), 400, V, 'dateOfBirth');
    await c.refused(send('officers', { ...DIRECTOR, shoeSize: 9 }), 400, V, 'shoeSize');
    await c.refused(send('officers/o-1/identity-verification', { verifiedOn: '2026-11-03', route: 'post' }), 400, V, 'route');
  });

  it.each(['ABC', 'ABC12345DE', 'ABC12345DEFG', 'ABC-2345DEF', 'ABC 2345DEF', 'ÀBC12345DEF'])('EC-3: a personal code %p (not 11 letters and digits) is 400 naming personalCode', async (code) => {
    await c.refused(send('officers/o-1/identity-verification', { verifiedOn: '2026-11-03', route: 'companies-house', personalCode: code }), 400, V, 'personalCode');
  });

  it('400 for particulars with a bad email or reference day, and an inspection request or answer of the wrong shape', async () => {
    await c.refused(send('particulars', { effectiveOn: '2026-11-03', registeredEmailAddress: 'not-an-email' }), 400, V, 'registeredEmailAddress');
    await c.refused(send('particulars', { effectiveOn: '2026-11-03', accountingReferenceDate: { month: 13, day: 1 } }), 400, V, 'accountingReferenceDate.month');
    await c.refused(send('inspection-requests', { receivedOn: '2026-11-03', kind: 'borrow', requesterName: 'X' }), 400, V, 'kind');
    await c.refused(send('inspection-requests/q-1/answer', { answeredOn: '2026-11-04', answer: 'ignored' }), 400, V, 'answer');
    await c.refused(send('inspection-requests/q-1/appointment', { namedOn: '2026-11-04', on: '2026-11-20', from: '9am', until: '12:00' }), 400, V, 'from');
    await c.refused(send('inspection-requests/q-1/appointment', { namedOn: '2026-11-04', on: '2026-11-20', from: '10:00', until: '24:00' }), 400, V, 'until');
  });
});
