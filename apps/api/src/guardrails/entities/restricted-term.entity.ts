import {
  RESTRICTED_TERM_CATEGORIES,
  SEVERITIES,
  type RestrictedTermCategory,
  type Severity,
} from '@chorus/guardrails';
import type { Translations } from '@chorus/core';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../../users/entities/user.entity';

/** A word or name employees must not post (or should think twice about), with the reason why. */
@Entity('restricted_terms')
@Check('restricted_terms_notes_object', `jsonb_typeof("notes") = 'object'`)
export class RestrictedTerm {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  term: string;

  /** The term folded as the checker matches it: "Café Noir" and "cafe  noir" are one term. */
  @Index('restricted_terms_term_key_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  termKey: string;

  @Column({ type: 'enum', enum: RESTRICTED_TERM_CATEGORIES, enumName: 'restricted_term_category' })
  category: RestrictedTermCategory;

  @Column({ type: 'enum', enum: SEVERITIES, enumName: 'guardrail_severity' })
  severity: Severity;

  /** What the employee is told when the term appears in their post. */
  @Column({ type: 'varchar', length: 500, default: '' })
  note: string;

  /** The note in other UI languages; a writer whose language has none reads `note`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  notes: Translations;

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
