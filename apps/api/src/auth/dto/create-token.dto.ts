import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { ROLES, type Role } from '../roles';
import { NotBlank } from '../../common/validation';

/** The longest a token may be made to last, in days: `expiresInDays` at most, `expiresAt` at most this far ahead. */
export const MAX_TOKEN_DAYS = 3650;

export class CreateTokenDto {
  @ApiProperty({ example: 'Board member: Dr A. Example' })
  @IsString()
  @Length(1, 200)
  @NotBlank()
  name!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ description: `When the token stops working: an instant with its time zone, after now and within ${MAX_TOKEN_DAYS} days. Not with expiresInDays.`, example: '2027-03-31T23:59:59Z' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/, { message: 'expiresAt must have a time and a time zone, e.g. 2027-03-31T23:59:59Z' })
  expiresAt?: string;

  @ApiPropertyOptional({ description: `Days from now until the token stops working (1–${MAX_TOKEN_DAYS}). Not with expiresAt.`, example: 90 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TOKEN_DAYS)
  expiresInDays?: number;
}
