import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUUID, MaxLength, MinLength } from '../../common/validators';
import { trim } from '../../common/transforms';
import { GROUP_KINDS, INPUT_LIMITS } from '@chorus/core';
import type { GroupKind } from '@chorus/core';
import type { GroupWithCount } from '../groups.repository';
import { OrgGroup } from '../entities/org-group.entity';

export class GroupKindParams {
  @ApiProperty({ enum: GROUP_KINDS, enumName: 'GroupKind' })
  @IsIn(GROUP_KINDS)
  kind: GroupKind;
}

export class GroupParams extends GroupKindParams {
  @IsUUID()
  id: string;
}

export class GroupNameDto {
  @ApiProperty({ example: 'Marketing', minLength: 1, maxLength: INPUT_LIMITS.groupName })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(INPUT_LIMITS.groupName)
  name: string;
}

/** A department or location as other records refer to it. */
export class GroupRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Marketing' })
  name: string;

  static from(group: OrgGroup): GroupRefDto {
    return { id: group.id, name: group.name };
  }
}

export class GroupDto extends GroupRefDto {
  @ApiProperty({ enum: GROUP_KINDS, enumName: 'GroupKind' })
  kind: GroupKind;

  /** People in this group */
  memberCount: number;

  static withCount({ group, memberCount }: GroupWithCount): GroupDto {
    return { id: group.id, name: group.name, kind: group.kind, memberCount };
  }
}
