import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { AcceptsIdempotencyKey, RequestKeyOf } from '../common/idempotency-key';
import type { RequestKey } from '../ledger/request-keys';
import { ApiRoute } from '../openapi/api-route';
import { RecordRegulatorDecisionDto } from './dto/record-regulator-decision.dto';
import { RegulatorDecisionsService } from './regulator-decisions.service';

/** CI-6: the CIC Regulator's decision on a special resolution changing the company's objects. */
@ApiTags('governance')
@ApiBearerAuth()
@Controller('api/companies/:companyId/resolutions')
export class RegulatorDecisionsController {
  constructor(private readonly decisions: RegulatorDecisionsService) {}

  @ApiRoute({
    summary: "Record the CIC Regulator's decision on a change of the objects",
    description:
      "CI-6 (CIC Regulator guidance ch.5 §5.4; CA 2006 s.21): a special resolution changing the company's objects is pending once passed until the CIC Regulator decides. " +
      'Approved, the articles are amended on `decidedOn`, and the articles as amended are owed to the registrar within 15 days of it (s.26, an `articles-filing` duty in the compliance calendar); refused, the articles are unchanged and nothing is owed under s.26. ' +
      'The answer is the resolution’s standing with the Regulator. 404 NOT_FOUND for a resolution the company has none of; 422 NOT_AWAITING_REGULATOR for one that is not a change of the objects or not passed, ' +
      '409 REGULATOR_ALREADY_DECIDED for a second decision (the Regulator decides once); 422 DATED_AFTER_RECORDING for a date after today, REGULATOR_DECISION_BEFORE_PASSING for one before the resolution passed. A refusal writes nothing.',
  })
  @Post(':resolutionId/regulator-decision')
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async record(
    @Param('companyId') companyId: string,
    @Param('resolutionId') resolutionId: string,
    @Body() body: RecordRegulatorDecisionDto,
    @CurrentCaller() caller: Caller,
    @RequestKeyOf('regulator-decision') key: RequestKey | undefined,
  ) {
    return (await this.decisions.record(companyId, resolutionId, body, caller, key)).record;
  }
}
