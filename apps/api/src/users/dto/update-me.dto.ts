import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, MaxLength, MinLength } from '../../common/validators';
import { PREFERRED_LANGUAGES, INPUT_LIMITS } from '@chorus/core';
import type { PreferredLanguage } from '@chorus/core';
import { OptionalField } from '../../common/optional';
import { trim } from '../../common/transforms';

export class UpdateMeDto {
  @ApiPropertyOptional({
    example: 'Emma Employee',
    minLength: 1,
    maxLength: INPUT_LIMITS.personName,
  })
  @OptionalField()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(INPUT_LIMITS.personName)
  name?: string;

  @ApiPropertyOptional({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  @OptionalField()
  @IsIn(PREFERRED_LANGUAGES)
  language?: PreferredLanguage;
}
