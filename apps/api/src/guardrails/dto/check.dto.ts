import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from '../../common/validators';
import {
  PREFERRED_LANGUAGES,
  VARIANT_NETWORKS,
  type PreferredLanguage,
  type VariantNetwork,
  INPUT_LIMITS,
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

  @ApiPropertyOptional({
    description: 'The language of the post (ISO 639-1); without it every profanity list applies',
    enum: PREFERRED_LANGUAGES,
    enumName: 'PreferredLanguage',
  })
  @OptionalField()
  @IsIn(PREFERRED_LANGUAGES)
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

  /** What is wrong, in words */
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

  static from(finding: Finding): FindingDto {
    return { ...finding };
  }
}

export class CheckResultDto {
  findings: FindingDto[];

  /** Whether a finding stops the share */
  blocked: boolean;
}
