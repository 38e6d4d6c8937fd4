import type { Response } from 'supertest';
import { CALLERS, expectForbidden, expectUnauthenticated, post, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { CreateShareAllotmentDto, CreateShareCancellationDto, CreateShareTransferDto } from './dto/record-share-event.dto';
import { ShareEventsController } from './share-events.controller';
import { ShareEventsService } from './share-events.service';
import { LodgedTransfersService } from './lodged-transfers.service';
import { ShareEventsBatchService } from './share-events-batch.service';

const COMPANY = 'demo-company';
const C = `/api/companies/${COMPANY}`;
type Path = 'share-allotments' | 'share-transfers' | 'share-cancellations';

/** A body of each kind that passes every check of its shape (which ids exist is the service's business). */
const ALLOT = { effectiveOn: '2024-06-01', holder: { practiceId: 'practice-z00001' }, authorisedBy: 'resolution-1' };
const TRANSFER = {
  shareNumber: 1,
  fromMemberId: 'member-1',
  to: { practiceId: 'practice-z00001', name: 'New partners of Demo Practice 01' },
  lodgedOn: '2024-06-01',
  effectiveOn: '2024-06-02',
  authorisedBy: 'resolution-1',
};
const CANCEL = { shareNumber: 1, reason: 'surrender', effectiveOn: '2024-06-01', authorisedBy: 'resolution-1' };
const BASE: Record<Path, object> = { 'share-allotments': ALLOT, 'share-transfers': TRANSFER, 'share-cancellations': CANCEL };
const USE_CASE = { 'share-allotments': 'allot', 'share-transfers': 'transfer', 'share-cancellations': 'cancel' } as const;
const DTO = { 'share-allotments': CreateShareAllotmentDto, 'share-transfers': CreateShareTransferDto, 'share-cancellations': CreateShareCancellationDto };
const PATHS = Object.keys(BASE) as Path[];

describe('share events over HTTP, with the service replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({ controllers: [ShareEventsController], services: [ShareEventsService, LodgedTransfersService, ShareEventsBatchService] });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  const send = (path: Path, body: unknown) => () => c.http.post(`${C}/${path}`).set(c.auth('secretary')).send(body as object);
  const varied = (path: Path, changes: Record<string, unknown>) => send(path, { ...BASE[path], ...changes });

  it.each(PATHS)('a well-formed %s body reaches the service once, as its DTO, with the caller; the response is the ledger entry, field by field', async (path) => {
    const entry = {
      sequence: 45, kind: 'share.x', effectiveOn: '2024-06-01', recordedAt: '2024-06-03T10:00:00.000Z', recordedBy: 'Test secretary',
      payload: { shareNumber: 1 }, previousHash: 'a'.repeat(64), hash: 'b'.repeat(64),
    };
    c.mock(ShareEventsService)[USE_CASE[path]].mockResolvedValue({ record: { ...entry, companyId: COMPANY }, replayed: false } as never);
    const res = await send(path, BASE[path])().expect(201);
    expect(res.body).toEqual(entry);
    expect(c.calls()).toEqual([`ShareEventsService.${USE_CASE[path]}`]);
    const [companyId, dto, caller, key] = c.mock(ShareEventsService)[USE_CASE[path]].mock.calls[0];
    expect({ companyId, dto, caller, key }).toEqual({ companyId: COMPANY, dto: BASE[path], caller: CALLERS.secretary, key: undefined });
    expect(dto).toBeInstanceOf(DTO[path]);
  });

  it.each(PATHS)('%s: an Idempotency-Key reaches the service as a key scoped to the route and the token, with the body as fingerprint', async (path) => {
    c.mock(ShareEventsService)[USE_CASE[path]].mockResolvedValue({ record: { sequence: 1, payload: {} }, replayed: false } as never);
    await c.http.post(`${C}/${path}`).set(c.auth('secretary')).set('Idempotency-Key', 'k-1').send(BASE[path]).expect(201);
    const other = { ...(BASE[path] as object), effectiveOn: '2024-07-09' };
    await c.http.post(`${C}/${path}`).set(c.auth('secretary')).set('Idempotency-Key', 'k-1').send(other).expect(201);
    const [first, second] = c.mock(ShareEventsService)[USE_CASE[path]].mock.calls.map((call) => call[3] as { scope: string; key: string; fingerprint: string });
    expect(first).toMatchObject({ key: 'k-1', scope: expect.stringContaining(path) });
    expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(second.fingerprint).not.toBe(first.fingerprint);
  });

  type Case = [name: string, send: () => () => PromiseLike<Response>, field: string];
  const fieldCases = (path: Path, field: string, values: unknown[]): Case[] =>
    values.map((v) => [`${path} ${field}=${JSON.stringify(v)}`, () => varied(path, { [field]: v }), field]);

  const validation: Case[] = [
    ['unknown field on an allotment', () => varied('share-allotments', { colour: 'red' }), 'colour'],
    ['unknown field inside a transfer holder', () => varied('share-transfers', { to: { ...TRANSFER.to, nickname: 'x' } }), 'to.nickname'],
    ['unknown field on a cancellation', () => varied('share-cancellations', { memberName: 'x' }), 'memberName'],
    ['allotment without effectiveOn', () => varied('share-allotments', { effectiveOn: undefined }), 'effectiveOn'],
    ['allotment without holder', () => varied('share-allotments', { holder: undefined }), 'holder'],
    ['transfer without to', () => varied('share-transfers', { to: undefined }), 'to'],
    ['transfer without lodgedOn', () => varied('share-transfers', { lodgedOn: undefined }), 'lodgedOn'],
    ['transfer without shareNumber', () => varied('share-transfers', { shareNumber: undefined }), 'shareNumber'],
    ['SH-3: transfer without fromMemberId (the instrument must name the transferor)', () => varied('share-transfers', { fromMemberId: undefined }), 'fromMemberId'],
    ['cancellation without reason', () => varied('share-cancellations', { reason: undefined }), 'reason'],
    ['empty cancellation', () => send('share-cancellations', {}), 'effectiveOn'],
    ['holder that is not an object', () => varied('share-allotments', { holder: 'practice-z00001' }), 'holder'],
    ...fieldCases('share-transfers', 'shareNumber', ['abc', '5', -1, 0, 1.5, 1e20, null]),
    ...fieldCases('share-cancellations', 'shareNumber', ['abc', -1, 0, 1.5, 1e20]),
    ...fieldCases('share-allotments', 'shareNumber', ['abc', -1, 0, 1.5, 1e20]),
    ...fieldCases('share-allotments', 'paidUpPence', [-1, 1.5, '100']),
    ...fieldCases('share-cancellations', 'reason', ['gift']),
    ...fieldCases('share-allotments', 'effectiveOn', ['2023-02-29', '2024-13-01', '2024-1-1', '0000-01-01', '2024-06-01T00:00:00Z', 20240601]),
    ...fieldCases('share-transfers', 'effectiveOn', ['2023-02-29', '2024-13-01', '2024-1-1']),
    ...fieldCases('share-transfers', 'lodgedOn', ['2023-02-29', '2024-06-31']),
    ...fieldCases('share-cancellations', 'effectiveOn', ['2023-02-29', '2024-00-10']),
    ...fieldCases('share-transfers', 'fromMemberId', ['', 42, null, 'x'.repeat(101)]),
    ...fieldCases('share-allotments', 'authorisedBy', ['', 42, 'x'.repeat(101)]),
    ...fieldCases('share-transfers', 'authorisedBy', ['', { id: 'x' }]),
    ...fieldCases('share-cancellations', 'authorisedBy', ['', ['x']]),
  ];
  it.each(validation)('400 VALIDATION_FAILED for %s, naming the field, and the service is not called', async (_name, request, field) => {
    await c.refused(request(), 400, 'VALIDATION_FAILED', field);
  });

  it('SH-3: a transfer that does not name the transferor is refused with 400 VALIDATION_FAILED on fromMemberId, and the service is not called', async () => {
    const res = await c.refused(
      send('share-transfers', {
        shareNumber: 8, to: { practiceId: 'practice-z00008', name: 'New partners of Demo Practice 08' }, lodgedOn: '2022-02-01', effectiveOn: '2022-02-14', authorisedBy: 'resolution-1',
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', details: expect.arrayContaining([expect.objectContaining({ field: 'fromMemberId' })]) });
  });

  it('a malformed JSON body is 400 BAD_REQUEST, not 500', async () => {
    const malformed = () => c.http.post(`${C}/share-allotments`).set(c.auth('secretary')).set('Content-Type', 'application/json').send('{"effectiveOn": "2024-06-01",');
    await c.refused(malformed, 400, 'BAD_REQUEST');
  });

  it.each(PATHS)('POST %s without a valid token is 401 UNAUTHENTICATED', async (path) => {
    await expectUnauthenticated(c, post(`${C}/${path}`, BASE[path]));
  });

  it.each(PATHS.flatMap((path) => (['board', 'auditor'] as const).map((role) => [role, path] as const)))(
    'a %s token is refused POST %s with 403 FORBIDDEN',
    async (role, path) => {
      await expectForbidden(c, post(`${C}/${path}`, BASE[path]), role);
    },
  );
});
