import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { AUDIT_ACTIONS } from '@chorus/core';
import type { AuditAction } from '@chorus/core';
import { PageQueryDto } from '../../common/page-query.dto';
import { OptionalField } from '../../common/optional';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' })
  @OptionalField()
  @IsIn(AUDIT_ACTIONS, { message: `action must be one of: ${AUDIT_ACTIONS.join(', ')}` })
  action?: AuditAction;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only what this person did' })
  @OptionalField()
  @IsUUID('all', { message: 'actorId must be a person id (a UUID)' })
  actorId?: string;

  /** Only entries about this person, group or import */
  @OptionalField()
  @IsString()
  @MaxLength(64)
  targetId?: string;

  /** Part of the actor or target name or email */
  @OptionalField()
  @IsString()
  @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'From this moment (inclusive)' })
  @OptionalField()
  @IsDateString({}, { message: 'from must be a date, e.g. 2026-11-01 or 2026-11-01T09:00:00Z' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Until this moment (exclusive)' })
  @OptionalField()
  @IsDateString({}, { message: 'to must be a date, e.g. 2026-11-30 or 2026-11-30T17:00:00Z' })
  to?: string;
}
