import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { PREFERRED_LANGUAGES, INPUT_LIMITS } from '@chorus/core';
import type { PreferredLanguage } from '@chorus/core';
import { OptionalField } from '../../common/optional';

export class UpdateMeDto {
  @ApiPropertyOptional({
    example: 'Emma Employee',
    minLength: 1,
    maxLength: INPUT_LIMITS.personName,
  })
  @OptionalField()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(INPUT_LIMITS.personName)
  name?: string;

  @ApiPropertyOptional({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  @OptionalField()
  @IsIn(PREFERRED_LANGUAGES, {
    message: `language must be one of: ${PREFERRED_LANGUAGES.join(', ')}`,
  })
  language?: PreferredLanguage;
}
