import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INPUT_LIMITS } from '@chorus/core';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsString, MaxLength, Min, MinLength } from '../../common/validators';
import type { PolicyAcknowledgment } from '../entities/policy-acknowledgment.entity';
import type { PolicyVersion } from '../entities/policy-version.entity';
import type { CoverageRow } from '../policy.repository';
import type { PolicyStanding, VersionWithCount } from '../policy.service';
import { TrimmedText } from '../../common/trimmed-text';
import { OptionalField } from '../../common/optional';

export class PolicyVersionParams {
  @ApiProperty({ example: 2, minimum: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version: number;
}

export class PublishPolicyDto {
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

  @ApiProperty({
    description:
      'Whether everyone must acknowledge this version before sharing again (version 1 always)',
  })
  @IsBoolean()
  requiresAcknowledgment: boolean;
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
}

export class PolicyVersionDto {
  @ApiProperty({ example: 1 })
  version: number;

  title: string;

  /** Markdown */
  body: string;

  /** What changed since the previous version; may be empty */
  changeSummary: string;

  requiresAcknowledgment: boolean;

  @ApiProperty({ format: 'date-time' })
  publishedAt: string;

  static from(version: PolicyVersion): PolicyVersionDto {
    return {
      version: version.version,
      title: version.title,
      body: version.body,
      changeSummary: version.changeSummary,
      requiresAcknowledgment: version.requiresAcknowledgment,
      publishedAt: version.publishedAt.toISOString(),
    };
  }
}

export class AcknowledgmentDto {
  /** The version acknowledged */
  version: number;

  /** The full name as typed */
  typedName: string;

  @ApiProperty({ format: 'date-time' })
  acknowledgedAt: string;

  static from(ack: PolicyAcknowledgment & { policyVersion: PolicyVersion }): AcknowledgmentDto {
    return {
      version: ack.policyVersion.version,
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

export class PolicyVersionSummaryDto {
  version: number;

  title: string;

  changeSummary: string;

  requiresAcknowledgment: boolean;

  @ApiProperty({ format: 'date-time' })
  publishedAt: string;

  /** People who acknowledged this version */
  acknowledgments: number;

  static from({ version, acknowledgments }: VersionWithCount): PolicyVersionSummaryDto {
    return {
      version: version.version,
      title: version.title,
      changeSummary: version.changeSummary,
      requiresAcknowledgment: version.requiresAcknowledgment,
      publishedAt: version.publishedAt.toISOString(),
      acknowledgments,
    };
  }
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

  static from(row: CoverageRow): CoverageRowDto {
    return { ...row };
  }
}

export class PolicyCoverageDto {
  /** 0 while no policy is published */
  requiredVersion: number;

  departments: CoverageRowDto[];
}
