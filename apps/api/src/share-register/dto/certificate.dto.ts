import { certificateNumberOfLabel, type CalendarDate } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/is-calendar-date';

export class IssueCertificateDto {
  @ApiProperty({ example: '2024-06-01', description: 'The day the certificate was issued (ready for the holder)' })
  @IsCalendarDate()
  issuedOn!: CalendarDate;
}

export class ReplaceCertificateDto {
  @ApiProperty({ enum: ['lost', 'defaced'], description: 'Why the certificate in force is replaced (SR-3)' })
  @IsIn(['lost', 'defaced'])
  reason!: 'lost' | 'defaced';

  @ApiProperty({ example: '2024-06-01', description: "The day the holder's indemnity was received: on or before the day of issue" })
  @IsCalendarDate()
  indemnityReceivedOn!: CalendarDate;

  @ApiProperty({ example: '2024-06-02', description: 'The day the replacement was issued' })
  @IsCalendarDate()
  issuedOn!: CalendarDate;

  @ApiPropertyOptional({
    oneOf: [{ type: 'integer', minimum: 1 }, { type: 'string', pattern: '^([Cc]-)?[0-9]{1,9}$' }],
    example: 2,
    description: 'The number of the certificate being replaced (2), or its label as printed and listed (`C-0002`). When given it must be the one in force (409 CERTIFICATE_NOT_IN_FORCE otherwise), so a request sent twice issues one replacement.',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? (certificateNumberOfLabel(value) ?? value) : value))
  @IsOptional()
  @IsInt()
  @Min(1)
  replacesCertificate?: number;
}
