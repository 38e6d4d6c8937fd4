import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles, type Caller } from '../auth/roles';
import { AcceptsIdempotencyKey, RequestKeyOf } from '../common/idempotency-key';
import type { RequestKey } from '../ledger/request-keys';
import { ApiRoute } from '../openapi/api-route';
import { AssetTransfersService } from './asset-transfers.service';
import { AssetTransfersQuery } from './dto/asset-transfers.query';
import { RecordAssetTransferDto } from './dto/record-asset-transfer.dto';

@ApiTags('asset lock')
@ApiBearerAuth()
@Controller('api/companies/:companyId/asset-transfers')
export class AssetTransfersController {
  constructor(private readonly transfers: AssetTransfersService) {}

  @ApiRoute({
    summary: 'List the register of asset transfers',
    description:
      'Each transfer of the company’s assets with the ground the asset lock allowed it on (CIC Regs 2005 Sch 2 para 1; CI-2) and the value transferred below full consideration (pence). `asAt`: those dated by the end of that day (all by default). `financialYearEnd`: only the company’s financial year ending that day (its accounting reference period, CA 2006 ss.390–392; a day that ends none is 422 NOT_A_FINANCIAL_YEAR_END; the year ends the company recorded, its dividends’ years, are its years’ ends, s.390(3), so a year begins the day after the recorded end of the one before and another day of a recorded year’s period is 422 FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY), with its total below full consideration, the figure the CIC34 report states (CI-5).',
    errors: [422],
  })
  @Get()
  list(@Param('companyId') companyId: string, @Query() query: AssetTransfersQuery) {
    return this.transfers.list(companyId, { asAt: query.asAt, financialYearEnd: query.financialYearEnd });
  }

  @ApiRoute({
    summary: 'Record a transfer of assets',
    description:
      'The asset lock (CIC Regs 2005 Sch 2 para 1; CI-2, CI-6) classifies it: full consideration; to an asset-locked body named in the articles; to another asset-locked body with the Regulator’s consent; or for the benefit of the community. A transfer below full value that fits none is refused (422 ASSET_LOCK_BREACH, REGULATOR_CONSENT_REQUIRED, CONSENT_AFTER_TRANSFER) and nothing is written. The same `Idempotency-Key` sent again is answered as the first was, with the same ledger entry, and records nothing.',
  })
  @Post()
  @HttpCode(201)
  @Roles('secretary')
  @AcceptsIdempotencyKey()
  async record(@Param('companyId') companyId: string, @Body() body: RecordAssetTransferDto, @CurrentCaller() caller: Caller, @RequestKeyOf('asset-transfers') key: RequestKey | undefined) {
    return (await this.transfers.record(companyId, body, caller, key)).record;
  }
}
