import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { PEOPLE_SORTS, ROLES, USER_STATUSES } from '@chorus/core';
import type { PeopleSort, Role, UserStatus } from '@chorus/core';
import { PageQueryDto } from '../../common/page-query.dto';
import { OptionalField } from '../../common/optional';

export class PeopleQueryDto extends PageQueryDto {
  /** Part of a name or email address */
  @OptionalField()
  @IsString()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({ enum: ROLES, enumName: 'Role' })
  @OptionalField()
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({ enum: USER_STATUSES, enumName: 'UserStatus' })
  @OptionalField()
  @IsIn(USER_STATUSES, { message: `status must be one of: ${USER_STATUSES.join(', ')}` })
  status?: UserStatus;

  @OptionalField()
  @IsUUID('all', { message: 'departmentId must be a department id (a UUID)' })
  departmentId?: string;

  @OptionalField()
  @IsUUID('all', { message: 'locationId must be a location id (a UUID)' })
  locationId?: string;

  @ApiPropertyOptional({ enum: PEOPLE_SORTS, enumName: 'PeopleSort', default: 'name' })
  @OptionalField()
  @IsIn(PEOPLE_SORTS, { message: `sort must be one of: ${PEOPLE_SORTS.join(', ')}` })
  sort: PeopleSort = 'name';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], enumName: 'SortOrder', default: 'asc' })
  @OptionalField()
  @IsIn(['asc', 'desc'], { message: 'order must be asc or desc' })
  order: 'asc' | 'desc' = 'asc';
}
