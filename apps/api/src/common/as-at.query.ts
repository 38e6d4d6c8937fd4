import type { CalendarDate } from '#domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from './optional';
import { IsCalendarDate } from './is-calendar-date';

/** `?asAt=YYYY-MM-DD`: a read as at the end of that day. Each route says its default (mostly today, in England). */
export class AsAtQuery {
  @ApiPropertyOptional({ example: '2017-04-01', description: 'As at the end of this day (YYYY-MM-DD); see the route for its default' })
  @IsOptional()
  @IsCalendarDate()
  asAt?: CalendarDate;
}
