import type { CalendarDate } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsOptional } from '../../common/optional';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { IsPlainText, IsRecordId } from './fields';
import { NotBlank, OneLine } from '../../common/validation';

export class RecordNetworkDto {
  @ApiPropertyOptional({ example: 'network-1', description: 'Defaults to the name in lower case with hyphens' })
  @IsOptional()
  @IsRecordId()
  networkId?: string;

  @ApiProperty({ example: 'Network 1' })
  @IsPlainText(300)
  @OneLine()
  name!: string;
}

export class AddNetworkPracticeDto {
  @ApiProperty({ example: 'practice-z00001', description: 'A practice of the company' })
  @IsString()
  @Length(1, 100)
  @NotBlank()
  practiceId!: string;

  @ApiProperty({ example: '2009-04-01', description: 'The day it joins the network' })
  @IsCalendarDate()
  on!: CalendarDate;
}

export class MovePracticeDto {
  @ApiProperty({ example: 'practice-z00001' })
  @IsString()
  @Length(1, 100)
  @NotBlank()
  practiceId!: string;

  @ApiProperty({ example: 'network-2' })
  @IsRecordId()
  toNetworkId!: string;

  @ApiProperty({ example: '2024-04-01', description: 'The day it leaves its network and joins the other' })
  @IsCalendarDate()
  on!: CalendarDate;
}
