import express from 'express';
import { AllowedMethods, allowedMethodsOf } from './method-not-allowed';

/** An Express app with routes as Nest's controllers and middleware mount them. */
function app(): express.Express {
  const made = express();
  const handler = (_request: express.Request, response: express.Response) => void response.end();
  // Middleware Nest mounts for every method on every path (nestjs-pino's): no path of its own.
  made.all('{/*splat}', (_request, _response, next) => next());
  made.get('/api/companies/:companyId/register', handler);
  made.get('/api/tokens', handler);
  made.post('/api/tokens', handler);
  made.delete('/api/tokens/:tokenId', handler);
  made.post('/api/companies/:companyId/share-allotments', handler);
  return made;
}

describe('the methods each path is served with, read from the router', () => {
  const allowed = AllowedMethods.of(app());

  it('a path parameter matches any value, and HEAD is served wherever GET is', () => {
    expect(allowed.of('/api/companies/tower-hamlets-gp-care-group/register')).toEqual(['GET', 'HEAD']);
    expect(allowed.of('/api/companies/anything-at-all/register')).toEqual(['GET', 'HEAD']);
    expect(allowed.of('/api/tokens')).toEqual(['GET', 'HEAD', 'POST']);
    expect(allowed.of('/api/tokens/some-id')).toEqual(['DELETE']);
  });

  it('a method the path is not served with is refused naming those it is; one it is served with, or a path no route has, is not', () => {
    expect(allowed.refusing('DELETE', '/api/companies/c/register')).toEqual(['GET', 'HEAD']);
    expect(allowed.refusing('GET', '/api/companies/c/share-allotments')).toEqual(['POST']);
    expect(allowed.refusing('HEAD', '/api/companies/c/register')).toBeUndefined();
    expect(allowed.refusing('post', '/api/tokens')).toBeUndefined();
    expect(allowed.refusing('DELETE', '/api/nowhere')).toBeUndefined();
    expect(allowed.refusing('DELETE', '/api/companies/c/register/extra')).toBeUndefined();
  });

  it('matches as Express does: a trailing slash and another letter case are the same path', () => {
    expect(allowed.of('/api/tokens/')).toEqual(['GET', 'HEAD', 'POST']);
    expect(allowed.of('/API/Tokens')).toEqual(['GET', 'HEAD', 'POST']);
  });

  it('reads an app once and keeps what it read', () => {
    const made = app();
    const first = allowedMethodsOf(made);
    made.put('/api/tokens', () => undefined);
    expect(allowedMethodsOf(made)).toBe(first);
    expect(first.of('/api/tokens')).toEqual(['GET', 'HEAD', 'POST']);
  });
});
