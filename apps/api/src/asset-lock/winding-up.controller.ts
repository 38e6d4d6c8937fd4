import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../openapi/api-route';
import { WindingUpQuery } from './dto/winding-up.query';
import { WindingUpService } from './winding-up.service';

/** CI-4: how the residual assets would be distributed on a winding up (CIC Regs 2005 reg 23). A read for every role. */
@ApiTags('asset lock')
@ApiBearerAuth()
@Controller('api/companies/:companyId/winding-up-distribution')
export class WindingUpController {
  constructor(private readonly windingUp: WindingUpService) {}

  @ApiRoute({
    summary: 'Work out how the residual assets would be distributed on a winding up',
    description:
      'CI-4 (CIC Regs 2005 reg 23): given the company’s residual assets in whole pence (`residualAssetsPence`: what is left once its liabilities and the costs of the winding up are met), how they would be distributed as at the end of `asAt` (today in England by default). Each member on the register that day (`members`, in the register’s order, with `name` as the register gives it and `jointHolders` for a joint holding) receives at most the paid-up value of the shares they hold (`paidUpPence`); when the residual assets are less than the total paid up they are shared in proportion to the paid-up values, in whole pence by the largest remainder (ties in the register’s order), so the `entitlementPence` add up exactly to `toMembersPence`. The rest, `residuePence`, goes to the asset-locked bodies the articles name that day in the proportions the articles provide (`residueTo.kind` `named-asset-locked-bodies`), or, when they name none, as the CIC Regulator directs (`as-regulator-directs`). A read: nothing is recorded.',
  })
  @Get()
  distribution(@Param('companyId') companyId: string, @Query() query: WindingUpQuery) {
    return this.windingUp.distribution(companyId, query.residualAssetsPence, query.asAt);
  }
}
