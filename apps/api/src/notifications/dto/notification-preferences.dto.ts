import {
  DIGEST_FREQUENCIES,
  isNotificationChannel,
  isNotificationKind,
  isTimeZone,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type DigestFrequency,
  type NotificationChannels,
  type NotificationKind,
} from '@chorus/core';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ValidateBy, ValidateNested } from 'class-validator';
import { NullableField, OptionalField } from '../../common/optional';
import { keyed } from '../../common/validation-message';
import { IsArray, IsIn, IsInt, Max, Min } from '../../common/validators';

// Plain OpenAPI: swagger's option types want one variant per type.
const channelsSchema = {
  type: 'object',
  properties: Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [kind, { type: 'string', enum: [...NOTIFICATION_CHANNELS] }]),
  ),
  additionalProperties: false,
} as ApiPropertyOptions;

export class DigestPreferencesDto {
  @ApiProperty({ enum: DIGEST_FREQUENCIES, enumName: 'DigestFrequency' })
  @IsIn(DIGEST_FREQUENCIES)
  frequency: DigestFrequency;

  @ApiProperty({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday: number;

  @ApiProperty({ minimum: 0, maximum: 23, description: 'Hour of the day, in my time zone' })
  @IsInt()
  @Min(0)
  @Max(23)
  hour: number;
}

export class QuietHoursDto {
  @ApiProperty({ minimum: 0, maximum: 23, description: 'Quiet from this hour…' })
  @IsInt()
  @Min(0)
  @Max(23)
  start: number;

  @ApiProperty({
    minimum: 0,
    maximum: 23,
    description: '…until this one (may be past midnight: 22 to 7)',
  })
  @IsInt()
  @Min(0)
  @Max(23)
  end: number;
}

export class NotificationPreferencesDto {
  @ApiProperty({
    ...channelsSchema,
    description:
      "How I hear of each kind meant for my roles, except those the administrators turned off: 'app' " +
      "(in the portal), 'email' (in the portal and by e-mail) or 'off'",
  })
  channels: NotificationChannels;

  @ApiProperty({
    enum: NOTIFICATION_KINDS,
    enumName: 'NotificationKind',
    isArray: true,
    description: 'Kinds meant for my roles that the administrators turned off for everyone',
  })
  off: NotificationKind[];

  digest: DigestPreferencesDto;

  @ApiProperty({ type: QuietHoursDto, nullable: true, description: 'No mail in these hours' })
  quietHours: QuietHoursDto | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Europe/Copenhagen',
    description: "My time zone (IANA); null: the organisation's",
  })
  timeZone: string | null;
}

/** Parts of my preferences to change; those left out stay as they are. */
export class UpdateNotificationPreferencesDto {
  @ApiPropertyOptional({
    ...channelsSchema,
    description:
      'The kinds to change; others stay as they are. Only kinds meant for my roles; a kind the ' +
      'administrators turned off cannot be changed.',
  })
  @OptionalField()
  @ValidateBy({
    name: 'isNotificationChannels',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.entries(value).every(
          ([kind, channel]) => isNotificationKind(kind) && isNotificationChannel(channel),
        ),
      defaultMessage: () =>
        keyed('validation:setting.notificationDefaults', {
          kinds: NOTIFICATION_KINDS.join(', '),
          channels: NOTIFICATION_CHANNELS.join(', '),
        }),
    },
  })
  channels?: NotificationChannels;

  @ApiPropertyOptional({
    enum: NOTIFICATION_KINDS,
    enumName: 'NotificationKind',
    isArray: true,
    description: 'Read only: as GET returns it, ignored here',
  })
  @OptionalField()
  @IsArray()
  off?: NotificationKind[];

  @ApiPropertyOptional({ type: DigestPreferencesDto })
  @OptionalField()
  @ValidateNested()
  @Type(() => DigestPreferencesDto)
  digest?: DigestPreferencesDto;

  @ApiPropertyOptional({ type: QuietHoursDto, nullable: true, description: 'null: none' })
  @NullableField()
  @ValidateNested()
  @Type(() => QuietHoursDto)
  quietHours?: QuietHoursDto | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'Europe/Copenhagen',
    description: "An IANA time zone; null: the organisation's",
  })
  @NullableField()
  @ValidateBy({
    name: 'isTimeZone',
    validator: {
      validate: (value: unknown) => isTimeZone(value),
      defaultMessage: () => keyed('validation:setting.timeZone'),
    },
  })
  timeZone?: string | null;
}
