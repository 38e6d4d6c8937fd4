import { expectUnauthenticated, get, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { LedgerController } from './ledger.controller';
import { LedgerService } from './ledger.service';

const COMPANY = 'demo-company';
const C = `/api/companies/${COMPANY}`;

describe('the ledger over HTTP, with the service replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({ controllers: [LedgerController], services: [LedgerService] });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  it.each(['board', 'auditor'] as const)('a %s token reads a page of the ledger (200): by default 100 entries from the start', async (role) => {
    c.mock(LedgerService).page.mockResolvedValue({ entries: [], nextAfterSequence: null, correctedBy: new Map() });
    const res = await c.http.get(`${C}/ledger`).set(c.auth(role)).expect(200);
    expect(res.body).toEqual({ entries: [], nextAfterSequence: null });
    expect(c.mock(LedgerService).page).toHaveBeenCalledWith(COMPANY, 0, 100);
    await c.http.get(`${C}/ledger?afterSequence=15&limit=3`).set(c.auth(role)).expect(200);
    expect(c.mock(LedgerService).page).toHaveBeenLastCalledWith(COMPANY, 15, 3);
  });

  it.each(['board', 'auditor'] as const)('a %s token verifies the chain (200), and gets what the service found', async (role) => {
    const verification = { valid: true, events: 44, headHash: 'c'.repeat(64), headSequence: 44 };
    c.mock(LedgerService).verify.mockResolvedValue(verification as never);
    expect((await c.http.get(`${C}/ledger/verify`).set(c.auth(role)).expect(200)).body).toEqual(verification);
    expect(c.mock(LedgerService).verify).toHaveBeenCalledWith(COMPANY, null);
  });

  it.each([
    ['afterSequence=-1', 'afterSequence'],
    ['afterSequence=1.5', 'afterSequence'],
    ['limit=0', 'limit'],
    ['limit=1001', 'limit'],
    ['limit=all', 'limit'],
    ['kind=share', 'kind'],
  ])('ledger query %s is 400, and the service is not called', async (query, field) => {
    await c.refused(() => c.http.get(`${C}/ledger?${query}`).set(c.auth('auditor')), 400, 'VALIDATION_FAILED', field);
  });

  it.each([`${C}/ledger`, `${C}/ledger/verify`])('GET %s without a valid token is 401 UNAUTHENTICATED', async (path) => {
    await expectUnauthenticated(c, get(path));
  });
});
