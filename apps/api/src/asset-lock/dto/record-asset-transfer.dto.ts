import { ASSET_TRANSFER_RECIPIENT_KINDS, COMMUNITY_BENEFIT_TO, MAX_ASSET_PENCE, type AssetTransferRecipientKind, type CalendarDate, type CommunityBenefitTo } from '#domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { IsPlainText } from '../../alliance/dto/fields';
import { IsCalendarDate } from '../../common/is-calendar-date';
import { IsOptional } from '../../common/optional';
import { OneLine } from '../../common/validation';

/**
 * A transfer of the company's assets, for the register of asset transfers (CIC Regs 2005 Sch 2 para 1;
 * CI-2, CI-6). Amounts are whole pence. The ground it is allowed on is decided by the domain, not sent.
 */
export class RecordAssetTransferDto {
  @ApiProperty({ example: '2025-06-30', description: 'The calendar date of the transfer (YYYY-MM-DD): on or after incorporation, not after today' })
  @IsCalendarDate()
  transferredOn!: CalendarDate;

  @ApiProperty({ example: 'Clinical equipment from the closed Mile End hub', description: 'What was transferred' })
  @IsPlainText(2000)
  description!: string;

  @ApiPropertyOptional({
    example: 'Example Community Trust',
    description: 'Who received it; required (400 INVALID_ASSET_TRANSFER) unless it is an asset-locked body named in the articles, which is recorded with the name the articles give it whatever is sent',
  })
  @IsOptional()
  @IsPlainText(300)
  @OneLine()
  recipientName?: string;

  @ApiProperty({
    enum: ASSET_TRANSFER_RECIPIENT_KINDS,
    example: 'not-asset-locked',
    description:
      'What the recipient is: an asset-locked body (a CIC or charity) named in the articles on the day of the transfer (GET …/asset-locked-bodies; identified by recipientRegistrationNumber, else 422 ASSET_LOCKED_BODY_NOT_NAMED), another asset-locked body, or a body that is not asset-locked (a GP practice is not)',
  })
  @IsIn(ASSET_TRANSFER_RECIPIENT_KINDS)
  recipientKind!: AssetTransferRecipientKind;

  @ApiPropertyOptional({
    example: '1234567',
    description:
      'The recipient’s company or charity number, kept trimmed and in upper case; required for other-asset-locked-body, and for asset-locked-body-named-in-articles the number the articles give the body (422 ASSET_LOCKED_BODY_NOT_NAMED, naming the bodies they name that day, for any other). A Companies House number in its 8-character form (8 digits, or 2 letters and 6 digits: SC123456, NI012345, OC301234), or a charity number of the Charity Commission for England and Wales (6 or 7 digits, with -1 or -12 for a linked charity), of the Scottish Charity Regulator (SC and 6 digits) or of the Charity Commission for Northern Ireland (NIC and 6 digits, or 6 digits starting 100); anything else is 400 INVALID_ASSET_TRANSFER naming the field',
  })
  @IsOptional()
  @IsPlainText(50)
  recipientRegistrationNumber?: string;

  @ApiProperty({ example: 1_000_000, description: 'The market value of what was transferred, in whole pence' })
  @IsInt()
  @Min(0)
  @Max(MAX_ASSET_PENCE)
  marketValuePence!: number;

  @ApiProperty({ example: 0, description: 'The consideration received for it, in whole pence' })
  @IsInt()
  @Min(0)
  @Max(MAX_ASSET_PENCE)
  considerationPence!: number;

  @ApiPropertyOptional({ example: 'CIC/AL/0042', description: 'The CIC Regulator’s reference for its consent (CI-6); with regulatorConsentOn' })
  @IsOptional()
  @IsPlainText(100)
  regulatorConsentReference?: string;

  @ApiPropertyOptional({ example: '2025-06-01', description: 'The date the Regulator gave its consent, on or before the transfer; with regulatorConsentReference' })
  @IsOptional()
  @IsCalendarDate()
  regulatorConsentOn?: CalendarDate;

  @ApiPropertyOptional({ example: 'Equipment for a free community clinic', description: 'How the transfer benefits the community, where that is its ground' })
  @IsOptional()
  @IsPlainText(2000)
  communityBenefit?: string;

  @ApiPropertyOptional({
    enum: COMMUNITY_BENEFIT_TO,
    example: 'the-community',
    description:
      'Whom that benefit goes to (CI-1; 2004 Act s.35, CIC Regulations 2005 reg 4), given with communityBenefit (400 INVALID_ASSET_TRANSFER without it): the community or a section of it; only the members of a particular body (such as the member practices); only the employees of a particular employer. The last two are no benefit to the community: below full value to a body that is not asset-locked they are 422 ASSET_LOCK_BREACH (reason benefit-not-to-the-community). Not given: not stated',
  })
  @IsOptional()
  @IsIn(COMMUNITY_BENEFIT_TO)
  communityBenefitTo?: CommunityBenefitTo;
}
