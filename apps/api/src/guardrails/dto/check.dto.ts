import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from '../../common/validators';
import {
  PREFERRED_LANGUAGES,
  VARIANT_NETWORKS,
  type PreferredLanguage,
  type VariantNetwork,
  INPUT_LIMITS,
  renderMessage,
} from '@chorus/core';
import {
  FINDING_KINDS,
  RESTRICTED_TERM_CATEGORIES,
  SEVERITIES,
  type Finding,
  type FindingKind,
  type RestrictedTermCategory,
  type Severity,
} from '@chorus/guardrails';
import { OptionalField } from '../../common/optional';

/**
 * The language of a post as its writer says (optional): profanity is checked in every language
 * the organisation uses, in English and in this one; by default the suggested post's language.
 */
export const PostLanguageField = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({
      description:
        'The language of the post (ISO 639-1), as its writer says. Profanity is checked in ' +
        'every language the organisation uses, in English and in this one.',
      enum: PREFERRED_LANGUAGES,
      enumName: 'PreferredLanguage',
    }),
    OptionalField(),
    IsIn(PREFERRED_LANGUAGES),
  );

/** Longest text the checker takes: far above every network's limit, far below abuse. */
export const MAX_CHECKED_TEXT = INPUT_LIMITS.postText;

export class CheckPostDto {
  @ApiProperty({ example: 'Proud of the team! #ProjectFalcon', maxLength: MAX_CHECKED_TEXT })
  @IsString()
  @MaxLength(MAX_CHECKED_TEXT)
  text: string;

  @ApiProperty({ enum: VARIANT_NETWORKS, enumName: 'VariantNetwork' })
  @IsIn(VARIANT_NETWORKS)
  network: VariantNetwork;

  @PostLanguageField()
  language?: PreferredLanguage;
}

export class FindingDto {
  @ApiProperty({ enum: FINDING_KINDS, enumName: 'FindingKind' })
  kind: FindingKind;

  @ApiProperty({ enum: SEVERITIES, enumName: 'GuardrailSeverity' })
  severity: Severity;

  /** Offset of the first character concerned (UTF-16) */
  start: number;

  /** Offset just after the last character concerned (UTF-16) */
  end: number;

  @ApiProperty({
    description: 'What is wrong: the catalogue key of the sentence (namespace guardrails)',
    example: 'guardrails:profanity',
  })
  key: string;

  @ApiProperty({
    description: 'The values the sentence needs',
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { match: 'skit', language: 'sv' },
  })
  params: Record<string, string | number>;

  /** What is wrong, in words, in the language the request's Accept-Language prefers */
  message: string;

  /** The text concerned */
  match: string;

  /** The restricted term matched */
  term?: string;

  @ApiPropertyOptional({ enum: RESTRICTED_TERM_CATEGORIES, enumName: 'RestrictedTermCategory' })
  category?: RestrictedTermCategory;

  /** The admin's note for this restricted term */
  note?: string;

  /** The language whose profanity list matched */
  language?: string;

  /** The network's length limit */
  limit?: number;

  /** The length of the post, counted the network’s way */
  length?: number;

  /** The finding, with its sentence said in `language`. */
  static from(finding: Finding, language: string): FindingDto {
    return { ...finding, message: renderMessage(language, finding.key, finding.params) };
  }
}

export class CheckResultDto {
  findings: FindingDto[];

  /** Whether a finding stops the share */
  blocked: boolean;
}

export class GuardrailLanguagesDto {
  /**
   * The languages the organisation uses (ISO 639-1, Norwegian as nb), whose profanity every post
   * is checked for: pass them to the checker to check a post exactly as the server does
   */
  languages: string[];
}
