import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PREFERRED_LANGUAGES, ROLES, INPUT_LIMITS } from '@chorus/core';
import type { PreferredLanguage, Role } from '@chorus/core';
import { trim } from '../../common/transforms';
import { NullableField, OptionalField } from '../../common/optional';

/** What an admin may change about a person. Absent fields stay as they are. */
export class UpdatePersonDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: INPUT_LIMITS.personName })
  @OptionalField()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(INPUT_LIMITS.personName)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role', isArray: true })
  @OptionalField()
  @IsArray()
  @ArrayMinSize(1, { message: 'roles must hold at least one role' })
  @ArrayUnique()
  @IsIn(ROLES, { each: true, message: `each role must be one of: ${ROLES.join(', ')}` })
  roles?: Role[];

  @NullableField()
  @IsUUID('all', { message: 'departmentId must be a department id (a UUID) or null' })
  departmentId?: string | null;

  @NullableField()
  @IsUUID('all', { message: 'locationId must be a location id (a UUID) or null' })
  locationId?: string | null;

  @ApiPropertyOptional({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  @OptionalField()
  @IsIn(PREFERRED_LANGUAGES, {
    message: `language must be one of: ${PREFERRED_LANGUAGES.join(', ')}`,
  })
  language?: PreferredLanguage;
}

/** An invitation: the person is created and mailed a link to choose a password. */
export class InvitePersonDto extends OmitType(UpdatePersonDto, ['name'] as const) {
  @ApiProperty({ example: 'new.colleague@example.com' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ minLength: 1, maxLength: INPUT_LIMITS.personName })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(INPUT_LIMITS.personName)
  name: string;
}

export class PersonParams {
  @IsUUID('all', { message: 'id must be a person id (a UUID)' })
  id: string;
}
