import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import { AuditService, type AuditActor } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { JobsService, type JobAttempt } from '../jobs/jobs.service';
import { SettingsService } from '../settings/settings.service';
import { MailDelivery, type MailDeliveryStatus } from './entities/mail-delivery.entity';
import { OutboxMessage } from './entities/outbox-message.entity';
import {
  MailDeliveriesRepository,
  type MailDeliverySummary,
  type NewMailDelivery,
} from './mail-deliveries.repository';
import { checkedHeaders, type MailLane, type MailMessage, type QueueOptions } from './mail-message';
import { OutboxRepository } from './outbox.repository';
import {
  mailSender,
  renderMail,
  type MailRecipient,
  type MailTemplate,
} from './templates/mail-template';

/** The pg-boss queue whose jobs send one delivery each. */
export const MAIL_QUEUE = 'mail.deliver';

const MAX_KEY_LENGTH = 300;
/** Mail clients show far less; a subject made of a long title is cut rather than refused. */
const MAX_SUBJECT_LENGTH = 300;

/** `text`, cut to `max` characters with an ellipsis if longer. */
function fitted(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A mail that ran out of attempts. */
export interface MailFailure {
  deliveryId: string;
  recipient: string;
  /** Attempts made in all, across an admin's retries. */
  attempts: number;
}

/** Told of each mail that failed for good, in the transaction that marks it failed. */
export type MailFailureListener = (failure: MailFailure, manager: EntityManager) => Promise<void>;

/**
 * All mail goes through a durable queue in PostgreSQL: written in the transaction of the change
 * that causes it (once per idempotency key), sent after commit by a worker on any replica, paced
 * to the configured rate, and retried with growing waits when the SMTP server refuses it.
 * Without an SMTP server, the worker keeps mail in the outbox for admins to read, so an offline
 * demo can still invite people and reset passwords.
 */
/**
 * Among mails due, the worker takes personal ones first (pg-boss fetches by priority): a password
 * reset does not wait for a backlog of digests whose send slots have passed.
 */
const LANE_PRIORITY: Record<MailLane, number> = { personal: 10, bulk: 0 };

@Injectable()
export class MailService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport?: Transporter;
  /** The domain of Message-IDs: the sender's. */
  private readonly messageIdDomain: string;
  private readonly failureListeners: MailFailureListener[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxRepository,
    private readonly deliveries: MailDeliveriesRepository,
    private readonly settings: SettingsService,
    private readonly jobs: JobsService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {
    if (config.mail.smtpUrl) this.transport = createTransport(config.mail.smtpUrl);
    this.messageIdDomain = /@([^\s@<>]+)>?$/.exec(config.mail.from)?.[1] ?? 'chorus.invalid';
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ deliveryId: string }>(MAIL_QUEUE, async ({ deliveryId }, attempt) => {
      try {
        await this.deliver(deliveryId, attempt);
      } finally {
        // The worker takes one mail at a time; the next one due (a backlog leaves at the
        // configured rate, faster than the worker's poll) is fetched at once, not at the next poll.
        this.jobs.wake(MAIL_QUEUE);
      }
    });
  }

  /**
   * Registers `listener` to hear of every mail that failed for good (e.g. to tell admins). A
   * module that mail does not depend on registers it, so mail needs no import of its own.
   */
  onFailure(listener: MailFailureListener): void {
    this.failureListeners.push(listener);
  }

  get delivers(): boolean {
    return this.transport !== undefined;
  }

  /**
   * Renders a template in the recipient's preferred language (never the sender's) and queues it
   * like `queue`. It names the organisation, and its times are in the organisation's time zone.
   */
  async queueTemplate<P>(
    template: MailTemplate<P>,
    recipient: MailRecipient,
    params: P,
    options: QueueOptions,
    manager?: EntityManager,
  ): Promise<boolean> {
    const sender = mailSender(await this.settings.get(manager));
    const message = await renderMail(template, recipient, sender, params);
    return this.queue(message, options, manager);
  }

  /**
   * Renders many mails of one template, each in its recipient's language, and queues them as
   * `queueMany` does: a few statements whatever their number (a notification to everyone who
   * must sign a new policy version). How many are new.
   */
  async queueTemplates<P>(
    template: MailTemplate<P>,
    mails: ReadonlyArray<{ recipient: MailRecipient; params: P; options: QueueOptions }>,
    manager: EntityManager,
  ): Promise<number> {
    if (mails.length === 0) return 0;
    const sender = mailSender(await this.settings.get(manager));
    const entries = [];
    for (const { recipient, params, options } of mails) {
      entries.push({ message: await renderMail(template, recipient, sender, params), options });
    }
    return this.queueMany(entries, manager);
  }

  /**
   * Queues one message (a text and an HTML part) unless a mail with the same key was queued
   * before; true when it is new. Pass the transaction's manager: the mail then exists exactly
   * when the change that caused it does, and leaves once that change has committed. It goes out
   * in the next free send slot, or at `startAfter` if that is later (taking no slot then).
   */
  async queue(
    message: MailMessage,
    options: QueueOptions,
    manager?: EntityManager,
  ): Promise<boolean> {
    if (!manager) return this.transactions.run((own) => this.queue(message, options, own));
    const id = await this.deliveries.insertIfNew(
      newDelivery(message, options, new Date()),
      manager,
    );
    if (!id) return false;
    await this.schedule(id, options.lane ?? 'bulk', options.startAfter ?? null, manager);
    return true;
  }

  /**
   * Queues many messages as `queue` queues each, in a few statements whatever their number (for
   * jobs that mail thousands of people, such as the digest): those whose key was queued before
   * are left out, and the new ones take consecutive send slots in the order given. How many are
   * new. Always in the caller's transaction.
   */
  async queueMany(
    entries: { message: MailMessage; options: QueueOptions }[],
    manager: EntityManager,
  ): Promise<number> {
    if (entries.length === 0) return 0;
    const now = new Date();
    const created = await this.deliveries.insertManyIfNew(
      entries.map(({ message, options }) => newDelivery(message, options, now)),
      manager,
    );
    if (created.size === 0) return 0;
    const interval = 60_000 / this.config.mail.ratePerMinute;
    // A batch is paced in one lane.
    const lane = entries[0]!.options.lane ?? 'bulk';
    if (entries.some(({ options }) => (options.lane ?? 'bulk') !== lane)) {
      throw new Error('A batch of mail is queued in one lane');
    }
    const first = (
      await this.deliveries.takeSlots(lane, created.size, interval, manager)
    ).getTime();
    const times: { id: string; sendAfter: Date }[] = [];
    const timed = new Set<string>();
    for (const { options } of entries) {
      const id = created.get(options.key);
      if (id === undefined || timed.has(id)) continue;
      timed.add(id);
      const slot = new Date(first + times.length * interval);
      const startAfter =
        options.startAfter && options.startAfter > slot ? options.startAfter : slot;
      times.push({ id, sendAfter: startAfter });
    }
    await this.deliveries.setSendAfterMany(times, manager);
    await this.jobs.sendMany(
      MAIL_QUEUE,
      times.map(({ id, sendAfter }) => ({ data: { deliveryId: id }, startAfter: sendAfter })),
      {
        manager,
        priority: LANE_PRIORITY[lane],
        retryLimit: this.config.mail.retries,
        retryDelay: this.config.mail.retryDelaySeconds,
        retryBackoff: true,
      },
    );
    this.transactions.afterCommit(manager, () => this.jobs.wake(MAIL_QUEUE));
    return created.size;
  }

  /** Sends one delivery, or keeps it in the outbox without an SMTP server. */
  private async deliver(deliveryId: string, attempt: JobAttempt): Promise<void> {
    const delivery = await this.deliveries.claim(deliveryId);
    if (!delivery) return;
    if (!this.transport) {
      await this.keep(delivery);
      return;
    }
    try {
      await this.transport.sendMail({
        from: this.config.mail.from,
        to: delivery.recipient,
        subject: delivery.subject,
        text: delivery.text,
        html: delivery.html,
        // The same Message-ID on every attempt: should a mail that left be sent again (a crash
        // before it was marked sent), receivers see one message.
        messageId: `<${delivery.id}@${this.messageIdDomain}>`,
        // Text and HTML make a multipart/alternative message; Content-Language tells clients
        // (and screen readers) which language both parts are in (RFC 3282).
        headers: { ...delivery.headers, 'Content-Language': delivery.language },
      });
    } catch (error) {
      await this.failed(delivery, attempt, error as Error);
      return;
    }
    await this.deliveries.markSent(delivery.id);
  }

  private async keep(delivery: MailDelivery): Promise<void> {
    await this.transactions.run(async (manager) => {
      await this.outbox.insert(
        {
          recipient: delivery.recipient,
          subject: delivery.subject,
          text: delivery.text,
          html: delivery.html,
          language: delivery.language,
        },
        manager,
      );
      await this.deliveries.markKept(delivery.id, manager);
    });
  }

  /**
   * Records why an attempt failed and throws, so that pg-boss tries again after a growing wait;
   * after the last attempt the delivery is failed, for an admin to look at and retry.
   */
  private async failed(delivery: MailDelivery, attempt: JobAttempt, error: Error): Promise<void> {
    const reason = (error.message || String(error)).slice(0, 1000);
    // Never the mail's content: only which delivery, which attempt, and the server's answer.
    this.logger.warn(`Mail delivery ${delivery.id} attempt ${delivery.attempts} failed: ${reason}`);
    if (attempt.retryCount < attempt.retryLimit) {
      await this.deliveries.recordError(delivery.id, reason);
      throw error;
    }
    const failure = {
      deliveryId: delivery.id,
      recipient: delivery.recipient,
      attempts: delivery.attempts,
    };
    try {
      await this.transactions.run(async (manager) => {
        await this.deliveries.markFailed(delivery.id, reason, manager);
        for (const listener of this.failureListeners) await listener(failure, manager);
      });
    } catch (listenerError) {
      // Whoever was to be told, the delivery must not stay `sending` for ever.
      this.logger.error(
        `Telling of failed mail delivery ${delivery.id} failed: ${(listenerError as Error).message}`,
      );
      await this.deliveries.markFailed(delivery.id, reason);
    }
  }

  /**
   * Gives a delivery its send time (its send slot, or `notBefore` if later) and writes the job
   * that sends it then, in the caller's transaction.
   */
  private async schedule(
    id: string,
    lane: MailLane,
    notBefore: Date | null,
    manager: EntityManager,
  ): Promise<Date> {
    const interval = 60_000 / this.config.mail.ratePerMinute;
    const sendAfter = await this.deliveries.takeSlot(lane, interval, notBefore, manager);
    await this.deliveries.setSendAfter(id, sendAfter, manager);
    await this.jobs.send(
      MAIL_QUEUE,
      { deliveryId: id },
      {
        manager,
        startAfter: sendAfter,
        priority: LANE_PRIORITY[lane],
        retryLimit: this.config.mail.retries,
        retryDelay: this.config.mail.retryDelaySeconds,
        retryBackoff: true,
      },
    );
    // Mail due now leaves as soon as the change commits, not at the worker's next poll.
    this.transactions.afterCommit(manager, () => this.jobs.wake(MAIL_QUEUE));
    return sendAfter;
  }

  /** The queue, newest first, optionally only the deliveries in one state. */
  listDeliveries(
    page: number,
    pageSize: number,
    status?: MailDeliveryStatus,
  ): Promise<[MailDeliverySummary[], number]> {
    return this.deliveries.findPage(page, pageSize, status);
  }

  /** Queues a failed delivery again, now, with a fresh set of attempts; audited. */
  async retry(id: string, actor: AuditActor): Promise<MailDeliverySummary> {
    return this.transactions.run(async (manager) => {
      const delivery = await this.deliveries.findSummary(id, manager);
      if (!delivery) throw new DomainError('not_found', 'errors:mail.deliveryNotFound', { id });
      if (!(await this.deliveries.requeue(id, manager))) {
        throw new DomainError('conflict', 'errors:mail.notFailed');
      }
      await this.audit.record(
        {
          actor,
          action: 'mail.retried',
          target: { type: 'mail', id, label: delivery.recipient },
        },
        manager,
      );
      // One mail an admin asked to send again, now: it does not wait behind a digest.
      const sendAfter = await this.schedule(id, 'personal', null, manager);
      return { ...delivery, status: 'queued' as const, sendAfter };
    });
  }

  /**
   * How far the waiting mail is spread over send slots: how many, and the first and last send
   * times (e.g. for a bench to show that a batch keeps to the rate).
   */
  queuedSpan(): Promise<{ count: number; first: Date | null; last: Date | null }> {
    return this.deliveries.queuedSpan();
  }

  /**
   * Forgets mail sent or kept over `days` ago: its content (with the links it carried) is no
   * longer needed, and its event will not happen again. Failed mail stays for the admins.
   */
  forgetDelivered(days: number, now = Date.now()): Promise<number> {
    return this.deliveries.deleteDeliveredBefore(new Date(now - days * 86_400_000));
  }

  /** Kept mail, newest first. */
  listOutbox(page: number, pageSize: number): Promise<[OutboxMessage[], number]> {
    return this.outbox.findPage(page, pageSize);
  }

  /** Kept mail to an address, oldest first (part of that person's data). */
  keptFor(recipient: string): Promise<OutboxMessage[]> {
    return this.outbox.findByRecipient(recipient);
  }

  /** Removes kept and queued mail to an address whose account is deleted. */
  async forgetRecipient(recipient: string, manager: EntityManager): Promise<void> {
    await this.outbox.deleteByRecipient(recipient, manager);
    await this.deliveries.deleteByRecipient(recipient, manager);
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}

/** The queue's row for a message: its key checked, its headers checked, its subject fitted. */
function newDelivery(message: MailMessage, options: QueueOptions, now: Date): NewMailDelivery {
  if (options.key.length === 0 || options.key.length > MAX_KEY_LENGTH) {
    throw new Error(`A mail's idempotency key must have 1 to ${MAX_KEY_LENGTH} characters`);
  }
  return {
    idempotencyKey: options.key,
    recipient: message.to,
    language: message.language,
    subject: fitted(message.subject, MAX_SUBJECT_LENGTH),
    text: message.text,
    html: message.html,
    headers: checkedHeaders({ ...message.headers, ...options.headers }),
    sendAfter: options.startAfter ?? now,
  };
}
