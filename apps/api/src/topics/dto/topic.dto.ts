import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { TopicWithCount } from '../topics.service';

export class TopicParams {
  @IsUUID('all', { message: 'id must be a topic id (a UUID)' })
  id: string;
}

export class TopicNameDto {
  @ApiProperty({ example: 'Sustainability', minLength: 1, maxLength: 80 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'name must be text' })
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(80, { message: 'name must be at most 80 characters' })
  name: string;
}

export class TopicDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Sustainability' })
  name: string;

  @ApiProperty({ description: 'Content items tagged with this topic' })
  itemCount: number;

  static withCount({ topic, itemCount }: TopicWithCount): TopicDto {
    return { id: topic.id, name: topic.name, itemCount };
  }
}
