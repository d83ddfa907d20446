import { ApiProperty } from '@nestjs/swagger';
import { UI_LANGUAGES, type UiLanguage } from '@chorus/core';
import { IsUUID } from '../../common/validators';

export class DigestPreviewQuery {
  @ApiProperty({ format: 'uuid', description: 'The person whose digest to show' })
  @IsUUID()
  userId: string;
}

export class DigestPreviewDto {
  @ApiProperty({ description: 'The subject line' })
  subject: string;

  @ApiProperty({ description: 'The HTML part, to be shown in a sandboxed frame' })
  html: string;

  @ApiProperty({ description: 'The text part' })
  text: string;

  @ApiProperty({ enum: UI_LANGUAGES, description: "The language it is written in (the person's)" })
  language: UiLanguage;
}
