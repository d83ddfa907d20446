import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinTable,
  ManyToMany,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Topic } from '../../topics/entities/topic.entity';

/** An RSS or Atom feed whose new entries are suggested to curators. */
@Entity('content_sources')
export class ContentSource {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('content_sources_url_key', { unique: true })
  @Column({ type: 'varchar', length: 2048 })
  url: string;

  /** The feed's own title, once read. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  title: string | null;

  /** Topics an item promoted from this feed starts with. */
  @ManyToMany(() => Topic, { onDelete: 'CASCADE' })
  @JoinTable({
    name: 'content_source_topics',
    joinColumn: { name: 'source_id' },
    inverseJoinColumn: { name: 'topic_id' },
  })
  topics?: Topic[];

  @Column({ type: 'integer', default: 30 })
  pollIntervalMinutes: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  etag: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  lastModified: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastPolledAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSuccessAt: Date | null;

  /** Why the last poll failed ("HTTP 503 from …", "not an RSS or Atom feed"); null when it worked. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  /** How many polls failed since the last one that worked: curators hear of a streak once. */
  @Column({ type: 'integer', default: 0 })
  consecutiveFailures: number;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
