import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { EnrollmentRepository } from './enrollment.repository';
import { Enrollment } from './entities/enrollment.entity';

/** Joining and leaving the advocacy programme: always the person's own, voluntary choice. */
@Injectable()
export class EnrollmentService {
  constructor(
    private readonly enrollments: EnrollmentRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  find(userId: string, manager?: EntityManager): Promise<Enrollment | null> {
    return this.enrollments.findByUser(userId, manager);
  }

  /** Joins the programme; joining again keeps the first date. */
  async join(userId: string, actor: AuditActor): Promise<Enrollment> {
    return this.transactions.run(async (manager) => {
      if (await this.enrollments.insertIfAbsent(userId, manager)) {
        await this.audit.record(
          { actor, action: 'advocacy.joined', target: { type: 'person', id: userId } },
          manager,
        );
      }
      return this.enrollments.findByUserOrFail(userId, manager);
    });
  }

  /**
   * Leaves the programme. What the person shared stays in the figures, but no longer under their
   * name: leaderboards and reminders only ever consider enrolled people.
   */
  async leave(userId: string, actor: AuditActor): Promise<void> {
    await this.transactions.run(async (manager) => {
      if (await this.enrollments.deleteByUser(userId, manager)) {
        await this.audit.record(
          { actor, action: 'advocacy.left', target: { type: 'person', id: userId } },
          manager,
        );
      }
    });
  }

  /**
   * Shows the person on leaderboards, or hides them from every period's at once (leaderboards
   * read the choice when they are asked for). Only for people in the programme.
   */
  async showOnLeaderboards(userId: string, shown: boolean, actor: AuditActor): Promise<void> {
    await this.transactions.run(async (manager) => {
      const changed = await this.enrollments.setShownOnLeaderboards(userId, shown, manager);
      if (changed === undefined) {
        throw new DomainError('conflict', 'errors:leaderboards.notEnrolled');
      }
      if (changed) {
        await this.audit.record(
          {
            actor,
            action: shown ? 'advocacy.leaderboard_shown' : 'advocacy.leaderboard_hidden',
            target: { type: 'person', id: userId },
          },
          manager,
        );
      }
    });
  }
}
