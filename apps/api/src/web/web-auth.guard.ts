import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import { ROLES_KEY, type Role } from '../auth/roles';
import { TokensService } from '../auth/tokens.service';
import { csrf } from './configure-web';
import { WebCompany } from './web-company';
import type { WebRequest } from './web-session';

/** Thrown when a page needs a signed-in session: the visitor is sent to the sign-in page. */
export class SignInNeeded extends Error {}

/** Thrown when the signed-in role may not see a page, or send its form (`change`: a method other than GET or HEAD): a 403 page, nothing done. */
export class PageForbidden extends Error {
  constructor(
    readonly roles: readonly Role[],
    readonly change = false,
  ) {
    super(change ? `Only the ${roles.join(' or ')} role can make this change: nothing was changed` : `This page needs the ${roles.join(' or ')} role`);
  }
}

/** Marks a page open to visitors (the sign-in page). */
export const OPEN_PAGE_KEY = 'web:open';

/**
 * The pages' guard: the session's token must still be usable (revoking a token ends its sessions at
 * once) and its role one the page's `@Roles` allows — the same roles as the API. It puts what every
 * template needs in `res.locals`: the user, the CSRF token, the current path, a one-time message and the
 * day the company was incorporated.
 */
@Injectable()
export class WebAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokensService,
    private readonly company: WebCompany,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<WebRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const targets = [context.getHandler(), context.getClass()];
    response.locals.csrfToken = csrf.generateToken(request);
    response.locals.path = request.path;
    const sessionUser = request.session.user;
    const caller = sessionUser ? await this.tokens.usable(sessionUser.tokenId) : null;
    if (sessionUser && !caller) {
      // The token was revoked or has expired: the sign-in page says why the session ended.
      delete request.session.user;
      request.session.accessEnded = true;
    }
    if (caller) {
      request.caller = caller;
      response.locals.user = caller;
      // No company yet (a service with none kept): pages that need one say so themselves.
      response.locals.incorporatedOn = await this.company.incorporatedOn().catch(() => undefined);
      if (request.session.flash) {
        response.locals.flash = request.session.flash;
        delete request.session.flash;
        response.locals.flashLink = request.session.flashLink;
        delete request.session.flashLink;
      }
    }
    if (this.reflector.getAllAndOverride<boolean>(OPEN_PAGE_KEY, targets)) return true;
    if (!caller) throw new SignInNeeded();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(caller.role)) throw new PageForbidden(roles, request.method !== 'GET' && request.method !== 'HEAD');
    return true;
  }
}
