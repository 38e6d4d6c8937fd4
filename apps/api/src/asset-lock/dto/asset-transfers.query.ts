import type { CalendarDate } from '#domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { AsAtQuery } from '../../common/as-at.query';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { IsOptional } from '../../common/optional';

/** `?asAt=` (transfers dated by the end of that day; all of them by default) and `?financialYearEnd=` (only that year's, with its total). */
export class AssetTransfersQuery extends AsAtQuery {
  @ApiPropertyOptional({ example: '2025-09-30', description: "The last day of one of the company's financial years (YYYY-MM-DD): its accounting reference date, or a day up to 7 days either side of it (CA 2006 s.390(3); 422 NOT_A_FINANCIAL_YEAR_END otherwise), the day the company recorded for that period where it recorded one (the year a dividend was declared out of; another day is 422 FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY). Only the transfers of that year (its accounting reference period: the first from incorporation, up to 18 months; one a change of accounting reference date shortened or lengthened; beginning the day after the recorded end of the year before), with the value transferred below full consideration in them (CI-5, for the CIC34 report)" })
  @IsOptional()
  @IsCalendarDate()
  financialYearEnd?: CalendarDate;
}
