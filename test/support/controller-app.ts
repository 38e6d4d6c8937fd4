import type { INestApplication, Type } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request, { type Response } from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { AuthGuard } from '../../apps/api/src/auth/auth.guard';
import { AuthFailureThrottle } from '../../apps/api/src/auth/throttling';
import { LoggingModule } from '../../apps/api/src/common/logging.module';
import { SETTINGS } from '../../apps/api/src/config/settings';
import { SettingsModule } from '../../apps/api/src/config/settings.module';
import type { Caller, Role } from '../../apps/api/src/auth/roles';
import { TokensService } from '../../apps/api/src/auth/tokens.service';
import { APP_OPTIONS, configureApp } from '../../apps/api/src/bootstrap';
import { ErrorFilter } from '../../apps/api/src/common/error.filter';
import { testSettings } from './boot';
import { expectRefusal } from './refusals';

/** The bearer token of each role a controller app knows. */
export const CONTROLLER_TOKENS: Record<Role, string> = { secretary: 'secretary-token', board: 'board-token', auditor: 'auditor-token' };
/** The caller each token stands for, as the guard hands it to the controller. */
export const CALLERS: Record<Role, Caller> = {
  secretary: { tokenId: 'token-secretary', name: 'Test secretary', role: 'secretary' },
  board: { tokenId: 'token-board', name: 'Test board member', role: 'board' },
  auditor: { tokenId: 'token-auditor', name: 'Test auditor', role: 'auditor' },
};
/** A well-formed token that no one was given. */
export const UNKNOWN_TOKEN = `cic_${'A'.repeat(43)}`;

/**
 * Controllers over HTTP as the service runs them — the app configured by `configureApp` (the global
 * ValidationPipe, body parsers), the real AuthGuard and ErrorFilter — with each service replaced by a
 * jest mock of its methods, and the token table (TokensService) by the three tokens above. A request
 * the pipes or the guard refuse must reach no service method: `refused` checks that, so a refusal
 * here changes nothing.
 */
export interface ControllerApp {
  readonly app: INestApplication;
  readonly http: TestAgent;
  /** `Authorization` header for a role. */
  auth(role: Role): { Authorization: string };
  /** The mock standing in for a service. */
  mock<T>(service: Type<T>): jest.Mocked<T>;
  /** `Service.method` for every call the mocks received since the last `reset()`. */
  calls(): string[];
  /** Sends a request that must be refused with `status` and `code` (naming `field`) before any service method runs. */
  refused(send: () => PromiseLike<Response>, status: number, code: string, field?: string): Promise<Response>;
  /** Forgets the calls and the return values given to the mocks. */
  reset(): void;
  close(): Promise<void>;
}

export async function startControllerApp(options: { controllers: Type[]; services: Type[] }): Promise<ControllerApp> {
  const mocks = new Map<Type, Record<string, jest.Mock>>([TokensService, ...options.services].map((service) => [service, mockOf(service)]));
  // The guard's lookup of a token: the three above and no other. It runs for every request with a
  // token, so it is not counted among the calls a refused request must not make.
  const roleOf = new Map(Object.entries(CONTROLLER_TOKENS).map(([role, token]) => [token, role as Role]));
  const authenticate = mocks.get(TokensService)!.authenticate;
  const knowTokens = () =>
    authenticate.mockImplementation(async (token: string) => {
      const role = roleOf.get(token);
      return role ? { caller: CALLERS[role] } : { refused: 'the token is not recognised' };
    });
  knowTokens();
  const moduleRef = await Test.createTestingModule({
    // The settings and the logger the app configuration needs; logs go to standard output at `error`.
    imports: [SettingsModule, LoggingModule],
    controllers: options.controllers,
    providers: [
      ...[...mocks].map(([provide, useValue]) => ({ provide, useValue })),
      // The failed-authentication throttle as the service has it, switched off as in the other tests.
      { provide: ThrottlerStorage, useClass: ThrottlerStorageService },
      AuthFailureThrottle,
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: APP_FILTER, useClass: ErrorFilter },
    ],
  })
    .overrideProvider(SETTINGS)
    .useValue(testSettings())
    .compile();
  const app = configureApp(moduleRef.createNestApplication({ ...APP_OPTIONS, logger: ['error', 'fatal'] }));
  await app.init();
  const calls = () =>
    [...mocks].flatMap(([service, methods]) =>
      Object.entries(methods)
        .filter(([, fn]) => fn !== authenticate)
        .flatMap(([name, fn]) => fn.mock.calls.map(() => `${service.name}.${name}`)),
    );
  return {
    app,
    http: request(app.getHttpServer()),
    auth: (role) => ({ Authorization: `Bearer ${CONTROLLER_TOKENS[role]}` }),
    mock: <T>(service: Type<T>) => {
      const mock = mocks.get(service);
      if (!mock) throw new Error(`${service.name} is not one of this app's services`);
      return mock as unknown as jest.Mocked<T>;
    },
    calls,
    refused: async (send, status, code, field) => {
      const res = await send();
      expectRefusal(res, status, code, field);
      expect(calls()).toEqual([]);
      return res;
    },
    reset: () => {
      for (const methods of mocks.values()) for (const fn of Object.values(methods)) fn.mockReset();
      knowTokens();
    },
    close: () => app.close(),
  };
}

/** A jest.fn() for every method of the class (its own and inherited), resolving to undefined until told otherwise. */
function mockOf(service: Type): Record<string, jest.Mock> {
  const methods: Record<string, jest.Mock> = {};
  for (let proto = service.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name !== 'constructor' && !(name in methods) && typeof Object.getOwnPropertyDescriptor(proto, name)?.value === 'function') {
        methods[name] = jest.fn();
      }
    }
  }
  return methods;
}

/** A route as a test calls it: a GET, or a POST with the body the secretary could send. */
export interface Route {
  readonly method: 'get' | 'post';
  readonly path: string;
  readonly body?: object;
}

export const get = (path: string): Route => ({ method: 'get', path });
export const post = (path: string, body: object): Route => ({ method: 'post', path, body });

export function call(c: ControllerApp, route: Route, headers: Record<string, string>) {
  const req = c.http[route.method](route.path).set(headers);
  return route.body === undefined ? req : req.send(route.body);
}

/** `Authorization` headers that carry no one's token: malformed, another scheme, a token with more after it, no scheme. */
const MALFORMED = (token: string) => [`Token ${token}`, 'Bearer', 'Bearer ', `Basic ${token}`, `Bearer ${token} extra`, token];

/**
 * Without a valid bearer token the route answers 401 UNAUTHENTICATED, `{statusCode, code, message}`:
 * no header, each malformed header, and a well-formed token no one was given ("not recognised").
 */
export async function expectUnauthenticated(c: ControllerApp, route: Route): Promise<void> {
  const unauthenticated = { statusCode: 401, code: 'UNAUTHENTICATED', message: expect.any(String) };
  const none = await call(c, route, {});
  expect(none.status).toBe(401);
  expect(none.body).toEqual(unauthenticated);
  for (const header of MALFORMED(CONTROLLER_TOKENS.secretary)) {
    const res = await call(c, route, { Authorization: header });
    expect({ header, status: res.status, body: res.body }).toEqual({ header, status: 401, body: unauthenticated });
  }
  const unknown = await call(c, route, { Authorization: `Bearer ${UNKNOWN_TOKEN}` });
  expect(unknown.status).toBe(401);
  expect(unknown.body).toEqual(unauthenticated);
  expect(unknown.body.message).toMatch(/not recognised/);
  expect(c.calls()).toEqual([]);
}

/** A route for the secretary only: a board or auditor token is 403 FORBIDDEN naming both roles, and no service method runs. */
export async function expectForbidden(c: ControllerApp, route: Route, role: Exclude<Role, 'secretary'>): Promise<void> {
  const res = await call(c, route, c.auth(role));
  expect(res.status).toBe(403);
  expect(res.body).toEqual({ statusCode: 403, code: 'FORBIDDEN', message: expect.stringContaining('secretary') });
  expect(res.body.message).toContain(role);
  expect(c.calls()).toEqual([]);
}
