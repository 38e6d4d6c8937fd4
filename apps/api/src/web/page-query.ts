import { Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppError } from '../common/app-error';

/** The metadata key of a page route's query parameter names. */
export const QUERY_TAKES_KEY = 'web:query-takes';

/**
 * Declares the only query parameters a page's GET route takes (a page as at a day: `asAt`; a download:
 * `asAt`, `bom`), each once: any other, or one sent twice, is refused with a 400 page naming it
 * (PageQueryGuard), as the API's routes refuse a parameter they do not take. Every page's GET route
 * declares its list (`@QueryTakes()` for none), and its handler refuses a value it cannot use with a
 * 400 page naming the parameter (`asAtOf`). A route without the list (a form's POST) is not checked but for `asAt`.
 */
export const QueryTakes = (...names: string[]) => SetMetadata<string, readonly string[]>(QUERY_TAKES_KEY, names);

/** The address's `asAt`: once, as `asAt=YYYY-MM-DD`. */
const AS_AT = 'asAt';

/**
 * The query of every page: `asAt` is a date sent once as `asAt=…` (`asAt[]=…`, `asAt[x]=…` or
 * `asAt=a&asAt=b` is a 400 page naming it, never ignored); a route with {@link QueryTakes} takes only
 * the parameters it names, each once. Checked after the session and role (WebAuthGuard).
 */
@Injectable()
export class PageQueryGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const query = (request.query ?? {}) as Record<string, unknown>;
    const takes = this.reflector.get<readonly string[] | undefined>(QUERY_TAKES_KEY, context.getHandler());
    const refused: { field: string; problems: string[] }[] = [];
    for (const [name, value] of Object.entries(query)) {
      const asAt = name === AS_AT || name.startsWith(`${AS_AT}[`) || name.startsWith(`${AS_AT}.`);
      if (takes !== undefined && !takes.includes(name)) refused.push({ field: name, problems: [`${shown(name)} is not a parameter of this address`] });
      else if (asAt && name !== AS_AT) refused.push({ field: name, problems: [`${shown(name)} is not a parameter of this address: send ${AS_AT}=YYYY-MM-DD once`] });
      else if (Array.isArray(value) && (asAt || takes !== undefined)) refused.push({ field: name, problems: [`${shown(name)} is sent more than once`] });
    }
    if (refused.length > 0) throw new AppError('VALIDATION_FAILED', 'the address has a parameter the page does not take', refused.slice(0, 5));
    return true;
  }
}

/** A parameter's name as a refusal repeats it: quoted, at most 60 characters. */
function shown(name: string): string {
  return `'${name.length > 60 ? `${name.slice(0, 60)}…` : name}'`;
}

/**
 * A query parameter that names one of `choices`: the first when left out or empty, else the one named;
 * anything else is refused with a 400 page naming `field` (VALIDATION_FAILED), never quietly replaced.
 * `what` is the refusal's message; the page shows "Choose …, written field=a, field=b or field=c in the address".
 */
export function choiceOf<T extends string>(field: string, value: unknown, choices: readonly [T, ...T[]], what: string, choose: string): T {
  if (value === undefined || value === '') return choices[0];
  const chosen = choices.find((c) => c === value);
  if (chosen !== undefined) return chosen;
  const written = choices.map((c) => `${field}=${c}`);
  throw new AppError('VALIDATION_FAILED', what, [{ field, problems: [`${choose}, written ${written.slice(0, -1).join(', ')} or ${written.at(-1)} in the address`] }]);
}
