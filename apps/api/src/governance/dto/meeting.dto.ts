import type { CalendarDate, NoticeSentBy } from '#domain';
import { NoticeGivenOnField, NoticeSentByField, NoticeSentOnField } from './notice-fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { IsOptional } from '../../common/optional';
import { FiledIfSpecial } from './filed-if-special';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { EachShareOnce, ShareAuthorisationDto } from './propose-resolution.dto';
import { NotBlank, OneLine } from '../../common/validation';

/** One item of business: a resolution put to the meeting. Members' items need `type`. */
export class MeetingItemDto {
  @ApiProperty({ example: 'THAT the accounts for the year to 31 March 2024 be received.' })
  @IsString()
  @Length(1, 20000)
  @NotBlank()
  text!: string;

  @ApiPropertyOptional({ enum: ['ordinary', 'special'], description: 'General meetings: ordinary or special (RS-2, RS-3)' })
  @IsOptional()
  @IsIn(['ordinary', 'special'])
  type?: 'ordinary' | 'special';

  @ApiPropertyOptional({
    enum: ['general', 'removal-of-director', 'removal-of-auditor', 'amendment-of-articles', 'change-of-objects'],
    description: "General meetings: what the item does; an amendment of the articles or a change of the company's objects only by special resolution (s.21(1)), a change of the objects pending the CIC Regulator's decision (CI-6)",
  })
  @IsOptional()
  @IsIn(['general', 'removal-of-director', 'removal-of-auditor', 'amendment-of-articles', 'change-of-objects'])
  matter?: 'general' | 'removal-of-director' | 'removal-of-auditor' | 'amendment-of-articles' | 'change-of-objects';

  @ApiPropertyOptional({
    example: '2026-03-06',
    description:
      'General meetings, an item removing a director (s.168) or an auditor (s.511): the day the company received special notice of the intention to move it; at least 28 clear days before the meeting, or before the meeting was called (s.312). Required for those matters, refused for others.',
  })
  @IsOptional()
  @IsCalendarDate()
  specialNoticeReceivedOn?: CalendarDate;

  @ApiPropertyOptional({
    example: '2026-03-06',
    description:
      "General meetings, an item approving an off-market buy-back (an authorisation with `reason: 'buy-back'`): the first day the contract, or a memorandum of its terms, was available for inspection at the registered office; at least 14 days before the meeting, so 15 days ending with it (SH-4, s.696(2)(b)). Required for those items, refused for others.",
  })
  @IsOptional()
  @IsCalendarDate()
  contractDisclosedOn?: CalendarDate;

  @ApiPropertyOptional({ description: 'An ordinary resolution an enactment requires to be filed (s.29(1)(e)); a special one is always filed (s.29(1)(a): false is refused)' })
  @IsOptional()
  @IsBoolean()
  @FiledIfSpecial()
  mustBeFiled?: boolean;

  @ApiPropertyOptional({ type: [ShareAuthorisationDto], description: 'The share events the item authorises, each share named once' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10000)
  @EachShareOnce()
  @ValidateNested({ each: true })
  @Type(() => ShareAuthorisationDto)
  authorises?: ShareAuthorisationDto[];
}

/**
 * Someone present: a member (in person; by proxy with `proxyName`; or a corporate member by
 * `representativeName`), or a director with the items (1 = first) the director is interested in.
 */
export class AttendeeDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  memberId?: string;

  @ApiPropertyOptional({ description: 'The proxy who attended for the member (s.324)' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @NotBlank()
  @OneLine()
  proxyName?: string;

  @ApiPropertyOptional({ description: "The corporate member's representative (s.323)" })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @NotBlank()
  @OneLine()
  representativeName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  directorId?: string;

  @ApiPropertyOptional({ type: [Number], description: 'Board meetings: the items (numbered from 1) the director is interested in (MA-2)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(1000, { each: true })
  interestedIn?: number[];
}

/** A meeting with its items, as called; optionally who attended on the day and an adjournment. */
export class CreateMeetingDto {
  @ApiProperty({ enum: ['general', 'annual-general', 'board'] })
  @IsIn(['general', 'annual-general', 'board'])
  kind!: 'general' | 'annual-general' | 'board';

  @NoticeGivenOnField()
  noticeGivenOn?: CalendarDate;

  @NoticeSentOnField()
  noticeSentOn?: CalendarDate;

  @NoticeSentByField()
  noticeSentBy?: NoticeSentBy;

  @ApiProperty({ example: '2024-06-20' })
  @IsCalendarDate()
  heldOn!: CalendarDate;

  @ApiPropertyOptional({ description: 'Board meetings: the director in the chair' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  chairDirectorId?: string;

  @ApiPropertyOptional({ description: 'General meetings: the member in the chair' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  chairMemberId?: string;

  @ApiPropertyOptional({ description: 'General meetings: the name of the chair (a director, say)' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @NotBlank()
  @OneLine()
  chairName?: string;

  @ApiPropertyOptional({ enum: ['show-of-hands', 'poll'] })
  @IsOptional()
  @IsIn(['show-of-hands', 'poll'])
  voting?: 'show-of-hands' | 'poll';

  @ApiProperty({ type: [MeetingItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => MeetingItemDto)
  items!: MeetingItemDto[];

  @ApiPropertyOptional({ type: [AttendeeDto], description: 'Present on the day it was held' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10000)
  @ValidateNested({ each: true })
  @Type(() => AttendeeDto)
  attendance?: AttendeeDto[];

  @ApiPropertyOptional({ example: '2026-03-06', description: 'The day the meeting was adjourned to (MA-3)' })
  @IsOptional()
  @IsCalendarDate()
  adjournedTo?: CalendarDate;
}

/** People present at the meeting's current sitting. */
export class RecordAttendanceDto {
  @ApiProperty({ type: [AttendeeDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10000)
  @ValidateNested({ each: true })
  @Type(() => AttendeeDto)
  attendees!: AttendeeDto[];
}

/** The meeting adjourned from its current sitting to a later day. */
export class AdjournMeetingDto {
  @ApiProperty({ example: '2024-06-27' })
  @IsCalendarDate()
  to!: CalendarDate;
}

/**
 * MA-2: a director present at a sitting of a board meeting declares an interest, after the attendance
 * was recorded, in items of the meeting not yet voted on (1 = the first item).
 */
export class DeclareInterestDto {
  @ApiProperty({ description: 'A director recorded present at the sitting' })
  @IsString()
  @Length(1, 100)
  @NotBlank()
  directorId!: string;

  @ApiProperty({ type: [Number], example: [2], description: 'The items (1 = first) the director declares an interest in' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(1000, { each: true })
  interestedIn!: number[];

  @ApiProperty({ example: '2024-06-20', description: 'The day of the sitting the interest was declared at: the meeting day or a day it was adjourned to, when the items are taken' })
  @IsCalendarDate()
  declaredOn!: CalendarDate;
}
