import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INPUT_LIMITS, type Translations } from '@chorus/core';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import { IsIn, IsUUID, Matches } from '../../common/validators';
import { keyed } from '../../common/validation-message';
import {
  RESTRICTED_TERM_CATEGORIES,
  SEVERITIES,
  type RestrictedTermCategory,
  type Severity,
} from '@chorus/guardrails';
import type { RestrictedTerm } from '../entities/restricted-term.entity';
import { TranslationsDto } from '../../common/translations.dto';
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

/** A restricted term's note in each UI language it has one in. */
export const TermNotesDto = TranslationsDto('TermNotesDto', INPUT_LIMITS.restrictedTermNote);

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

  @ApiPropertyOptional({
    type: TermNotesDto,
    description:
      'The note in other UI languages, for writers of that language; a language left out (or ' +
      'empty) reads the main note. When sent, replaces every translation the term had.',
  })
  @OptionalField()
  // Also refuses what is not an object: one message, where IsObject would add a second.
  @ValidateNested({ message: keyed('validation:object') })
  @Type(() => TermNotesDto)
  notes?: Translations;
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

  /** The main note, read by writers whose language has none */
  note: string;

  @ApiProperty({ type: TermNotesDto, description: 'The note in other UI languages' })
  notes: Translations;

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
      notes: term.notes,
      createdAt: term.createdAt.toISOString(),
      updatedAt: term.updatedAt.toISOString(),
    };
  }
}
