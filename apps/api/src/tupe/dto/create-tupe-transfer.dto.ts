import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { PensionArrangement, RepresentativeBasis, TransferType, CalendarDate } from '#domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { IsOptional } from '../../common/optional';
import { IsPlainText, IsRecordId } from '../../alliance/dto/fields';
import { IsCalendarDate } from '../../common/is-calendar-date';

export const TRANSFER_TYPES = ['service-provision-change', 'business-transfer'] as const satisfies readonly TransferType[];
export const REPRESENTATIVE_BASES = ['recognised-union', 'existing-representatives', 'elected-representatives', 'direct'] as const satisfies readonly RepresentativeBasis[];
export const PENSION_ROUTES = ['new-fair-deal', 'nhs-pension-access', 'pensions-act-2004-minimum', 'broadly-comparable'] as const satisfies readonly PensionArrangement['route'][];

/** Whom the transferor informs and consults (TU-7); the flags say what representation exists. */
export class RepresentationDto {
  @ApiProperty({ enum: REPRESENTATIVE_BASES })
  @IsIn(REPRESENTATIVE_BASES)
  basis!: RepresentativeBasis;

  @ApiPropertyOptional({ default: false, description: 'A union is recognised for these employees (reg 13(3)(a))' })
  @IsOptional()
  @IsBoolean()
  unionRecognised?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Existing representatives with authority (reg 13(3)(b)(i))' })
  @IsOptional()
  @IsBoolean()
  existingRepresentatives?: boolean;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  electionsInvited?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Invited, the employees did not elect (reg 13(11))' })
  @IsOptional()
  @IsBoolean()
  employeesFailedToElect?: boolean;

  @ApiPropertyOptional({ description: "The employer's headcount when it had to inform (for the direct route of reg 13A)" })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  employerHeadcount?: number;
}

/** The measures one employer envisages, or that it envisages none (`envisaged: false`). */
export class MeasuresDto {
  @ApiProperty()
  @IsBoolean()
  envisaged!: boolean;

  @ApiProperty({ example: 'None' })
  @IsPlainText(2000)
  description!: string;
}

export class MeasuresByPartyDto {
  @ApiPropertyOptional({ type: MeasuresDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MeasuresDto)
  transferor?: MeasuresDto;

  @ApiPropertyOptional({ type: MeasuresDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MeasuresDto)
  transferee?: MeasuresDto;
}

/** How pensions are handled (TU-9). */
export class PensionDto {
  @ApiProperty({ enum: PENSION_ROUTES })
  @IsIn(PENSION_ROUTES)
  route!: PensionArrangement['route'];

  @ApiPropertyOptional({ description: 'NHSBSA Direction or Determination reference, or the certificate' })
  @IsOptional()
  @IsPlainText(200)
  reference?: string;
}

export class CreateTupeTransferDto {
  @ApiPropertyOptional({ example: 'tupe-2016-health-visiting', description: 'Defaults to a new UUID' })
  @IsOptional()
  @IsRecordId()
  transferId?: string;

  @ApiProperty({ example: 'barts-health', description: 'A recorded organisation: the old employer' })
  @IsRecordId()
  transferorId!: string;

  @ApiProperty({ example: 'tower-hamlets-gp-care-group', description: 'A recorded organisation: the new employer' })
  @IsRecordId()
  transfereeId!: string;

  @ApiPropertyOptional({ example: 'health-visiting', description: 'A recorded service contract' })
  @IsOptional()
  @IsRecordId()
  serviceContractId?: string;

  @ApiProperty({ enum: TRANSFER_TYPES })
  @IsIn(TRANSFER_TYPES)
  type!: TransferType;

  @ApiProperty({ example: '2016-04-01', description: 'Employees transfer at the start of this day' })
  @IsCalendarDate()
  transferDate!: CalendarDate;

  @ApiPropertyOptional({ description: 'Special circumstances that made 28 days’ notice of ELI impracticable (reg 11(6))' })
  @IsOptional()
  @IsPlainText(2000)
  eliSpecialCircumstances?: string;

  @ApiProperty({ type: RepresentationDto })
  @IsObject()
  @ValidateNested()
  @Type(() => RepresentationDto)
  representation!: RepresentationDto;

  @ApiPropertyOptional({ type: MeasuresByPartyDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => MeasuresByPartyDto)
  measures?: MeasuresByPartyDto;

  @ApiPropertyOptional({ type: PensionDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PensionDto)
  pension?: PensionDto;
}
