import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import { CurrentCaller } from '../auth/caller.decorator';
import { AcceptsIdempotencyKey, RequestKeyOf } from '../common/idempotency-key';
import type { RequestKey } from '../ledger/request-keys';
import { Roles, type Caller } from '../auth/roles';
import { AsAtQuery } from '../common/as-at.query';
import { today } from '../common/today';
import { AnswerInspectionRequestDto, NameInspectionAppointmentDto, ReceiveInspectionRequestDto } from './dto/inspection.dto';
import { ChangeParticularsDto, RecordPscStatementDto } from './dto/particulars.dto';
import { InspectionService } from './inspection.service';
import { ParticularsService } from './particulars.service';
import { PscService } from './psc.service';

/** The company's particulars (FC-5), its PSC position (EC-5) and the log of requests to inspect the register of members (IN-1…IN-6). */
@ApiTags('officers')
@ApiBearerAuth()
@Controller('api/companies/:companyId')
export class CompanyRecordsController {
  constructor(
    private readonly particulars: ParticularsService,
    private readonly psc: PscService,
    private readonly inspection: InspectionService,
  ) {}

  /** The particulars in force at the end of `asAt` (default today), and every dated change in the order they apply (by effective date, then as recorded). */
  @ApiRoute({ summary: 'Read the company\'s particulars', description: 'The particulars in force at the end of `asAt` (default today), and every dated change in the order they apply (by effective date, then as recorded).' })
  @Get('particulars')
  readParticulars(@Param('companyId') companyId: string, @Query() query: AsAtQuery) {
    return this.particulars.read(companyId, query.asAt ?? today());
  }

  @ApiRoute({ summary: 'Record a change of the company\'s particulars' })
  @Post('particulars')
  @HttpCode(201)
  @Roles('secretary')
  changeParticulars(@Param('companyId') companyId: string, @Body() body: ChangeParticularsDto, @CurrentCaller() caller: Caller) {
    return this.particulars.change(companyId, body, caller);
  }

  /** The PSC statement in force at the end of `asAt` (default today), its warnings, every dated position, and the statements recorded. */
  @ApiRoute({
    summary: 'Read the PSC statement',
    description: 'The PSC position in force at the end of `asAt` (default today) computed from the register, its warnings, every dated position (`statements`), the statements the company recorded (`recorded`) and the changes of position no recorded statement covers yet (`unrecorded`).',
  })
  @Get('psc')
  readPsc(@Param('companyId') companyId: string, @Query() query: AsAtQuery) {
    return this.psc.read(companyId, query.asAt ?? today());
  }

  /** EC-5: the statement the company makes on `madeOn`, kept in the ledger: the position the register gives at the end of that day. */
  @ApiRoute({
    summary: 'Record the PSC statement',
    description: 'EC-5: the statement the company makes on `madeOn`, kept in the ledger as a dated record (`psc.statement-recorded`): the position the register of members gives at the end of that day. One a day. A statement naming registrable persons records that the company has their confirmed particulars: the PSC01 for that change falls due 14 days after it (EC-2).',
  })
  @Post('psc/statements')
  @HttpCode(201)
  @Roles('secretary')
  recordPsc(@Param('companyId') companyId: string, @Body() body: RecordPscStatementDto, @CurrentCaller() caller: Caller) {
    return this.psc.record(companyId, body.madeOn, caller);
  }

  /** Requests received by `asAt` (default today), each with its validity, deadline, status, fee and s.120 statement; the requester's address for the secretary only. */
  @ApiRoute({
    summary: 'List inspection requests',
    description: "Requests received by `asAt` (default today), each with its validity, deadline, status, day named for the inspection (IN-5), fee and s.120 statement. The requester's address is personal data: only the secretary's answer carries it (`personalData: true`).",
  })
  @Get('inspection-requests')
  listRequests(@Param('companyId') companyId: string, @Query() query: AsAtQuery, @CurrentCaller() caller: Caller) {
    return this.inspection.list(companyId, query.asAt ?? today(), caller.role);
  }

  @ApiRoute({ summary: 'Record an inspection request' })
  @Post('inspection-requests')
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async receive(@Param('companyId') companyId: string, @Body() body: ReceiveInspectionRequestDto, @CurrentCaller() caller: Caller, @RequestKeyOf('inspection-requests') key: RequestKey | undefined) {
    return (await this.inspection.receiveOnce(companyId, body, caller, key)).record;
  }

  /** IN-5: the day and hours the requester named for the inspection, checked against SI 2008/3006 reg 4. */
  @ApiRoute({
    summary: 'Name the day and hours of an inspection',
    description: "IN-5 (SI 2008/3006 reg 4): a working day, between 9am and 5pm, for at least 2 hours, with 10 working days' notice (2 when the notice is given during a general meeting's notice period or a written resolution's period); England and Wales bank holidays are not working days. A later naming replaces the earlier one.",
  })
  @Post('inspection-requests/:requestId/appointment')
  @HttpCode(201)
  @Roles('secretary')
  nameAppointment(@Param('companyId') companyId: string, @Param('requestId') requestId: string, @Body() body: NameInspectionAppointmentDto, @CurrentCaller() caller: Caller) {
    return this.inspection.nameAppointment(companyId, requestId, body, caller);
  }

  @ApiRoute({ summary: 'Answer an inspection request' })
  @Post('inspection-requests/:requestId/answer')
  @HttpCode(201)
  @Roles('secretary')
  answer(@Param('companyId') companyId: string, @Param('requestId') requestId: string, @Body() body: AnswerInspectionRequestDto, @CurrentCaller() caller: Caller) {
    return this.inspection.answer(companyId, requestId, body, caller);
  }
}
