import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ConsultationEntry, EmployerParty, CalendarDate } from '#domain';
import { IsIn } from 'class-validator';
import { IsOptional } from '../../common/optional';
import { IsPlainText, IsRecordId } from '../../alliance/dto/fields';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { MeasuresDto } from './create-tupe-transfer.dto';

const PARTIES = ['transferor', 'transferee'] as const satisfies readonly EmployerParty[];
const ENTRY_KINDS = ['information', 'consultation', 'representation', 'reply'] as const satisfies readonly ConsultationEntry['kind'][];
const AUDIENCES = ['representatives', 'employees'] as const satisfies readonly ConsultationEntry['audience'][];

/** One dated entry of the information and consultation log (TU-6). No personal data in the summary. */
export class RecordConsultationDto {
  @ApiPropertyOptional({ example: 'hv-4', description: 'Defaults to log-<n>' })
  @IsOptional()
  @IsRecordId()
  entryId?: string;

  @ApiProperty({ example: '2016-01-22' })
  @IsCalendarDate()
  on!: CalendarDate;

  @ApiProperty({ enum: PARTIES, description: 'The employer whose duty it is (or to whom a representation is made)' })
  @IsIn(PARTIES)
  by!: EmployerParty;

  @ApiProperty({ enum: ENTRY_KINDS })
  @IsIn(ENTRY_KINDS)
  kind!: ConsultationEntry['kind'];

  @ApiProperty({ enum: AUDIENCES })
  @IsIn(AUDIENCES)
  audience!: ConsultationEntry['audience'];

  @ApiProperty({ example: 'Transfer, date, reasons and implications given to the recognised unions' })
  @IsPlainText(2000)
  summary!: string;

  @ApiPropertyOptional({ description: 'For a reply: the representation it answers (reg 13(7))' })
  @IsOptional()
  @IsRecordId()
  repliesTo?: string;
}

/** Employee liability information received: the first receipt, then any update (reg 11(5)). */
export class RecordEliReceiptDto {
  @ApiProperty({ example: '2016-02-26' })
  @IsCalendarDate()
  receivedOn!: CalendarDate;
}

export class RecordMeasuresDto extends MeasuresDto {
  @ApiProperty({ enum: PARTIES })
  @IsIn(PARTIES)
  party!: EmployerParty;
}
