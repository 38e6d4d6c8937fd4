import { expectUnauthenticated, get, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { WindingUpController } from './winding-up.controller';
import { WindingUpService } from './winding-up.service';

const PATH = '/api/companies/demo-company/winding-up-distribution';
const ANSWER = {
  asAt: '2026-03-31', residualAssetsPence: 2500, totalPaidUpPence: 3700, toMembersPence: 2500, membersPaidInFull: false, residuePence: 0,
  residueTo: { kind: 'as-regulator-directs', bodies: [], basis: 'as the CIC Regulator directs', inWords: 'as the CIC Regulator directs' },
  members: [{ memberId: 'm1', name: 'Demo Practice 01 (synthetic)', shareNumbers: [1], paidUpPence: 100, entitlementPence: 68 }],
};

describe('the winding-up distribution over HTTP, with the service replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({ controllers: [WindingUpController], services: [WindingUpService] });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  it.each(['secretary', 'board', 'auditor'] as const)('CI-4: the %s reads the distribution: the amount converted to a number, as at today by default or the day given, and the answer passed on as it is', async (role) => {
    c.mock(WindingUpService).distribution.mockResolvedValue(ANSWER as never);
    expect((await c.http.get(`${PATH}?residualAssetsPence=2500`).set(c.auth(role)).expect(200)).body).toEqual(ANSWER);
    await c.http.get(`${PATH}?residualAssetsPence=0&asAt=2026-03-31`).set(c.auth(role)).expect(200);
    expect(c.mock(WindingUpService).distribution.mock.calls).toEqual([['demo-company', 2500, undefined], ['demo-company', 0, '2026-03-31']]);
  });

  it.each([
    ['no residual assets', '', 'residualAssetsPence'],
    ['negative residual assets', '?residualAssetsPence=-1', 'residualAssetsPence'],
    ['a fraction of a penny', '?residualAssetsPence=10.5', 'residualAssetsPence'],
    ['pounds written with a sign', '?residualAssetsPence=%C2%A325', 'residualAssetsPence'],
    ['an amount in another notation', '?residualAssetsPence=1e3', 'residualAssetsPence'],
    ['more than fifteen digits', '?residualAssetsPence=1000000000000000', 'residualAssetsPence'],
    ['the amount sent twice', '?residualAssetsPence=1&residualAssetsPence=2', 'residualAssetsPence'],
    ['a date that is not one', '?residualAssetsPence=100&asAt=2026-02-30', 'asAt'],
    ['a date outside the range kept', '?residualAssetsPence=100&asAt=1700-01-01', 'asAt'],
    ['an unknown parameter', '?residualAssetsPence=100&knownAt=2026-01-01T00:00:00Z', 'knownAt'],
  ])('%s is 400 VALIDATION_FAILED naming the parameter, and the use case is not reached', async (_what, query, field) => {
    await c.refused(() => c.http.get(`${PATH}${query}`).set(c.auth('board')), 400, 'VALIDATION_FAILED', field);
  });

  it('without a usable token the read is 401, and the use case is not reached', async () => {
    await expectUnauthenticated(c, get(`${PATH}?residualAssetsPence=100`));
  });
});
