import { Injectable } from '@nestjs/common';
import {
  hasAnyRole,
  LEADERBOARD_SIZE,
  localDate,
  MIN_DEPARTMENT_MEMBERS,
  monthStart,
  recognitionPeriodDays,
  type LeaderboardPeriod,
  type RecognitionPeriod,
  type Role,
} from '@chorus/core';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { EnrollmentService } from '../advocacy/enrollment.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { PointsService } from '../points/points.service';
import { SettingsService } from '../settings/settings.service';
import {
  LeaderboardsRepository,
  type BoardEntry,
  type DepartmentStanding,
  type PersonStanding,
  type PointSpan,
} from './leaderboards.repository';

/** Who sees leaderboards without being in the programme: they see the same as everyone. */
const WATCHING_ROLES: readonly Role[] = ['analyst', 'admin'];

/** A person's place: their points, rank among those shown, and their team's median. */
export interface Standing {
  period: { from: string | null; to: string };
  points: number;
  /** Where they stand among the people shown, even when not shown; null outside the programme. */
  rank: number | null;
  of: number;
  shown: boolean;
  department: { id: string; name: string } | null;
  teamMedian: number | null;
}

export interface Leaderboard {
  period: { from: string; to: string };
  entries: BoardEntry[];
  me: Pick<Standing, 'rank' | 'of' | 'points' | 'shown'>;
  departments: DepartmentStanding[];
}

/**
 * Opt-in leaderboards and a person's standing, read from the points of the period when asked:
 * nothing is snapshotted, so hiding oneself takes effect at once in every period.
 */
@Injectable()
export class LeaderboardsService {
  constructor(
    private readonly leaderboards: LeaderboardsRepository,
    private readonly enrollments: EnrollmentService,
    private readonly points: PointsService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  async leaderboard(user: AuthenticatedUser, period: LeaderboardPeriod): Promise<Leaderboard> {
    // The role allows it; being outside the programme is a state the person can change.
    if (!hasAnyRole(user.roles, WATCHING_ROLES) && !(await this.enrollments.find(user.id))) {
      throw new DomainError('conflict', 'errors:leaderboards.outsideProgramme');
    }
    // The caller's own figures are exact; others' follow within the recount's next batch.
    await this.points.refresh([user.id]);
    const span = await this.span(period);
    const [entries, standing, departments] = await Promise.all([
      this.leaderboards.board(span, LEADERBOARD_SIZE),
      this.leaderboards.standing(span, user.id),
      this.leaderboards.departments(span, MIN_DEPARTMENT_MEMBERS),
    ]);
    const { rank, of, points, shown } = placed(span, standing);
    return {
      period: { from: span.from ?? span.to, to: span.to },
      entries,
      me: { rank, of, points, shown },
      departments,
    };
  }

  async standing(userId: string, period: RecognitionPeriod): Promise<Standing> {
    await this.points.refresh([userId]);
    const span = await this.span(period);
    return placed(span, await this.leaderboards.standing(span, userId));
  }

  /** The organisation days of the period, ending today. */
  private async span(period: RecognitionPeriod): Promise<PointSpan> {
    const { timeZone } = await this.settings.get();
    const { from, to } = recognitionPeriodDays(
      period,
      localDate(this.clock.now().getTime(), timeZone),
    );
    return { from, to, wholeMonths: from === null || from === monthStart(from) };
  }
}

/** The figures of a standing as shown: rank and count among those shown, the team's median. */
function placed(span: PointSpan, standing: PersonStanding): Standing {
  const counted = standing.enrolled && !standing.shown;
  return {
    period: { from: span.from, to: span.to },
    points: standing.points,
    rank: standing.enrolled ? standing.ahead + 1 : null,
    of: standing.shownCount + (counted ? 1 : 0),
    shown: standing.shown,
    department: standing.department,
    teamMedian: standing.teamMembers >= MIN_DEPARTMENT_MEMBERS ? standing.teamMedian : null,
  };
}
