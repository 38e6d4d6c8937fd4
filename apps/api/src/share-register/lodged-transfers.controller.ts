import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { AcceptsIdempotencyKey, RequestKeyOf } from '../common/idempotency-key';
import type { RequestKey } from '../ledger/request-keys';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import type { LodgedTransfer } from '#domain';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { ledgerEntryResponse } from '../ledger/ledger-entry.mapper';
import { LodgedTransfersQuery, RefuseLodgedTransferDto, RegisterLodgedTransferDto } from './dto/lodged-transfer.dto';
import { LodgedTransfersService } from './lodged-transfers.service';

@ApiTags('share register')
@ApiBearerAuth()
@Controller('api/companies/:companyId/share-transfers')
export class LodgedTransfersController {
  constructor(private readonly transfers: LodgedTransfersService) {}

  /**
   * Transfers lodged with the company and the decision on each (s.771); `status=lodged`: those still to
   * decide; `corrected`: registered, but the share transfer entered was voided by a correction.
   */
  @ApiRoute({
    summary: 'List lodged transfers',
    description:
      'Transfers lodged with the company and the decision on each (s.771); `status=lodged`: those still to decide; `corrected`: registered, but the share transfer entered for it was later voided by a correcting entry (`correctedBy`: its ledger sequence; `replacedBy`: the entry in force in its place, or null).',
  })
  @Get()
  async list(@Param('companyId') companyId: string, @Query() query: LodgedTransfersQuery) {
    return { transfers: (await this.transfers.list(companyId, query.status)).map(lodgedTransferResponse) };
  }

  /** Registers a lodged transfer (s.770): the share passes to the transferee on `effectiveOn`. */
  @ApiRoute({ summary: 'Register a lodged transfer', description: 'Registers a lodged transfer (s.770): the share passes to the transferee on `effectiveOn`.' })
  @Post(':transferId/registration')
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async register(
    @Param('companyId') companyId: string,
    @Param('transferId') transferId: string,
    @Body() body: RegisterLodgedTransferDto,
    @CurrentCaller() caller: Caller,
    @RequestKeyOf('share-transfers/registration') key: RequestKey | undefined,
  ) {
    return { transferId, ...ledgerEntryResponse((await this.transfers.register(companyId, transferId, body, caller, key)).record) };
  }

  /** Refuses a lodged transfer: the notice of refusal with reasons (s.771). The register is unchanged. */
  @ApiRoute({ summary: 'Refuse a lodged transfer', description: 'Refuses a lodged transfer: the notice of refusal with reasons (s.771). The register is unchanged.' })
  @Post(':transferId/refusal')
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async refuse(
    @Param('companyId') companyId: string,
    @Param('transferId') transferId: string,
    @Body() body: RefuseLodgedTransferDto,
    @CurrentCaller() caller: Caller,
    @RequestKeyOf('share-transfers/refusal') key: RequestKey | undefined,
  ) {
    return { transferId, ...ledgerEntryResponse((await this.transfers.refuse(companyId, transferId, body, caller, key)).record) };
  }
}

export function lodgedTransferResponse(t: LodgedTransfer) {
  return {
    transferId: t.transferId,
    shareNumber: t.shareNumber,
    fromMemberId: t.fromMemberId,
    to: { memberId: t.to.memberId, name: t.to.name, address: t.to.address, practiceId: t.to.practiceId },
    lodgedOn: t.lodgedOn,
    decisionDueOn: t.decisionDueOn,
    status: t.status,
    registeredOn: t.registeredOn,
    registeredAs: t.registeredAs === null ? null : Number(t.registeredAs),
    refusedOn: t.refusedOn,
    reasons: t.reasons,
    correctedBy: t.correctedBy === null ? null : Number(t.correctedBy),
    replacedBy: t.replacedBy === null ? null : Number(t.replacedBy),
  };
}
