import type { CalendarDate, NoticeSentBy } from '#domain';
import { NoticeGivenOnField, NoticeSentByField, NoticeSentOnField } from './notice-fields';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsString, Length, Max, Min, registerDecorator, ValidateNested, type ValidationArguments } from 'class-validator';
import { IsOptional } from '../../common/optional';
import { FiledIfSpecial } from './filed-if-special';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { NotBlank, OneLine } from '../../common/validation';

/** A buy-back is a cancellation: `reason` is given only with `action: cancellation`. */
function OnlyWithCancellation(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'onlyWithCancellation',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (_value: unknown, args: ValidationArguments) => (args.object as ShareAuthorisationDto).action === 'cancellation',
        defaultMessage: () => "reason 'buy-back' is given only with action 'cancellation'",
      },
    });
}

/**
 * Each change of a share is named once among the share events a resolution authorises: a share
 * cancelled twice (say, once as a buy-back and once not) leaves what is approved unclear. One share
 * may be named for different changes (a transfer, then its cancellation).
 */
export function EachShareOnce(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'eachShareOnce',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => !Array.isArray(value) || repeatedShares(value).length === 0,
        defaultMessage: (args?: ValidationArguments) =>
          `${repeatedShares(Array.isArray(args?.value) ? args.value : []).join(', ')} listed more than once: name each change of a share once (a buy-back is a cancellation)`,
      },
    });
}

/** Each action on a share named more than once, as "the cancellation of share 14". */
function repeatedShares(authorises: readonly unknown[]): string[] {
  const keys = authorises
    .map((a) => (a !== null && typeof a === 'object' ? (a as { action?: unknown; shareNumber?: unknown }) : {}))
    .filter((a): a is { action: string; shareNumber: number } => typeof a.shareNumber === 'number' && typeof a.action === 'string')
    .map((a) => `the ${a.action} of share ${a.shareNumber}`);
  return [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
}

export class ShareAuthorisationDto {
  @ApiProperty({ enum: ['allotment', 'transfer', 'cancellation'] })
  @IsIn(['allotment', 'transfer', 'cancellation'])
  action!: 'allotment' | 'transfer' | 'cancellation';

  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  shareNumber!: number;

  @ApiPropertyOptional({
    enum: ['buy-back'],
    description: "SR-2: with `action: cancellation`, the resolution approves the company's off-market purchase of the share (s.694): on a written resolution its holder is not an eligible member (s.695(2)), at a meeting its holder's votes do not count (s.695(3))",
  })
  @IsOptional()
  @IsIn(['buy-back'])
  @OnlyWithCancellation()
  reason?: 'buy-back';
}

/**
 * A resolution as proposed. Board: at a board meeting (`meetingOn`) or in writing (`circulatedOn`).
 * Members: `type` ordinary or special, in writing (`circulatedOn`) or at a general meeting
 * (`meetingOn`, and `noticeGivenOn` or `noticeSentOn` with `noticeSentBy`).
 */
export class ProposeResolutionDto {
  @ApiProperty({ enum: ['board', 'members'] })
  @IsIn(['board', 'members'])
  kind!: 'board' | 'members';

  @ApiPropertyOptional({ enum: ['ordinary', 'special'], description: "Members' resolutions only (RS-2, RS-3)" })
  @IsOptional()
  @IsIn(['ordinary', 'special'])
  type?: 'ordinary' | 'special';

  @ApiProperty({ enum: ['written', 'meeting'] })
  @IsIn(['written', 'meeting'])
  procedure!: 'written' | 'meeting';

  @ApiProperty({ example: 'THAT the directors be authorised to allot one ordinary share to the Example Practice.' })
  @IsString()
  @Length(1, 20000)
  @NotBlank()
  text!: string;

  @ApiPropertyOptional({
    enum: ['general', 'removal-of-director', 'removal-of-auditor', 'amendment-of-articles', 'change-of-objects'],
    default: 'general',
    description:
      "Members' resolutions: a removal of a director (s.168) or an auditor (s.510) is decided only at a general meeting (s.288(2)); an amendment of the articles only by special resolution (s.21(1)), and owes the articles as amended to the registrar within 15 days (s.26); a change of the company's objects likewise only by special resolution, and is pending once passed until the CIC Regulator decides it (CI-6: `POST …/resolutions/{resolutionId}/regulator-decision`), the articles as amended owed within 15 days of the approval",
  })
  @IsOptional()
  @IsIn(['general', 'removal-of-director', 'removal-of-auditor', 'amendment-of-articles', 'change-of-objects'])
  matter?: 'general' | 'removal-of-director' | 'removal-of-auditor' | 'amendment-of-articles' | 'change-of-objects';

  @ApiPropertyOptional({
    example: '2026-03-06',
    description:
      "General meetings, a resolution to remove a director (s.168) or an auditor (s.511): the day the company received special notice of the intention to move it; at least 28 clear days before the meeting, or before the meeting was called (s.312). Required for those matters, refused for others.",
  })
  @IsOptional()
  @IsCalendarDate()
  specialNoticeReceivedOn?: CalendarDate;

  @ApiPropertyOptional({
    example: '2026-03-06',
    description:
      "Members' resolutions approving an off-market buy-back (an authorisation with `reason: 'buy-back'`): the day the contract, or a memorandum of its terms, was disclosed to members (SH-4, s.696(2)). Written: the day a copy was sent to every eligible member, on or before `circulatedOn`; general meeting: the first day it was available for inspection at the registered office, at least 14 days before `meetingOn` (15 days ending with the meeting). Required for those resolutions, refused for others.",
  })
  @IsOptional()
  @IsCalendarDate()
  contractDisclosedOn?: CalendarDate;

  @ApiPropertyOptional({ example: '2026-03-06', description: 'Written resolutions: the day the first copy was sent' })
  @IsOptional()
  @IsCalendarDate()
  circulatedOn?: CalendarDate;

  @NoticeGivenOnField()
  noticeGivenOn?: CalendarDate;

  @NoticeSentOnField()
  noticeSentOn?: CalendarDate;

  @NoticeSentByField()
  noticeSentBy?: NoticeSentBy;

  @ApiPropertyOptional({ example: '2026-03-06', description: 'Meetings: the day of the meeting' })
  @IsOptional()
  @IsCalendarDate()
  meetingOn?: CalendarDate;

  @ApiPropertyOptional({ description: 'Board meetings: the director who chaired it (the casting vote on an equality, MA-2)' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  chairDirectorId?: string;

  @ApiPropertyOptional({ description: 'General meetings: the member who chaired it' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  chairMemberId?: string;

  @ApiPropertyOptional({ description: 'General meetings: the name of the chair (a director, say, or the member named by chairMemberId)' })
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

  @ApiPropertyOptional({ description: 'An ordinary resolution an enactment requires to be filed (s.29(1)(e)); a special one is always filed (s.29(1)(a): false is refused)' })
  @IsOptional()
  @IsBoolean()
  @FiledIfSpecial()
  mustBeFiled?: boolean;

  @ApiPropertyOptional({ type: [ShareAuthorisationDto], description: 'The share events this resolution authorises, each share named once' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10000)
  @EachShareOnce()
  @ValidateNested({ each: true })
  @Type(() => ShareAuthorisationDto)
  authorises?: ShareAuthorisationDto[];
}
