import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { OrganisationKind } from '#domain';
import { IsIn } from 'class-validator';
import { IsOptional } from '../../common/optional';
import { IsPlainText, IsRecordId } from './fields';
import { OneLine } from '../../common/validation';

export const ORGANISATION_KINDS = ['the-company', 'nhs-trust', 'local-authority', 'ccg', 'icb', 'voluntary-sector', 'other'] as const satisfies readonly OrganisationKind[];

export class RecordOrganisationDto {
  @ApiPropertyOptional({ example: 'barts-health', description: 'Defaults to the name in lower case with hyphens' })
  @IsOptional()
  @IsRecordId()
  organisationId?: string;

  @ApiProperty({ example: 'Barts Health NHS Trust' })
  @IsPlainText(300)
  @OneLine()
  name!: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS)
  kind!: OrganisationKind;

  @ApiPropertyOptional({ description: 'Where the record comes from, or that it is synthetic' })
  @IsOptional()
  @IsPlainText(2000)
  note?: string;
}
