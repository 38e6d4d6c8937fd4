import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import { AsAtQuery } from '../common/as-at.query';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { AppointDirectorDto, ResignDirectorDto } from './dto/director.dto';
import { DirectorsService } from './directors.service';

@ApiTags('governance')
@ApiBearerAuth()
@Controller('api/companies/:companyId/directors')
export class DirectorsController {
  constructor(private readonly directors: DirectorsService) {}

  /** The register of directors; with `asAt`, the board on that day. */
  @ApiRoute({ summary: 'Read the register of directors', description: 'The register of directors; with `asAt`, the board on that day.' })
  @Get()
  list(@Param('companyId') companyId: string, @Query() query: AsAtQuery) {
    return this.directors.list(companyId, query.asAt ?? null);
  }

  @ApiRoute({
    summary: 'Appoint a director',
    description:
      'A name and service address only. A director appointed on or after 18 November 2025 needs the s.163 and s.165 particulars (EC-4): ' +
      'this route refuses such an appointment (422 `PERSONAL_DETAILS_MISSING`); record it through `POST …/officers` with them.',
  })
  @Post()
  @HttpCode(201)
  @Roles('secretary')
  appoint(@Param('companyId') companyId: string, @Body() body: AppointDirectorDto, @CurrentCaller() caller: Caller) {
    return this.directors.appoint(companyId, body, caller);
  }

  @ApiRoute({ summary: 'Record a director\'s resignation' })
  @Post(':directorId/resignation')
  @HttpCode(201)
  @Roles('secretary')
  resign(@Param('companyId') companyId: string, @Param('directorId') directorId: string, @Body() body: ResignDirectorDto, @CurrentCaller() caller: Caller) {
    return this.directors.resign(companyId, directorId, body, caller);
  }
}
