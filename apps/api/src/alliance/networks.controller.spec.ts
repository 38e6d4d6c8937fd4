import { CALLERS, expectForbidden, post, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { todayUk } from '../../../../test/support/dates';
import { NetworksController } from './networks.controller';
import { NetworksService } from './networks.service';

const C = '/api/companies/demo-company';

/** Every write of the practice networks, each with a body the DTO accepts. */
const WRITES = [
  post(`${C}/networks`, { name: 'Network 9' }),
  post(`${C}/networks/network-1/practices`, { practiceId: 'practice-z00001', on: '2030-01-01' }),
  post(`${C}/networks/moves`, { practiceId: 'practice-z00001', toNetworkId: 'network-2', on: '2030-01-01' }),
];

describe('practice networks over HTTP, with the service replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({ controllers: [NetworksController], services: [NetworksService] });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  it('what the DTOs accept reaches each use case; a move is not taken for a network called "moves"', async () => {
    const networks = c.mock(NetworksService);
    for (const write of WRITES) await c.http.post(write.path).set(c.auth('secretary')).send(write.body!).expect(201);
    expect(networks.record).toHaveBeenCalledWith('demo-company', WRITES[0].body, CALLERS.secretary);
    expect(networks.addPractice).toHaveBeenCalledWith('demo-company', 'network-1', WRITES[1].body, CALLERS.secretary);
    expect(networks.move).toHaveBeenCalledWith('demo-company', WRITES[2].body, CALLERS.secretary);
    expect(c.calls().sort()).toEqual(['NetworksService.addPractice', 'NetworksService.move', 'NetworksService.record']);
  });

  it('the networks are as at the day asked, or today; an impossible day is 400', async () => {
    await c.http.get(`${C}/networks`).set(c.auth('board')).expect(200);
    expect(c.mock(NetworksService).asAt).toHaveBeenCalledWith('demo-company', todayUk());
    c.reset();
    await c.refused(() => c.http.get(`${C}/networks?asAt=2021-02-29`).set(c.auth('board')), 400, 'VALIDATION_FAILED', 'asAt');
  });

  it.each(WRITES.flatMap((write) => (['board', 'auditor'] as const).map((role) => [role, write.path, write] as const)))(
    'a %s token is refused POST %s with 403 FORBIDDEN',
    async (role, _path, write) => {
      await expectForbidden(c, write, role);
    },
  );
});
