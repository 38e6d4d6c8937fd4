import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches, ValidateIf } from 'class-validator';
import { WholeNumberFrom } from '../../common/validation';

/** A chain head the auditor already holds (from an earlier checkpoint or export): both or neither. */
export class VerifyQuery {
  @ApiPropertyOptional({ description: 'The sequence of a head you hold; give knownHash with it' })
  @ValidateIf((q: VerifyQuery) => q.knownSequence !== undefined || q.knownHash !== undefined)
  @WholeNumberFrom(1, 2_147_483_647)
  knownSequence?: number;

  @ApiPropertyOptional({ description: 'The hash of that entry (64 hex digits)' })
  @ValidateIf((q: VerifyQuery) => q.knownSequence !== undefined || q.knownHash !== undefined)
  @Matches(/^[0-9a-f]{64}$/, { message: 'knownHash must be 64 lower-case hex digits' })
  knownHash?: string;

  @ApiPropertyOptional({
    enum: ['start', 'known-head'],
    description:
      '`start` (the default): every entry from the first, and the projection against the fold. `known-head`: only the entries after the head you hold (knownSequence and knownHash, which it needs), linked to it; the projection is not compared',
  })
  @IsOptional()
  @IsIn(['start', 'known-head'])
  from?: 'start' | 'known-head';
}
