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

/**
 * One published version of the social media policy. The highest version is the current one. Its
 * title, text and change summary are in its texts, one per language (policy-version-text).
 */
@Entity('policy_versions')
export class PolicyVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** 1, 2, 3, … in order of publication. */
  @Index('policy_versions_version_key', { unique: true })
  @Column({ type: 'integer' })
  version: number;

  /**
   * The language of the text it was written in (a preferred-language code): readers whose
   * language it has no text in read this one.
   */
  @Column({ type: 'varchar', length: 8 })
  mainLanguage: string;

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
