import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { EntityManager, Repository } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { OutboxMessage } from './entities/outbox-message.entity';

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
    @InjectRepository(OutboxMessage) private readonly outbox: Repository<OutboxMessage>,
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
      const outbox = manager ? manager.getRepository(OutboxMessage) : this.outbox;
      await outbox.insert({ recipient: message.to, subject: message.subject, text: message.text });
      return;
    }
    try {
      await this.transport.sendMail({ from: this.config.mail.from, ...message });
    } catch (error) {
      this.logger.error(`Mail to ${message.to} failed: ${(error as Error).message}`);
      throw new DomainError(
        'mail_failed',
        `The mail to ${message.to} could not be sent (${(error as Error).message}). Nothing was changed; check the SMTP server and try again.`,
      );
    }
  }

  /** Kept mail, newest first. */
  listOutbox(page: number, pageSize: number): Promise<[OutboxMessage[], number]> {
    return this.outbox.findAndCount({
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  /** Kept mail to an address, oldest first (part of that person's data). */
  keptFor(recipient: string): Promise<OutboxMessage[]> {
    return this.outbox.find({ where: { recipient }, order: { createdAt: 'ASC' } });
  }

  /** Removes kept mail to an address whose account is deleted. */
  async forgetRecipient(recipient: string, manager: EntityManager): Promise<void> {
    await manager.delete(OutboxMessage, { recipient });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
