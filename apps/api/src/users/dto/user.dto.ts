import { ApiProperty } from '@nestjs/swagger';
import { ROLES, USER_STATUSES } from '@chorus/core';
import type { Role, UserStatus } from '@chorus/core';
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

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(user: User): UserDto {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      status: user.status,
      language: user.language,
      createdAt: user.createdAt.toISOString(),
    };
  }
}
