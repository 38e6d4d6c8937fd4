import type { CalendarDate } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { AsAtQuery } from '../../common/as-at.query';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { IsOptional } from '../../common/optional';
import { NotBlank } from '../../common/validation';

/** CI-3: a dividend the company has declared, as the secretary records it (CIC Regulations 2005 regs 17–19). Amounts in whole pence. */
export class DeclareDividendDto {
  @ApiProperty({ example: '2024-07-15', description: 'The day the dividend was declared: on or after 1 October 2014, the company\'s incorporation and the resolution approving it, not after today' })
  @IsCalendarDate()
  declaredOn!: CalendarDate;

  @ApiProperty({ example: '2024-09-30', description: "The last day of the financial year the dividend is paid out of: one of the company's financial years, its accounting reference periods (CA 2006 ss.390–392: the first from incorporation, up to 18 months; one a change of accounting reference date shortened or lengthened), ended on the accounting reference date or up to 7 days either side of it (s.390(3); 422 NOT_A_FINANCIAL_YEAR_END otherwise). The year must have begun by the day declared" })
  @IsCalendarDate()
  financialYearEnd!: CalendarDate;

  @ApiProperty({ example: 10_000_000, minimum: 1, description: "The year's distributable profits, in pence: the same figure for every dividend out of the year (409 DISTRIBUTABLE_PROFITS_DIFFER otherwise)" })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  distributableProfitsPence!: number;

  @ApiProperty({ example: 3_500_000, minimum: 1, description: "The total dividend, in pence: with the year's other dividends at most 35% of its distributable profits, rounded down (422 DIVIDEND_CAP_EXCEEDED)" })
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  totalPence!: number;

  @ApiProperty({ description: "The members' ordinary or special resolution that approved the dividend, passed on or before the day it was declared (a board resolution does not do: 422 DIVIDEND_NOT_APPROVED)" })
  @IsString()
  @Length(1, 100)
  @NotBlank()
  resolutionId!: string;

  @ApiProperty({ description: "The secretary's confirmation that the company's articles allow dividends (reg 17(1)(a)); false is 422 ARTICLES_DO_NOT_ALLOW_DIVIDENDS" })
  @IsBoolean()
  articlesAllowDividends!: boolean;

  @ApiProperty({ example: 'Article 36', description: 'The article (clause) of the articles of association that allows dividends' })
  @IsString()
  @Length(1, 200)
  @NotBlank()
  articlesClause!: string;
}

/** `?asAt=&financialYearEnd=`: the declarations made by the end of `asAt` (all, without it), of one financial year if given. */
export class ListDividendsQuery extends AsAtQuery {
  @ApiPropertyOptional({ example: '2024-09-30', description: "Only the dividends paid out of the financial year ending on this day, and its figures: the last day of one of the company's financial years, its accounting reference date or a day up to 7 days either side of it (CA 2006 s.390(3); 422 NOT_A_FINANCIAL_YEAR_END otherwise), or the year end a dividend recorded names; a day within 7 days of a period's end whose year a dividend recorded names as ending on another day is 422 FINANCIAL_YEAR_ENDED_ON_ANOTHER_DAY" })
  @IsOptional()
  @IsCalendarDate()
  financialYearEnd?: CalendarDate;
}
