import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import { AcceptsIdempotencyKey, RequestKeyOf } from '../common/idempotency-key';
import type { RequestKey } from '../ledger/request-keys';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { ledgerEntryResponse } from '../ledger/ledger-entry.mapper';
import { CreateShareAllotmentDto, CreateShareCancellationDto, CreateShareTransferDto } from './dto/record-share-event.dto';
import { ShareEventsBatchDto } from './dto/share-events-batch.dto';
import { ShareEventsBatchService } from './share-events-batch.service';
import { ShareEventsService } from './share-events.service';
import { LodgedTransfersService } from './lodged-transfers.service';

@ApiTags('share register')
@ApiBearerAuth()
@Controller('api/companies/:companyId')
export class ShareEventsController {
  constructor(
    private readonly shares: ShareEventsService,
    private readonly lodged: LodgedTransfersService,
    private readonly batch: ShareEventsBatchService,
  ) {}

  /** Allots a share (s.554) and enters the holder on the register. */
  @ApiRoute({ summary: 'Allot a share', description: 'Allots a share (s.554) and enters the holder on the register.' })
  @Post('share-allotments')
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async allot(@Param('companyId') companyId: string, @Body() body: CreateShareAllotmentDto, @CurrentCaller() caller: Caller, @RequestKeyOf('share-allotments') key: RequestKey | undefined) {
    return ledgerEntryResponse((await this.shares.allot(companyId, body, caller, key)).record);
  }

  /**
   * Registers a transfer lodged with the company (s.770–771); with `status: "lodged"` (and no
   * `effectiveOn`) records it as lodged, to be registered or refused later, and returns its `transferId`;
   * a lodged transfer must name the share's holder on the lodging day (SH-3).
   */
  @ApiRoute({ summary: 'Record a share transfer', description: 'Registers a transfer lodged with the company (s.770–771); with `status: "lodged"` (and no `effectiveOn`) records it as lodged, to be registered or refused later, and returns its `transferId`; a lodged transfer is refused, nothing written, unless the share is in issue and held by `fromMemberId` on `lodgedOn` (`SHARE_NOT_ISSUED`, `SHARE_ALREADY_CANCELLED`, `SHARE_NOT_HELD_BY_MEMBER`).' })
  @Post('share-transfers')
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async transfer(@Param('companyId') companyId: string, @Body() body: CreateShareTransferDto, @CurrentCaller() caller: Caller, @RequestKeyOf('share-transfers') key: RequestKey | undefined) {
    if (body.status === 'lodged') {
      const { record: lodged } = await this.lodged.lodge(companyId, body, caller, key);
      return { transferId: String(lodged.sequence), ...ledgerEntryResponse(lodged) };
    }
    return ledgerEntryResponse((await this.shares.transfer(companyId, body, caller, key)).record);
  }

  /** Records a share surrendered, bought back or cancelled; its number is never used again. */
  @ApiRoute({ summary: 'Cancel a share', description: 'Records a share surrendered, bought back or cancelled; its number is never used again.' })
  @Post('share-cancellations')
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async cancel(@Param('companyId') companyId: string, @Body() body: CreateShareCancellationDto, @CurrentCaller() caller: Caller, @RequestKeyOf('share-cancellations') key: RequestKey | undefined) {
    return ledgerEntryResponse((await this.shares.cancel(companyId, body, caller, key)).record);
  }

  /**
   * Records a list of allotments, transfers and cancellations all or nothing, in one transaction and
   * one extension of the chain (imports). A refused event is a 4xx naming its `index`; nothing is written.
   */
  @ApiRoute({ summary: 'Record share events in one batch', description: 'Allotments, transfers and cancellations (each with its `type`), checked one after another by the same rules and written all or nothing in one transaction: one extension of the chain. A refused event gives its own error with its `index` in `details`, and nothing is written.' })
  @Post('share-events/batch')
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async recordBatch(@Param('companyId') companyId: string, @Body() body: ShareEventsBatchDto, @CurrentCaller() caller: Caller, @RequestKeyOf('share-events/batch') key: RequestKey | undefined) {
    const { record: entries } = await this.batch.record(companyId, body.events, caller, key);
    return { count: entries.length, entries: entries.map(ledgerEntryResponse) };
  }
}
