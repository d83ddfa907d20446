import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Where a delivery stands: `queued` waits for its send slot (or its next attempt), `sending` is
 * in a worker's hands, `sent` reached the SMTP server, `kept` went to the outbox because no SMTP
 * server is configured, `failed` ran out of attempts (an admin may retry it).
 */
export const MAIL_DELIVERY_STATUSES = ['queued', 'sending', 'sent', 'kept', 'failed'] as const;
export type MailDeliveryStatus = (typeof MAIL_DELIVERY_STATUSES)[number];

/** One mail in the durable queue: written with the change that causes it, sent after commit. */
@Entity('mail_deliveries')
@Check('mail_deliveries_status', `"status" IN ('queued', 'sending', 'sent', 'kept', 'failed')`)
@Index('mail_deliveries_status_created_at', ['status', 'createdAt'])
export class MailDelivery {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'mail_deliveries_pkey' })
  id: string;

  /** Names the event the mail is about: the same key twice is one mail. */
  @Index('mail_deliveries_idempotency_key_key', { unique: true })
  @Column({ type: 'varchar', length: 300 })
  idempotencyKey: string;

  @Index('mail_deliveries_recipient')
  @Column({ type: 'varchar', length: 320 })
  recipient: string;

  @Column({ type: 'varchar', length: 8 })
  language: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'text' })
  html: string;

  /** Extra headers, such as List-Unsubscribe. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  headers: Record<string, string>;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status: MailDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** Why the last attempt failed, in the SMTP server's words. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;

  /** Not before: the later of its send slot and the time the caller asked for. */
  @Column({ type: 'timestamptz' })
  sendAfter: Date;

  @Index('mail_deliveries_created_at')
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
