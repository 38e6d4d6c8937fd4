import type { CalendarDate } from '#domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { AsAtQuery } from '../../common/as-at.query';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { IsOptional } from '../../common/optional';

/** `?asAt=` (transfers dated by the end of that day; all of them by default) and `?financialYearEnd=` (only that year's, with its total). */
export class AssetTransfersQuery extends AsAtQuery {
  @ApiPropertyOptional({ example: '2025-03-31', description: 'The last day of a financial year (YYYY-MM-DD): only the transfers of the 12 months ending that day, with the value transferred below full consideration in them (CI-5, for the CIC34 report)' })
  @IsOptional()
  @IsCalendarDate()
  financialYearEnd?: CalendarDate;
}
