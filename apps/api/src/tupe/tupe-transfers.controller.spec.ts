import { CALLERS, expectForbidden, post, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { todayUk } from '../../../../test/support/dates';
import { TupeTransfersController } from './tupe-transfers.controller';
import { TupeTransfersService } from './tupe-transfers.service';

const C = '/api/companies/demo-company';
const T = `${C}/tupe-transfers/tupe-x`;

/** A transfer the DTO accepts (whether its parties and contract exist is the service's business). */
const TRANSFER = {
  transferId: 'tupe-x', transferorId: 'barts-health', transfereeId: 'demo-company', serviceContractId: 'school-health-and-wellbeing', type: 'service-provision-change',
  transferDate: '2018-09-01', representation: { basis: 'recognised-union', unionRecognised: true },
  measures: { transferor: { envisaged: false, description: 'None' }, transferee: { envisaged: false, description: 'None' } },
  pension: { route: 'new-fair-deal', reference: 'SYNTHETIC-DIRECTION-TEST' },
};
const WRITES = [
  post(`${C}/tupe-transfers`, TRANSFER),
  post(`${T}/consultations`, { on: '2024-12-15', by: 'transferor', kind: 'information', audience: 'employees', summary: 'Synthetic letter' }),
  post(`${T}/eli-receipts`, { receivedOn: '2024-12-10' }),
  post(`${T}/measures`, { party: 'transferee', envisaged: false, description: 'None' }),
  post(`${T}/pension`, { route: 'new-fair-deal' }),
];

describe('TUPE transfers over HTTP, with the service replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({ controllers: [TupeTransfersController], services: [TupeTransfersService] });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  it('what the DTOs accept reaches each use case with the transfer id and the caller', async () => {
    const transfers = c.mock(TupeTransfersService);
    for (const write of WRITES) await c.http.post(write.path).set(c.auth('secretary')).send(write.body!).expect(201);
    expect(transfers.create).toHaveBeenCalledWith('demo-company', TRANSFER, CALLERS.secretary);
    expect(transfers.recordConsultation).toHaveBeenCalledWith('demo-company', 'tupe-x', WRITES[1].body, CALLERS.secretary);
    expect(transfers.recordEliReceipt).toHaveBeenCalledWith('demo-company', 'tupe-x', WRITES[2].body, CALLERS.secretary);
    expect(transfers.recordMeasures).toHaveBeenCalledWith('demo-company', 'tupe-x', WRITES[3].body, CALLERS.secretary);
    expect(transfers.recordPension).toHaveBeenCalledWith('demo-company', 'tupe-x', WRITES[4].body, CALLERS.secretary);
  });

  it('transfers are read as at the day asked, or today; an impossible day is 400', async () => {
    await c.http.get(`${C}/tupe-transfers`).set(c.auth('board')).expect(200);
    await c.http.get(`${T}?asAt=2016-04-01`).set(c.auth('auditor')).expect(200);
    expect(c.mock(TupeTransfersService).list).toHaveBeenCalledWith('demo-company', todayUk());
    expect(c.mock(TupeTransfersService).get).toHaveBeenCalledWith('demo-company', 'tupe-x', '2016-04-01', 'auditor');
    c.reset();
    await c.refused(() => c.http.get(`${T}?asAt=2016-13-01`).set(c.auth('board')), 400, 'VALIDATION_FAILED', 'asAt');
  });

  it('a transfer on an impossible date, with an unknown basis of representation, is 400 naming both fields', async () => {
    const body = { ...TRANSFER, transferDate: '2018-02-30', representation: { basis: 'shop-floor' } };
    const bad = await c.refused(() => c.http.post(`${C}/tupe-transfers`).set(c.auth('secretary')).send(body), 400, 'VALIDATION_FAILED');
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(['representation.basis', 'transferDate']);
  });

  it.each(WRITES.flatMap((write) => (['board', 'auditor'] as const).map((role) => [role, write.path, write] as const)))(
    'a %s token is refused POST %s with 403 FORBIDDEN',
    async (role, _path, write) => {
      await expectForbidden(c, write, role);
    },
  );
});
