import type { CalendarDate } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from '../../common/optional';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { IsPlainText, IsRecordId } from './fields';
import { OneLine } from '../../common/validation';

export class RecordServiceContractDto {
  @ApiPropertyOptional({ example: 'health-visiting', description: 'Defaults to the name in lower case with hyphens' })
  @IsOptional()
  @IsRecordId()
  contractId?: string;

  @ApiProperty({ example: 'Health visiting' })
  @IsPlainText(300)
  @OneLine()
  name!: string;

  @ApiProperty({ example: 'tower-hamlets-gp-care-group', description: 'The organisation that holds the contract' })
  @IsRecordId()
  holderId!: string;

  @ApiPropertyOptional({ example: 'london-borough-of-tower-hamlets', description: 'The commissioner, when known' })
  @IsOptional()
  @IsRecordId()
  commissionerId?: string;

  @ApiPropertyOptional({ description: 'The partnership through which the service is delivered' })
  @IsOptional()
  @IsRecordId()
  partnershipId?: string;

  @ApiProperty({ example: '2016-04-01', description: 'First day of service' })
  @IsCalendarDate()
  startOn!: CalendarDate;

  @ApiPropertyOptional({ example: '2026-03-06', description: 'Last day of service' })
  @IsOptional()
  @IsCalendarDate()
  endOn?: CalendarDate;

  @ApiPropertyOptional({ description: 'Where the facts come from, and which are synthetic' })
  @IsOptional()
  @IsPlainText(2000)
  note?: string;
}
