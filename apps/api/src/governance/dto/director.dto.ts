import type { CalendarDate } from '#domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { NotBlank, OneLine } from '../../common/validation';
import { OfficerName } from '../../officers/dto/officer-name';

export class AppointDirectorDto {
  @ApiProperty({ example: 'Dr A. Example (synthetic)', description: 'Recorded trimmed, each run of spaces one space' })
  @OfficerName()
  @IsString()
  @Length(1, 300)
  @NotBlank()
  @OneLine()
  name!: string;

  @ApiProperty({ example: '1 Demo Yard, London E1 0XX' })
  @IsString()
  @Length(1, 500)
  @NotBlank()
  @OneLine()
  serviceAddress!: string;

  @ApiProperty({ example: '2014-09-01' })
  @IsCalendarDate()
  appointedOn!: CalendarDate;
}

export class ResignDirectorDto {
  @ApiProperty({ example: '2020-03-31' })
  @IsCalendarDate()
  resignedOn!: CalendarDate;
}
