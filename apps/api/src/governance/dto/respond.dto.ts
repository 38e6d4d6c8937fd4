import type { CalendarDate } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Length } from 'class-validator';
import { IsOptional } from '../../common/optional';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { NotBlank, OneLine } from '../../common/validation';

/** A member's or director's agreement to a written resolution, dated the day the company received it. */
export class RecordAgreementDto {
  @ApiPropertyOptional({ description: "Members' written resolutions" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  memberId?: string;

  @ApiPropertyOptional({ description: 'Board written resolutions' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  directorId?: string;

  @ApiProperty({ example: '2024-05-03' })
  @IsCalendarDate()
  agreedOn!: CalendarDate;
}

/** A vote at a meeting: a member's at a general meeting, a director's at a board meeting. */
export class RecordVoteDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  memberId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  directorId?: string;

  @ApiProperty({ enum: ['for', 'against', 'abstain'] })
  @IsIn(['for', 'against', 'abstain'])
  vote!: 'for' | 'against' | 'abstain';

  @ApiPropertyOptional({ description: 'Board meetings: the director is interested in the matter (not counted in the quorum or the vote where the articles say so, MA-2)' })
  @IsOptional()
  @IsBoolean()
  interested?: boolean;

  @ApiPropertyOptional({ description: "General meetings: the member's proxy who cast the vote (s.324)" })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @NotBlank()
  @OneLine()
  proxyName?: string;

  @ApiPropertyOptional({ description: "General meetings: the corporate member's representative who cast the vote (s.323)" })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @NotBlank()
  @OneLine()
  representativeName?: string;
}

/** A member's consent to a general meeting being held at short notice (s.307(4)–(6)). */
export class RecordShortNoticeAgreementDto {
  @ApiProperty()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  memberId!: string;

  @ApiProperty({ example: '2024-05-03' })
  @IsCalendarDate()
  agreedOn!: CalendarDate;
}
