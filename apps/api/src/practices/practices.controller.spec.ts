import { CALLERS, expectForbidden, expectUnauthenticated, get, post, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { todayUk } from '../../../../test/support/dates';
import { ParticularsService } from '../share-register/particulars.service';
import { PracticesController } from './practices.controller';
import { PracticesService } from './practices.service';

const C = '/api/companies/demo-company';

/** Every write of the practice list and members' particulars, each with a body the DTO accepts. */
const WRITES = [
  post(`${C}/practices`, { odsCode: 'Z00038', name: 'Example Practice', address: '1 Example Street', networkId: 'network-1', on: '2026-04-01' }),
  post(`${C}/practices/practice-z00003/changes`, { effectiveOn: '2026-05-01', name: 'Renamed Practice' }),
  post(`${C}/practices/practice-z00004/closure`, { effectiveOn: '2026-06-30', reason: 'merged', successorPracticeId: 'practice-z00005' }),
  post(`${C}/members/m-1/particulars`, { effectiveOn: '2026-05-10', address: '2 Example Street', jointHolders: ['Dr B Example'] }),
];

describe('practices and members’ particulars over HTTP, with the services replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({ controllers: [PracticesController], services: [PracticesService, ParticularsService] });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  it('RM-1/RM-3/SH-5: what the DTOs accept reaches each use case, with the ids from the path', async () => {
    const practices = c.mock(PracticesService);
    c.mock(ParticularsService).change.mockResolvedValue({ sequence: 9, hash: 'h' } as never);
    practices.admit.mockResolvedValue({ record: { practiceId: 'practice-z00002' }, replayed: false } as never);
    for (const write of WRITES) await c.http.post(write.path).set(c.auth('secretary')).send(write.body!).expect(201);
    expect(practices.admit).toHaveBeenCalledWith('demo-company', WRITES[0].body, CALLERS.secretary, undefined);
    expect(practices.change).toHaveBeenCalledWith('demo-company', 'practice-z00003', WRITES[1].body, CALLERS.secretary);
    expect(practices.close).toHaveBeenCalledWith('demo-company', 'practice-z00004', WRITES[2].body, CALLERS.secretary);
    expect(c.mock(ParticularsService).change).toHaveBeenCalledWith('demo-company', 'm-1', WRITES[3].body, CALLERS.secretary);
  });

  it('the list is as at the day asked, or today, for every role', async () => {
    await c.http.get(`${C}/practices`).set(c.auth('auditor')).expect(200);
    expect(c.mock(PracticesService).list).toHaveBeenCalledWith('demo-company', todayUk());
    c.reset();
    await c.refused(() => c.http.get(`${C}/practices?asAt=2026-02-30`).set(c.auth('board')), 400, 'VALIDATION_FAILED', 'asAt');
  });

  it.each([
    ['an ODS code in lower case', `${C}/practices`, { odsCode: 'z00038', name: 'X', address: 'Y', on: '2026-04-01' }, 'odsCode'],
    ['no date', `${C}/practices`, { odsCode: 'Z00038', name: 'X', address: 'Y' }, 'on'],
    ['an empty name', `${C}/practices/p/changes`, { effectiveOn: '2026-05-01', name: '' }, 'name'],
    ['a reason the articles do not know', `${C}/practices/p/closure`, { effectiveOn: '2026-06-30', reason: 'sold' }, 'reason'],
    ['joint holders that are not names', `${C}/members/m/particulars`, { effectiveOn: '2026-05-01', jointHolders: [''] }, 'jointHolders'],
  ])('RM-1: %s is 400 VALIDATION_FAILED and reaches no service', async (_what, path, body, field) => {
    await c.refused(() => c.http.post(path).set(c.auth('secretary')).send(body), 400, 'VALIDATION_FAILED', field);
  });

  it.each(WRITES.flatMap((write) => (['board', 'auditor'] as const).map((role) => [role, write.path, write] as const)))(
    'a %s token is refused POST %s with 403 FORBIDDEN',
    async (role, _path, write) => {
      await expectForbidden(c, write, role);
    },
  );

  it('GET …/practices without a valid token is 401 UNAUTHENTICATED', async () => {
    await expectUnauthenticated(c, get(`${C}/practices`));
  });
});
