import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../../common/is-calendar-date';

/** `asAt` for a report: the end of this day. Optional; see each route for its default. */
export class ReportAsAtQuery {
  @ApiPropertyOptional({ example: '2024-03-31', description: 'The report as at the end of this day (YYYY-MM-DD)' })
  @IsOptional()
  @IsCalendarDate()
  asAt?: string;
}
