import { Injectable } from '@nestjs/common';
import {
  describePointRules,
  normalizePointRules,
  SETTINGS_LABEL,
  renderMessage,
  type MessageKey,
  type PointRules,
} from '@chorus/core';
import type { EntityManager } from 'typeorm';
import { AuditActor, AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { Transactions } from '../database/transactions';
import type { PointDefinitionsDto, PointRulesAnswerDto } from './dto/points.dto';
import { PointsRepository } from './points.repository';
import { PointsService } from './points.service';

/**
 * The point rules admins set: each change is a new version in force from its moment, so points
 * earned before stay. Everyone may read the rules with their written definitions.
 */
@Injectable()
export class PointRulesService {
  constructor(
    private readonly points: PointsRepository,
    private readonly recounts: PointsService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async current(language: string): Promise<PointRulesAnswerDto> {
    const version = await this.points.currentRules(this.clock.now());
    const rules = normalizePointRules(version?.rules);
    return {
      rules,
      effectiveFrom: version ? new Date(version.from).toISOString() : null,
      definitions: definitions(rules, language),
    };
  }

  async change(
    rules: PointRules,
    actor: AuditActor,
    language: string,
  ): Promise<PointRulesAnswerDto> {
    const before = normalizePointRules((await this.points.currentRules(this.clock.now()))?.rules);
    await this.transactions.run((manager) =>
      this.record(before, rules, this.clock.now(), actor, manager),
    );
    return this.current(language);
  }

  /**
   * Writes a version in force from `from`, with its audit entry (dated then), and queues a
   * recount of those whose awards it may change. The demo writes its history through this.
   */
  async record(
    before: PointRules,
    rules: PointRules,
    from: Date,
    actor: AuditActor,
    manager: EntityManager,
  ): Promise<void> {
    await this.points.addVersion({ from, rules, createdById: actor.id || null }, manager);
    await this.audit.record(
      {
        actor,
        action: 'points.rules_changed',
        target: { type: 'settings', id: null, label: SETTINGS_LABEL },
        summary: {
          before: { pointRules: describePointRules(before) },
          after: { pointRules: describePointRules(rules) },
          effectiveFrom: from.toISOString(),
        },
        at: from,
      },
      manager,
    );
    // Only awards from then on can change: their people are counted again in the background.
    const marked = await this.points.markAwardedSinceStale(from, manager);
    if (marked > 0) await this.recounts.requestRecount(manager);
  }
}

function definitions(rules: PointRules, language: string): PointDefinitionsDto {
  const say = (key: string, params: Record<string, number> = {}) =>
    renderMessage(language, `points:rules.${key}` as MessageKey, params);
  return {
    share: say('share'),
    ownWords: say('ownWords'),
    verified: say('verified'),
    clicks: say('clicks', { per: rules.clicks.per, max: rules.clicks.max }),
    suggestion: say('suggestion'),
    training: say('training'),
    dailyShareCap: say('dailyShareCap', { cap: rules.dailyShareCap }),
    selfClicks: say('selfClicks'),
    changes: say('changes'),
  };
}
