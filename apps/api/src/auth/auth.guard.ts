import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppError } from '../common/app-error';
import { PUBLIC_KEY, ROLES_KEY, type Caller, type Role } from './roles';
import { TokensService } from './tokens.service';

/** Every route needs `Authorization: Bearer <token>` unless marked public; `@Roles` narrows who may call. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokensService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { caller?: Caller }>();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new AppError('UNAUTHENTICATED', 'send Authorization: Bearer <token>');
    const caller = await this.tokens.authenticate(match[1]);
    if (!caller) throw new AppError('UNAUTHENTICATED', 'the token is not recognised');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(caller.role)) {
      throw new AppError('FORBIDDEN', `this needs the ${roles.join(' or ')} role; the token has ${caller.role}`);
    }
    request.caller = caller;
    return true;
  }
}
