import { CALLERS, expectForbidden, post, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { AssetTransfersController } from './asset-transfers.controller';
import { AssetTransfersService } from './asset-transfers.service';

const PATH = '/api/companies/demo-company/asset-transfers';
const BODY = { transferredOn: '2025-06-30', description: 'Equipment', recipientName: 'Example CIC', recipientKind: 'not-asset-locked', marketValuePence: 100000, considerationPence: 100000 };

describe('the register of asset transfers over HTTP, with the service replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({ controllers: [AssetTransfersController], services: [AssetTransfersService] });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  it('CI-2: what the DTO accepts reaches the use case with the caller and no key; with an Idempotency-Key, the key', async () => {
    c.mock(AssetTransfersService).record.mockResolvedValue({ record: {} as never, replayed: false });
    await c.http.post(PATH).set(c.auth('secretary')).send(BODY).expect(201);
    expect(c.mock(AssetTransfersService).record).toHaveBeenCalledWith('demo-company', BODY, CALLERS.secretary, undefined);
    await c.http.post(PATH).set(c.auth('secretary')).set('Idempotency-Key', 'transfer-1').send(BODY).expect(201);
    expect(c.mock(AssetTransfersService).record.mock.calls[1]?.slice(0, 3)).toEqual(['demo-company', BODY, CALLERS.secretary]);
    expect(c.mock(AssetTransfersService).record.mock.calls[1]?.[3]).toMatchObject({ key: 'transfer-1', scope: expect.stringMatching(/^api asset-transfers /) });
  });

  it('an Idempotency-Key that is empty or not printable ASCII is 400 naming the header, and the use case is not reached', async () => {
    for (const bad of ['', 'clé']) {
      await c.refused(() => c.http.post(PATH).set(c.auth('secretary')).set('Idempotency-Key', bad).send(BODY), 400, 'VALIDATION_FAILED', 'Idempotency-Key');
    }
  });

  it('CI-2: the recipient’s name may be left out (a body named in the articles is recorded with the name they give it)', async () => {
    const named = { ...BODY, recipientName: undefined, recipientKind: 'asset-locked-body-named-in-articles', recipientRegistrationNumber: '1234567' };
    c.mock(AssetTransfersService).record.mockResolvedValue({ record: {} as never, replayed: false });
    await c.http.post(PATH).set(c.auth('secretary')).send(named).expect(201);
    expect(c.mock(AssetTransfersService).record).toHaveBeenCalledWith('demo-company', { ...named, recipientName: undefined }, CALLERS.secretary, undefined);
  });

  it('CI-5: the board and the auditor read the list, as at a day and for a financial year', async () => {
    c.mock(AssetTransfersService).list.mockResolvedValue({ asAt: null, financialYear: null, transfers: [] });
    await c.http.get(PATH).set(c.auth('board')).expect(200);
    await c.http.get(`${PATH}?asAt=2025-06-30&financialYearEnd=2025-03-31`).set(c.auth('auditor')).expect(200);
    expect(c.mock(AssetTransfersService).list.mock.calls).toEqual([
      ['demo-company', { asAt: undefined, financialYearEnd: undefined }],
      ['demo-company', { asAt: '2025-06-30', financialYearEnd: '2025-03-31' }],
    ]);
    c.reset();
    await c.refused(() => c.http.get(`${PATH}?financialYearEnd=2025-02-30`).set(c.auth('board')), 400, 'VALIDATION_FAILED', 'financialYearEnd');
  });

  it.each([
    ['a negative market value', { marketValuePence: -1 }, 'marketValuePence'],
    ['pounds written as text', { considerationPence: '1000.00' }, 'considerationPence'],
    ['a fraction of a penny', { considerationPence: 0.5 }, 'considerationPence'],
    ['an unknown kind of recipient', { recipientKind: 'gp-practice' }, 'recipientKind'],
    ['a date that is not one', { transferredOn: '2025-02-30' }, 'transferredOn'],
    ['a blank description', { description: '  ' }, 'description'],
    ['an unknown field', { basis: 'full-consideration' }, 'basis'],
  ])('%s is 400 naming the field, and the use case is not reached', async (_what, change, field) => {
    await c.refused(() => c.http.post(PATH).set(c.auth('secretary')).send({ ...BODY, ...change }), 400, 'VALIDATION_FAILED', field);
  });

  it.each(['board', 'auditor'] as const)('a %s token is refused the write with 403 FORBIDDEN', async (role) => {
    await expectForbidden(c, post(PATH, BODY), role);
  });
});
