import type { CalendarDate } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsInt, IsString, Max, Min, ValidateNested } from 'class-validator';
import { IsPlainText } from '../../alliance/dto/fields';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { IsOptional } from '../../common/optional';
import { OneLine } from '../../common/validation';

export class ReferenceDayDto {
  @ApiProperty({ example: 3 })
  @IsInt()
  @Min(1)
  @Max(12)
  month!: number;

  @ApiProperty({ example: 31 })
  @IsInt()
  @Min(1)
  @Max(31)
  day!: number;
}

/** A dated change of the company's particulars: only the fields given change (FC-5). */
export class ChangeParticularsDto {
  @ApiProperty({ example: '2026-11-30', description: 'The day the change takes effect' })
  @IsCalendarDate()
  effectiveOn!: CalendarDate;

  @ApiPropertyOptional({ example: '09191234', description: '8 digits, or 2 letters and 6 digits; never changes once set' })
  @IsOptional()
  @IsString()
  companyNumber?: string;

  @ApiPropertyOptional({ example: '1 New Yard, London E1 1AA', description: 'Raises an AD01, due on the effective date (s.87)' })
  @IsOptional()
  @IsPlainText(500)
  @OneLine()
  registeredOffice?: string;

  @ApiPropertyOptional({ example: 'secretary@example.org' })
  @IsOptional()
  @IsEmail()
  registeredEmailAddress?: string;

  @ApiPropertyOptional({ type: ReferenceDayDto, description: 'Raises an AA01, due on the effective date (s.392)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReferenceDayDto)
  accountingReferenceDate?: ReferenceDayDto;

  @ApiPropertyOptional({ type: [String], example: ['86210'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsString({ each: true })
  sicCodes?: string[];
}

/** EC-5: the day the company makes its PSC statement. */
export class RecordPscStatementDto {
  @ApiProperty({ example: '2026-11-30', description: 'The day the statement is made; it states the position the register gives at the end of that day' })
  @IsCalendarDate()
  madeOn!: CalendarDate;
}
