import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ValidateIf } from 'class-validator';
import { IsIn, IsString, IsUrl, IsUUID, MaxLength, MinLength } from '../../common/validators';
import { keyed } from '../../common/validation-message';
import {
  ESCALATION_NETWORKS,
  ESCALATION_STATUSES,
  type EscalationNetwork,
  type EscalationStatus,
  INPUT_LIMITS,
} from '@chorus/core';
import { PageDto } from '../../common/page.dto';
import { PageQueryDto } from '../../common/page-query.dto';
import { trim } from '../../common/transforms';
import {
  ESCALATION_EVENT_KINDS,
  type EscalationEvent,
  type EscalationEventKind,
} from '../entities/escalation-event.entity';
import type { Escalation } from '../entities/escalation.entity';
import { PersonRefDto } from '../../common/person-ref.dto';
import { TrimmedText } from '../../common/trimmed-text';
import { NullableField, OptionalField } from '../../common/optional';

/**
 * 'me', 'none' or a person's id. One decorator rather than ValidateIf + IsUUID written on the
 * property, so that the OpenAPI plugin does not document the filter as a plain UUID.
 */
const IsAssigneeFilter = (): PropertyDecorator =>
  applyDecorators(
    ValidateIf((_, value) => value !== 'me' && value !== 'none'),
    IsUUID({ message: keyed('validation:assignee') }),
  );

export class EscalationParams {
  @IsUUID()
  id: string;
}

export class ReportCommentDto {
  @ApiProperty({ example: 'https://www.linkedin.com/feed/update/urn:li:activity:7123/' })
  @Transform(trim)
  @IsUrl({ message: keyed('validation:postUrl') }, { requireTld: true })
  @MaxLength(2048)
  url: string;

  @ApiProperty({ enum: ESCALATION_NETWORKS, enumName: 'EscalationNetwork' })
  @IsIn(ESCALATION_NETWORKS)
  network: EscalationNetwork;

  @ApiProperty({
    description: 'The comment or post, copied',
    maxLength: INPUT_LIMITS.escalationExcerpt,
  })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: keyed('validation:excerpt') })
  @MaxLength(INPUT_LIMITS.escalationExcerpt)
  excerpt: string;

  @ApiPropertyOptional({
    description: 'What happened, in my words',
    maxLength: INPUT_LIMITS.escalationDescription,
  })
  @OptionalField()
  @TrimmedText(INPUT_LIMITS.escalationDescription, { empty: true })
  description?: string;
}

export class EscalationsQuery extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['mine', 'all'],
    default: 'mine',
    description: 'mine: the reports I made; all: the inbox (curators and admins)',
  })
  @OptionalField()
  @IsIn(['mine', 'all'])
  scope: 'mine' | 'all' = 'mine';

  @ApiPropertyOptional({ enum: ESCALATION_STATUSES, enumName: 'EscalationStatus' })
  @OptionalField()
  @IsIn(ESCALATION_STATUSES)
  status?: EscalationStatus;

  /** 'me', 'none' or a person's id */
  @OptionalField()
  @IsAssigneeFilter()
  assignee?: string;
}

export class UpdateEscalationDto {
  @ApiPropertyOptional({ enum: ESCALATION_STATUSES, enumName: 'EscalationStatus' })
  @OptionalField()
  @IsIn(ESCALATION_STATUSES)
  status?: EscalationStatus;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'A curator or admin; null to unassign',
  })
  @NullableField()
  @IsUUID({ message: keyed('validation:uuidOrNull') })
  assigneeId?: string | null;
}

export class EscalationNoteDto {
  @ApiProperty({ maxLength: INPUT_LIMITS.escalationNote })
  @TrimmedText(INPUT_LIMITS.escalationNote)
  body: string;
}

export class EscalationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  url: string;

  @ApiProperty({ enum: ESCALATION_NETWORKS, enumName: 'EscalationNetwork' })
  network: EscalationNetwork;

  excerpt: string;

  description: string;

  @ApiProperty({ enum: ESCALATION_STATUSES, enumName: 'EscalationStatus' })
  status: EscalationStatus;

  @ApiProperty({
    type: PersonRefDto,
    nullable: true,
    description: 'Null once the reporter deleted their account',
  })
  reporter: PersonRefDto | null;

  assignee: PersonRefDto | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  resolvedAt: string | null;

  static from(escalation: Escalation): EscalationDto {
    return {
      id: escalation.id,
      url: escalation.url,
      network: escalation.network,
      excerpt: escalation.excerpt,
      description: escalation.description,
      status: escalation.status,
      reporter: PersonRefDto.of(escalation.reporter),
      assignee: PersonRefDto.of(escalation.assignee),
      createdAt: escalation.createdAt.toISOString(),
      updatedAt: escalation.updatedAt.toISOString(),
      resolvedAt: escalation.resolvedAt?.toISOString() ?? null,
    };
  }
}

export class EscalationEventDto {
  id: string;

  @ApiProperty({ enum: ESCALATION_EVENT_KINDS, enumName: 'EscalationEventKind' })
  kind: EscalationEventKind;

  author: PersonRefDto | null;

  body: string | null;

  @ApiProperty({ enum: ESCALATION_STATUSES, enumName: 'EscalationStatus', nullable: true })
  status: EscalationStatus | null;

  assignee: PersonRefDto | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  static from(event: EscalationEvent): EscalationEventDto {
    return {
      id: event.id,
      kind: event.kind,
      author: PersonRefDto.of(event.author),
      body: event.body,
      status: event.status,
      assignee: PersonRefDto.of(event.assignee),
      createdAt: event.createdAt.toISOString(),
    };
  }
}

export class EscalationDetailDto extends EscalationDto {
  @ApiProperty({
    type: [EscalationEventDto],
    description: "The team's notes and changes, oldest first; empty for the reporter",
  })
  events: EscalationEventDto[];
}

export class EscalationCountsDto {
  open: number;

  in_progress: number;

  resolved: number;
}

export class EscalationPageDto extends PageDto {
  items: EscalationDto[];

  /** Reports in the scope, by status */
  counts: EscalationCountsDto;
}
