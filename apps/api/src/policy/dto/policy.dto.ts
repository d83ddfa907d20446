import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INPUT_LIMITS, PREFERRED_LANGUAGES, type PreferredLanguage } from '@chorus/core';
import { Type } from 'class-transformer';
import { ValidateNested } from 'class-validator';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  MaxLength,
  Min,
  MinLength,
} from '../../common/validators';
import type { PolicyAcknowledgment } from '../entities/policy-acknowledgment.entity';
import type { PolicyVersion } from '../entities/policy-version.entity';
import type { CoverageLanguageRow, CoverageRow, PolicyTextSummary } from '../policy.repository';
import type { PolicyReading, PolicyStanding, VersionWithCount } from '../policy.service';
import { TrimmedText } from '../../common/trimmed-text';
import { OptionalField } from '../../common/optional';

export class PolicyVersionParams {
  @ApiProperty({ example: 2, minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version: number;
}

/** A version's text in one language, without the language (it is in the path). */
export class PolicyTranslationDto {
  @ApiProperty({ example: 'Social media policy', maxLength: INPUT_LIMITS.policyTitle })
  @TrimmedText(INPUT_LIMITS.policyTitle)
  title: string;

  @ApiProperty({ description: 'The policy in markdown', maxLength: INPUT_LIMITS.policyBody })
  @TrimmedText(INPUT_LIMITS.policyBody)
  body: string;

  @ApiPropertyOptional({
    description: 'What changed since the previous version, in a sentence or two',
    maxLength: INPUT_LIMITS.policyChangeSummary,
  })
  @OptionalField()
  @TrimmedText(INPUT_LIMITS.policyChangeSummary, { empty: true })
  changeSummary?: string;
}

/** A version's text in one language, as published with it. */
export class PolicyTextInputDto extends PolicyTranslationDto {
  @ApiProperty({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  @IsIn(PREFERRED_LANGUAGES)
  language: PreferredLanguage;
}

export class PublishPolicyDto {
  @ApiProperty({
    enum: PREFERRED_LANGUAGES,
    enumName: 'PreferredLanguage',
    description: 'The language it is written in: readers without a text of their own read it',
  })
  @IsIn(PREFERRED_LANGUAGES)
  mainLanguage: PreferredLanguage;

  @ApiProperty({
    type: [PolicyTextInputDto],
    minItems: 1,
    maxItems: PREFERRED_LANGUAGES.length,
    description: 'One text per language, the main language among them',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PREFERRED_LANGUAGES.length)
  @ValidateNested({ each: true })
  @Type(() => PolicyTextInputDto)
  texts: PolicyTextInputDto[];

  @ApiProperty({
    description:
      'Whether everyone must acknowledge this version before sharing again (version 1 always)',
  })
  @IsBoolean()
  requiresAcknowledgment: boolean;
}

/** Which text a reader asks for; their profile's language when left out. */
export class PolicyLanguageQuery {
  @ApiPropertyOptional({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  @OptionalField()
  @IsIn(PREFERRED_LANGUAGES)
  language?: PreferredLanguage;
}

export class PolicyTextParams extends PolicyVersionParams {
  @ApiProperty({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  @IsIn(PREFERRED_LANGUAGES)
  language: PreferredLanguage;
}

export class AcknowledgePolicyDto {
  @ApiProperty({
    example: 'Emma Employee',
    description: 'Your full name, as on your account',
    maxLength: INPUT_LIMITS.signatureName,
  })
  @IsString()
  @MinLength(1)
  @MaxLength(INPUT_LIMITS.signatureName)
  fullName: string;

  @ApiPropertyOptional({
    enum: PREFERRED_LANGUAGES,
    enumName: 'PreferredLanguage',
    description:
      'The language of the text you read and sign; the version must have a text in it. Left out: the text you are served (your language, else the main one).',
  })
  @OptionalField()
  @IsIn(PREFERRED_LANGUAGES)
  language?: PreferredLanguage;
}

export class PolicyVersionDto {
  @ApiProperty({ example: 1 })
  version: number;

  /** The language of this text */
  @ApiProperty({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  language: PreferredLanguage;

  /** The language asked for (or the reader's); differs from `language` when it fell back */
  @ApiProperty({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  requestedLanguage: PreferredLanguage;

  /** True when the version has no text in the language asked for, so this is the main one */
  fellBack: boolean;

  /** The language the version was written in */
  @ApiProperty({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  mainLanguage: PreferredLanguage;

  /** Every language the version can be read in */
  @ApiProperty({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage', isArray: true })
  languages: PreferredLanguage[];

  title: string;

  /** Markdown */
  body: string;

  /** What changed since the previous version; may be empty */
  changeSummary: string;

  requiresAcknowledgment: boolean;

  @ApiProperty({ format: 'date-time' })
  publishedAt: string;

  static from({
    version,
    text,
    requestedLanguage,
    fellBack,
    languages,
  }: PolicyReading): PolicyVersionDto {
    return {
      version: version.version,
      language: text.language as PreferredLanguage,
      requestedLanguage: requestedLanguage as PreferredLanguage,
      fellBack,
      mainLanguage: version.mainLanguage as PreferredLanguage,
      languages: languages as PreferredLanguage[],
      title: text.title,
      body: text.body,
      changeSummary: text.changeSummary,
      requiresAcknowledgment: version.requiresAcknowledgment,
      publishedAt: version.publishedAt.toISOString(),
    };
  }
}

export class AcknowledgmentDto {
  /** The version acknowledged */
  version: number;

  /** The language of the text signed */
  @ApiProperty({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  language: PreferredLanguage;

  /** The full name as typed */
  typedName: string;

  @ApiProperty({ format: 'date-time' })
  acknowledgedAt: string;

  static from(ack: PolicyAcknowledgment & { policyVersion: PolicyVersion }): AcknowledgmentDto {
    return {
      version: ack.policyVersion.version,
      language: ack.language as PreferredLanguage,
      typedName: ack.typedName,
      acknowledgedAt: ack.acknowledgedAt.toISOString(),
    };
  }
}

export class PolicyStandingDto {
  /** Whether the caller has acknowledged every version that asks it */
  upToDate: boolean;

  /** The lowest version that counts as up to date */
  requiredVersion: number;

  /** The latest one signed */
  acknowledged: AcknowledgmentDto | null;

  static from(standing: PolicyStanding): PolicyStandingDto {
    return {
      upToDate: standing.upToDate,
      requiredVersion: standing.requiredVersion,
      acknowledged: standing.latest ? AcknowledgmentDto.from(standing.latest) : null,
    };
  }
}

export class CurrentPolicyDto extends PolicyVersionDto {
  /** Where the caller stands with it */
  standing: PolicyStandingDto;
}

/** A version's text in one language, without its body. */
export class PolicyTextSummaryDto {
  @ApiProperty({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  language: PreferredLanguage;

  title: string;

  /** Who added it (null once their account is gone) */
  @ApiProperty({ nullable: true, type: String })
  addedBy: string | null;

  @ApiProperty({ format: 'date-time' })
  addedAt: string;

  /** Who corrected it last; the adder until someone does */
  @ApiProperty({ nullable: true, type: String })
  updatedBy: string | null;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(text: PolicyTextSummary): PolicyTextSummaryDto {
    return {
      language: text.language as PreferredLanguage,
      title: text.title,
      addedBy: text.addedBy,
      addedAt: new Date(text.addedAt).toISOString(),
      updatedBy: text.updatedBy,
      updatedAt: new Date(text.updatedAt).toISOString(),
    };
  }
}

export class PolicyVersionSummaryDto {
  version: number;

  /** The main language's title */
  title: string;

  /** The main language's change summary */
  changeSummary: string;

  @ApiProperty({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  mainLanguage: PreferredLanguage;

  /** Its texts, one per language, in alphabetical order of the codes */
  texts: PolicyTextSummaryDto[];

  requiresAcknowledgment: boolean;

  @ApiProperty({ format: 'date-time' })
  publishedAt: string;

  /** People who acknowledged this version */
  acknowledgments: number;

  static from({ version, acknowledgments, texts }: VersionWithCount): PolicyVersionSummaryDto {
    const main = texts.find((text) => text.language === version.mainLanguage);
    return {
      version: version.version,
      title: main?.title ?? '',
      changeSummary: main?.changeSummary ?? '',
      mainLanguage: version.mainLanguage as PreferredLanguage,
      texts: texts.map(PolicyTextSummaryDto.from),
      requiresAcknowledgment: version.requiresAcknowledgment,
      publishedAt: version.publishedAt.toISOString(),
      acknowledgments,
    };
  }
}

/** How many up-to-date people signed in one language. */
export class CoverageLanguageDto {
  @ApiProperty({ enum: PREFERRED_LANGUAGES, enumName: 'PreferredLanguage' })
  language: PreferredLanguage;

  people: number;
}

export class CoverageRowDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  departmentId: string | null;

  /** Null: people without a department */
  department: string | null;

  /** Active people */
  people: number;

  /** Of whom enrolled in the advocacy programme */
  enrolled: number;

  /** Active people who are up to date with the policy */
  acknowledged: number;

  /** Enrolled people who are up to date with the policy */
  enrolledAcknowledged: number;

  /** The languages the people up to date signed in, most signed first */
  languages: CoverageLanguageDto[];

  static from(row: CoverageRow, languages: CoverageLanguageRow[]): CoverageRowDto {
    return {
      ...row,
      languages: languages
        .filter((entry) => entry.departmentId === row.departmentId)
        .map(({ language, people }) => ({ language: language as PreferredLanguage, people })),
    };
  }
}

export class PolicyCoverageDto {
  /** 0 while no policy is published */
  requiredVersion: number;

  departments: CoverageRowDto[];
}
