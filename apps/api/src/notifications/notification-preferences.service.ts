import {
  effectiveChannel,
  isInAudience,
  NOTIFICATION_KIND_RULES,
  NOTIFICATION_KINDS,
  type NotificationChannels,
  type NotificationKind,
  type Role,
} from '@chorus/core';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, InvalidInputError, problem } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { SettingsService } from '../settings/settings.service';
import type {
  NotificationPreferencesDto,
  UpdateNotificationPreferencesDto,
} from './dto/notification-preferences.dto';
import type { NotificationPreferences } from './entities/notification-preferences.entity';
import { NotificationPreferencesRepository } from './notification-preferences.repository';
import type { UnsubscribeScope } from './unsubscribe-token';

/** The preferences of a person who never chose (no row of their own). */
const DEFAULTS: Omit<NotificationPreferences, 'userId' | 'updatedAt' | 'user'> = {
  channels: {},
  digestFrequency: 'weekly',
  digestWeekday: 1,
  digestHour: 9,
  quietStart: null,
  quietEnd: null,
  timeZone: null,
};

/** Who is asking: their id and roles (which kinds are meant for them). */
export interface PreferencesOwner {
  id: string;
  roles: readonly Role[];
}

/** A person's own notification preferences: what the preferences page shows and saves. */
@Injectable()
export class NotificationPreferencesService {
  constructor(
    private readonly preferences: NotificationPreferencesRepository,
    private readonly settings: SettingsService,
    private readonly transactions: Transactions,
  ) {}

  /** The person's preferences, channels as they apply now, for the kinds meant for them. */
  async get(owner: PreferencesOwner): Promise<NotificationPreferencesDto> {
    const stored = await this.stored(owner.id);
    const { notificationDefaults, notificationsOff } = await this.settings.get();
    const mine = NOTIFICATION_KINDS.filter((kind) => isInAudience(kind, owner.roles));
    const off = mine.filter((kind) => notificationsOff.includes(kind));
    const channels: NotificationChannels = {};
    for (const kind of mine) {
      if (off.includes(kind)) continue;
      channels[kind] = effectiveChannel(kind, {
        personal: stored.channels,
        defaults: notificationDefaults,
        off: [],
      });
    }
    return {
      channels,
      off,
      digest: {
        frequency: stored.digestFrequency,
        weekday: stored.digestWeekday,
        hour: stored.digestHour,
      },
      quietHours:
        stored.quietStart !== null && stored.quietEnd !== null
          ? { start: stored.quietStart, end: stored.quietEnd }
          : null,
      timeZone: stored.timeZone,
    };
  }

  /**
   * Changes what the request names. A channel equal to the default is not kept as a choice of
   * the person's own, so the administrators' later defaults reach them; kinds not meant for
   * their roles are refused (400), kinds the administrators turned off cannot change (422).
   */
  async update(
    owner: PreferencesOwner,
    changes: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    // One change at a time per person: two saves at once must not undo each other.
    await this.transactions.run(async (manager) => {
      const stored = await this.stored(owner.id, manager);
      const { notificationDefaults, notificationsOff } = await this.settings.get(manager);
      const channels: NotificationChannels = { ...stored.channels };
      const given = Object.entries(changes.channels ?? {}) as Array<
        [NotificationKind, NotificationChannels[NotificationKind]]
      >;
      const notMine = given.filter(([kind]) => !isInAudience(kind, owner.roles));
      if (notMine.length > 0) {
        throw new InvalidInputError(
          notMine.map(([kind]) =>
            problem('errors:notifications.kindNotForYou', { kind }, { field: `channels.${kind}` }),
          ),
        );
      }
      const turnedOff = given.find(([kind]) => notificationsOff.includes(kind));
      if (turnedOff) {
        throw new DomainError('unprocessable', 'errors:notifications.kindOff', {
          kind: turnedOff[0],
        });
      }
      for (const [kind, channel] of given) {
        const fallback = notificationDefaults[kind] ?? NOTIFICATION_KIND_RULES[kind].defaultChannel;
        if (channel === fallback) delete channels[kind];
        else channels[kind] = channel;
      }
      if (changes.quietHours && changes.quietHours.start === changes.quietHours.end) {
        throw new InvalidInputError([
          problem('errors:notifications.quietHoursSame', {}, { field: 'quietHours' }),
        ]);
      }
      const quiet = changes.quietHours === undefined ? undefined : changes.quietHours;
      await this.preferences.save(
        {
          userId: owner.id,
          channels,
          digestFrequency: changes.digest?.frequency ?? stored.digestFrequency,
          digestWeekday: changes.digest?.weekday ?? stored.digestWeekday,
          digestHour: changes.digest?.hour ?? stored.digestHour,
          quietStart: quiet === undefined ? stored.quietStart : (quiet?.start ?? null),
          quietEnd: quiet === undefined ? stored.quietEnd : (quiet?.end ?? null),
          timeZone: changes.timeZone === undefined ? stored.timeZone : changes.timeZone,
        },
        manager,
      );
    });
    return this.get(owner);
  }

  /**
   * What an unsubscribe link does: the digest becomes `never`, or the kind's mail stops (its
   * notifications stay in the portal). True when it changed anything.
   */
  async unsubscribe(userId: string, scope: UnsubscribeScope): Promise<boolean> {
    return this.transactions.run(async (manager) => {
      const stored = await this.stored(userId, manager);
      if (scope === 'digest') {
        if (stored.digestFrequency === 'never') return false;
        await this.preferences.save({ ...stored, userId, digestFrequency: 'never' }, manager);
        return true;
      }
      if (stored.channels[scope] === 'app' || stored.channels[scope] === 'off') return false;
      await this.preferences.save(
        { ...stored, userId, channels: { ...stored.channels, [scope]: 'app' } },
        manager,
      );
      return true;
    });
  }

  /** The stored preferences or the defaults; locked for the change when given a transaction. */
  private async stored(userId: string, manager?: EntityManager): Promise<typeof DEFAULTS> {
    const row = manager
      ? await this.preferences.findByUserForChange(userId, manager)
      : await this.preferences.findByUser(userId);
    if (!row) return { ...DEFAULTS };
    const { userId: _id, updatedAt: _at, user: _user, ...preferences } = row;
    return preferences;
  }
}
