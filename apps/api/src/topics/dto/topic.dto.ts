import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INPUT_LIMITS, type Translations } from '@chorus/core';
import { Transform, Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { OptionalField } from '../../common/optional';
import { TranslationsDto } from '../../common/translations.dto';
import { keyed } from '../../common/validation-message';
import { IsString, IsUUID, MaxLength, MinLength } from '../../common/validators';
import type { TopicWithCount } from '../topics.repository';

export class TopicParams {
  @IsUUID()
  id: string;
}

/** A topic's name in each UI language it has one in. */
export const TopicNamesDto = TranslationsDto('TopicNamesDto', INPUT_LIMITS.topicName);

const NameField = () =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    MinLength(1),
    MaxLength(INPUT_LIMITS.topicName),
  );

const NamesField = () =>
  applyDecorators(
    ApiPropertyOptional({
      type: TopicNamesDto,
      description:
        'The name in other UI languages; a language left out (or empty) reads the main name. ' +
        'When sent, replaces every translation the topic had.',
    }),
    OptionalField(),
    // Also refuses what is not an object: one message, where IsObject would add a second.
    ValidateNested({ message: keyed('validation:object') }),
    Type(() => TopicNamesDto),
  );

export class CreateTopicDto {
  @ApiProperty({ example: 'Sustainability', minLength: 1, maxLength: INPUT_LIMITS.topicName })
  @NameField()
  name: string;

  @NamesField()
  names?: Translations;
}

export class UpdateTopicDto {
  @ApiPropertyOptional({
    example: 'Sustainability',
    minLength: 1,
    maxLength: INPUT_LIMITS.topicName,
  })
  @OptionalField()
  @NameField()
  name?: string;

  @NamesField()
  names?: Translations;
}

export class TopicDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  /** The main name, read in every language without a translation */
  @ApiProperty({ example: 'Sustainability' })
  name: string;

  @ApiProperty({ type: TopicNamesDto, description: 'The name in other UI languages' })
  names: Translations;

  /** Content items tagged with this topic */
  itemCount: number;

  static withCount({ topic, itemCount }: TopicWithCount): TopicDto {
    return { id: topic.id, name: topic.name, names: topic.names, itemCount };
  }
}
