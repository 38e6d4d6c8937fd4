import type { CalendarDate } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { IsOptional } from '../../common/optional';
import { OneLine } from '../../common/validation';

/** No NUL, which PostgreSQL cannot store; blank is allowed (a request may leave a field out, IN-2). */
const NO_NUL = /^[^\u0000]*$/;
const noNul = () => Matches(NO_NUL, { message: '$property must not contain NUL characters' });

export class OnwardRecipientDto {
  @ApiProperty({ example: 'University of Example' })
  @IsString()
  @noNul()
  @Length(0, 300)
  @OneLine()
  name!: string;

  @ApiProperty({ example: 'peer review of the study' })
  @IsString()
  @noNul()
  @Length(0, 1000)
  purpose!: string;
}

/**
 * A request to inspect, or for a copy of, the register of members, as received (s.116). Fields the
 * request left out are sent empty or left out, so that the log shows why it is invalid (IN-2).
 */
export class ReceiveInspectionRequestDto {
  @ApiProperty({ example: '2026-12-22' })
  @IsCalendarDate()
  receivedOn!: CalendarDate;

  @ApiProperty({ enum: ['inspect', 'copy'] })
  @IsIn(['inspect', 'copy'])
  kind!: 'inspect' | 'copy';

  @ApiProperty({ example: 'A. Researcher' })
  @IsString()
  @noNul()
  @Length(0, 300)
  requesterName!: string;

  @ApiPropertyOptional({ example: '5 Archive Lane, Leeds LS1 1AA' })
  @IsOptional()
  @IsString()
  @noNul()
  @Length(0, 500)
  requesterAddress?: string;

  @ApiPropertyOptional({ default: false, description: 'IN-1: a member inspects free' })
  @IsOptional()
  @IsBoolean()
  member?: boolean;

  @ApiPropertyOptional({ example: 'academic study of GP federations' })
  @IsOptional()
  @IsString()
  @noNul()
  @Length(0, 1000)
  purpose?: string;

  @ApiPropertyOptional({ type: [OnwardRecipientDto], description: 'Leave out when the request does not say; [] when it says nobody' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => OnwardRecipientDto)
  onwardRecipients?: OnwardRecipientDto[];
}

export class AnswerInspectionRequestDto {
  @ApiProperty({ example: '2026-12-23' })
  @IsCalendarDate()
  answeredOn!: CalendarDate;

  @ApiProperty({ enum: ['complied', 'applied-to-court', 'invalid-request'] })
  @IsIn(['complied', 'applied-to-court', 'invalid-request'])
  answer!: 'complied' | 'applied-to-court' | 'invalid-request';

  @ApiPropertyOptional({ example: 'copy sent by post' })
  @IsOptional()
  @IsString()
  @noNul()
  @Length(0, 1000)
  note?: string;
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** IN-5: the day and hours a requester named for inspecting the register, and the day the company received that notice. */
export class NameInspectionAppointmentDto {
  @ApiProperty({ example: '2026-12-01', description: 'The day the company received the notice naming the day' })
  @IsCalendarDate()
  namedOn!: CalendarDate;

  @ApiProperty({ example: '2026-12-16', description: 'The day named for the inspection: a working day in England and Wales' })
  @IsCalendarDate()
  on!: CalendarDate;

  @ApiProperty({ example: '10:00', description: 'From, a time of day in England (HH:MM), 09:00 at the earliest' })
  @IsString()
  @Matches(TIME_OF_DAY, { message: '$property must be a time of day as HH:MM' })
  from!: string;

  @ApiProperty({ example: '12:00', description: 'Until, a time of day in England (HH:MM), 17:00 at the latest, at least 2 hours after from' })
  @IsString()
  @Matches(TIME_OF_DAY, { message: '$property must be a time of day as HH:MM' })
  until!: string;
}
