import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, Length } from 'class-validator';
import { IsOptional } from '../../common/optional';
import { DistinctHolders, NotBlank, OneLine } from '../../common/validation';

/**
 * Who receives a share: an existing member (`memberId`), or a new holder — a practice (`practiceId`,
 * whose name and address are used unless given) or, where the articles allow, a named person.
 */
export class HolderDto {
  @ApiPropertyOptional({ description: 'An existing member of this company' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  memberId?: string;

  @ApiPropertyOptional({ description: 'The practice the new holder is entered for' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  @NotBlank()
  practiceId?: string;

  @ApiPropertyOptional({ example: 'Partners of the Example Health Centre' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @NotBlank()
  @OneLine()
  name?: string;

  @ApiPropertyOptional({ example: '1 Example Street, London E1 1AA' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  @NotBlank()
  @OneLine()
  address?: string;

  @ApiPropertyOptional({
    example: ['Dr B Example', 'Dr C Example'],
    description: 'RM-2: the other joint holders, after the first-named holder in `name` (a partnership’s partners); one address for all',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 300, { each: true })
  @NotBlank({ each: true })
  @DistinctHolders()
  @OneLine({ each: true })
  jointHolders?: string[];
}
