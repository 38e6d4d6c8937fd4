import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { IsOptional } from '../../common/optional';
import { WholeNumberText } from '../../common/validation';

export class LedgerPageQuery {
  @ApiPropertyOptional({ description: 'Entries after this sequence number', default: 0 })
  @IsOptional()
  @WholeNumberText()
  @IsInt()
  @Min(0)
  afterSequence?: number;

  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @WholeNumberText()
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}
