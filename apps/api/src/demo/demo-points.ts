import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_POINT_RULES, type PointRules } from '@chorus/core';
import { PointRulesService } from '../points/point-rules.service';
import { DEMO_ACCOUNTS } from './demo-accounts';
import type { DemoPeople } from './demo-company';

const DAY = 86_400_000;

/**
 * The point rules' history: the programme started without the own-words point, and the admin
 * turned it on three weeks ago, so that recent shares in one's own words earn it and older ones
 * do not. The rules in force now are the defaults.
 */
@Injectable()
export class DemoPoints {
  constructor(private readonly rules: PointRulesService) {}

  async seed(manager: EntityManager, people: DemoPeople): Promise<void> {
    const admin = people.get(DEMO_ACCOUNTS[0].email)!;
    const actor = { id: admin.id, label: admin.email };
    const start: PointRules = {
      ...DEFAULT_POINT_RULES,
      ownWords: { ...DEFAULT_POINT_RULES.ownWords, enabled: false },
    };
    const now = Date.now();
    await this.rules.record(DEFAULT_POINT_RULES, start, new Date(now - 400 * DAY), actor, manager);
    await this.rules.record(start, DEFAULT_POINT_RULES, new Date(now - 21 * DAY), actor, manager);
  }
}
