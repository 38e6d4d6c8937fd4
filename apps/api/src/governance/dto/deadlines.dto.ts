import type { CalendarDate } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Length } from 'class-validator';
import { IsOptional } from '../../common/optional';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { NotBlank, RefusedBeside } from '../../common/validation';

export const DUTY_KINDS = [
  'sh01',
  'share-certificate',
  'transfer-decision',
  'resolution-filing',
  'articles-filing',
  'written-resolution-lapse',
  'confirmation-statement',
  'annual-accounts',
  'cic34-report',
  'sh03',
  'sh06',
  'sh19',
  // EC-2, EC-5, FC-5: notifications of officers, PSCs and particulars.
  'ap01',
  'tm01',
  'ch01',
  'ap03',
  'tm02',
  'ch03',
  'psc01',
  'psc08',
  'ad01',
  'aa01',
  // ECCTA, CA 2006 s.88B: a change of the registered email address.
  'registered-email',
] as const;

export class DeadlinesQuery {
  @ApiPropertyOptional({ description: 'First due date to list; default: a year before asAt, with every duty still overdue however long ago it fell due' })
  @IsOptional()
  @IsCalendarDate()
  from?: CalendarDate;

  @ApiPropertyOptional({ description: 'Last due date to list; default: a year after asAt' })
  @IsOptional()
  @IsCalendarDate()
  to?: CalendarDate;

  @ApiPropertyOptional({ description: 'Status as at the end of this day; default today' })
  @IsOptional()
  @IsCalendarDate()
  asAt?: CalendarDate;
}

/**
 * CA 2006 s.853A: the statement of lawful purpose is made on a confirmation statement and on no other
 * filing, so `true` beside another `kind` is refused (`false`, or leaving it out, is taken).
 */
const MadeOnlyOnConfirmationStatement = () =>
  RefusedBeside(
    'madeOnlyOnConfirmationStatement',
    'a statement of lawful purpose is made only on a confirmation statement (CA 2006 s.853A): leave lawfulPurposeStatement out for this filing',
    (value, body) => value === true && body.kind !== 'confirmation-statement',
  );

/** A filing made or a duty done: the duty's kind and reference, as the deadlines list shows them. */
/**
 * The duties a filing does: every kind of duty but a share certificate (SH-2: done by issuing it, in the
 * certificate register), a transfer decision (SH-3: done by registering the transfer or giving notice
 * of refusal) and a written resolution's lapse (FC-3: no duty).
 */
export const FILING_KINDS = DUTY_KINDS.filter((k) => k !== 'share-certificate' && k !== 'transfer-decision' && k !== 'written-resolution-lapse');

/** The refusal of a `kind` not in {@link FILING_KINDS}, saying how each duty no filing does is done. */
export const NOT_A_FILING_KIND =
  'kind must be one of the duties a filing does: ' + FILING_KINDS.join(', ') + ' (a share certificate is recorded by issuing it: POST …/shares/:shareNumber/certificates; ' +
  'a transfer decision by registering the transfer or giving notice of refusal; a written resolution’s lapse is no duty, FC-3)';

export class RecordFilingDto {
  @ApiProperty({ enum: FILING_KINDS })
  @IsIn(FILING_KINDS, { message: NOT_A_FILING_KIND })
  kind!: (typeof FILING_KINDS)[number];

  @ApiProperty({ example: 'share-allotment-38', description: "The duty's reference from GET …/deadlines" })
  @IsString()
  @Length(1, 200)
  @NotBlank()
  reference!: string;

  @ApiProperty({ example: '2024-05-01' })
  @IsCalendarDate()
  filedOn!: CalendarDate;

  @ApiPropertyOptional({
    description:
      "A confirmation statement made up to a date from 5 March 2024 states that the company's intended future activities are lawful (CA 2006 s.853A): " +
      'send `true` to record that the statement was made; without it such a statement is refused (422 `LAWFUL_PURPOSE_STATEMENT_MISSING`). ' +
      'No other filing makes one: `true` beside another kind is refused (400 `VALIDATION_FAILED`).',
  })
  @IsOptional()
  @IsBoolean()
  @MadeOnlyOnConfirmationStatement()
  lawfulPurposeStatement?: boolean;
}
