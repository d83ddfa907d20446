import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { PREFERRED_LANGUAGES } from '@chorus/core';
import type { PreferredLanguage } from '@chorus/core';
import { OptionalField } from '../../common/optional';

export class UpdateMeDto {
  @ApiPropertyOptional({ example: 'Emma Employee', minLength: 1, maxLength: 200 })
  @OptionalField()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  @OptionalField()
  @IsIn(PREFERRED_LANGUAGES, {
    message: `language must be one of: ${PREFERRED_LANGUAGES.join(', ')}`,
  })
  language?: PreferredLanguage;
}
