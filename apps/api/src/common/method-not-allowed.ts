import { METHODS } from 'node:http';
import type { Request } from 'express';
import { AppError } from './app-error';

/** A layer of Express's router as it keeps a route: the matchers of its path and the methods it takes. */
interface RouterLayer {
  route?: { methods?: Record<string, boolean | undefined> };
  matchers?: ((path: string) => unknown)[];
}

/** One route path: whether a request path is it, and the methods it is served with. */
interface RoutePath {
  readonly matches: (path: string) => boolean;
  readonly methods: readonly string[];
}

/**
 * The methods each path of an app is served with, read from its router's routes (the paths Nest's
 * controllers and the OpenAPI document are mounted at), so that a request with a method no route of
 * its path takes is answered 405 with `Allow`, and a path no route has remains 404. Path parameters
 * (`:companyId`) match any value, as Express matches them. A route for every method (Express's `all`)
 * is middleware Nest mounts on every path (nestjs-pino's request context): it serves no path of its own,
 * so it is not one of them.
 */
export class AllowedMethods {
  private constructor(private readonly routes: readonly RoutePath[]) {}

  /** The routes of the Express app `app`, read once its routes are registered (after `app.init()`). */
  static of(app: unknown): AllowedMethods {
    const stack = (app as { router?: { stack?: unknown[] } }).router?.stack ?? [];
    const routes: RoutePath[] = [];
    for (const layer of stack as RouterLayer[]) {
      if (!layer.route || !Array.isArray(layer.matchers)) continue;
      const matchers = layer.matchers;
      const methods = Object.keys(layer.route.methods ?? {})
        .filter((method) => layer.route!.methods![method])
        .map((method) => method.toUpperCase());
      if (methods.includes('_ALL') || METHODS.every((method) => methods.includes(method))) continue;
      routes.push({ matches: (path) => matchers.some((match) => Boolean(match(path))), methods });
    }
    return new AllowedMethods(routes);
  }

  /**
   * The methods `path` is served with, sorted, HEAD wherever GET (Express answers HEAD with the GET
   * route); empty when no route has the path.
   */
  of(path: string): readonly string[] {
    const methods = new Set<string>();
    for (const route of this.routes) {
      if (route.matches(path)) for (const method of route.methods) methods.add(method);
    }
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort();
  }

  /** The `Allow` list for `method` on `path` when the path has routes but none takes that method; otherwise undefined. */
  refusing(method: string, path: string): readonly string[] | undefined {
    // Only the routes of the request's method are matched against it first (HEAD is served by GET's).
    const wanted = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
    if (this.routes.some((route) => route.methods.includes(wanted) && route.matches(path))) return undefined;
    const allowed = this.of(path);
    if (allowed.length === 0 || allowed.includes(method.toUpperCase())) return undefined;
    return allowed;
  }
}

/** Each Express app's routes, read once: when the app has started (ErrorFilter), or else on the first request that asks. */
const byApp = new WeakMap<object, AllowedMethods>();

/** The routes of the Express app `app`, read from its router the first time, then kept. */
export function allowedMethodsOf(app: object): AllowedMethods {
  let allowed = byApp.get(app);
  if (!allowed) byApp.set(app, (allowed = AllowedMethods.of(app)));
  return allowed;
}

/**
 * 405 `METHOD_NOT_ALLOWED` for a request whose path the app serves, but not with its method; the
 * methods it is served with are in `details.allow` (and the response's `Allow` header, answerWithError).
 * Undefined for a request some route takes, or one whose path no route has (404).
 */
export function methodNotAllowed(request: Request): AppError | undefined {
  const path = request.originalUrl.split('?', 1)[0]!;
  const allow = allowedMethodsOf(request.app).refusing(request.method, path);
  if (!allow) return undefined;
  return new AppError('METHOD_NOT_ALLOWED', `this address does not take ${request.method}: it takes ${allow.join(', ')}`, { method: request.method, allow });
}

/** The methods a 405 names in its `Allow` header (from {@link methodNotAllowed}'s details); undefined for any other error. */
export function allowOf(error: unknown): readonly string[] | undefined {
  if (!(error instanceof AppError) || error.code !== 'METHOD_NOT_ALLOWED') return undefined;
  return (error.details as { allow?: readonly string[] } | undefined)?.allow;
}
