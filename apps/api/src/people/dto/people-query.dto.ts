import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, MaxLength } from '../../common/validators';
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
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: USER_STATUSES, enumName: 'UserStatus' })
  @OptionalField()
  @IsIn(USER_STATUSES)
  status?: UserStatus;

  @OptionalField()
  @IsUUID()
  departmentId?: string;

  @OptionalField()
  @IsUUID()
  locationId?: string;

  @ApiPropertyOptional({ enum: PEOPLE_SORTS, enumName: 'PeopleSort', default: 'name' })
  @OptionalField()
  @IsIn(PEOPLE_SORTS)
  sort: PeopleSort = 'name';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], enumName: 'SortOrder', default: 'asc' })
  @OptionalField()
  @IsIn(['asc', 'desc'])
  order: 'asc' | 'desc' = 'asc';
}
