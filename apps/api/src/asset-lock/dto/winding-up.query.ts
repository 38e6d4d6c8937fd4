import { ApiProperty } from '@nestjs/swagger';
import { AsAtQuery } from '../../common/as-at.query';
import { WholeNumberFrom } from '../../common/validation';

/** The most residual assets the distribution takes, in pence: fifteen digits, £9,999,999,999,999.99. */
export const MOST_RESIDUAL_ASSETS_PENCE = 999_999_999_999_999;

/** `?residualAssetsPence=` (required) and `?asAt=` (today in England by default) of the winding-up distribution. */
export class WindingUpQuery extends AsAtQuery {
  @ApiProperty({
    example: 2_500_000,
    description: `The company's residual assets on a winding up, in whole pence written in decimal digits: what is left once its liabilities and the costs of the winding up are met (CIC Regs 2005 reg 23), from 0 to ${MOST_RESIDUAL_ASSETS_PENCE}`,
  })
  @WholeNumberFrom(0, MOST_RESIDUAL_ASSETS_PENCE)
  residualAssetsPence!: number;
}
