import { NOTIFICATION_KINDS, type NotificationKind } from '@chorus/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDto } from '../../common/page.dto';
import { OptionalField } from '../../common/optional';
import { ValidateBy } from 'class-validator';
import { keyed } from '../../common/validation-message';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from '../../common/validators';
import type { Notification } from '../entities/notification.entity';

export class NotificationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'NotificationKind' })
  kind: NotificationKind;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    description: 'The values of the catalogue message notifications:<kind>',
    example: { title: 'Spring launch', decision: 'approved', reason: '' },
  })
  params: Record<string, string | number>;

  @ApiProperty({ description: 'The portal path it is about', example: '/content/3f2a…' })
  link: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readAt: string | null;

  static from(notification: Notification): NotificationDto {
    return {
      id: notification.id,
      kind: notification.kind,
      params: notification.params,
      link: notification.link,
      createdAt: notification.createdAt.toISOString(),
      readAt: notification.readAt?.toISOString() ?? null,
    };
  }
}

export class NotificationPageDto extends PageDto {
  items: NotificationDto[];
}

/** The most notifications marked read by id in one request. */
export const MAX_READ_IDS = 100;

export class MarkReadDto {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: MAX_READ_IDS,
    description: 'These of my notifications; give either ids or all',
  })
  @OptionalField()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_READ_IDS)
  @IsUUID({ each: true })
  ids?: string[];

  @ApiPropertyOptional({ type: Boolean, enum: [true], description: 'All my notifications' })
  @OptionalField()
  @ValidateBy({
    name: 'isTrue',
    validator: {
      validate: (value: unknown) => value === true,
      defaultMessage: () => keyed('validation:oneOf', { values: 'true' }),
    },
  })
  all?: true;
}

export class UnreadCountDto {
  @ApiProperty({ minimum: 0, maximum: 100, description: 'Unread notifications, at most 100' })
  count: number;
}
