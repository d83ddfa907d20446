import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditActor, AuditService } from '../audit/audit.service';
import { Enrollment } from './entities/enrollment.entity';

/** Joining and leaving the advocacy programme: always the person's own, voluntary choice. */
@Injectable()
export class EnrollmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  find(userId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOneBy(Enrollment, { userId });
  }

  /** Joins the programme; joining again keeps the first date. */
  async join(userId: string, actor: AuditActor): Promise<Enrollment> {
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Enrollment)
        .values({ userId })
        .orIgnore()
        .execute();
      if ((inserted.raw as unknown[]).length > 0) {
        await this.audit.record(
          { actor, action: 'advocacy.joined', target: { type: 'person', id: userId } },
          manager,
        );
      }
      return manager.findOneByOrFail(Enrollment, { userId });
    });
  }

  /**
   * Leaves the programme. What the person shared stays in the figures, but no longer under their
   * name: leaderboards and reminders only ever consider enrolled people.
   */
  async leave(userId: string, actor: AuditActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const removed = await manager.delete(Enrollment, { userId });
      if (removed.affected) {
        await this.audit.record(
          { actor, action: 'advocacy.left', target: { type: 'person', id: userId } },
          manager,
        );
      }
    });
  }
}
