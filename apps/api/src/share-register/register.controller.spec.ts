import { expectUnauthenticated, get, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { todayUk } from '../../../../test/support/dates';
import { RegisterController } from './register.controller';
import { RegisterService, type RegisterPage } from './register.service';
import { RegisterHistoryService } from './register-history.service';
import { ClosedPracticeShares } from './closed-practice-shares';

const COMPANY = 'demo-company';
const C = `/api/companies/${COMPANY}`;

describe('the register of members over HTTP, with the service replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({ controllers: [RegisterController], services: [RegisterService, RegisterHistoryService, ClosedPracticeShares] });
  });
  beforeEach(() => c.mock(ClosedPracticeShares).forEntries.mockResolvedValue(new Map()));
  afterEach(() => c.reset());
  afterAll(() => c.close());

  const page = (over: Partial<RegisterPage> = {}): RegisterPage =>
    ({ asAt: '2024-06-30', knownAt: null, status: 'all', entries: [], totals: { issuedShares: 0, currentMembers: 0 }, nextCursor: null, ...over }) as RegisterPage;
  const read = (query: string, role: 'board' | 'auditor' | 'secretary' = 'auditor') => () => c.http.get(`${C}/register?${query}`).set(c.auth(role));

  it.each(['board', 'auditor'] as const)('a %s token reads the register (200): by default as at today (UTC), every status, 100 from the start', async (role) => {
    c.mock(RegisterService).read.mockResolvedValue(page());
    await read('', role)().expect(200);
    expect(c.mock(RegisterService).read).toHaveBeenCalledWith(COMPANY, { asAt: todayUk(), knownAt: null, status: 'all', limit: 100, offset: 0, cursor: null, name: null });
  });

  it('the query reaches the service as numbers and a UTC instant; the page is shown member by member, share by share', async () => {
    const entry = {
      memberId: 'm-1', name: 'Partners of Demo Practice 01', address: '1 Demo Street', registeredOn: '2014-09-01', ceasedOn: null, periodId: 'internal',
      shares: [{ shareNumber: 1, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, authorisedBy: undefined, heldFrom: 'internal' }],
    };
    c.mock(RegisterService).read.mockResolvedValue(page({ asAt: '2020-01-01', knownAt: '2024-01-01T09:00:00.000Z', status: 'current', entries: [entry], totals: { issuedShares: 1, currentMembers: 1 }, nextCursor: 'next' } as never));
    const res = await read('asAt=2020-01-01&knownAt=2024-01-01T10:00:00%2B01:00&status=current&limit=10&cursor=abc&name=jones')().expect(200);
    expect(c.mock(RegisterService).read).toHaveBeenCalledWith(COMPANY, {
      asAt: '2020-01-01', knownAt: '2024-01-01T09:00:00.000Z', status: 'current', limit: 10, offset: 0, cursor: 'abc', name: 'jones',
    });
    expect(res.body).toEqual({
      asAt: '2020-01-01', knownAt: '2024-01-01T09:00:00.000Z', status: 'current',
      members: [{
        memberId: 'm-1', name: 'Partners of Demo Practice 01', address: '1 Demo Street', registeredOn: '2014-09-01', ceasedOn: null,
        shares: [{ shareNumber: 1, shareClass: 'ordinary', nominalPence: 100, paidUpPence: 100, authorisedBy: null }],
      }],
      totals: { issuedShares: 1, currentMembers: 1 },
      page: { limit: 10, offset: 0, nextCursor: 'next' },
    });
  });

  it('RM-1: include=history reads the register with its history, by offset, and shows each share held and each version of the particulars', async () => {
    const held = {
      shareNumber: 4, acquiredOn: '2014-09-01', acquiredFrom: null, certificateNumber: 'C-11', authorisedBy: 'r1',
      disposedOn: '2026-07-15', disposal: 'surrender', disposedTo: null, disposalAuthorisedBy: 'r2',
    };
    const entry = {
      memberId: 'm-4', name: 'Demo Practice 04', address: '4 Demo Street', registeredOn: '2014-09-01', ceasedOn: '2026-07-15', shares: [],
      sharesHeld: [held], particulars: [{ from: '2014-09-01', name: 'Demo Practice 04', address: '4 Demo Street', recordedAt: '2014-09-01T09:00:00.000Z' }],
    };
    c.mock(RegisterHistoryService).read.mockResolvedValue({ entries: [entry], total: 1 } as never);
    const res = await read('include=history&status=former&offset=0&limit=5')().expect(200);
    expect(c.mock(RegisterHistoryService).read).toHaveBeenCalledWith(COMPANY, { asAt: todayUk(), knownAt: null, status: 'former', limit: 5, offset: 0, cursor: null, name: null });
    expect(c.mock(RegisterService).read).not.toHaveBeenCalled();
    expect(res.body.members).toEqual([{ ...entry, jointHolders: [], particulars: [{ ...entry.particulars[0], jointHolders: [] }] }]);
    expect(res.body.page).toEqual({ limit: 5, offset: 0, nextCursor: null, total: 1 });
  });

  type QueryCase = [query: string, status: number, code: string, field?: string];
  const V = 'VALIDATION_FAILED';
  const queries: QueryCase[] = [
    ['asAt=2020-02-30', 400, V, 'asAt'],
    ['asAt=2020-1-1', 400, V, 'asAt'],
    ['asAt=0000-01-01', 400, V, 'asAt'],
    ['status=bogus', 400, V, 'status'],
    ['limit=0', 400, V, 'limit'],
    ['limit=100001', 400, V, 'limit'],
    ['limit=ten', 400, V, 'limit'],
    ['offset=-1', 400, V, 'offset'],
    ['offset=100000000000000000000', 400, V, 'offset'],
    ['offset=5&cursor=abc', 400, V, 'offset'],
    ['knownAt=yesterday', 400, V, 'knownAt'],
    ['knownAt=2024-02-30T00:00:00Z', 400, V, 'knownAt'],
    ['knownAt=2024-01-01T10:00:00', 400, V, 'knownAt'],
    ['colour=red', 400, V, 'colour'],
    ['include=everything', 400, V, 'include'],
  ];
  it.each(queries)('register query %s is %d %s, and the service is not called', async (...[query, status, code, field]: QueryCase) => {
    await c.refused(read(query), status, code, field);
  });

  it('GET …/register without a valid token is 401 UNAUTHENTICATED', async () => {
    await expectUnauthenticated(c, get(`${C}/register`));
  });
});
