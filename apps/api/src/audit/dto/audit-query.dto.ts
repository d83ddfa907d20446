import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsString, IsUUID, MaxLength } from '../../common/validators';
import { AUDIT_ACTIONS } from '@chorus/core';
import type { AuditAction } from '@chorus/core';
import { PageQueryDto } from '../../common/page-query.dto';
import { OptionalField } from '../../common/optional';

export class AuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' })
  @OptionalField()
  @IsIn(AUDIT_ACTIONS)
  action?: AuditAction;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only what this person did' })
  @OptionalField()
  @IsUUID()
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
  @IsDateString()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Until this moment (exclusive)' })
  @OptionalField()
  @IsDateString()
  to?: string;
}
