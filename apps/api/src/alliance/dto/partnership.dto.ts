import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PartnershipRole, CalendarDate } from '#domain';
import { IsIn } from 'class-validator';
import { IsOptional } from '../../common/optional';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { IsPlainText, IsRecordId } from './fields';
import { OneLine } from '../../common/validation';

export const PARTNERSHIP_ROLES = ['alliance-manager', 'partner', 'commissioner'] as const satisfies readonly PartnershipRole[];

export class RecordPartnershipDto {
  @ApiPropertyOptional({ example: 'community-health-services-alliance', description: 'Defaults to the name in lower case with hyphens' })
  @IsOptional()
  @IsRecordId()
  partnershipId?: string;

  @ApiProperty({ example: 'Tower Hamlets community health services alliance' })
  @IsPlainText(300)
  @OneLine()
  name!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsPlainText(2000)
  note?: string;
}

export class AddPartnershipMemberDto {
  @ApiProperty({ example: 'barts-health', description: 'A recorded organisation' })
  @IsRecordId()
  organisationId!: string;

  @ApiProperty({ enum: PARTNERSHIP_ROLES })
  @IsIn(PARTNERSHIP_ROLES)
  role!: PartnershipRole;

  @ApiProperty({ example: '2017-04-01', description: 'The day it joins: a member as at the end of that day' })
  @IsCalendarDate()
  on!: CalendarDate;
}

export class RecordDepartureDto {
  @ApiProperty({ example: '2020-03-31', description: 'The day it leaves: no longer a member as at the end of that day' })
  @IsCalendarDate()
  on!: CalendarDate;
}

export class AddServiceLineDto {
  @ApiPropertyOptional({ example: 'out-of-hours-service', description: 'Defaults to the name in lower case with hyphens' })
  @IsOptional()
  @IsRecordId()
  serviceLineId?: string;

  @ApiProperty({ example: 'Out of hours service' })
  @IsPlainText(300)
  @OneLine()
  name!: string;

  @ApiProperty({ example: 'tower-hamlets-gp-care-group', description: 'The member that manages it directly' })
  @IsRecordId()
  managedById!: string;

  @ApiProperty({ example: '2017-04-01', description: 'First day of the service' })
  @IsCalendarDate()
  startOn!: CalendarDate;

  @ApiPropertyOptional({ example: '2026-03-06', description: 'Last day of the service' })
  @IsOptional()
  @IsCalendarDate()
  endOn?: CalendarDate;
}
