import type { CalendarDate, CancellationReason } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsObject, IsString, Length, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsOptional } from '../../common/optional';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { HolderDto } from './holder.dto';
import { NotBlank, RefusedBeside } from '../../common/validation';

const MAX_SHARE_NUMBER = 2_000_000_000;

export class CreateShareAllotmentDto {
  @ApiPropertyOptional({ description: 'Defaults to the next number never used before', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SHARE_NUMBER)
  shareNumber?: number;

  @ApiProperty({ example: '2024-04-01', description: 'The date the allotment is entered on the register' })
  @IsCalendarDate()
  effectiveOn!: CalendarDate;

  @ApiPropertyOptional({ description: 'Defaults to the nominal value (fully paid)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_SHARE_NUMBER)
  paidUpPence?: number;

  @ApiProperty({ type: HolderDto })
  @IsObject()
  @ValidateNested()
  @Type(() => HolderDto)
  holder!: HolderDto;

  @ApiPropertyOptional({ description: 'The resolution that authorises this change, where the articles require one' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  authorisedBy?: string;

  @ApiPropertyOptional({ description: "A subscriber's share taken on incorporation (dated the day of incorporation): no SH01 is due for it (FC-1)" })
  @IsOptional()
  @IsBoolean()
  subscriber?: boolean;
}

export class CreateShareTransferDto {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(MAX_SHARE_NUMBER)
  shareNumber!: number;

  @ApiProperty({ description: 'The transferor named on the instrument of transfer; must hold the share' })
  @IsString()
  @Length(1, 100)
  @NotBlank()
  fromMemberId!: string;

  @ApiProperty({ type: HolderDto })
  @IsObject()
  @ValidateNested()
  @Type(() => HolderDto)
  to!: HolderDto;

  @ApiProperty({ example: '2024-05-01', description: 'The day the instrument of transfer was lodged' })
  @IsCalendarDate()
  lodgedOn!: CalendarDate;

  @ApiProperty({ example: '2024-05-20', description: 'The day the transfer is registered; left out when it is only lodged' })
  @ValidateIf((o: CreateShareTransferDto) => o.status !== 'lodged' || o.effectiveOn !== undefined)
  @IsCalendarDate()
  effectiveOn?: CalendarDate;

  @ApiPropertyOptional({ enum: ['lodged', 'registered'], default: 'registered', description: 'lodged: recorded as lodged, to be registered or refused within two months (s.771)' })
  @IsOptional()
  @IsIn(['lodged', 'registered'])
  status?: 'lodged' | 'registered';

  @ApiPropertyOptional({ example: '2024-06-01', description: "SR-1: for reason forfeiture, the day the notice requiring payment of the call was given (the articles' clear days before the forfeiture)" })
  @IsOptional()
  @IsCalendarDate()
  forfeitureNoticeOn?: CalendarDate;

  @ApiPropertyOptional({ description: 'The resolution that authorises this change, where the articles require one' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  authorisedBy?: string;
}

export class CreateShareCancellationDto {
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(MAX_SHARE_NUMBER)
  shareNumber!: number;

  @ApiPropertyOptional({ description: 'The holder; checked when given' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  memberId?: string;

  @ApiProperty({
    enum: ['surrender', 'buy-back', 'forfeiture', 'cancellation'],
    description: "`forfeiture` only where the articles provide for it (the articles' `forfeiture` setting; SR-1: not a reduction of capital); `cancellation` and `surrender` are reductions of capital (SR-1: a special resolution and a solvency statement or court order, then SH19)",
  })
  @IsIn(['surrender', 'buy-back', 'forfeiture', 'cancellation'])
  reason!: CancellationReason;

  @ApiPropertyOptional({ example: 'Practice merged with the Example Practice' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @NotBlank()
  note?: string;

  @ApiProperty({ example: '2024-06-30' })
  @IsCalendarDate()
  effectiveOn!: CalendarDate;

  @ApiPropertyOptional({ example: '2024-06-20', description: "SR-1: for reason cancellation or surrender (a reduction of capital), the day of the directors' solvency statement (s.642), in the 15 days before the special resolution" })
  @IsOptional()
  @IsCalendarDate()
  @RefusedBeside('reductionOnly', 'a solvency statement goes with a reduction of capital (reason cancellation or surrender, SR-1): leave it out for this reason', (_v, body) => !REDUCTION.has(body.reason))
  solvencyStatementOn?: CalendarDate;

  @ApiPropertyOptional({ description: "SR-1: for reason cancellation or surrender, the court order confirming the reduction (s.648), instead of a solvency statement" })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @NotBlank()
  @RefusedBeside('reductionOnly', 'a court order confirming a reduction goes with reason cancellation or surrender (SR-1, s.648): leave it out for this reason', (_v, body) => !REDUCTION.has(body.reason))
  courtOrderReference?: string;

  @ApiPropertyOptional({ example: '2024-06-01', description: "SR-1: for reason forfeiture, the day the notice requiring payment of the call was given (the articles' clear days before the forfeiture)" })
  @IsOptional()
  @IsCalendarDate()
  @RefusedBeside('forfeitureOnly', 'a forfeiture notice goes with reason forfeiture: leave it out for this reason', (_v, body) => body.reason !== 'forfeiture')
  forfeitureNoticeOn?: CalendarDate;

  @ApiPropertyOptional({ example: 100, minimum: 0, description: "SH-4: for reason buy-back, the price paid for the share in integer pence; a CIC pays no more than the share's paid-up value (422 `BUY_BACK_PRICE_ABOVE_PAID_UP`)" })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  @RefusedBeside('buyBackOnly', 'a price goes with reason buy-back (SH-4): leave it out for this reason', (_v, body) => body.reason !== 'buy-back')
  pricePence?: number;

  @ApiPropertyOptional({ description: 'The resolution that authorises this change, where the articles require one' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  authorisedBy?: string;
}

/** SR-1: the reasons that are a reduction of capital. */
const REDUCTION: ReadonlySet<unknown> = new Set(['cancellation', 'surrender']);

/** The request body of each type of share event, as its route takes it (the batch route and the history import take them by type). */
export const SHARE_EVENT_BODIES = {
  allotment: CreateShareAllotmentDto,
  transfer: CreateShareTransferDto,
  cancellation: CreateShareCancellationDto,
} as const;

/** A share event as requested: its type and its body, validated. */
export type ShareEventRequest =
  | { readonly type: 'allotment'; readonly dto: CreateShareAllotmentDto }
  | { readonly type: 'transfer'; readonly dto: CreateShareTransferDto }
  | { readonly type: 'cancellation'; readonly dto: CreateShareCancellationDto };
