import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { EscalationStatus, Role } from '@chorus/core';
import { User } from '../users/entities/user.entity';
import { EscalationsQuery } from './dto/escalation.dto';
import { EscalationEvent } from './entities/escalation-event.entity';
import { Escalation } from './entities/escalation.entity';

@Injectable()
export class EscalationsRepository {
  constructor(@InjectRepository(Escalation) private readonly escalations: Repository<Escalation>) {}

  /** Saves a new report and returns its id. */
  async insert(
    report: Partial<Escalation>,
    manager: EntityManager = this.escalations.manager,
  ): Promise<string> {
    const saved = await manager.save(manager.create(Escalation, report));
    return saved.id;
  }

  /**
   * One page of reports matching the filters (open first, newest first), and how many reports
   * of each status the scope holds; `callerId` resolves the scope `mine` and the assignee `me`.
   */
  async search(
    query: EscalationsQuery,
    callerId: string,
  ): Promise<{
    items: Escalation[];
    total: number;
    byStatus: { status: EscalationStatus; count: number }[];
  }> {
    const scoped = () => {
      const builder = this.escalations.manager.createQueryBuilder(Escalation, 'escalation');
      if (query.scope === 'mine') builder.where('escalation.reporter_id = :me', { me: callerId });
      return builder;
    };
    const builder = scoped()
      .leftJoinAndSelect('escalation.reporter', 'reporter')
      .leftJoinAndSelect('escalation.assignee', 'assignee');
    if (query.status) builder.andWhere('escalation.status = :status', { status: query.status });
    if (query.assignee === 'none') builder.andWhere('escalation.assignee_id IS NULL');
    else if (query.assignee) {
      const assignee = query.assignee === 'me' ? callerId : query.assignee;
      builder.andWhere('escalation.assignee_id = :assignee', { assignee });
    }
    const [[items, total], byStatus] = await Promise.all([
      builder
        // The enum's own order: open, in progress, resolved.
        .orderBy('escalation.status', 'ASC')
        .addOrderBy('escalation.created_at', 'DESC')
        .skip((query.page - 1) * query.pageSize)
        .take(query.pageSize)
        .getManyAndCount(),
      scoped()
        .select('escalation.status', 'status')
        .addSelect('count(*)::int', 'count')
        .groupBy('escalation.status')
        .getRawMany<{ status: EscalationStatus; count: number }>(),
    ]);
    return { items, total, byStatus };
  }

  /** One report with its reporter and assignee, or null. */
  findWithPeople(id: string): Promise<Escalation | null> {
    return this.escalations.manager.findOne(Escalation, {
      where: { id },
      relations: { reporter: true, assignee: true },
    });
  }

  /** One report, locked until the caller's transaction ends, or null. */
  findForUpdate(id: string, manager: EntityManager): Promise<Escalation | null> {
    return manager.findOne(Escalation, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** The team's timeline of one report, oldest first. */
  findEvents(escalationId: string): Promise<EscalationEvent[]> {
    return this.escalations.manager.find(EscalationEvent, {
      where: { escalationId },
      relations: { author: true, assignee: true },
      order: { id: 'ASC' },
    });
  }

  /** The reports one person made, oldest first. */
  findReportedBy(reporterId: string): Promise<Escalation[]> {
    return this.escalations.manager.find(Escalation, {
      where: { reporterId },
      order: { createdAt: 'ASC' },
    });
  }

  /** Active people holding any of these roles, by name. */
  findActiveWithAnyRole(roles: readonly Role[]): Promise<User[]> {
    return this.escalations.manager
      .createQueryBuilder(User, 'user')
      .where("user.status = 'active'")
      .andWhere('user.roles && :team::user_role[]', { team: roles })
      .orderBy('user.name', 'ASC')
      .getMany();
  }

  /** One person, or null. */
  findPerson(id: string, manager: EntityManager = this.escalations.manager): Promise<User | null> {
    return manager.findOneBy(User, { id });
  }

  /** Saves a report's changes together with the events that record them. */
  async saveWithEvents(
    escalation: Escalation,
    events: Partial<EscalationEvent>[],
    manager: EntityManager = this.escalations.manager,
  ): Promise<void> {
    await manager.save(escalation);
    await manager.save(EscalationEvent, events);
  }

  /** Adds one event to a report's timeline. */
  async insertEvent(
    event: Partial<EscalationEvent>,
    manager: EntityManager = this.escalations.manager,
  ): Promise<void> {
    await manager.save(EscalationEvent, event);
  }

  /** Marks a report as changed now, so it moves up in "recently updated". */
  async touch(id: string, manager: EntityManager = this.escalations.manager): Promise<void> {
    await manager.update(Escalation, { id }, { updatedAt: new Date() });
  }
}
