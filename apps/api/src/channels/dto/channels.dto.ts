import { ApiProperty } from '@nestjs/swagger';
import {
  CHAT_CHANNEL_KINDS,
  PREFERRED_LANGUAGES,
  UI_LANGUAGES,
  WEBHOOK_URL_MAX_LENGTH,
  type ChatChannelKind,
} from '@chorus/core';
import { Transform } from 'class-transformer';
import { OptionalField, PartialDto } from '../../common/optional';
import { trim } from '../../common/transforms';
import { TrimmedText } from '../../common/trimmed-text';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsString,
  IsUUID,
  MaxLength,
} from '../../common/validators';
import { TopicRefDto } from '../../content/dto/content.dto';
import { GroupRefDto } from '../../groups/dto/group.dto';

/** At most this many topics, departments or languages in one channel's filter. */
const MAX_FILTER = 50;

export class CreateChannelDto {
  @ApiProperty({ example: '#employee-advocacy', maxLength: 100 })
  @TrimmedText(100)
  name: string;

  @ApiProperty({ enum: CHAT_CHANNEL_KINDS, enumName: 'ChatChannelKind' })
  @IsIn(CHAT_CHANNEL_KINDS)
  kind: ChatChannelKind;

  @ApiProperty({
    description:
      'The incoming webhook address (Slack) or the Workflows webhook address (Teams). It is ' +
      'stored encrypted and never returned: the channel shows webhookHint instead.',
    example: 'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX',
    writeOnly: true,
  })
  @Transform(trim)
  @IsString()
  @MaxLength(WEBHOOK_URL_MAX_LENGTH)
  webhookUrl: string;

  @ApiProperty({ enum: UI_LANGUAGES, description: 'The language messages are written in' })
  @IsIn(UI_LANGUAGES)
  language: string;

  @ApiProperty({ description: 'Post newly approved items (those the filters let through)' })
  @IsBoolean()
  receivesItems: boolean;

  @ApiProperty({ description: 'Post new reports of hostile comments (the social media team)' })
  @IsBoolean()
  receivesReports: boolean;

  @ApiProperty({ type: [String], format: 'uuid', description: 'Only these topics; [] for all' })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(MAX_FILTER)
  @ArrayUnique()
  @IsUUID({ each: true })
  topicIds?: string[];

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Only items meant for these departments (or for everyone); [] for all',
  })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(MAX_FILTER)
  @ArrayUnique()
  @IsUUID({ each: true })
  departmentIds?: string[];

  @ApiProperty({
    enum: PREFERRED_LANGUAGES,
    isArray: true,
    description: 'Only items in these languages; [] for all',
  })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(MAX_FILTER)
  @ArrayUnique()
  @IsIn(PREFERRED_LANGUAGES, { each: true })
  languages?: string[];
}

/** Any field of a channel; the webhook address only when it is replaced. */
export class UpdateChannelDto extends PartialDto(CreateChannelDto) {}

export class ChannelParams {
  @IsUUID()
  id: string;
}

export class ChannelDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  name: string;

  @ApiProperty({ enum: CHAT_CHANNEL_KINDS, enumName: 'ChatChannelKind' })
  kind: ChatChannelKind;

  /** What may be shown of the webhook address, e.g. `https://hooks.slack.com/…/XXXX` */
  webhookHint: string;

  @ApiProperty({ enum: UI_LANGUAGES })
  language: string;

  receivesItems: boolean;

  receivesReports: boolean;

  topics: TopicRefDto[];

  departments: GroupRefDto[];

  @ApiProperty({ enum: PREFERRED_LANGUAGES, isArray: true })
  languages: string[];

  /** Deliveries that failed in a row */
  consecutiveFailures: number;

  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'Since when the channel fails (5 failed deliveries in a row), or null',
  })
  failingSince: string | null;

  /** Why the last delivery or test failed, or null */
  lastError: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  lastDeliveredAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class ChannelTestResultDto {
  /** Whether Slack or Teams accepted the test message */
  delivered: boolean;

  @ApiProperty({ nullable: true, type: String, description: 'Why it was not, or null' })
  error: string | null;
}
