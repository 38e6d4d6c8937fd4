import type { CalendarDate } from '#domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsOptional } from '../../common/optional';
import { WholeNumberFrom } from '../../common/validation';
import { IsCalendarDate, IsInstantInRange } from '../../common/is-calendar-date';

export class RegisterQuery {
  @ApiPropertyOptional({ example: '2016-04-01', description: 'The register as at the end of this day; default today (the date in the UK)' })
  @IsOptional()
  @IsCalendarDate()
  asAt?: CalendarDate;

  @ApiPropertyOptional({ example: '2020-01-01T00:00:00Z', description: 'As the register stood at this instant, before entries recorded later' })
  @IsOptional()
  @IsInstantInRange()
  knownAt?: string;

  @ApiPropertyOptional({ enum: ['current', 'former', 'all'], default: 'all' })
  @IsOptional()
  @IsIn(['current', 'former', 'all'])
  status?: 'current' | 'former' | 'all';

  @ApiPropertyOptional({ default: 100, maximum: 100000 })
  @IsOptional()
  @WholeNumberFrom(1, 100000)
  limit?: number;

  @ApiPropertyOptional({ default: 0, description: 'How many entries to skip; not with cursor (400)' })
  @IsOptional()
  @WholeNumberFrom(0, Number.MAX_SAFE_INTEGER)
  offset?: number;

  @ApiPropertyOptional({
    example: 'jones',
    description: 'RM-1: only the entries a word of whose name begins with this, without accents ("jones" finds "Alex Smith-Jones", "nguyen" finds "Nguyễn Thị Minh"); words are separated by spaces, hyphens, apostrophes, slashes and opening brackets. Keep it on every page of a search',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({ description: 'nextCursor from the previous page; not with offset, nor with include=history, which is paged by offset (400)' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  cursor?: string;

  @ApiPropertyOptional({ enum: ['history'], description: 'RM-1: each entry with every share it held (acquired, from whom, disposed of, to whom, certificate, authority) and its particulars over time' })
  @IsOptional()
  @IsIn(['history'])
  include?: 'history';
}
