import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { AsAtQuery } from '../common/as-at.query';
import { AcceptsIdempotencyKey, RequestKeyOf } from '../common/idempotency-key';
import type { RequestKey } from '../ledger/request-keys';
import { ApiRoute } from '../openapi/api-route';
import { CentralRegisterElectionService, centralRegisterEntryResponse } from './central-register-election.service';
import { RecordCentralRegisterElectionDto } from './dto/central-register-election.dto';

/** Where the register of members' information is kept: the company's own register, or Companies House under an election (RM-7, EC-6). */
@ApiTags('share register')
@ApiBearerAuth()
@Controller('api/companies/:companyId/register-of-members/central-register-election')
export class CentralRegisterElectionController {
  constructor(private readonly elections: CentralRegisterElectionService) {}

  @ApiRoute({
    summary: "Read where the register of members' information is kept",
    description:
      "Where the register of members' information is kept at the end of `asAt` (today by default): `keptAt` `company` (the company's own register at its registered office, s.114; RM-1) or `companies-house` (the central register under an election, ss.128B–128D; RM-7), with `electedOn`, the day the election took effect, while it is; and `history`, each change by then: `election-made` (with `assentedBy`), `election-withdrawn` (s.128J), or `election-ended-by-law` on 2025-11-18, when ECCTA 2023 removed the option and an election still in force ended (EC-6).",
  })
  @Get()
  read(@Param('companyId') companyId: string, @Query() query: AsAtQuery) {
    return this.elections.read(companyId, query.asAt);
  }

  @ApiRoute({
    summary: "Record an election to keep the register of members' information at Companies House, or its withdrawal",
    description:
      "`action` `elect`: the election (s.128B), effective on `effectiveOn`, the day the registrar registered the notice (s.128C); `assentedBy` lists the members who assented, and every member on the register that day must be among them (s.128B(2)(a); 422 CENTRAL_REGISTER_ASSENT_MISSING with `missing`, each `{memberId, name}`; 422 CENTRAL_REGISTER_ASSENT_NOT_MEMBER for an id not on the register that day). No election before 2016-06-30, when ss.128A–128K came into force (422 CENTRAL_REGISTER_OPTION_NOT_YET_IN_FORCE), nor on or after 2025-11-18, when ECCTA 2023 removed the option (422 CENTRAL_REGISTER_OPTION_REMOVED, EC-6), nor while one is in force (409 CENTRAL_REGISTER_ELECTION_IN_FORCE). `withdraw`: the withdrawal of the election in force (s.128J; 409 CENTRAL_REGISTER_NO_ELECTION when there is none that day). Dated on or after incorporation and not after today (422). A refusal writes nothing; the same `Idempotency-Key` sent again is answered as the first was.",
  })
  @Post()
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async record(
    @Param('companyId') companyId: string,
    @Body() body: RecordCentralRegisterElectionDto,
    @CurrentCaller() caller: Caller,
    @RequestKeyOf('register-of-members/central-register-election') key: RequestKey | undefined,
  ) {
    return centralRegisterEntryResponse((await this.elections.record(companyId, body, caller, key)).record);
  }
}
