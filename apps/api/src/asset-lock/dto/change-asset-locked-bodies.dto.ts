import type { CalendarDate } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { IsPlainText } from '../../alliance/dto/fields';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { IsOptional } from '../../common/optional';
import { OneLine } from '../../common/validation';

/** The most bodies one change names. */
export const MOST_NAMED_BODIES = 20;

/** An asset-locked body (a CIC or a charity) the articles name: its name and its company or charity number. */
export class NamedAssetLockedBodyDto {
  @ApiProperty({ example: 'Example Community Trust', description: 'Its name, as the articles give it' })
  @IsPlainText(300)
  @OneLine()
  name!: string;

  @ApiProperty({
    example: '1234567',
    description:
      'Its company or charity number, kept trimmed and in upper case: a Companies House number of 8 characters (01234567, SC123456) or a charity number of the Charity Commission for England and Wales (1234567, 1234567-1), OSCR (SC012345) or CCNI (NIC100002); anything else is 400 INVALID_ASSET_LOCKED_BODIES naming the field',
  })
  @IsPlainText(50)
  registrationNumber!: string;
}

/**
 * A change of the asset-locked bodies the articles name (CI-2, CI-6): from `effectiveOn` they name
 * exactly `bodies` ([] : none). It needs a members' special resolution passed by that day and the CIC
 * Regulator's approval dated on or before it; the domain refuses a change without them, naming the field.
 */
export class ChangeAssetLockedBodiesDto {
  @ApiProperty({ example: '2025-05-01', description: 'The day the change of the articles takes effect (YYYY-MM-DD): on or after incorporation, not after today' })
  @IsCalendarDate()
  effectiveOn!: CalendarDate;

  @ApiProperty({ type: [NamedAssetLockedBodyDto], description: `Every body the articles name from that day, each number once (at most ${MOST_NAMED_BODIES}); [] when they cease to name any` })
  @IsArray()
  @ArrayMaxSize(MOST_NAMED_BODIES)
  @ValidateNested({ each: true })
  @Type(() => NamedAssetLockedBodyDto)
  bodies!: NamedAssetLockedBodyDto[];

  @ApiPropertyOptional({ example: 'resolution-12', description: "The members' special resolution that made the change, passed on or before effectiveOn (CA 2006 s.21); without it, or for another kind of resolution or one passed later, 422 SPECIAL_RESOLUTION_REQUIRED" })
  @IsOptional()
  @IsPlainText(100)
  resolutionId?: string;

  @ApiPropertyOptional({ example: 'CIC/ART/0007', description: "The CIC Regulator's reference for its approval of the change (CI-6); without it 422 REGULATOR_APPROVAL_REQUIRED" })
  @IsOptional()
  @IsPlainText(100)
  regulatorApprovalReference?: string;

  @ApiPropertyOptional({ example: '2025-04-20', description: "The date the Regulator approved the change, on or before effectiveOn (422 APPROVAL_AFTER_CHANGE otherwise); without it 422 REGULATOR_APPROVAL_REQUIRED" })
  @IsOptional()
  @IsCalendarDate()
  regulatorApprovalOn?: CalendarDate;
}
