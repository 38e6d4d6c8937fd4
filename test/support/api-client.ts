import type TestAgent from 'supertest/lib/agent';
import type { components, paths } from './api-types';

/**
 * A typed client of the HTTP API over supertest, from the types generated from the OpenAPI document
 * (test/support/api-types.ts, checked against the document by test/openapi.e2e-spec.ts): a path that
 * is not in the document, a missing path parameter or a body of the wrong shape does not compile.
 */
type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type PathsWith<M extends Method> = { [P in keyof paths & string]: paths[P][M] extends undefined | never ? never : P }[keyof paths & string];

type Parameters<O> = O extends { parameters: infer R } ? R : never;
type PathParameters<O> = Parameters<O> extends { path?: infer R } ? R : never;
type QueryParameters<O> = Parameters<O> extends { query?: infer R } ? R : never;
type RequestBody<O> = O extends { requestBody: { content: { 'application/json': infer B } } } ? B : O extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type SuccessBody<O> = O extends { responses: infer R }
  ? { [S in keyof R]: S extends 200 | 201 ? (R[S] extends { content: { 'application/json': infer B } } ? B : unknown) : never }[keyof R]
  : unknown;

export type ErrorBody = components['schemas']['ErrorBody'];

export interface Request<O> {
  readonly path?: PathParameters<O>;
  readonly query?: QueryParameters<O>;
  readonly body?: RequestBody<O>;
}

export interface Response<O> {
  readonly status: number;
  /** The success body when the status is 2xx, else the ErrorBody. */
  readonly body: SuccessBody<O> & Partial<ErrorBody>;
}

function fill(template: string, values: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (values[name] === undefined) throw new Error(`path parameter ${name} is missing for ${template}`);
    return encodeURIComponent(String(values[name]));
  });
}

function call(http: TestAgent, token: string | null, method: Method, path: string, request: Request<unknown>) {
  let test = http[method](fill(path, request.path as Record<string, unknown> | undefined));
  if (token) test = test.set('Authorization', `Bearer ${token}`);
  if (request.query) test = test.query(request.query as Record<string, string>);
  if (request.body !== undefined) test = test.send(request.body as object);
  return test.then((res) => ({ status: res.status, body: res.body as never }));
}

/** The API as `token` (null: no Authorization header) sees it, one typed method per HTTP method. */
export function apiClient(http: TestAgent, token: string | null) {
  return {
    get: <P extends PathsWith<'get'>>(path: P, request: Request<Operation<P, 'get'>> = {}): Promise<Response<Operation<P, 'get'>>> =>
      call(http, token, 'get', path, request),
    post: <P extends PathsWith<'post'>>(path: P, request: Request<Operation<P, 'post'>> = {}): Promise<Response<Operation<P, 'post'>>> =>
      call(http, token, 'post', path, request),
    delete: <P extends PathsWith<'delete'>>(path: P, request: Request<Operation<P, 'delete'>> = {}): Promise<Response<Operation<P, 'delete'>>> =>
      call(http, token, 'delete', path, request),
  };
}
