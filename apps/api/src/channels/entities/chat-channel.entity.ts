import { CHAT_CHANNEL_KINDS, type ChatChannelKind } from '@chorus/core';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OrgGroup } from '../../groups/entities/org-group.entity';
import { Topic } from '../../topics/entities/topic.entity';
import { User } from '../../users/entities/user.entity';

/**
 * A Slack or Teams channel Chorus posts to through its incoming webhook: approved items (all, or
 * those of some topics, departments or languages) and new reports of hostile comments.
 */
@Entity('chat_channels')
export class ChatChannel {
  /** Chosen before the row is written: the webhook address is encrypted bound to it. */
  @PrimaryColumn('uuid')
  id: string;

  @Index('chat_channels_name_key', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'enum', enum: CHAT_CHANNEL_KINDS, enumName: 'chat_channel_kind' })
  kind: ChatChannelKind;

  /**
   * The webhook address, AES-256-GCM encrypted under a key derived from the session secret (see
   * WebhookCipher). Whoever has the address can post to the channel: it is never returned.
   */
  @Column({ type: 'varchar', length: 4000 })
  webhookCiphertext: string;

  /** What may be shown of the address: its origin and last four characters. */
  @Column({ type: 'varchar', length: 300 })
  webhookHint: string;

  /** The language messages are written in (a UI language). */
  @Column({ type: 'varchar', length: 8 })
  language: string;

  @Column({ type: 'boolean', default: true })
  receivesItems: boolean;

  @Column({ type: 'boolean', default: false })
  receivesReports: boolean;

  /** Approved items of these topics only; none means every topic. */
  @ManyToMany(() => Topic, { onDelete: 'CASCADE' })
  @JoinTable({
    name: 'chat_channel_topics',
    joinColumn: { name: 'channel_id' },
    inverseJoinColumn: { name: 'topic_id' },
  })
  topics?: Topic[];

  /** Approved items meant for these departments only (or for everyone); none means all. */
  @ManyToMany(() => OrgGroup, { onDelete: 'CASCADE' })
  @JoinTable({
    name: 'chat_channel_departments',
    joinColumn: { name: 'channel_id' },
    inverseJoinColumn: { name: 'group_id' },
  })
  departments?: OrgGroup[];

  /** Approved items in these languages only; empty means every language. */
  @Column({ type: 'varchar', length: 8, array: true, default: '{}' })
  languages: string[];

  /** Deliveries that failed in a row; a success sets it back to 0. */
  @Column({ type: 'integer', default: 0 })
  consecutiveFailures: number;

  /** Since when the channel counts as failing (CHAT_FAILURES_BEFORE_FAILING in a row), or null. */
  @Column({ type: 'timestamptz', nullable: true })
  failingSince: Date | null;

  /** Why the last delivery failed, for the admin; never the address itself. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastDeliveredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
