import type { CalendarDate, OfficerRole, VerificationRoute } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsString, Length, Matches } from 'class-validator';
import { IsPlainText } from '../../alliance/dto/fields';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { IsOptional } from '../../common/optional';
import { NotBlank, OneLine } from '../../common/validation';
import { OfficerName } from './officer-name';

export const OFFICER_ROLES = ['director', 'secretary'] as const satisfies readonly OfficerRole[];
/** EC-3: the personal code Companies House gives a verified person: 11 characters, letters and digits. */
export const PERSONAL_CODE = /^[A-Za-z0-9]{11}$/;

export const VERIFICATION_ROUTES = ['companies-house', 'acsp'] as const satisfies readonly VerificationRoute[];

/** The particulars an appointment or a change may give (EC-4: s.163, s.165, s.277). */
class ParticularsFields {
  @ApiPropertyOptional({ type: [String], description: 'Former names (s.163(1)(b))' })
  @IsOptional()
  @OfficerName()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  @NotBlank({ each: true })
  @Matches(/^[^\u0000]*$/, { each: true, message: '$property must not contain NUL characters' })
  formerNames?: string[];

  @ApiPropertyOptional({ example: 'United Kingdom', description: 'Director: country or state of usual residence' })
  @IsOptional()
  @IsPlainText(100)
  countryOfResidence?: string;

  @ApiPropertyOptional({ example: 'British' })
  @IsOptional()
  @IsPlainText(100)
  nationality?: string;

  @ApiPropertyOptional({ example: 'General practitioner' })
  @IsOptional()
  @IsPlainText(200)
  occupation?: string;

  @ApiPropertyOptional({ example: '1970-05-14', description: 'Protected: the secretary alone sees it; others see the month and year' })
  @IsOptional()
  @IsCalendarDate()
  dateOfBirth?: CalendarDate;

  @ApiPropertyOptional({ example: '12 Home Street, London E1 2AB', description: 'Protected (s.165): the secretary alone sees it' })
  @IsOptional()
  @IsPlainText(500)
  @OneLine()
  residentialAddress?: string;
}

export class AppointOfficerDto extends ParticularsFields {
  @ApiProperty({ enum: OFFICER_ROLES })
  @IsIn(OFFICER_ROLES)
  role!: OfficerRole;

  @ApiProperty({ example: 'Dr A. Example (synthetic)', description: 'Recorded trimmed, each run of spaces one space' })
  @OfficerName()
  @IsPlainText(300)
  @OneLine()
  name!: string;

  @ApiProperty({ example: '1 Demo Yard, London E1 0XX' })
  @IsPlainText(500)
  @OneLine()
  serviceAddress!: string;

  @ApiProperty({ example: '2026-11-02' })
  @IsCalendarDate()
  appointedOn!: CalendarDate;

  @ApiPropertyOptional({
    default: false,
    description: 'EC-2: the person appointed is not the officer of the same name already in that office (another date of birth); without it such an appointment is refused with 409 OFFICER_NAME_IN_OFFICE naming that term',
  })
  @IsOptional()
  @IsBoolean()
  differentPerson?: boolean;
}

export class ChangeOfficerParticularsDto extends ParticularsFields {
  @ApiProperty({ example: '2026-11-20', description: 'The day the particulars changed' })
  @IsCalendarDate()
  effectiveOn!: CalendarDate;

  @ApiPropertyOptional({ description: 'Recorded trimmed, each run of spaces one space' })
  @IsOptional()
  @OfficerName()
  @IsPlainText(300)
  @OneLine()
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsPlainText(500)
  @OneLine()
  serviceAddress?: string;
}

export class VerifyIdentityDto {
  @ApiProperty({ example: '2026-11-03' })
  @IsCalendarDate()
  verifiedOn!: CalendarDate;

  @ApiProperty({ enum: VERIFICATION_ROUTES, description: 'Directly with Companies House, or through an authorised corporate service provider' })
  @IsIn(VERIFICATION_ROUTES)
  route!: VerificationRoute;

  @ApiProperty({ example: 'ABC12345DEF', pattern: PERSONAL_CODE.source, description: 'Companies House personal code: 11 letters and digits; protected: the secretary alone sees it' })
  @IsString()
  @Matches(PERSONAL_CODE, { message: '$property must be the 11 letters and digits of the Companies House personal code' })
  personalCode!: string;
}

export class OfficerResignationDto {
  @ApiProperty({ example: '2026-11-30', description: 'The day the office ended: the resignation, or the removal' })
  @IsCalendarDate()
  resignedOn!: CalendarDate;

  @ApiPropertyOptional({
    example: 'resolution-12',
    description:
      "A director removed by the members (CA 2006 s.168): the id of the ordinary resolution for the removal of a director, passed at a general meeting on or before resignedOn, moved after the director's appointment, and not used for another director. Absent for a resignation. Otherwise 422 REMOVAL_RESOLUTION_INVALID (details.reason); an unknown id: 404 RESOLUTION_NOT_FOUND",
  })
  @IsOptional()
  @IsPlainText(100)
  removedBy?: string;
}
