import {
  effectiveChannel,
  isInAudience,
  NOTIFICATION_KIND_RULES,
  quietHoursEnd,
  shareLinkUrl,
  type NotificationChannel,
  type NotificationKind,
} from '@chorus/core';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { InvalidInputError, problem } from '../common/domain-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { publicAddress } from '../config/public-address';
import { Transactions } from '../database/transactions';
import type { QueueOptions } from '../mail/mail-message';
import { MailService } from '../mail/mail.service';
import type { MailRecipient } from '../mail/templates/mail-template';
import type { OrgSettings } from '../settings/org-settings';
import { SettingsService } from '../settings/settings.service';
import { Notification } from './entities/notification.entity';
import { notificationMail, type NotificationMailParams } from './notification-mail';
import {
  NotificationPreferencesRepository,
  type NotificationRecipient,
} from './notification-preferences.repository';
import { NotificationsRepository, type NewNotification } from './notifications.repository';
import { PREFERENCES_PATH, UnsubscribeService } from './unsubscribe.service';

/** Something to tell people: the one way any part of Chorus does. */
export interface NotificationInput {
  kind: NotificationKind;
  /** User ids; inactive people, people outside the kind's audience and (for nudges) people not
   * in the advocacy programme are left out. */
  recipients: readonly string[];
  /** The values of the catalogue message `notifications:<kind>`. */
  params: Record<string, string | number>;
  /** A portal path, e.g. `/content/<id>`. */
  link: string;
  /** One notification per recipient and key, e.g. `content.decided:<id>:<at>`. */
  key: string;
  /** Content to show with share buttons in the mail (reminders). */
  items?: ReadonlyArray<{ id: string; title: string }>;
}

const MAX_KEY_LENGTH = 200;
const MAX_LINK_LENGTH = 500;

/** Notifications: written for the people they concern, read in the bell, mailed when asked. */
@Injectable()
export class NotificationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsRepository,
    private readonly preferences: NotificationPreferencesRepository,
    private readonly settings: SettingsService,
    private readonly mail: MailService,
    private readonly unsubscribe: UnsubscribeService,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /**
   * Tells the recipients, each as they chose (their choice, else the administrators' default,
   * else the kind's; off for everyone when the administrators turned the kind off): a
   * notification in the portal, and for `email` a mail in their language, held until their quiet
   * hours end. Pass the transaction of the change it tells of: both exist exactly when it
   * commits. A recipient told before under the same key is not told again. Returns how many
   * people were told.
   */
  async notify(input: NotificationInput, manager?: EntityManager): Promise<number> {
    assertPortalPath(input.link);
    if (input.key.length === 0 || input.key.length > MAX_KEY_LENGTH) {
      throw new Error(`A notification key must have 1 to ${MAX_KEY_LENGTH} characters`);
    }
    if (!manager) return this.transactions.run((own) => this.notify(input, own));

    const settings = await this.settings.get(manager);
    const recipients = await this.preferences.findActiveRecipients(
      [...new Set(input.recipients)],
      manager,
    );
    const told = recipients
      .map((recipient) => ({
        recipient,
        channel: this.channelFor(input.kind, recipient, settings),
      }))
      .filter(
        (entry): entry is { recipient: NotificationRecipient; channel: 'app' | 'email' } =>
          entry.channel !== 'off',
      );
    const rows: NewNotification[] = told.map(({ recipient }) => ({
      userId: recipient.id,
      kind: input.kind,
      params: input.params,
      link: input.link,
      dedupeKey: input.key,
    }));
    const written = await this.notifications.insertNew(rows, manager);

    const byId = new Map(told.map((entry) => [entry.recipient.id, entry]));
    const now = this.clock.now();
    const mails = written.flatMap(({ id, userId }) => {
      const { recipient, channel } = byId.get(userId)!;
      return channel === 'email' ? [this.mailTo(recipient, id, input, settings, now)] : [];
    });
    // However many people are told (a new policy version: everyone), their mail is queued in a
    // few statements.
    await this.mail.queueTemplates(notificationMail, mails, manager);
    return written.length;
  }

  /** How the recipient hears of the kind; off for people it is not meant for. */
  private channelFor(
    kind: NotificationKind,
    recipient: NotificationRecipient,
    settings: OrgSettings,
  ): NotificationChannel {
    if (!isInAudience(kind, recipient.roles)) return 'off';
    // Nudges about sharing are for people in the programme only; leaving stops them at once.
    if (NOTIFICATION_KIND_RULES[kind].nudge && !recipient.enrolled) return 'off';
    return effectiveChannel(kind, {
      personal: recipient.preferences?.channels ?? {},
      defaults: settings.notificationDefaults,
      off: settings.notificationsOff,
    });
  }

  /** The recipient's mail of the notification: held until their quiet hours end. */
  private mailTo(
    recipient: NotificationRecipient,
    notificationId: string,
    input: NotificationInput,
    settings: OrgSettings,
    now: Date,
  ): { recipient: MailRecipient; params: NotificationMailParams; options: QueueOptions } {
    const base = publicAddress(this.config);
    const { url: unsubscribeUrl, headers } = this.unsubscribe.links(recipient.id, input.kind);
    const preferences = recipient.preferences;
    const quiet =
      preferences?.quietStart != null && preferences.quietEnd != null
        ? { start: preferences.quietStart, end: preferences.quietEnd }
        : null;
    const startAfter = quietHoursEnd(now, preferences?.timeZone ?? settings.timeZone, quiet);
    return {
      recipient: { email: recipient.email, name: recipient.name, language: recipient.language },
      params: {
        kind: input.kind,
        params: input.params,
        link: `${base}${input.link}`,
        preferencesUrl: `${base}${PREFERENCES_PATH}`,
        unsubscribeUrl,
        items: (input.items ?? []).map((item) => ({
          title: item.title,
          shareUrl: shareLinkUrl(base, item.id, { source: 'notification' }),
        })),
      },
      options: {
        key: `notification:${notificationId}`,
        startAfter: startAfter > now ? startAfter : undefined,
        headers,
      },
    };
  }

  /** A person's notifications, newest first. */
  list(userId: string, page: number, pageSize: number): Promise<[Notification[], number]> {
    return this.notifications.findPage(userId, page, pageSize);
  }

  /** Every notification of the person, oldest first: part of their data export. */
  allFor(userId: string): Promise<Notification[]> {
    return this.notifications.findAllByUser(userId);
  }

  /** How many of the person's notifications are unread (at most UNREAD_COUNT_CAP). */
  unreadCount(userId: string): Promise<number> {
    return this.notifications.countUnread(userId);
  }

  /** Marks some of the person's notifications read, or all of them. */
  async markRead(userId: string, which: { ids?: readonly string[]; all?: true }): Promise<void> {
    if ((which.ids === undefined) === (which.all === undefined)) {
      throw new InvalidInputError([problem('errors:notifications.readWhich')]);
    }
    const now = this.clock.now();
    if (which.all) await this.notifications.markAllRead(userId, now);
    else await this.notifications.markRead(userId, which.ids ?? [], now);
  }
}

/** A notification links to a page of the portal: a path, never another site. */
function assertPortalPath(link: string): void {
  if (
    link.length > MAX_LINK_LENGTH ||
    !link.startsWith('/') ||
    link.startsWith('//') ||
    link.includes('\\') ||
    /[\s\p{Cc}]/u.test(link)
  ) {
    throw new Error(`A notification links to a portal path such as /content/<id>, not ${link}`);
  }
}
