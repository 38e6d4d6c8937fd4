import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean } from 'class-validator';
import { AsAtQuery } from '../../common/as-at.query';
import { IsOptional } from '../../common/optional';

export class RegisterCsvQuery extends AsAtQuery {
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Begin with a UTF-8 byte-order mark, for spreadsheets' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  bom?: boolean;
}
