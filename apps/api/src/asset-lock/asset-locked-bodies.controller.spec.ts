import { CALLERS, expectForbidden, post, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { AssetLockedBodiesController } from './asset-locked-bodies.controller';
import { AssetLockedBodiesService } from './asset-locked-bodies.service';

const PATH = '/api/companies/demo-company/asset-locked-bodies';
const BODY = {
  effectiveOn: '2025-05-01',
  bodies: [{ name: 'Example Community Trust', registrationNumber: '1234567' }],
  resolutionId: 'resolution-12',
  regulatorApprovalReference: 'CIC/ART/0007',
  regulatorApprovalOn: '2025-04-20',
};

describe('the asset-locked bodies the articles name, over HTTP, with the service replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({ controllers: [AssetLockedBodiesController], services: [AssetLockedBodiesService] });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  it('CI-6: what the DTO accepts reaches the use case with the caller and no key; with an Idempotency-Key, the key', async () => {
    c.mock(AssetLockedBodiesService).change.mockResolvedValue({ record: {} as never, replayed: false });
    await c.http.post(PATH).set(c.auth('secretary')).send(BODY).expect(201);
    expect(c.mock(AssetLockedBodiesService).change).toHaveBeenCalledWith('demo-company', BODY, CALLERS.secretary, undefined);
    // The resolution and the approval may be left out: the domain refuses the change naming what it needs (422).
    const bare = { effectiveOn: '2025-05-01', bodies: [] };
    await c.http.post(PATH).set(c.auth('secretary')).set('Idempotency-Key', 'k-1').send(bare).expect(201);
    expect(c.mock(AssetLockedBodiesService).change.mock.calls[1]?.slice(0, 3)).toEqual(['demo-company', bare, CALLERS.secretary]);
    expect(c.mock(AssetLockedBodiesService).change.mock.calls[1]?.[3]).toMatchObject({ key: 'k-1' });
  });

  it('CI-2: every role reads the bodies named, as at a day', async () => {
    c.mock(AssetLockedBodiesService).list.mockResolvedValue({ asAt: '2025-06-30' as never, bodies: [], changes: [] });
    await c.http.get(PATH).set(c.auth('board')).expect(200);
    await c.http.get(`${PATH}?asAt=2025-06-30`).set(c.auth('auditor')).expect(200);
    expect(c.mock(AssetLockedBodiesService).list.mock.calls).toEqual([['demo-company', undefined], ['demo-company', '2025-06-30']]);
    c.reset();
    await c.refused(() => c.http.get(`${PATH}?asAt=2025-02-30`).set(c.auth('board')), 400, 'VALIDATION_FAILED', 'asAt');
  });

  it.each([
    ['no list of bodies', { bodies: undefined }, 'bodies'],
    ['a body without a number', { bodies: [{ name: 'Example Community Trust' }] }, 'bodies.0.registrationNumber'],
    ['a blank name', { bodies: [{ name: ' ', registrationNumber: '1234567' }] }, 'bodies.0.name'],
    ['more than 20 bodies', { bodies: Array.from({ length: 21 }, (_, i) => ({ name: `Body ${i}`, registrationNumber: `12345${String(i).padStart(2, '0')}` })) }, 'bodies'],
    ['a date that is not one', { effectiveOn: '2025-02-30' }, 'effectiveOn'],
    ['an approval date that is not one', { regulatorApprovalOn: '30/04/2025' }, 'regulatorApprovalOn'],
    ['an unknown field', { approved: true }, 'approved'],
  ])('%s is 400 naming the field, and the use case is not reached', async (_what, change, field) => {
    await c.refused(() => c.http.post(PATH).set(c.auth('secretary')).send({ ...BODY, ...change }), 400, 'VALIDATION_FAILED', field);
  });

  it.each(['board', 'auditor'] as const)('a %s token is refused the change with 403 FORBIDDEN', async (role) => {
    await expectForbidden(c, post(PATH, BODY), role);
  });
});
