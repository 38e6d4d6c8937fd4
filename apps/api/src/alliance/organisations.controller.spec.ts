import { CALLERS, expectForbidden, post, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';
import { ServiceContractsService } from './service-contracts.service';

const C = '/api/companies/demo-company';

/** Every write of organisations and service contracts, each with a body the DTO accepts. */
const WRITES = [
  post(`${C}/organisations`, { organisationId: 'synthetic-charity', name: 'Synthetic Charity', kind: 'voluntary-sector' }),
  post(`${C}/service-contracts`, { name: 'Synthetic contract', holderId: 'demo-company', startOn: '2020-04-01' }),
];

describe('organisations and service contracts over HTTP, with the services replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({ controllers: [OrganisationsController], services: [OrganisationsService, ServiceContractsService] });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  it('what the DTOs accept reaches each use case with the caller', async () => {
    for (const write of WRITES) await c.http.post(write.path).set(c.auth('secretary')).send(write.body!).expect(201);
    expect(c.mock(OrganisationsService).record).toHaveBeenCalledWith('demo-company', WRITES[0].body, CALLERS.secretary);
    expect(c.mock(ServiceContractsService).record).toHaveBeenCalledWith('demo-company', WRITES[1].body, CALLERS.secretary);
  });

  it('service contracts are all of them, or with asAt those running that day', async () => {
    c.mock(ServiceContractsService).list.mockResolvedValue([]);
    await c.http.get(`${C}/service-contracts`).set(c.auth('board')).expect(200);
    await c.http.get(`${C}/service-contracts?asAt=2016-04-01`).set(c.auth('auditor')).expect(200);
    expect(c.mock(ServiceContractsService).list.mock.calls).toEqual([['demo-company', undefined], ['demo-company', '2016-04-01']]);
  });

  it('an organisation with a blank name, and an unknown field, is 400', async () => {
    const send = () => c.http.post(`${C}/organisations`).set(c.auth('secretary')).send({ name: '   ', kind: 'nhs-trust', extra: true });
    const res = await c.refused(send, 400, 'VALIDATION_FAILED', 'name');
    expect(res.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'extra' })]));
  });

  it.each(WRITES.flatMap((write) => (['board', 'auditor'] as const).map((role) => [role, write.path, write] as const)))(
    'a %s token is refused POST %s with 403 FORBIDDEN',
    async (role, _path, write) => {
      await expectForbidden(c, write, role);
    },
  );
});
