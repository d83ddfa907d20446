import { ApiProperty } from '@nestjs/swagger';
import { SHARE_BLOCKERS, type ShareBlocker } from '@chorus/core';
import { IsBoolean } from '../../common/validators';
import { PolicyStandingDto } from '../../policy/dto/policy.dto';
import type { Readiness } from '../readiness.service';

export class AdvocacyStatusDto {
  /** Whether I have joined the advocacy programme */
  enrolled: boolean;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  enrolledAt: string | null;

  /** Whether I chose to be shown on leaderboards (never while not enrolled) */
  shownOnLeaderboards: boolean;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'The policy version in force; null while none is published',
  })
  policyVersion: number | null;

  policy: PolicyStandingDto;

  /** The highest training stage I passed; 0 before the first */
  reachedStage: number;

  /** The stage needed to share (0: none) */
  requiredToShare: number;

  /** The stage needed to change suggested text (0: none) */
  requiredToEdit: number;

  @ApiProperty({
    enum: SHARE_BLOCKERS,
    enumName: 'ShareBlocker',
    isArray: true,
    description: 'What I still need to do before sharing, in order; empty when I may share',
  })
  blockers: ShareBlocker[];

  mayShare: boolean;

  /** Whether I may change suggested text before sharing */
  mayEditText: boolean;

  static from(readiness: Readiness): AdvocacyStatusDto {
    return {
      enrolled: Boolean(readiness.enrollment),
      enrolledAt: readiness.enrollment?.enrolledAt.toISOString() ?? null,
      shownOnLeaderboards: Boolean(readiness.enrollment?.leaderboardSince),
      policyVersion: readiness.policy.current?.version ?? null,
      policy: PolicyStandingDto.from(readiness.policy),
      reachedStage: readiness.reachedStage,
      requiredToShare: readiness.requiredToShare,
      requiredToEdit: readiness.requiredToEdit,
      blockers: readiness.blockers,
      mayShare: readiness.blockers.length === 0,
      mayEditText: readiness.mayEditText,
    };
  }
}

export class LeaderboardChoiceDto {
  @ApiProperty({ description: 'true: show me on leaderboards from now; false: hide me from all' })
  @IsBoolean()
  shown: boolean;
}
