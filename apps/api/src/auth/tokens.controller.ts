import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { NoQuery } from '../common/no-query';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import { AppError } from '../common/app-error';
import { CurrentCaller } from './caller.decorator';
import { CreateTokenDto } from './dto/create-token.dto';
import { Roles, type Caller } from './roles';
import { TokensService } from './tokens.service';

const DAY_MS = 86_400_000;

@ApiTags('tokens')
@ApiBearerAuth()
@Controller('api/tokens')
@Roles('secretary')
export class TokensController {
  constructor(private readonly tokens: TokensService) {}

  /** Makes a token for a role, optionally expiring; the token is in this response only. */
  @ApiRoute({ summary: 'Issue a token', description: 'Makes a token for a role, optionally expiring; the token is in this response only.' })
  @Post()
  create(@Body() body: CreateTokenDto, @CurrentCaller() caller: Caller) {
    return this.tokens.create(body.name, body.role, caller.name, expiry(body));
  }

  /** Every token with its status, expiry, revocation and last use; never a token or its hash. */
  @ApiRoute({ summary: 'List tokens', description: 'Every token with its status, expiry, revocation and last use; never a token or its hash.' })
  @Get()
  list(@Query() _query: NoQuery) {
    return this.tokens.list();
  }

  /** Revokes a token: from then on it is refused (401). */
  @ApiRoute({ summary: 'Revoke a token', description: 'Revokes a token: from then on it is refused (401).' })
  @Delete(':tokenId')
  revoke(@Param('tokenId') tokenId: string) {
    return this.tokens.revoke(tokenId);
  }
}

function expiry(body: CreateTokenDto): Date | null {
  if (body.expiresAt !== undefined && body.expiresInDays !== undefined) {
    throw new AppError('VALIDATION_FAILED', 'the request is not valid', [{ field: 'expiresAt', problems: ['give expiresAt or expiresInDays, not both'] }]);
  }
  if (body.expiresAt !== undefined) return new Date(body.expiresAt);
  if (body.expiresInDays !== undefined) return new Date(Date.now() + body.expiresInDays * DAY_MS);
  return null;
}
