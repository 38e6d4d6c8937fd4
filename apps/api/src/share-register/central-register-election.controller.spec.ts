import { DomainError, type CalendarDate, type ChainedLedgerRecord } from '#domain';
import { CALLERS, expectForbidden, expectUnauthenticated, get, post, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { CentralRegisterElectionController } from './central-register-election.controller';
import { CentralRegisterElectionService } from './central-register-election.service';

const PATH = '/api/companies/demo-company/register-of-members/central-register-election';
const ELECT = { effectiveOn: '2017-06-01', action: 'elect', assentedBy: ['member-1', 'member-2'] };
const entry = (kind: string, payload: object): ChainedLedgerRecord => ({
  companyId: 'demo-company', sequence: 41, kind, effectiveOn: '2017-06-01', recordedAt: '2026-12-01T10:00:00.000Z', recordedBy: 'Company Secretary',
  payload, previousHash: '0'.repeat(64), hash: '1'.repeat(64),
} as ChainedLedgerRecord);

describe('the election to keep the register of members\' information at Companies House, over HTTP, with the service replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({ controllers: [CentralRegisterElectionController], services: [CentralRegisterElectionService] });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  it('RM-7: an election reaches the use case with the caller, and is answered with what it did and its ledger entry; with an Idempotency-Key, the key', async () => {
    c.mock(CentralRegisterElectionService).record.mockResolvedValue({ record: entry('central-register.election-made', { assentedBy: ['member-1', 'member-2'] }), replayed: false });
    const response = await c.http.post(PATH).set(c.auth('secretary')).send(ELECT).expect(201);
    expect(c.mock(CentralRegisterElectionService).record).toHaveBeenCalledWith('demo-company', ELECT, CALLERS.secretary, undefined);
    expect(response.body).toMatchObject({ action: 'elect', effectiveOn: '2017-06-01', keptAt: 'companies-house', assentedBy: ['member-1', 'member-2'], });
    // The ledger entry as the other writes give it: its sequence and hash only.
    expect(response.body.ledger).toEqual({ sequence: 41, hash: '1'.repeat(64) });
    const withdraw = { effectiveOn: '2019-03-01', action: 'withdraw' };
    c.mock(CentralRegisterElectionService).record.mockResolvedValue({ record: { ...entry('central-register.election-withdrawn', {}), effectiveOn: '2019-03-01' }, replayed: false });
    const withdrawn = await c.http.post(PATH).set(c.auth('secretary')).set('Idempotency-Key', 'k-1').send(withdraw).expect(201);
    expect(withdrawn.body).toMatchObject({ action: 'withdraw', effectiveOn: '2019-03-01', keptAt: 'company' });
    expect(withdrawn.body).not.toHaveProperty('assentedBy');
    expect(c.mock(CentralRegisterElectionService).record.mock.calls[1]?.slice(0, 3)).toEqual(['demo-company', withdraw, CALLERS.secretary]);
    expect(c.mock(CentralRegisterElectionService).record.mock.calls[1]?.[3]).toMatchObject({ key: 'k-1' });
  });

  it('RM-7, EC-6: a refusal of the domain is answered with its status and code (422 for a missing assent or the option removed, 409 for an election in force)', async () => {
    const refuse = (error: DomainError) => c.mock(CentralRegisterElectionService).record.mockRejectedValueOnce(error);
    refuse(new DomainError('CENTRAL_REGISTER_ASSENT_MISSING', 'not every member assented', { field: 'assentedBy', missing: [{ memberId: 'member-3', name: 'Synthetic Practice 3' }] }));
    const missing = await c.http.post(PATH).set(c.auth('secretary')).send(ELECT).expect(422);
    expect(missing.body).toMatchObject({ statusCode: 422, code: 'CENTRAL_REGISTER_ASSENT_MISSING', details: { missing: [{ memberId: 'member-3' }] } });
    refuse(new DomainError('CENTRAL_REGISTER_OPTION_REMOVED', 'removed', { field: 'effectiveOn' }));
    expect((await c.http.post(PATH).set(c.auth('secretary')).send({ ...ELECT, effectiveOn: '2026-01-15' }).expect(422)).body.code).toBe('CENTRAL_REGISTER_OPTION_REMOVED');
    refuse(new DomainError('CENTRAL_REGISTER_ELECTION_IN_FORCE', 'in force'));
    expect((await c.http.post(PATH).set(c.auth('secretary')).send(ELECT).expect(409)).body.code).toBe('CENTRAL_REGISTER_ELECTION_IN_FORCE');
  });

  it('RM-7: every role reads where the register is kept, as at a day', async () => {
    c.mock(CentralRegisterElectionService).read.mockResolvedValue({ asAt: '2020-01-01' as CalendarDate, keptAt: 'companies-house', electedOn: '2017-06-01' as CalendarDate, history: [] });
    for (const role of ['secretary', 'board', 'auditor'] as const) {
      const response = await c.http.get(`${PATH}?asAt=2020-01-01`).set(c.auth(role)).expect(200);
      expect(response.body).toEqual({ asAt: '2020-01-01', keptAt: 'companies-house', electedOn: '2017-06-01', history: [] });
    }
    await c.http.get(PATH).set(c.auth('board')).expect(200);
    expect(c.mock(CentralRegisterElectionService).read.mock.calls.map((call) => call[1])).toEqual(['2020-01-01', '2020-01-01', '2020-01-01', undefined]);
    c.reset();
    await c.refused(() => c.http.get(`${PATH}?asAt=2020-02-30`).set(c.auth('auditor')), 400, 'VALIDATION_FAILED', 'asAt');
  });

  it.each([
    ['an election with no assents listed', { assentedBy: undefined }, 'assentedBy'],
    ['assents that are not a list', { assentedBy: 'member-1' }, 'assentedBy'],
    ['a member named twice', { assentedBy: ['member-1', 'member-1'] }, 'assentedBy'],
    ['a blank member id', { assentedBy: ['member-1', ' '] }, 'assentedBy'],
    ['assents with a withdrawal', { action: 'withdraw' }, 'assentedBy'],
    ['an action that is not one', { action: 'revoke' }, 'action'],
    ['no date', { effectiveOn: undefined }, 'effectiveOn'],
    ['a date that is not one', { effectiveOn: '2017-02-30' }, 'effectiveOn'],
    ['an unknown field', { noticeFiled: true }, 'noticeFiled'],
  ])('%s is 400 naming the field, and the use case is not reached', async (_what, change, field) => {
    await c.refused(() => c.http.post(PATH).set(c.auth('secretary')).send({ ...ELECT, ...change }), 400, 'VALIDATION_FAILED', field);
  });

  it.each(['board', 'auditor'] as const)('a %s token is refused the election with 403 FORBIDDEN', async (role) => {
    await expectForbidden(c, post(PATH, ELECT), role);
  });

  it('without a token, neither route answers (401)', async () => {
    await expectUnauthenticated(c, post(PATH, ELECT));
    await expectUnauthenticated(c, get(PATH));
  });
});
