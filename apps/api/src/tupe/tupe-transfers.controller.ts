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

  /** Every transfer with its totals and its number of findings as at `asAt` (default today). */
  @ApiRoute({ summary: 'List TUPE transfers', description: 'Every transfer with its totals and its number of findings as at `asAt` (default today).' })
  @Get()
  list(@Param('companyId') companyId: string, @Query() query: AsAtQuery) {
    return this.transfers.list(companyId, query.asAt ?? today());
  }

  /** The transfer, its totals (no personal data) and its compliance findings as at `asAt` (default today). */
  @ApiRoute({ summary: 'Read a TUPE transfer', description: 'The transfer, its totals (no personal data) and its compliance findings as at `asAt` (default today).' })
  @Get(':transferId')
  get(@Param('companyId') companyId: string, @Param('transferId') transferId: string, @Query() query: AsAtQuery) {
    return this.transfers.get(companyId, transferId, query.asAt ?? today());
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
