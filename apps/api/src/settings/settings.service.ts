import type { AuditDetail, AuditDetails } from '@chorus/core';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import {
  defaultSettings,
  isOrgSettingKey,
  ORG_SETTING_KEYS,
  OrgSettingKey,
  OrgSettings,
  settingDefinition,
} from './org-settings';
import { SettingsRepository } from './settings.repository';

/** Organisation-wide settings: one row per setting an admin has changed, defaults for the rest. */
@Injectable()
export class SettingsService {
  constructor(
    private readonly settings: SettingsRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** Every setting's current value. */
  get(manager?: EntityManager): Promise<OrgSettings> {
    return this.read(manager);
  }

  /** Sets the values given; the audit entry holds the ones that changed, before and after. */
  async update(changes: Partial<OrgSettings>, actor: AuditActor): Promise<OrgSettings> {
    return this.transactions.run(async (manager) => {
      // One change at a time, so each audit entry's "before" is what the admin changed from.
      await this.settings.lockForChange(manager);
      const before = await this.read(manager);
      const after: OrgSettings = { ...before };
      const changed = ORG_SETTING_KEYS.filter((key) => {
        const value = changes[key];
        if (value === undefined || JSON.stringify(value) === JSON.stringify(before[key])) {
          return false;
        }
        Object.assign(after, { [key]: value });
        return true;
      });
      if (changed.length === 0) return before;
      if (changed.includes('timeZone')) await this.assertDatabaseKnows(after.timeZone, manager);
      await this.settings.saveValues(
        changed.map((key) => ({ key, value: after[key] })),
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: 'settings.changed',
          target: { type: 'settings', id: null, label: 'organisation settings' },
          summary: { before: pick(before, changed), after: pick(after, changed) },
        },
        manager,
      );
      return after;
    });
  }

  /** PostgreSQL counts days in the time zone too: it must know the name as well. */
  private async assertDatabaseKnows(timeZone: string, manager: EntityManager): Promise<void> {
    if (!(await this.settings.knowsTimeZone(timeZone, manager))) {
      throw new DomainError('invalid_input', 'errors:settings.unknownTimeZone', { timeZone });
    }
  }

  /**
   * The stored values over the defaults. A row for a setting that no longer exists, or with a
   * value the setting no longer takes, is ignored: the default applies.
   */
  private async read(manager?: EntityManager): Promise<OrgSettings> {
    const settings: Record<string, unknown> = defaultSettings();
    for (const { key, value } of await this.settings.findAll(manager)) {
      if (isOrgSettingKey(key) && settingDefinition(key).accepts(value)) settings[key] = value;
    }
    return settings as OrgSettings;
  }
}

function pick(settings: OrgSettings, keys: readonly OrgSettingKey[]): AuditDetails {
  // Every setting is an audit detail, so the audit log can name it.
  return Object.fromEntries(keys.map((key) => [key satisfies AuditDetail, settings[key]]));
}
