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
} from '../../common/validators';
import { keyed } from '../../common/validation-message';
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
  @MinLength(1)
  @MaxLength(INPUT_LIMITS.personName)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role', isArray: true })
  @OptionalField()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles?: Role[];

  @NullableField()
  @IsUUID({ message: keyed('validation:uuidOrNull') })
  departmentId?: string | null;

  @NullableField()
  @IsUUID({ message: keyed('validation:uuidOrNull') })
  locationId?: string | null;

  @ApiPropertyOptional({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  @OptionalField()
  @IsIn(PREFERRED_LANGUAGES)
  language?: PreferredLanguage;
}

/** An invitation: the person is created and mailed a link to choose a password. */
export class InvitePersonDto extends OmitType(UpdatePersonDto, ['name'] as const) {
  @ApiProperty({ example: 'new.colleague@example.com' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ minLength: 1, maxLength: INPUT_LIMITS.personName })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(INPUT_LIMITS.personName)
  name: string;
}

export class PersonParams {
  @IsUUID()
  id: string;
}
