import { Module } from '@nestjs/common';
import { AuthFailureThrottle } from './throttling';
import { TokensController } from './tokens.controller';
import { TokensService } from './tokens.service';

/** Bearer tokens, and the throttle on failed authentications; the guard itself is global (app.module.ts). */
@Module({
  controllers: [TokensController],
  providers: [TokensService, AuthFailureThrottle],
  exports: [TokensService, AuthFailureThrottle],
})
export class AuthModule {}
