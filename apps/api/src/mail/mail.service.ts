import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { OutboxMessage } from './entities/outbox-message.entity';
import { OutboxRepository } from './outbox.repository';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends mail through the configured SMTP server. Without one, mail is kept in the outbox table
 * for admins to read, so an offline demo can still invite people and reset passwords.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger(MailService.name);
  private readonly transport?: Transporter;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxRepository,
  ) {
    if (config.mail.smtpUrl) this.transport = createTransport(config.mail.smtpUrl);
  }

  get delivers(): boolean {
    return this.transport !== undefined;
  }

  /**
   * Sends one message, or keeps it in the outbox. Pass the transaction's manager so that a kept
   * message exists exactly when the change that wrote it does; a failed delivery throws, which
   * rolls that change back.
   */
  async send(message: MailMessage, manager?: EntityManager): Promise<void> {
    if (!this.transport) {
      await this.outbox.insert(
        { recipient: message.to, subject: message.subject, text: message.text },
        manager,
      );
      return;
    }
    try {
      await this.transport.sendMail({ from: this.config.mail.from, ...message });
    } catch (error) {
      this.logger.error(`Mail to ${message.to} failed: ${(error as Error).message}`);
      throw new DomainError('mail_failed', 'errors:mail.failed', {
        to: message.to,
        reason: (error as Error).message,
      });
    }
  }

  /** Kept mail, newest first. */
  listOutbox(page: number, pageSize: number): Promise<[OutboxMessage[], number]> {
    return this.outbox.findPage(page, pageSize);
  }

  /** Kept mail to an address, oldest first (part of that person's data). */
  keptFor(recipient: string): Promise<OutboxMessage[]> {
    return this.outbox.findByRecipient(recipient);
  }

  /** Removes kept mail to an address whose account is deleted. */
  async forgetRecipient(recipient: string, manager: EntityManager): Promise<void> {
    await this.outbox.deleteByRecipient(recipient, manager);
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
