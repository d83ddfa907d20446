import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LEADERBOARD_PERIODS,
  pointsPerMember,
  RECOGNITION_PERIODS,
  type LeaderboardPeriod,
  type RecognitionPeriod,
} from '@chorus/core';
import { OptionalField } from '../../common/optional';
import { IsIn } from '../../common/validators';
import { GroupRefDto } from '../../groups/dto/group.dto';
import type { BoardEntry, DepartmentStanding } from '../leaderboards.repository';
import type { Leaderboard, Standing } from '../leaderboards.service';

export class LeaderboardQueryDto {
  @ApiPropertyOptional({
    enum: LEADERBOARD_PERIODS,
    enumName: 'LeaderboardPeriod',
    default: 'month',
    description: 'This month or this quarter, up to today',
  })
  @OptionalField()
  @IsIn(LEADERBOARD_PERIODS)
  period: LeaderboardPeriod = 'month';
}

export class StandingQueryDto {
  @ApiPropertyOptional({
    enum: RECOGNITION_PERIODS,
    enumName: 'RecognitionPeriod',
    default: 'month',
    description: 'The period, up to today',
  })
  @OptionalField()
  @IsIn(RECOGNITION_PERIODS)
  period: RecognitionPeriod = 'month';
}

export class PeriodDaysDto {
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'null: all time' })
  from: string | null;

  @ApiProperty({ format: 'date', description: 'Today, in the organisation time zone' })
  to: string;
}

export class LeaderboardEntryDto {
  /** 1 for the most points; equal points share a rank */
  rank: number;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  name: string;

  @ApiProperty({ nullable: true, type: String })
  department: string | null;

  points: number;

  static from(entry: BoardEntry): LeaderboardEntryDto {
    return { ...entry };
  }
}

export class MyRankDto {
  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      'Where I stand among the people shown, even when I am not shown; null outside the programme',
  })
  rank: number | null;

  /** How many people the rank is among (me included when I am in the programme) */
  of: number;

  points: number;

  /** Whether others see me on leaderboards */
  shown: boolean;
}

export class DepartmentStandingDto {
  /** 1 for the most points per enrolled member; equal figures share a rank */
  rank: number;

  @ApiProperty({ format: 'uuid' })
  id: string;

  name: string;

  /** Enrolled members (at least MIN_DEPARTMENT_MEMBERS, or the department is not ranked) */
  members: number;

  /** Points per enrolled member, in whole points (the figure departments are ranked by) */
  perMember: number;

  static from({ points, ...department }: DepartmentStanding): DepartmentStandingDto {
    return { ...department, perMember: pointsPerMember(points, department.members) };
  }
}

export class LeaderboardDto {
  period: PeriodDaysDto;

  @ApiProperty({ type: [LeaderboardEntryDto], description: 'Only people who chose to be shown' })
  entries: LeaderboardEntryDto[];

  me: MyRankDto;

  @ApiProperty({ type: [DepartmentStandingDto] })
  departments: DepartmentStandingDto[];

  static from(board: Leaderboard): LeaderboardDto {
    return {
      period: board.period,
      entries: board.entries.map((entry) => LeaderboardEntryDto.from(entry)),
      me: board.me,
      departments: board.departments.map((department) => DepartmentStandingDto.from(department)),
    };
  }
}

export class StandingDto extends MyRankDto {
  period: PeriodDaysDto;

  @ApiProperty({ type: GroupRefDto, nullable: true })
  department: GroupRefDto | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description:
      "The median points of my department's enrolled members; null below MIN_DEPARTMENT_MEMBERS (5) of them or without a department",
  })
  teamMedian: number | null;

  static from(standing: Standing): StandingDto {
    return { ...standing };
  }
}
