import { expectForbidden, expectUnauthenticated, get, post, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { CertificatesController } from './certificates.controller';
import { CertificatesService } from './certificates.service';
import { CorrectionsController } from './corrections.controller';
import { CorrectionsService } from './corrections.service';
import { LodgedTransfersController } from './lodged-transfers.controller';
import { LodgedTransfersService } from './lodged-transfers.service';
import { ShareEventsController } from './share-events.controller';
import { ShareEventsService } from './share-events.service';
import { ShareEventsBatchService } from './share-events-batch.service';

const C = '/api/companies/demo-company';
const ENTRY = {
  sequence: 50, kind: 'x', effectiveOn: '2024-06-01', recordedAt: '2024-06-03T10:00:00.000Z', recordedBy: 'Test secretary',
  payload: { certificateNumber: 3 }, previousHash: 'a'.repeat(64), hash: 'b'.repeat(64), companyId: 'demo-company',
};
const LODGE = { status: 'lodged', shareNumber: 1, fromMemberId: 'member-1', to: { practiceId: 'practice-z00001' }, lodgedOn: '2024-06-01' };
const WRITES = [
  post(`${C}/share-transfers/50/registration`, { effectiveOn: '2024-06-20' }),
  post(`${C}/share-transfers/50/refusal`, { refusedOn: '2024-06-20', reasons: 'no instrument' }),
  post(`${C}/shares/7/certificates`, { issuedOn: '2024-06-20' }),
  post(`${C}/shares/7/certificates/replacement`, { reason: 'lost', indemnityReceivedOn: '2024-06-19', issuedOn: '2024-06-20' }),
  post(`${C}/ledger/corrections`, { correctsSequence: 45, reason: 'entered in the wrong names' }),
];

describe('lodged transfers, certificates and corrections over HTTP, with the services replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({
      controllers: [ShareEventsController, LodgedTransfersController, CertificatesController, CorrectionsController],
      services: [ShareEventsService, LodgedTransfersService, CertificatesService, CorrectionsService, ShareEventsBatchService],
    });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  it('SH-3: status "lodged" goes to the lodging use case and answers its transferId; a transfer with effectiveOn is registered at once', async () => {
    c.mock(LodgedTransfersService).lodge.mockResolvedValue({ record: ENTRY, replayed: false } as never);
    const res = await c.http.post(`${C}/share-transfers`).set(c.auth('secretary')).send(LODGE).expect(201);
    expect(res.body).toMatchObject({ transferId: '50', sequence: 50 });
    expect(c.calls()).toEqual(['LodgedTransfersService.lodge']);
  });

  it('SH-3: the decision routes take the transfer id from the path and the body as their DTO', async () => {
    c.mock(LodgedTransfersService).refuse.mockResolvedValue({ record: ENTRY, replayed: false } as never);
    await c.http.post(`${C}/share-transfers/50/refusal`).set(c.auth('secretary')).send({ refusedOn: '2024-06-20', reasons: 'no instrument' }).expect(201);
    expect(c.mock(LodgedTransfersService).refuse.mock.calls[0].slice(0, 3)).toEqual(['demo-company', '50', { refusedOn: '2024-06-20', reasons: 'no instrument' }]);
  });

  it('SR-3: the issue and replacement routes answer the certificate number and label', async () => {
    c.mock(CertificatesService).replace.mockResolvedValue(ENTRY as never);
    const res = await c.http.post(`${C}/shares/7/certificates/replacement`).set(c.auth('secretary')).send({ reason: 'defaced', indemnityReceivedOn: '2024-06-19', issuedOn: '2024-06-20' }).expect(201);
    expect(res.body).toMatchObject({ certificateNumber: 3, certificate: 'C-0003' });
    expect(c.mock(CertificatesService).replace.mock.calls[0].slice(0, 2)).toEqual(['demo-company', 7]);
  });

  it.each([
    ['a refusal without reasons', post(`${C}/share-transfers/50/refusal`, { refusedOn: '2024-06-20' }), 'reasons'],
    ['a registration without effectiveOn', post(`${C}/share-transfers/50/registration`, {}), 'effectiveOn'],
    ['a replacement for a stolen certificate', post(`${C}/shares/7/certificates/replacement`, { reason: 'stolen', indemnityReceivedOn: '2024-06-19', issuedOn: '2024-06-20' }), 'reason'],
    ['a certificate without issuedOn', post(`${C}/shares/7/certificates`, {}), 'issuedOn'],
    ['a correction without reason', post(`${C}/ledger/corrections`, { correctsSequence: 45 }), 'reason'],
    ['a correction of sequence 0', post(`${C}/ledger/corrections`, { correctsSequence: 0, reason: 'x' }), 'correctsSequence'],
    ['a corrected entry of an unknown type', post(`${C}/ledger/corrections`, { correctsSequence: 4, reason: 'x', replacement: { type: 'gift', effectiveOn: '2024-01-01', shareNumber: 1 } }), 'replacement.type'],
    ['a lodged-transfer list of an unknown status', get(`${C}/share-transfers?status=pending`), 'status'],
  ])('400 VALIDATION_FAILED for %s, naming the field, and no service is called', async (_name, route, field) => {
    const send = () => (route.method === 'get' ? c.http.get(route.path).set(c.auth('auditor')) : c.http.post(route.path).set(c.auth('secretary')).send(route.body!));
    await c.refused(send, 400, 'VALIDATION_FAILED', field);
  });

  it.each(WRITES.map((r) => [r.path, r] as const))('POST %s: 401 without a token, 403 for board and auditor', async (_path, route) => {
    await expectUnauthenticated(c, route);
    await expectForbidden(c, route, 'board');
    await expectForbidden(c, route, 'auditor');
  });
});
