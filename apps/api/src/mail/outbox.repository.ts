import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { OutboxMessage } from './entities/outbox-message.entity';

/** Mail kept for admins to read when no SMTP server is configured. */
@Injectable()
export class OutboxRepository {
  constructor(
    @InjectRepository(OutboxMessage) private readonly outbox: Repository<OutboxMessage>,
  ) {}

  async insert(
    message: Pick<OutboxMessage, 'recipient' | 'subject' | 'text' | 'html' | 'language'>,
    manager: EntityManager = this.outbox.manager,
  ): Promise<void> {
    await manager.getRepository(OutboxMessage).insert(message);
  }

  /** One page of kept mail, newest first, and how much there is. */
  findPage(page: number, pageSize: number): Promise<[OutboxMessage[], number]> {
    return this.outbox.findAndCount({
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  /** Kept mail to an address, oldest first. */
  findByRecipient(recipient: string): Promise<OutboxMessage[]> {
    return this.outbox.find({ where: { recipient }, order: { createdAt: 'ASC' } });
  }

  async deleteByRecipient(
    recipient: string,
    manager: EntityManager = this.outbox.manager,
  ): Promise<void> {
    await manager.delete(OutboxMessage, { recipient });
  }
}
