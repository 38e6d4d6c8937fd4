import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from './caller.decorator';
import { CreateTokenDto } from './dto/create-token.dto';
import { Roles, type Caller } from './roles';
import { TokensService } from './tokens.service';

@ApiTags('tokens')
@ApiBearerAuth()
@Controller('api/tokens')
export class TokensController {
  constructor(private readonly tokens: TokensService) {}

  /** Makes a token for a role; the token is in this response only. */
  @Post()
  @Roles('secretary')
  create(@Body() body: CreateTokenDto, @CurrentCaller() caller: Caller) {
    return this.tokens.create(body.name, body.role, caller.name);
  }
}
