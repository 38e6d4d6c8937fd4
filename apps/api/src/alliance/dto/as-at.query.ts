import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../../common/is-calendar-date';

export class AsAtQuery {
  @ApiPropertyOptional({ example: '2017-04-01', description: 'The end of this day; defaults to today' })
  @IsOptional()
  @IsCalendarDate()
  asAt?: string;
}
