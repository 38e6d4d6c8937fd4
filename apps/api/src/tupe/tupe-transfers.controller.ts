import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import type { CalendarDate } from '#domain';
import { today } from '../common/today';
import { AsAtQuery } from '../common/as-at.query';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { CreateTupeTransferDto, PensionDto } from './dto/create-tupe-transfer.dto';
import { RecordConsultationDto, RecordEliReceiptDto, RecordMeasuresDto } from './dto/record-transfer-details.dto';
import { TupeTransfersService } from './tupe-transfers.service';

@ApiTags('tupe')
@ApiBearerAuth()
@Controller('api/companies/:companyId/tupe-transfers')
export class TupeTransfersController {
  constructor(private readonly transfers: TupeTransfersService) {}

  /** Every transfer as it stood at the end of `asAt` (default today, `tupeTransferAsAt`), with its totals and its number of findings then. */
  @ApiRoute({ summary: 'List TUPE transfers', description: 'Every transfer as it stood at the end of `asAt` (default today: the ELI received and its updates, the log entries and the objections dated by then), with its totals and its number of findings then.' })
  @Get()
  list(@Param('companyId') companyId: string, @Query() query: AsAtQuery) {
    return this.transfers.list(companyId, query.asAt ?? today());
  }

  /**
   * The transfer, its totals (no personal data), its compliance findings and the claims they open as at
   * `asAt` (default today): TU-5 (reg 12), the transferee's against the transferor for employee
   * liability information missing, late or incomplete, at least £500 (`minimumPence`) per employee
   * concerned; TU-8 (regs 15–16), the affected employees' or their representatives' for a failure to
   * inform or consult, up to 13 weeks' pay each (`maximumPence`, a total; transferor and transferee
   * jointly and severally liable for the transferor's failure). Each is presented within three months
   * beginning with the transfer date (`lastDayToClaim`; `open` while `asAt` is not after it). Only
   * breaches open a claim. No employee's pay is given: board members and auditors see the total, but
   * not where it is one employee's pay (`maximumWithheld`).
   */
  @ApiRoute({
    summary: 'Read a TUPE transfer',
    description: "The transfer as it stood at the end of `asAt` (the ELI received and its updates, the log entries and the objections dated by then), its totals (no personal data), its compliance findings and the claims they open as at `asAt` (default today): TU-5 (reg 12), the transferee's against the transferor for employee liability information missing, late or incomplete, at least £500 (`minimumPence`) per employee concerned; TU-8 (regs 15–16), the affected employees' or their representatives' for a failure to inform or consult, up to 13 weeks' pay each (`maximumPence`, a total; transferor and transferee jointly and severally liable for the transferor's failure). Each is presented within three months beginning with the transfer date (`lastDayToClaim`; `open` while `asAt` is not after it). Only breaches open a claim. No employee's pay is given: board members and auditors see the total, but not where it is one employee's pay (`maximumWithheld`).",
  })
  @Get(':transferId')
  get(@Param('companyId') companyId: string, @Param('transferId') transferId: string, @Query() query: AsAtQuery, @CurrentCaller() caller: Caller) {
    return this.transfers.get(companyId, transferId, query.asAt ?? today(), caller.role);
  }

  @ApiRoute({ summary: 'Record a TUPE transfer' })
  @Post()
  @HttpCode(201)
  @Roles('secretary')
  create(@Param('companyId') companyId: string, @Body() body: CreateTupeTransferDto, @CurrentCaller() caller: Caller) {
    return this.transfers.create(companyId, body, caller);
  }

  /** An entry of the information and consultation log (TU-6): information, consultation, representation or reply. */
  @ApiRoute({ summary: 'Record a consultation log entry', description: 'An entry of the information and consultation log (TU-6): information, consultation, representation or reply.' })
  @Post(':transferId/consultations')
  @HttpCode(201)
  @Roles('secretary')
  recordConsultation(
    @Param('companyId') companyId: string,
    @Param('transferId') transferId: string,
    @Body() body: RecordConsultationDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.transfers.recordConsultation(companyId, transferId, body, caller);
  }

  /** Employee liability information received (TU-4): the first receipt, then updates. */
  @ApiRoute({ summary: 'Record employee liability information received', description: 'Employee liability information received (TU-4): the first receipt, then updates.' })
  @Post(':transferId/eli-receipts')
  @HttpCode(201)
  @Roles('secretary')
  recordEliReceipt(
    @Param('companyId') companyId: string,
    @Param('transferId') transferId: string,
    @Body() body: RecordEliReceiptDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.transfers.recordEliReceipt(companyId, transferId, body, caller);
  }

  /** The measures one party envisages, or that it envisages none (TU-6). */
  @ApiRoute({ summary: 'Record measures envisaged', description: 'The measures one party envisages, or that it envisages none (TU-6).' })
  @Post(':transferId/measures')
  @HttpCode(201)
  @Roles('secretary')
  recordMeasures(
    @Param('companyId') companyId: string,
    @Param('transferId') transferId: string,
    @Body() body: RecordMeasuresDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.transfers.recordMeasures(companyId, transferId, body, caller);
  }

  /** The pension arrangement (TU-9). */
  @ApiRoute({ summary: 'Record the pension arrangement', description: 'The pension arrangement (TU-9).' })
  @Post(':transferId/pension')
  @HttpCode(201)
  @Roles('secretary')
  recordPension(@Param('companyId') companyId: string, @Param('transferId') transferId: string, @Body() body: PensionDto, @CurrentCaller() caller: Caller) {
    return this.transfers.recordPension(companyId, transferId, body, caller);
  }
}
