import { CALLERS, expectForbidden, expectUnauthenticated, post, startControllerApp, type ControllerApp } from '../../../../test/support/controller-app';
import { TokensController } from './tokens.controller';
import { TokensService } from './tokens.service';

/**
 * POST /api/tokens. The guard's own token lookup is replaced here too (test/support/controller-app.ts);
 * test/auth.e2e-spec.ts makes tokens and uses them against the database.
 */
describe('making tokens over HTTP, with the service replaced', () => {
  let c: ControllerApp;
  beforeAll(async () => {
    c = await startControllerApp({ controllers: [TokensController], services: [] });
  });
  afterEach(() => c.reset());
  afterAll(() => c.close());

  it('the secretary names a token and its role; the service makes it, recording who asked', async () => {
    const made = { id: 't-1', tokenId: 't-1', name: 'Board member: Dr Example', role: 'board' as const, token: 'cic_x', createdAt: '2024-01-01T00:00:00.000Z', expiresAt: null };
    const tokens = c.mock(TokensService);
    tokens.create.mockResolvedValue(made);
    const res = await c.http.post('/api/tokens').set(c.auth('secretary')).send({ name: 'Board member: Dr Example', role: 'board' }).expect(201);
    expect(res.body).toEqual(made);
    expect(tokens.create).toHaveBeenCalledWith('Board member: Dr Example', 'board', CALLERS.secretary.name, null);
  });

  it.each([
    [{ name: 'x', role: 'owner' }, 'role'],
    [{ name: '', role: 'board' }, 'name'],
    [{ role: 'board' }, 'name'],
    [{ name: 'x', role: 'board', admin: true }, 'admin'],
  ])('a bad role or name (%j) is 400 VALIDATION_FAILED and makes no token', async (body, field) => {
    await c.refused(() => c.http.post('/api/tokens').set(c.auth('secretary')).send(body), 400, 'VALIDATION_FAILED', field);
    expect(c.mock(TokensService).create).not.toHaveBeenCalled();
  });

  it('POST /api/tokens without a valid token is 401 UNAUTHENTICATED', async () => {
    await expectUnauthenticated(c, post('/api/tokens', { name: 'would-be secretary', role: 'secretary' }));
  });

  it.each(['board', 'auditor'] as const)('a %s token is refused POST /api/tokens with 403 FORBIDDEN', async (role) => {
    await expectForbidden(c, post('/api/tokens', { name: 'would-be secretary', role: 'secretary' }), role);
    expect(c.mock(TokensService).create).not.toHaveBeenCalled();
  });
});
