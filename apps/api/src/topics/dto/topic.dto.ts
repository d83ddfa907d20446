import { ApiProperty } from '@nestjs/swagger';
import { INPUT_LIMITS } from '@chorus/core';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, MaxLength, MinLength } from '../../common/validators';
import type { TopicWithCount } from '../topics.repository';

export class TopicParams {
  @IsUUID()
  id: string;
}

export class TopicNameDto {
  @ApiProperty({ example: 'Sustainability', minLength: 1, maxLength: INPUT_LIMITS.topicName })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(INPUT_LIMITS.topicName)
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
