import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import type { CalendarDate } from '#domain';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { today } from '../common/today';
import { AsAtQuery } from '../common/as-at.query';
import { AddNetworkPracticeDto, MovePracticeDto, RecordNetworkDto } from './dto/network.dto';
import { NetworksService } from './networks.service';

@ApiTags('alliance')
@ApiBearerAuth()
@Controller('api/companies/:companyId/networks')
export class NetworksController {
  constructor(private readonly networks: NetworksService) {}

  /** Every practice network and its practices as at the end of `asAt` (default today). */
  @ApiRoute({ summary: 'List practice networks as at a date', description: 'Every practice network and its practices as at the end of `asAt` (default today).' })
  @Get()
  asAt(@Param('companyId') companyId: string, @Query() query: AsAtQuery) {
    return this.networks.asAt(companyId, query.asAt ?? today());
  }

  @ApiRoute({ summary: 'Record a practice network' })
  @Post()
  @HttpCode(201)
  @Roles('secretary')
  record(@Param('companyId') companyId: string, @Body() body: RecordNetworkDto, @CurrentCaller() caller: Caller) {
    return this.networks.record(companyId, body, caller);
  }

  /** A practice that is in no network joins this one. */
  @ApiRoute({ summary: 'Add a practice to a network', description: 'A practice that is in no network joins this one.' })
  @Post(':networkId/practices')
  @HttpCode(201)
  @Roles('secretary')
  addPractice(
    @Param('companyId') companyId: string,
    @Param('networkId') networkId: string,
    @Body() body: AddNetworkPracticeDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.networks.addPractice(companyId, networkId, body, caller);
  }

  /** A practice leaves its network and joins another on the same day. */
  @ApiRoute({ summary: 'Move a practice to another network', description: 'A practice leaves its network and joins another on the same day.' })
  @Post('moves')
  @HttpCode(201)
  @Roles('secretary')
  move(@Param('companyId') companyId: string, @Body() body: MovePracticeDto, @CurrentCaller() caller: Caller) {
    return this.networks.move(companyId, body, caller);
  }
}
