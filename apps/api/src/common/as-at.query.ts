import type { CalendarDate } from '#domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from './optional';
import { EARLIEST_DATE, IsCalendarDate, LATEST_DATE } from './is-calendar-date';

/** `?asAt=YYYY-MM-DD`: a read as at the end of that day, from 1800-01-01 to 2999-12-31. Each route says its default (mostly today, in England). */
export class AsAtQuery {
  @ApiPropertyOptional({ example: '2017-04-01', description: `As at the end of this day (YYYY-MM-DD), from ${EARLIEST_DATE} to ${LATEST_DATE}; see the route for its default. A real date outside that range is 400 VALIDATION_FAILED with the bounds in details (earliest, latest)` })
  @IsOptional()
  @IsCalendarDate()
  asAt?: CalendarDate;
}
