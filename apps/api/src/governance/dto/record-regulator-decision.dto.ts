import type { CalendarDate, RegulatorOutcome } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsPlainText } from '../../alliance/dto/fields';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { IsOptional } from '../../common/optional';

/**
 * CI-6: the CIC Regulator's decision on a special resolution changing the company's objects (CIC
 * Regulator guidance ch.5 §5.4; CA 2006 s.21): the day of the decision, approved or refused, and an
 * optional note. The shape only; the domain refuses a decision the resolution does not await.
 */
export class RecordRegulatorDecisionDto {
  @ApiProperty({
    example: '2026-03-03',
    description: "The day the CIC Regulator decided (YYYY-MM-DD), as its letter gives it: on or after the day the resolution passed (422 REGULATOR_DECISION_BEFORE_PASSING), not after today (422 DATED_AFTER_RECORDING)",
  })
  @IsCalendarDate()
  decidedOn!: CalendarDate;

  @ApiProperty({ enum: ['approved', 'refused'], description: 'approved: the objects are changed, and the articles as amended owed to the registrar within 15 days of decidedOn (s.26); refused: the articles are unchanged' })
  @IsIn(['approved', 'refused'])
  outcome!: RegulatorOutcome;

  @ApiPropertyOptional({ example: 'Regulator reference CIC/OBJ/0042', description: 'Anything to keep with the decision (the Regulator’s reference, say), up to 2,000 characters' })
  @IsOptional()
  @IsPlainText(2000)
  note?: string;
}
