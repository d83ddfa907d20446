import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  Max,
  MaxLength,
  Min,
} from '../../common/validators';
import { PREFERRED_LANGUAGES, SOCIAL_NETWORKS, INPUT_LIMITS } from '@chorus/core';
import type { SocialNetwork } from '@chorus/core';
import { GroupRefDto } from '../../groups/dto/group.dto';
import { UpdateMeDto } from '../../users/dto/update-me.dto';
import { trimOrNull } from '../../common/transforms';
import { NullableField, OptionalField } from '../../common/optional';

export class SocialProfileDto {
  @ApiProperty({ enum: SOCIAL_NETWORKS, enumName: 'SocialNetwork' })
  @IsIn(SOCIAL_NETWORKS)
  network: SocialNetwork;

  @ApiProperty({
    nullable: true,
    type: String,
    example: '@emma',
    maxLength: INPUT_LIMITS.socialHandle,
    description:
      'On Mastodon, @name@server (name@server and https://server/@name are read too), kept as ' +
      '@name@server: a Mastodon share goes to that server',
  })
  @NullableField()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(INPUT_LIMITS.socialHandle)
  handle: string | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Connections or followers, as the person states them',
    example: 500,
  })
  @NullableField()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  audienceSize: number | null;
}

export class ProfileDto {
  email: string;

  name: string;

  @ApiProperty({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  language: string;

  /** Set by an administrator */
  department: GroupRefDto | null;

  /** Set by an administrator */
  location: GroupRefDto | null;

  socialProfiles: SocialProfileDto[];
}

/** Name and language as on PATCH /api/me, plus the social profiles. */
export class UpdateProfileDto extends UpdateMeDto {
  @ApiPropertyOptional({
    type: [SocialProfileDto],
    description: 'The whole list: networks left out are removed',
  })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(SOCIAL_NETWORKS.length)
  @ValidateNested({ each: true })
  @Type(() => SocialProfileDto)
  socialProfiles?: SocialProfileDto[];
}

export class DeleteAccountDto {
  /** Your email address, typed again to confirm */
  @IsString()
  @MaxLength(320)
  confirmEmail: string;
}
