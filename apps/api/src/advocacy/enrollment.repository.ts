import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Enrollment } from './entities/enrollment.entity';

/** Who is enrolled in the advocacy programme, and since when. */
@Injectable()
export class EnrollmentRepository {
  constructor(@InjectRepository(Enrollment) private readonly enrollments: Repository<Enrollment>) {}

  findByUser(
    userId: string,
    manager: EntityManager = this.enrollments.manager,
  ): Promise<Enrollment | null> {
    return manager.findOneBy(Enrollment, { userId });
  }

  /** The person's enrollment, which must exist. */
  findByUserOrFail(
    userId: string,
    manager: EntityManager = this.enrollments.manager,
  ): Promise<Enrollment> {
    return manager.findOneByOrFail(Enrollment, { userId });
  }

  /**
   * Enrolls the person unless they already are; true when this inserted the row. They join now,
   * unless `enrolledAt` says when (history written afterwards, such as the demo's).
   */
  async insertIfAbsent(
    userId: string,
    manager: EntityManager = this.enrollments.manager,
    enrolledAt?: Date,
  ): Promise<boolean> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(Enrollment)
      .values(enrolledAt ? { userId, enrolledAt } : { userId })
      .orIgnore()
      .execute();
    return (inserted.raw as unknown[]).length > 0;
  }

  /** Removes the person's enrollment; true when there was one. */
  async deleteByUser(
    userId: string,
    manager: EntityManager = this.enrollments.manager,
  ): Promise<boolean> {
    const removed = await manager.delete(Enrollment, { userId });
    return Boolean(removed.affected);
  }

  /**
   * Shows the enrolled person on leaderboards from now, or hides them. Undefined when they are
   * not enrolled; otherwise whether this changed anything (showing again keeps the first date).
   * They are shown from now, unless `since` says when (history written afterwards: the demo's).
   */
  async setShownOnLeaderboards(
    userId: string,
    shown: boolean,
    manager: EntityManager = this.enrollments.manager,
    since: Date = new Date(),
  ): Promise<boolean | undefined> {
    const rows: { changed: boolean }[] = await manager.query(
      `SELECT (leaderboard_since IS NOT NULL) <> $2 AS changed
         FROM enrollments WHERE user_id = $1 FOR UPDATE`,
      [userId, shown],
    );
    if (rows.length === 0) return undefined;
    if (!rows[0].changed) return false;
    await manager.update(Enrollment, { userId }, { leaderboardSince: shown ? since : null });
    return true;
  }
}
