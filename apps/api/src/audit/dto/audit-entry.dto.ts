import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_ACTIONS } from '@chorus/core';
import type { AuditAction } from '@chorus/core';
import { PageDto } from '../../common/page.dto';
import { AuditEntry } from '../entities/audit-entry.entity';

export class AuditEntryDto {
  id: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  actorId: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Null for the system' })
  actorLabel: string | null;

  @ApiProperty({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' })
  action: AuditAction;

  @ApiPropertyOptional({ nullable: true, type: String })
  targetType: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  targetId: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  targetLabel: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: 'object',
    additionalProperties: true,
    description: 'What changed: { before, after } for edits, counts or details otherwise',
  })
  summary: Record<string, unknown> | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  requestId: string | null;

  static from(entry: AuditEntry): AuditEntryDto {
    return {
      id: entry.id,
      at: entry.at.toISOString(),
      actorId: entry.actorId,
      actorLabel: entry.actorLabel,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      targetLabel: entry.targetLabel,
      summary: entry.summary,
      requestId: entry.requestId,
    };
  }
}

export class AuditPageDto extends PageDto {
  items: AuditEntryDto[];
}
