import { CALLERS, expectForbidden, post, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { todayUk } from '../../../../test/support/dates';
import { PartnershipsController } from './partnerships.controller';
import { PartnershipsService } from './partnerships.service';

const C = '/api/companies/demo-company';
const P = `${C}/partnerships/community-health-services-alliance`;

/** Every write of the partnerships, each with a body the DTO accepts. */
const WRITES = [
  post(`${C}/partnerships`, { partnershipId: 'synthetic-partnership', name: 'Synthetic partnership' }),
  post(`${P}/members`, { organisationId: 'tower-hamlets-ccg', role: 'commissioner', on: '2018-04-01' }),
  post(`${P}/members/east-london-nhs-foundation-trust/departure`, { on: '2030-03-31' }),
  post(`${P}/service-lines`, { name: 'Synthetic line', managedById: 'demo-company', startOn: '2018-04-01' }),
];

describe('partnerships over HTTP, with the service replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({ controllers: [PartnershipsController], services: [PartnershipsService] });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  it('what the DTOs accept reaches each use case with the ids from the path and the caller', async () => {
    const partnerships = c.mock(PartnershipsService);
    for (const write of WRITES) await c.http.post(write.path).set(c.auth('secretary')).send(write.body!).expect(201);
    expect(partnerships.record).toHaveBeenCalledWith('demo-company', WRITES[0].body, CALLERS.secretary);
    expect(partnerships.addMember).toHaveBeenCalledWith('demo-company', 'community-health-services-alliance', WRITES[1].body, CALLERS.secretary);
    expect(partnerships.recordDeparture).toHaveBeenCalledWith(
      'demo-company', 'community-health-services-alliance', 'east-london-nhs-foundation-trust', WRITES[2].body, CALLERS.secretary,
    );
    expect(partnerships.addServiceLine).toHaveBeenCalledWith('demo-company', 'community-health-services-alliance', WRITES[3].body, CALLERS.secretary);
  });

  it('reads are as at the day asked, or today', async () => {
    await c.http.get(`${C}/partnerships`).set(c.auth('board')).expect(200);
    await c.http.get(`${P}?asAt=2017-04-01`).set(c.auth('auditor')).expect(200);
    expect(c.mock(PartnershipsService).list).toHaveBeenCalledWith('demo-company', todayUk());
    expect(c.mock(PartnershipsService).get).toHaveBeenCalledWith('demo-company', 'community-health-services-alliance', '2017-04-01');
  });

  it('a member with a bad id, an unknown role and an impossible date is 400 naming each field', async () => {
    const bad = await c.refused(
      () => c.http.post(`${P}/members`).set(c.auth('secretary')).send({ organisationId: 'Barts Health', role: 'boss', on: '2020-02-30' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['on', 'organisationId', 'role']);
  });

  it('partnerships as at an unreadable day are 400', async () => {
    await c.refused(() => c.http.get(`${C}/partnerships?asAt=yesterday`).set(c.auth('board')), 400, 'VALIDATION_FAILED', 'asAt');
  });

  it.each(WRITES.flatMap((write) => (['board', 'auditor'] as const).map((role) => [role, write.path, write] as const)))(
    'a %s token is refused POST %s with 403 FORBIDDEN',
    async (role, _path, write) => {
      await expectForbidden(c, write, role);
    },
  );
});
