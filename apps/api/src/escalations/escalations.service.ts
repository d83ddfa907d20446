import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ESCALATION_STATUSES, type EscalationStatus, type Role } from '@chorus/core';
import { ChatDeliveryService } from '../channels/chat-delivery.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { User } from '../users/entities/user.entity';
import { EscalationsQuery } from './dto/escalation.dto';
import { EscalationEvent } from './entities/escalation-event.entity';
import { Escalation } from './entities/escalation.entity';
import { EscalationNotifier } from './escalation-notifier';
import { EscalationsRepository } from './escalations.repository';

/** Who is asking: reporters see their own reports, the social media team sees every report. */
export interface Caller {
  id: string;
  roles: readonly Role[];
}

export interface NewReport {
  url: string;
  network: Escalation['network'];
  excerpt: string;
  description?: string;
}

export interface EscalationChanges {
  status?: EscalationStatus;
  assigneeId?: string | null;
}

/** The social media team: curators and admins. */
const TEAM: readonly Role[] = ['curator', 'admin'];
const onTeam = (caller: Caller) => caller.roles.some((role) => TEAM.includes(role));

/**
 * Reports of hostile comments: employees report instead of answering, the social media team
 * triages, assigns, notes and resolves, and the reporter follows the status.
 */
@Injectable()
export class EscalationsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly escalations: EscalationsRepository,
    private readonly notifier: EscalationNotifier,
    private readonly chat: ChatDeliveryService,
  ) {}

  async report(reporterId: string, input: NewReport): Promise<Escalation> {
    const id = await this.transactions.run(async (manager) => {
      const id = await this.escalations.insert(
        { ...input, description: input.description ?? '', reporterId },
        manager,
      );
      // The social media team's Slack or Teams channel hears of it once it is saved.
      await this.chat.reportCreated(id, manager);
      return id;
    });
    return this.load(id);
  }

  async list(query: EscalationsQuery, caller: Caller) {
    if (query.scope === 'all' && !onTeam(caller)) {
      throw new DomainError('forbidden', 'errors:escalations.teamOnly');
    }
    const { items, total, byStatus } = await this.escalations.search(query, caller.id);
    const counts = Object.fromEntries(
      ESCALATION_STATUSES.map((status) => [
        status,
        byStatus.find((row) => row.status === status)?.count ?? 0,
      ]),
    ) as Record<EscalationStatus, number>;
    return { items, total, counts };
  }

  /** One report; the team's timeline only for the team. */
  async get(id: string, caller: Caller) {
    const escalation = await this.load(id);
    const team = onTeam(caller);
    if (!team && escalation.reporterId !== caller.id) {
      // Someone else's report does not exist, as far as the caller can tell.
      throw new DomainError('not_found', 'errors:escalations.notFound', { id });
    }
    const events = team ? await this.escalations.findEvents(id) : [];
    return { escalation, events };
  }

  async update(id: string, changes: EscalationChanges, actorId: string) {
    await this.transactions.run(async (manager) => {
      const escalation = await this.lock(manager, id);
      const events: Partial<EscalationEvent>[] = [];
      if (changes.assigneeId !== undefined && changes.assigneeId !== escalation.assigneeId) {
        if (changes.assigneeId !== null) await this.assertTeamMember(manager, changes.assigneeId);
        escalation.assigneeId = changes.assigneeId;
        events.push({ kind: 'assignment', assigneeId: changes.assigneeId });
      }
      if (changes.status !== undefined && changes.status !== escalation.status) {
        escalation.status = changes.status;
        escalation.resolvedAt = changes.status === 'resolved' ? new Date() : null;
        events.push({ kind: 'status', status: changes.status });
      }
      if (events.length === 0) return;
      await this.escalations.saveWithEvents(
        escalation,
        events.map((event) => ({ ...event, escalationId: id, authorId: actorId })),
        manager,
      );
      const kinds = events.map((event) => event.kind!);
      await this.notifier.changed(escalation, kinds, actorId, manager);
    });
    return this.get(id, { id: actorId, roles: TEAM });
  }

  async addNote(id: string, body: string, actorId: string) {
    await this.transactions.run(async (manager) => {
      const escalation = await this.lock(manager, id);
      await this.escalations.insertEvent(
        { escalationId: id, kind: 'note', body, authorId: actorId },
        manager,
      );
      // A note is activity: the report moves up in "recently updated".
      await this.escalations.touch(escalation.id, manager);
    });
    return this.get(id, { id: actorId, roles: TEAM });
  }

  /** What the person reported, without the team's notes (for their data export). */
  async reportedBy(userId: string) {
    const reports = await this.escalations.findReportedBy(userId);
    return reports.map(({ createdAt, url, network, excerpt, description, status }) => ({
      createdAt,
      url,
      network,
      excerpt,
      description,
      status,
    }));
  }

  /** The people reports can be assigned to: active curators and admins, by name. */
  team(): Promise<User[]> {
    return this.escalations.findActiveWithAnyRole(TEAM);
  }

  private async load(id: string): Promise<Escalation> {
    const escalation = await this.escalations.findWithPeople(id);
    if (!escalation) throw new DomainError('not_found', 'errors:escalations.notFound', { id });
    return escalation;
  }

  private async lock(manager: EntityManager, id: string): Promise<Escalation> {
    const escalation = await this.escalations.findForUpdate(id, manager);
    if (!escalation) throw new DomainError('not_found', 'errors:escalations.notFound', { id });
    return escalation;
  }

  private async assertTeamMember(manager: EntityManager, userId: string): Promise<void> {
    const user = await this.escalations.findPerson(userId, manager);
    if (!user) throw new DomainError('invalid_input', 'errors:people.unknown', { id: userId });
    if (user.status !== 'active' || !user.roles.some((role) => TEAM.includes(role))) {
      throw new DomainError('invalid_input', 'errors:escalations.notTeamMember', {
        name: user.name,
      });
    }
  }
}
