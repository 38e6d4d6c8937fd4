import type { CalendarDate, LodgedTransferStatus } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { IsOptional } from '../../common/optional';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { NotBlank } from '../../common/validation';

export class RegisterLodgedTransferDto {
  @ApiProperty({ example: '2024-06-20', description: 'The day the transfer is registered: on or after the day it was lodged' })
  @IsCalendarDate()
  effectiveOn!: CalendarDate;

  @ApiPropertyOptional({ description: 'The resolution that authorises the transfer, where the articles require one' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  authorisedBy?: string;
}

export class RefuseLodgedTransferDto {
  @ApiProperty({ example: '2024-06-20', description: 'The day the notice of refusal was sent to the transferee (s.771)' })
  @IsCalendarDate()
  refusedOn!: CalendarDate;

  @ApiProperty({ example: 'The transferee is not a GP practice in the borough', description: 'The reasons the notice of refusal gives' })
  @IsString()
  @Length(1, 2000)
  @NotBlank()
  reasons!: string;
}

export class LodgedTransfersQuery {
  @ApiPropertyOptional({ enum: ['lodged', 'registered', 'refused', 'corrected'], description: 'Only transfers with this status; all when left out. `corrected`: registered, then voided by a correction' })
  @IsOptional()
  @IsIn(['lodged', 'registered', 'refused', 'corrected'])
  status?: LodgedTransferStatus;
}
