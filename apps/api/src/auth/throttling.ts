import { Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService, type ThrottlerModuleOptions } from '@nestjs/throttler';
import type { Request } from 'express';
import { SETTINGS, type Settings } from '../config/settings';
import type { Caller } from './roles';

const MINUTE_MS = 60_000;
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The per-token limit on writes (THROTTLE_WRITES a minute), applied by @nestjs/throttler's guard after
 * the auth guard has named the caller; reads are not limited. Its 429 carries `Retry-After`.
 */
export function throttlerOptions(settings: Settings): ThrottlerModuleOptions {
  return {
    throttlers: [{ name: 'default', ttl: MINUTE_MS, limit: Math.max(1, settings.throttleWrites) }],
    skipIf: (context: ExecutionContext) =>
      settings.throttleWrites === 0 || READS.has(context.switchToHttp().getRequest<Request>().method),
    getTracker: (request: Record<string, unknown>) => (request as { caller?: Caller }).caller?.tokenId ?? String(request.ip),
    errorMessage: `more than ${settings.throttleWrites} writes in a minute from this token; try again when Retry-After says`,
  };
}

/**
 * Failed authentications per client address, counted in @nestjs/throttler's storage: past
 * THROTTLE_AUTH_FAILURES in a minute the address is refused for a minute, whatever token it sends —
 * so that guessing gets no answer, not even for a right guess.
 */
@Injectable()
export class AuthFailureThrottle {
  constructor(
    @Inject(SETTINGS) private readonly settings: Settings,
    @Inject(ThrottlerStorage) private readonly storage: ThrottlerStorageService,
  ) {}

  /** Seconds the address is still refused for, or 0. */
  refusedFor(client: string): number {
    if (this.settings.throttleAuthFailures === 0) return 0;
    const record = this.storage.storage.get(key(client));
    return record?.isBlocked ? Math.max(0, Math.ceil((record.blockExpiresAt - Date.now()) / 1000)) : 0;
  }

  /** Counts a failure; returns the seconds the address is now refused for, or 0 while under the limit. */
  async recordFailure(client: string): Promise<number> {
    const limit = this.settings.throttleAuthFailures;
    if (limit === 0) return 0;
    const record = await this.storage.increment(key(client), MINUTE_MS, limit, MINUTE_MS, 'auth-failures');
    return record.isBlocked ? Math.max(1, record.timeToBlockExpire) : 0;
  }
}

function key(client: string): string {
  return `auth-failures:${client}`;
}
