import { ApiProperty } from '@nestjs/swagger';
import { INPUT_LIMITS } from '@chorus/core';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { TopicWithCount } from '../topics.repository';

export class TopicParams {
  @IsUUID('all', { message: 'id must be a topic id (a UUID)' })
  id: string;
}

export class TopicNameDto {
  @ApiProperty({ example: 'Sustainability', minLength: 1, maxLength: INPUT_LIMITS.topicName })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'name must be text' })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(INPUT_LIMITS.topicName, {
    message: `name must be at most ${INPUT_LIMITS.topicName} characters`,
  })
  name: string;
}

export class TopicDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Sustainability' })
  name: string;

  /** Content items tagged with this topic */
  itemCount: number;

  static withCount({ topic, itemCount }: TopicWithCount): TopicDto {
    return { id: topic.id, name: topic.name, itemCount };
  }
}
