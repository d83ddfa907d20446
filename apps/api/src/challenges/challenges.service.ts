import {
  addDays,
  CHALLENGE_LIMITS,
  CHALLENGE_RECENT_DAYS,
  challengeState,
  daysBetween,
  localDate,
  type AuditDetail,
} from '@chorus/core';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditActor, AuditService } from '../audit/audit.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { GroupsService } from '../groups/groups.service';
import { SettingsService } from '../settings/settings.service';
import { TopicsService } from '../topics/topics.service';
import { UsersService } from '../users/users.service';
import {
  ChallengesRepository,
  type ChallengeFields,
  type ChallengeRow,
} from './challenges.repository';
import { ChallengeDto, CreateChallengeDto, UpdateChallengeDto } from './dto/challenge.dto';
import { Challenge } from './entities/challenge.entity';

/** The fields an edit compares, as the audit log names them. */
const AUDITED = {
  title: 'title',
  description: 'description',
  metric: 'metric',
  target: 'goal',
  startsOn: 'startsAt',
  endsOn: 'endsAt',
} as const satisfies Partial<Record<keyof ChallengeFields, AuditDetail>>;

/**
 * Challenges: curators and admins set time-boxed team goals for a campaign's or a topic's
 * content; the people they concern see their progress. Dates are the organisation's calendar
 * days, so "today" is the organisation's.
 */
@Injectable()
export class ChallengesService {
  constructor(
    private readonly challenges: ChallengesRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignsService,
    private readonly topics: TopicsService,
    private readonly groups: GroupsService,
    private readonly users: UsersService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  /** Every challenge with its progress (curators and admins), latest first. */
  async list(): Promise<ChallengeDto[]> {
    return this.withProgress(await this.challenges.all());
  }

  /**
   * The challenges that concern a person (for everyone, or for their department) running today
   * or ended in the last two weeks, with their progress.
   */
  async forPerson(userId: string): Promise<ChallengeDto[]> {
    const [user, today] = await Promise.all([this.users.get(userId), this.today()]);
    const rows = await this.challenges.forPerson(
      user.departmentId,
      today,
      addDays(today, -CHALLENGE_RECENT_DAYS),
    );
    return this.withProgress(rows, today);
  }

  /** The challenges that ran on a day of the period, with their result or progress (analytics). */
  async report(from: string, to: string): Promise<ChallengeDto[]> {
    if (to < from) {
      throw new DomainError('invalid_input', 'errors:analytics.periodReversed', { from, to });
    }
    return this.withProgress(await this.challenges.overlapping(from, to));
  }

  async get(id: string): Promise<ChallengeDto> {
    const row = await this.challenges.row(id);
    if (!row) throw new DomainError('not_found', 'errors:challenges.notFound', { id });
    return (await this.withProgress([row]))[0];
  }

  async create(input: CreateChallengeDto, actor: AuditActor): Promise<ChallengeDto> {
    const today = await this.today();
    const fields: ChallengeFields = {
      title: input.title,
      description: input.description ?? null,
      metric: input.metric,
      target: input.target,
      campaignId: input.campaignId ?? null,
      topicId: input.topicId ?? null,
      departmentIds: input.departmentIds ?? [],
      startsOn: input.startsOn,
      endsOn: input.endsOn,
    };
    assertDates(fields, today);
    const id = await this.transactions.run(async (manager) => {
      const names = await this.scopeNames(fields, manager);
      const challenge = await this.challenges.insert({ ...fields, createdById: actor.id }, manager);
      await this.audit.record(
        {
          actor,
          action: 'challenge.created',
          target: target(challenge),
          summary: { ...auditSnapshot(challenge, Object.keys(AUDITED)), ...names },
        },
        manager,
      );
      return challenge.id;
    });
    return this.get(id);
  }

  /**
   * Changes the fields given, until the challenge ended; once it started, its metric stays.
   * Giving a campaign moves it off its topic (and the other way round).
   */
  async update(id: string, changes: UpdateChallengeDto, actor: AuditActor): Promise<ChallengeDto> {
    const today = await this.today();
    await this.transactions.run(async (manager) => {
      const challenge = await this.getForUpdate(id, manager);
      const state = challengeState(challenge, today);
      if (challenge.endedAt || state === 'ended') {
        throw new DomainError('conflict', 'errors:challenges.ended', { title: challenge.title });
      }
      const next: ChallengeFields = {
        title: changes.title ?? challenge.title,
        description:
          changes.description === undefined ? challenge.description : changes.description,
        metric: changes.metric ?? challenge.metric,
        target: changes.target ?? challenge.target,
        ...nextScope(challenge, changes),
        departmentIds: changes.departmentIds ?? challenge.departmentIds,
        startsOn: changes.startsOn ?? challenge.startsOn,
        endsOn: changes.endsOn ?? challenge.endsOn,
      };
      if (state === 'active' && next.metric !== challenge.metric) {
        throw new DomainError('conflict', 'errors:challenges.metricLocked', {
          title: challenge.title,
        });
      }
      assertDates(next, today, challenge.startsOn);
      const changed = (Object.keys(next) as (keyof ChallengeFields)[]).filter(
        (field) => JSON.stringify(challenge[field]) !== JSON.stringify(next[field]),
      );
      if (changed.length === 0) return;
      const scopeChanged = changed.some((field) =>
        ['campaignId', 'topicId', 'departmentIds'].includes(field),
      );
      const namesBefore = scopeChanged ? await this.scopeNames(challenge, manager) : {};
      const namesAfter = scopeChanged ? await this.scopeNames(next, manager) : {};
      const audited = changed.filter((field) => field in AUDITED);
      const before = { ...auditSnapshot(challenge, audited), ...namesBefore };
      Object.assign(challenge, next);
      await this.challenges.save(challenge, manager);
      await this.audit.record(
        {
          actor,
          action: 'challenge.updated',
          target: target(challenge),
          summary: { before, after: { ...auditSnapshot(challenge, audited), ...namesAfter } },
        },
        manager,
      );
    });
    return this.get(id);
  }

  /** Deletes a challenge that has not started yet; one that started stays, with its record. */
  async remove(id: string, actor: AuditActor): Promise<void> {
    const today = await this.today();
    await this.transactions.run(async (manager) => {
      const challenge = await this.getForUpdate(id, manager);
      if (challengeState(challenge, today) !== 'upcoming') {
        throw new DomainError('conflict', 'errors:challenges.started', { title: challenge.title });
      }
      await this.challenges.delete(id, manager);
      await this.audit.record(
        {
          actor,
          action: 'challenge.deleted',
          target: target(challenge),
          summary: auditSnapshot(challenge, Object.keys(AUDITED)),
        },
        manager,
      );
    });
  }

  /** The organisation's calendar day now. */
  async today(): Promise<string> {
    const { timeZone } = await this.settings.get();
    return localDate(this.clock.now().getTime(), timeZone);
  }

  private async withProgress(rows: ChallengeRow[], day?: string): Promise<ChallengeDto[]> {
    const today = day ?? (await this.today());
    const counts = await this.challenges.counts(
      rows.filter((row) => row.challenge.result === null).map((row) => row.challenge.id),
    );
    return rows.map((row) =>
      ChallengeDto.from(
        row,
        counts.get(row.challenge.id) ?? 0,
        challengeState(row.challenge, today),
      ),
    );
  }

  /**
   * Checks what the challenge is about (exactly one campaign or topic, departments that exist)
   * and returns their names for the audit log.
   */
  private async scopeNames(fields: ChallengeFields, manager: EntityManager) {
    if ((fields.campaignId === null) === (fields.topicId === null)) {
      throw new DomainError('invalid_input', 'errors:challenges.oneScope');
    }
    const departments = await this.groups.findByIds('department', fields.departmentIds, manager);
    const departmentNames = departments.map((group) => group.name).join(', ');
    if (fields.campaignId) {
      const campaign = await this.campaigns.getForContent(fields.campaignId, manager);
      return { campaign: campaign.name, targets: departmentNames };
    }
    const [topic] = await this.topics.findByIds([fields.topicId!], manager);
    return { topics: topic.name, targets: departmentNames };
  }

  private async getForUpdate(id: string, manager: EntityManager): Promise<Challenge> {
    const challenge = await this.challenges.findByIdForUpdate(id, manager);
    if (!challenge) throw new DomainError('not_found', 'errors:challenges.notFound', { id });
    return challenge;
  }
}

/** The campaign or topic after an edit: naming one leaves the other unless both are named. */
function nextScope(
  challenge: Challenge,
  changes: UpdateChallengeDto,
): Pick<ChallengeFields, 'campaignId' | 'topicId'> {
  let { campaignId, topicId } = challenge;
  if (changes.campaignId !== undefined) {
    campaignId = changes.campaignId;
    if (changes.campaignId !== null && changes.topicId === undefined) topicId = null;
  }
  if (changes.topicId !== undefined) {
    topicId = changes.topicId;
    if (changes.topicId !== null && changes.campaignId === undefined) campaignId = null;
  }
  return { campaignId, topicId };
}

/**
 * Its last day is not before its first, it lasts at most a year, and it does not end in the
 * past. A challenge that has started keeps its first day.
 */
function assertDates(
  { startsOn, endsOn }: Pick<ChallengeFields, 'startsOn' | 'endsOn'>,
  today: string,
  startedOn?: string,
) {
  if (endsOn < startsOn) {
    throw new DomainError('invalid_input', 'errors:challenges.endsBeforeStart', {
      startsOn,
      endsOn,
    });
  }
  if (daysBetween(startsOn, endsOn) > CHALLENGE_LIMITS.days) {
    throw new DomainError('invalid_input', 'errors:challenges.tooLong', {
      days: CHALLENGE_LIMITS.days,
    });
  }
  if (endsOn < today) {
    throw new DomainError('invalid_input', 'errors:challenges.endsInPast', { endsOn, today });
  }
  if (startedOn !== undefined && startedOn <= today && startsOn !== startedOn) {
    throw new DomainError('conflict', 'errors:challenges.startLocked', { startsOn: startedOn });
  }
}

function target(challenge: Challenge) {
  return { type: 'challenge' as const, id: challenge.id, label: challenge.title };
}

function auditSnapshot(challenge: ChallengeFields, fields: readonly string[]) {
  return Object.fromEntries(
    fields.map((field) => [
      AUDITED[field as keyof typeof AUDITED],
      challenge[field as keyof ChallengeFields],
    ]),
  );
}
