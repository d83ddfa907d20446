import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface StageResult {
  stage: number;
  attempts: number;
  bestScore: number;
  passedAt: Date | null;
}

export interface DistributionRow {
  departmentId: string | null;
  department: string | null;
  people: number;
  enrolled: number;
  /** People by the stage they reached: index 0 is "not started", 1–3 the stages. */
  byStage: number[];
}

/** The training figures: one person's results, and how far each department has come. */
@Injectable()
export class TrainingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The highest stage the person passed: stages are taken in order, so that is their level. */
  async reachedStage(userId: string, manager: EntityManager = this.dataSource.manager) {
    const [{ stage }] = await manager.query<{ stage: number }[]>(
      `SELECT coalesce(max(stage), 0)::int AS stage
         FROM quiz_attempts WHERE user_id = $1 AND passed`,
      [userId],
    );
    return stage;
  }

  async resultsOf(userId: string): Promise<StageResult[]> {
    return this.dataSource.query<StageResult[]>(
      `SELECT stage::int, count(*)::int AS attempts, max(score)::int AS "bestScore",
              min(created_at) FILTER (WHERE passed) AS "passedAt"
         FROM quiz_attempts WHERE user_id = $1
        GROUP BY stage`,
      [userId],
    );
  }

  async lessonsReadBy(userId: string): Promise<Set<string>> {
    const rows = await this.dataSource.query<{ lesson_id: string }[]>(
      'SELECT lesson_id FROM lesson_reads WHERE user_id = $1',
      [userId],
    );
    return new Set(rows.map((row) => row.lesson_id));
  }

  /** The person's quiz attempts and the lessons they read, for their data export. */
  async historyOf(userId: string) {
    const [attempts, lessonsRead] = await Promise.all([
      this.dataSource.query<{ stage: number; score: number; passed: boolean; at: Date }[]>(
        `SELECT stage::int, score::int, passed, created_at AS at
           FROM quiz_attempts WHERE user_id = $1 ORDER BY created_at`,
        [userId],
      ),
      this.dataSource.query<{ stage: number; lesson: string; readAt: Date }[]>(
        `SELECT lesson.stage::int, lesson.title AS lesson, reading.read_at AS "readAt"
           FROM lesson_reads reading JOIN training_lessons lesson ON lesson.id = reading.lesson_id
          WHERE reading.user_id = $1 ORDER BY reading.read_at`,
        [userId],
      ),
    ]);
    return { attempts, lessonsRead };
  }

  /** Active people per department by the stage they reached. */
  async distributionByDepartment(): Promise<DistributionRow[]> {
    const rows = await this.dataSource.query<
      (Omit<DistributionRow, 'byStage'> & Record<`stage${0 | 1 | 2 | 3}`, number>)[]
    >(`
      SELECT department.id AS "departmentId", department.name AS "department",
             count(*)::int AS "people",
             count(enrollment.user_id)::int AS "enrolled",
             count(*) FILTER (WHERE coalesce(reached.stage, 0) = 0)::int AS "stage0",
             count(*) FILTER (WHERE reached.stage = 1)::int AS "stage1",
             count(*) FILTER (WHERE reached.stage = 2)::int AS "stage2",
             count(*) FILTER (WHERE reached.stage = 3)::int AS "stage3"
        FROM users person
        LEFT JOIN org_groups department ON department.id = person.department_id
        LEFT JOIN enrollments enrollment ON enrollment.user_id = person.id
        LEFT JOIN training_stages_reached reached ON reached.user_id = person.id
       WHERE person.status = 'active'
       GROUP BY department.id, department.name
       ORDER BY department.name NULLS LAST`);
    return rows.map(({ stage0, stage1, stage2, stage3, ...row }) => ({
      ...row,
      byStage: [stage0, stage1, stage2, stage3],
    }));
  }
}
