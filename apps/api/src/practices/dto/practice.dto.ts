import type { CalendarDate, PracticeClosureReason } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, Length, Matches } from 'class-validator';
import { IsOptional } from '../../common/optional';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { IsPlainText, IsRecordId } from '../../alliance/dto/fields';
import { DistinctHolders, NotBlank, OneLine } from '../../common/validation';

/** A practice joins the borough's list (RM-1): eligible from `on` to be admitted as a member by an allotment. */
export class AdmitPracticeDto {
  @ApiPropertyOptional({ example: 'practice-z00038', description: 'Defaults to `practice-` and the ODS code in lower case' })
  @IsOptional()
  @IsRecordId()
  practiceId?: string;

  @ApiProperty({ example: 'Z00038', description: 'The practice’s ODS code: letters and digits' })
  @IsString()
  @Matches(/^[A-Z0-9]{3,10}$/, { message: 'odsCode must be 3–10 capital letters and digits' })
  odsCode!: string;

  @ApiProperty({ example: 'Example Health Centre' })
  @IsPlainText(300)
  @OneLine()
  name!: string;

  @ApiProperty({ example: '1 Example Street, London E1 1AA' })
  @IsPlainText(500)
  @OneLine()
  address!: string;

  @ApiPropertyOptional({ example: 'network-1', description: 'A network it joins the same day' })
  @IsOptional()
  @IsRecordId()
  networkId?: string;

  @ApiProperty({ example: '2026-04-01', description: 'The day it joins the list' })
  @IsCalendarDate()
  on!: CalendarDate;
}

/** A dated change of a practice's (or a member's) particulars (RM-3); each field left out stays as it is. */
export class ChangePracticeDto {
  @ApiProperty({ example: '2026-06-01', description: 'The day the new particulars take effect' })
  @IsCalendarDate()
  effectiveOn!: CalendarDate;

  @ApiPropertyOptional({ example: 'Example Medical Practice' })
  @IsOptional()
  @IsPlainText(300)
  @OneLine()
  name?: string;

  @ApiPropertyOptional({ example: '2 Example Street, London E1 1AB' })
  @IsOptional()
  @IsPlainText(500)
  @OneLine()
  address?: string;
}

/** A member's new particulars: name, address and (RM-2) the other joint holders. */
export class ChangeMemberParticularsDto extends ChangePracticeDto {
  @ApiPropertyOptional({ example: ['Dr B Example'], description: 'The other joint holders after the first-named; `[]` for a sole holder' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(0)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  @NotBlank({ each: true })
  @DistinctHolders()
  @OneLine({ each: true })
  jointHolders?: string[];
}

export const CLOSURE_REASONS = ['closed', 'merged', 'contract-ended'] as const satisfies readonly PracticeClosureReason[];

/** The practice ceases (SH-5). */
export class ClosePracticeDto {
  @ApiProperty({ example: '2026-09-30', description: 'The day it ceases: it leaves its network that day' })
  @IsCalendarDate()
  effectiveOn!: CalendarDate;

  @ApiProperty({ enum: CLOSURE_REASONS })
  @IsIn(CLOSURE_REASONS)
  reason!: PracticeClosureReason;

  @ApiPropertyOptional({ example: 'practice-z00002', description: 'The practice that carries it on (required for a merger)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  successorPracticeId?: string;
}
