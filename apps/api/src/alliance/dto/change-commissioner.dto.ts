import type { CalendarDate } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from '../../common/optional';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { IsPlainText, IsRecordId } from './fields';

/** The contract passes to another commissioner from `on`: by novation, or by statute. */
export class ChangeCommissionerDto {
  @ApiProperty({ example: 'north-east-london-icb', description: 'The organisation that commissions the contract from `on`' })
  @IsRecordId()
  commissionerId!: string;

  @ApiProperty({ example: '2022-07-01', description: 'The first day the new commissioner commissions the contract: after the contract starts, not after it ends' })
  @IsCalendarDate()
  on!: CalendarDate;

  @ApiPropertyOptional({ example: 'Health and Care Act 2022: the CCG was abolished and its contracts passed to the ICB', description: 'How the contract passed' })
  @IsOptional()
  @IsPlainText(2000)
  reason?: string;
}
