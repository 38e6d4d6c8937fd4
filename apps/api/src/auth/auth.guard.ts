import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { AppError } from '../common/app-error';
import { PUBLIC_KEY, ROLES_KEY, type Caller, type Role } from './roles';
import { AuthFailureThrottle } from './throttling';
import { TokensService } from './tokens.service';

/**
 * Every route needs `Authorization: Bearer <token>` unless marked public; `@Roles` narrows who may
 * call. An address with too many failed attempts is refused (429) before its token is looked at.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokensService,
    private readonly throttle: AuthFailureThrottle,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { caller?: Caller }>();
    const response = context.switchToHttp().getResponse<Response>();
    const client = request.ip ?? 'unknown';
    const refusedFor = this.throttle.refusedFor(client);
    if (refusedFor > 0) throw tooManyFailures(response, refusedFor);

    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    const result = match ? await this.tokens.authenticate(match[1]) : { refused: 'send Authorization: Bearer <token>' };
    if ('refused' in result) {
      const refused = await this.throttle.recordFailure(client);
      if (refused > 0) throw tooManyFailures(response, refused);
      throw new AppError('UNAUTHENTICATED', result.refused);
    }
    const { caller } = result;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(caller.role)) {
      throw new AppError('FORBIDDEN', `this needs the ${roles.join(' or ')} role; the token has ${caller.role}`);
    }
    request.caller = caller;
    return true;
  }
}

function tooManyFailures(response: Response, seconds: number): AppError {
  response.setHeader('Retry-After', String(seconds));
  return new AppError('TOO_MANY_REQUESTS', `too many failed authentications from this address; try again in ${seconds} s`, {
    retryAfterSeconds: seconds,
  });
}
