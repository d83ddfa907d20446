import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, MaxLength } from '../../common/validators';
import { SHARE_NETWORKS, type PreferredLanguage, type ShareNetwork } from '@chorus/core';
import { FindingDto, MAX_CHECKED_TEXT, PostLanguageField } from '../../guardrails/dto/check.dto';
import { AdvocacyStatusDto } from '../../advocacy/dto/advocacy.dto';
import { OptionalField } from '../../common/optional';

export class SharePreflightDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The content item to share; without it, the post is checked as my own words',
  })
  @OptionalField()
  @IsUUID()
  contentId?: string;

  @ApiProperty({ enum: SHARE_NETWORKS, enumName: 'ShareNetwork' })
  @IsIn(SHARE_NETWORKS)
  network: ShareNetwork;

  @ApiProperty({ maxLength: MAX_CHECKED_TEXT })
  @IsString()
  @MaxLength(MAX_CHECKED_TEXT)
  text: string;

  @PostLanguageField()
  language?: PreferredLanguage;
}

export class SharePreflightResultDto {
  /** Whether the text differs from every suggested post */
  edited: boolean;

  @ApiProperty({ type: [FindingDto], description: 'Warnings that do not stop the share' })
  findings: FindingDto[];

  status: AdvocacyStatusDto;
}
