import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INPUT_LIMITS } from '@chorus/core';
import { IsIn, IsUUID, Matches } from '../../common/validators';
import { keyed } from '../../common/validation-message';
import {
  RESTRICTED_TERM_CATEGORIES,
  SEVERITIES,
  type RestrictedTermCategory,
  type Severity,
} from '@chorus/guardrails';
import type { RestrictedTerm } from '../entities/restricted-term.entity';
import { TrimmedText } from '../../common/trimmed-text';
import { OptionalField, PartialDto } from '../../common/optional';

export class RestrictedTermParams {
  @IsUUID()
  id: string;
}

export class RestrictedTermsQuery {
  /** Part of the term or its note */
  @OptionalField()
  @TrimmedText(100, { empty: true })
  search?: string;

  @ApiPropertyOptional({ enum: RESTRICTED_TERM_CATEGORIES, enumName: 'RestrictedTermCategory' })
  @OptionalField()
  @IsIn(RESTRICTED_TERM_CATEGORIES)
  category?: RestrictedTermCategory;
}

export class CreateRestrictedTermDto {
  @ApiProperty({ example: 'Project Falcon', minLength: 1, maxLength: INPUT_LIMITS.restrictedTerm })
  @TrimmedText(INPUT_LIMITS.restrictedTerm)
  @Matches(/[\p{L}\p{N}]/u, { message: keyed('validation:letterOrDigit') })
  term: string;

  @ApiProperty({ enum: RESTRICTED_TERM_CATEGORIES, enumName: 'RestrictedTermCategory' })
  @IsIn(RESTRICTED_TERM_CATEGORIES)
  category: RestrictedTermCategory;

  @ApiProperty({
    enum: SEVERITIES,
    enumName: 'GuardrailSeverity',
    description: 'block stops the share; warn only tells the employee',
  })
  @IsIn(SEVERITIES)
  severity: Severity;

  @ApiProperty({
    example: 'Falcon is not announced yet: do not mention it.',
    description: 'What the employee reads when the term is in their post',
    maxLength: INPUT_LIMITS.restrictedTermNote,
  })
  @TrimmedText(INPUT_LIMITS.restrictedTermNote, { empty: true })
  note: string;
}

export class UpdateRestrictedTermDto extends PartialDto(CreateRestrictedTermDto) {}

export class RestrictedTermDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Project Falcon' })
  term: string;

  @ApiProperty({ enum: RESTRICTED_TERM_CATEGORIES, enumName: 'RestrictedTermCategory' })
  category: RestrictedTermCategory;

  @ApiProperty({ enum: SEVERITIES, enumName: 'GuardrailSeverity' })
  severity: Severity;

  note: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(term: RestrictedTerm): RestrictedTermDto {
    return {
      id: term.id,
      term: term.term,
      category: term.category,
      severity: term.severity,
      note: term.note,
      createdAt: term.createdAt.toISOString(),
      updatedAt: term.updatedAt.toISOString(),
    };
  }
}
