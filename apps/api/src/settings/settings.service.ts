import { SETTINGS_LABEL, type AuditDetail, type AuditDetails } from '@chorus/core';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditActor, AuditService } from '../audit/audit.service';
import { InvalidInputError, problem } from '../common/domain-error';
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

/** A change of the settings, as the audit log records it. */
export interface SettingsChange {
  before: OrgSettings;
  after: OrgSettings;
  changed: readonly OrgSettingKey[];
  actor: AuditActor;
  /** When it was made: names the change. */
  at: Date;
}

/** Told of each change inside its transaction, e.g. to tell the people it concerns. */
export type SettingsChangeListener = (
  change: SettingsChange,
  manager: EntityManager,
) => Promise<void>;

/** Organisation-wide settings: one row per setting an admin has changed, defaults for the rest. */
@Injectable()
export class SettingsService {
  private readonly listeners: SettingsChangeListener[] = [];

  constructor(
    private readonly settings: SettingsRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /**
   * Calls `listener` in the transaction of every change from now on: the features a setting
   * concerns react to it without the settings knowing them.
   */
  onChange(listener: SettingsChangeListener): void {
    this.listeners.push(listener);
  }

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
          target: { type: 'settings', id: null, label: SETTINGS_LABEL },
          summary: { before: pick(before, changed), after: pick(after, changed) },
        },
        manager,
      );
      const at = new Date();
      for (const listener of this.listeners) {
        await listener({ before, after, changed, actor, at }, manager);
      }
      return after;
    });
  }

  /** PostgreSQL counts days in the time zone too: it must know the name as well. */
  private async assertDatabaseKnows(timeZone: string, manager: EntityManager): Promise<void> {
    if (!(await this.settings.knowsTimeZone(timeZone, manager))) {
      throw new InvalidInputError([
        problem('errors:settings.unknownTimeZone', { timeZone }, { field: 'timeZone' }),
      ]);
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
