import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { UI_LANGUAGES } from '@chorus/core';
import type { UiLanguage } from '@chorus/core';

export class UpdateMeDto {
  @ApiPropertyOptional({ example: 'Emma Employee', minLength: 1, maxLength: 200 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: UI_LANGUAGES, enumName: 'UiLanguage' })
  @IsOptional()
  @IsIn(UI_LANGUAGES, { message: `language must be one of: ${UI_LANGUAGES.join(', ')}` })
  language?: UiLanguage;
}
