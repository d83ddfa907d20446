import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../users/entities/user.entity';
import { PolicyVersion } from './policy-version.entity';

/**
 * A version's text in one language. The version is published with one or more of them (one in
 * its main language); translations added or corrected later belong to the same version, so
 * nobody has to sign again for them.
 */
@Entity('policy_version_texts')
export class PolicyVersionText {
  @PrimaryColumn({ type: 'uuid' })
  policyVersionId: string;

  @ManyToOne(() => PolicyVersion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'policy_version_id' })
  policyVersion?: PolicyVersion;

  /** A preferred-language code (ISO 639-1). */
  @PrimaryColumn({ type: 'varchar', length: 8 })
  language: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Markdown; the portal renders it without raw HTML. */
  @Column({ type: 'text' })
  body: string;

  /** What changed since the previous version, in this language; may be empty. */
  @Column({ type: 'varchar', length: 1000, default: '' })
  changeSummary: string;

  @Column({ type: 'uuid', nullable: true })
  addedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'added_by_id' })
  addedBy?: User | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  addedAt: Date;

  /** Who corrected it last; the adder until someone does. */
  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: User | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
