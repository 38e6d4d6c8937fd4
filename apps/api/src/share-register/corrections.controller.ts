import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { ledgerEntryResponse } from '../ledger/ledger-entry.mapper';
import { CorrectionsService } from './corrections.service';
import { CreateCorrectionDto } from './dto/correction.dto';

@ApiTags('share register')
@ApiBearerAuth()
@Controller('api/companies/:companyId/ledger/corrections')
export class CorrectionsController {
  constructor(private readonly corrections: CorrectionsService) {}

  /**
   * Corrects the register (RM-4, SR-4; s.125): a new ledger entry voids the share entry
   * `correctsSequence`, optionally putting a corrected entry in its place. The original stays in the
   * ledger, marked as corrected; the register as at every date reflects the correction. An entry not
   * in force (no share entry, or one corrected before) is 409 `CORRECTION_TARGET_UNKNOWN` naming its
   * ledger number (`details.correctsSequence`) and, when corrected before, the correction's
   * (`details.correctedBySequence`), both numbers as `sequence` is.
   */
  @ApiRoute({ summary: 'Correct a ledger entry', description: 'Corrects the register (RM-4, SR-4; s.125): a new ledger entry voids the share entry `correctsSequence`, optionally putting a corrected entry in its place. The original stays in the ledger, marked as corrected; the register as at every date reflects the correction. An entry not in force (no share entry, or one corrected before) is 409 `CORRECTION_TARGET_UNKNOWN` naming its ledger number (`details.correctsSequence`) and, when corrected before, the correction\'s (`details.correctedBySequence`), both numbers as `sequence` is. A correction that would leave a member\'s vote, agreement, presence or chair at a general meeting or on a written resolution relying on membership the corrected register no longer shows that day (SR-4 with MA-1, WR-2) is 409 `CORRECTION_BREAKS_LATER_RECORD`, naming the member, the record (`details.response`, `resolutionId`, `reference`, `meetingId`, `meetingReference`) and the day (`details.on`); so is one that would change the eligible members of a written resolution already circulated (WR-2, `response: eligible`), with the member\'s shares when the circulation date began, before and after (`details.sharesBefore`, `sharesAfter`).' })
  @Post()
  @HttpCode(201)
  @Roles('secretary')
  async correct(@Param('companyId') companyId: string, @Body() body: CreateCorrectionDto, @CurrentCaller() caller: Caller) {
    return ledgerEntryResponse(await this.corrections.correct(companyId, body, caller));
  }
}
