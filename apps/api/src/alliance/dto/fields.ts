import { applyDecorators } from '@nestjs/common';
import { IsString, Length, Matches } from 'class-validator';
import { VISIBLE_CHARACTER } from '../../common/validation';

/** Ids the alliance and TUPE records are given: lower-case letters, digits and inner hyphens. */
export const RECORD_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;

export function IsRecordId(): PropertyDecorator {
  return applyDecorators(
    IsString(),
    Matches(RECORD_ID_PATTERN, { message: '$property must be 1–100 lower-case letters, digits and hyphens, not starting or ending with a hyphen' }),
  );
}

/** Text with at least one visible character and no NUL (which PostgreSQL cannot store). */
export function IsPlainText(maxLength: number): PropertyDecorator {
  return applyDecorators(
    IsString(),
    Length(1, maxLength),
    Matches(VISIBLE_CHARACTER, { message: '$property must have a visible character' }),
    Matches(/^[^\u0000]*$/, { message: '$property must have no NUL characters' }),
  );
}
