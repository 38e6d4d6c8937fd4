import { NOTICE_SENT_BY } from '#domain';
import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { IsOptional } from '../../common/optional';

/**
 * The notice of a general meeting as `POST …/meetings` and `POST …/resolutions` take it (MT-2, s.1147):
 * the day it was deemed delivered, or the day it was sent with how. Each field optional; which are
 * needed, and together, is the service's check (`noticeOf`).
 */
export const NoticeGivenOnField = () =>
  applyDecorators(
    ApiPropertyOptional({
      example: '2026-03-10',
      description:
        'General meetings: the day the notice was deemed delivered (MT-2, s.1147). Give it, or the day the notice was sent with how (`noticeSentOn` and `noticeSentBy`), from which the service works it out; not both.',
    }),
    IsOptional(),
    IsCalendarDate(),
  );

/** The day a general meeting's notice was sent or handed over (MT-2, s.1147), with {@link NoticeSentByField}. */
export const NoticeSentOnField = () =>
  applyDecorators(
    ApiPropertyOptional({
      example: '2026-03-06',
      description:
        'General meetings: the day the notice was sent or handed over, with `noticeSentBy`. The day it is deemed delivered (`noticeGivenOn` in the answer) is worked out from them (MT-2, s.1147): by hand that day; by post or electronic means 48 hours later, counting working days in England and Wales only. Not after today.',
    }),
    IsOptional(),
    IsCalendarDate(),
  );

/** How a general meeting's notice was sent: hand, post or electronic (s.1147(2), (3)). */
export const NoticeSentByField = () =>
  applyDecorators(
    ApiPropertyOptional({ enum: NOTICE_SENT_BY, description: 'General meetings: how the notice was sent, with `noticeSentOn`: hand, post (prepaid, in the United Kingdom) or electronic (email)' }),
    IsOptional(),
    IsIn(NOTICE_SENT_BY),
  );
