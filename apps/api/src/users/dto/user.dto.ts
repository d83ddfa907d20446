import { ApiProperty } from '@nestjs/swagger';
import { ROLES, USER_STATUSES } from '@chorus/core';
import type { Role, UserStatus } from '@chorus/core';
import { GroupRefDto } from '../../groups/dto/group.dto';
import { User } from '../entities/user.entity';

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'employee@chorus.example' })
  email: string;

  @ApiProperty({ example: 'Emma Employee' })
  name: string;

  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true })
  roles: Role[];

  @ApiProperty({ enum: USER_STATUSES, enumName: 'UserStatus' })
  status: UserStatus;

  @ApiProperty({ example: 'en', description: 'Preferred language (ISO 639-1)' })
  language: string;

  @ApiProperty({
    description:
      'Whether the person chose their language themselves (otherwise it is a default or set by an admin)',
  })
  languageChosen: boolean;

  department: GroupRefDto | null;

  location: GroupRefDto | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  lastSignInAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  /** Expects the department and location relations to be loaded (UsersService does). */
  static from(user: User): UserDto {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      status: user.status,
      language: user.language,
      languageChosen: Boolean(user.languageChosenAt),
      department: user.department ? GroupRefDto.from(user.department) : null,
      location: user.location ? GroupRefDto.from(user.location) : null,
      lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
      createdAt: user.createdAt.toISOString(),
    };
  }
}
