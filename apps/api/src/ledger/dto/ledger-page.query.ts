import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from '../../common/optional';
import { WholeNumberFrom } from '../../common/validation';

export class LedgerPageQuery {
  @ApiPropertyOptional({ description: 'Entries after this sequence number', default: 0 })
  @IsOptional()
  @WholeNumberFrom(0, Number.MAX_SAFE_INTEGER)
  afterSequence?: number;

  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @WholeNumberFrom(1, 1000)
  limit?: number;
}
