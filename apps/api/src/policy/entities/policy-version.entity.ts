import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../../users/entities/user.entity';

/** One published version of the social media policy. The highest version is the current one. */
@Entity('policy_versions')
export class PolicyVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** 1, 2, 3, … in order of publication. */
  @Index('policy_versions_version_key', { unique: true })
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Markdown; the portal renders it without raw HTML. */
  @Column({ type: 'text' })
  body: string;

  /** What changed since the previous version, shown to people asked to acknowledge again. */
  @Column({ type: 'varchar', length: 1000, default: '' })
  changeSummary: string;

  /** Everyone must acknowledge this version before sharing again (always true for version 1). */
  @Column({ type: 'boolean' })
  requiresAcknowledgment: boolean;

  @Column({ type: 'uuid', nullable: true })
  publishedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by_id' })
  publishedBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  publishedAt: Date;
}
