import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Mail Chorus would have sent: kept here when no SMTP server is configured, readable by admins. */
@Entity('outbox_messages')
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'varchar', length: 320 })
  recipient: string;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  /** The HTML part; null for mail kept before mail had one. */
  @Column({ type: 'text', nullable: true })
  html: string | null;

  /** The language the mail is written in; null for mail kept before mail had one. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  language: string | null;
}
