import type { CalendarDate } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { IsOptional } from '../../common/optional';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { HolderDto } from './holder.dto';
import { NotBlank } from '../../common/validation';

const MAX_NUMBER = 2_000_000_000;

/**
 * The corrected entry put in place of the one voided: a share event of the same shape the share
 * routes take (`holder` for an allotment; `fromMemberId`, `to` and `lodgedOn` for a transfer;
 * `memberId`, `reason` and `note` for a cancellation).
 */
export class CorrectedShareEventDto {
  @ApiProperty({ enum: ['allotment', 'transfer', 'cancellation'] })
  @IsIn(['allotment', 'transfer', 'cancellation'])
  type!: 'allotment' | 'transfer' | 'cancellation';

  @ApiProperty({ example: '2024-05-20' })
  @IsCalendarDate()
  effectiveOn!: CalendarDate;

  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(MAX_NUMBER)
  shareNumber!: number;

  @ApiPropertyOptional({ type: HolderDto, description: 'Allotment: the holder' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => HolderDto)
  holder?: HolderDto;

  @ApiPropertyOptional({ description: 'Allotment: amount paid up; defaults to the nominal value' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_NUMBER)
  paidUpPence?: number;

  @ApiPropertyOptional({ description: 'Transfer: the transferor' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  fromMemberId?: string;

  @ApiPropertyOptional({ type: HolderDto, description: 'Transfer: the transferee' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => HolderDto)
  to?: HolderDto;

  @ApiPropertyOptional({ example: '2026-03-06', description: 'Transfer: the day it was lodged; defaults to the corrected entry’s, else effectiveOn' })
  @IsOptional()
  @IsCalendarDate()
  lodgedOn?: CalendarDate;

  @ApiPropertyOptional({ description: 'Cancellation: the holder' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  memberId?: string;

  @ApiPropertyOptional({ enum: ['surrender', 'buy-back', 'forfeiture', 'cancellation'], description: 'Cancellation: why' })
  @IsOptional()
  @IsIn(['surrender', 'buy-back', 'forfeiture', 'cancellation'])
  reason?: 'surrender' | 'buy-back' | 'forfeiture' | 'cancellation';

  @ApiPropertyOptional({ example: '2026-03-06', description: 'Cancellation by forfeiture: the day the notice requiring payment was given; defaults to the corrected entry’s' })
  @IsOptional()
  @IsCalendarDate()
  forfeitureNoticeOn?: CalendarDate;

  @ApiPropertyOptional({ description: 'Cancellation: a note' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  @NotBlank()
  note?: string;

  @ApiPropertyOptional({ description: 'The authorising resolution; defaults to the corrected entry’s' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  authorisedBy?: string;
}

export class CreateCorrectionDto {
  @ApiProperty({ minimum: 1, description: 'The ledger sequence of the share entry corrected (its eventId)' })
  @IsInt()
  @Min(1)
  @Max(MAX_NUMBER)
  correctsSequence!: number;

  @ApiProperty({ example: 'The transfer was entered to the wrong practice', description: 'Why the entry is corrected' })
  @IsString()
  @Length(1, 2000)
  @NotBlank()
  reason!: string;

  @ApiPropertyOptional({ example: 'CR-2024-000123', description: 'The court order rectifying the register (s.125), if any' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @NotBlank()
  courtOrderReference?: string;

  @ApiPropertyOptional({ type: CorrectedShareEventDto, description: 'The corrected entry put in its place; none voids it' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CorrectedShareEventDto)
  replacement?: CorrectedShareEventDto;
}
