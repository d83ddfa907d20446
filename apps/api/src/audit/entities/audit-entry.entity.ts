import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction } from '@chorus/core';

/**
 * One traceable change. Written once and never changed through the API; the labels keep what the
 * actor and target were called at the time, and are blanked when that person deletes their account.
 */
@Entity('audit_entries')
@Index(['at'])
@Index(['action', 'at'])
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  /** Who did it; null for the system or an anonymous caller. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  actorLabel: string | null;

  @Column({ type: 'varchar', length: 64 })
  action: AuditAction;

  @Column({ type: 'varchar', length: 32, nullable: true })
  targetType: string | null;

  @Index()
  @Column({ type: 'varchar', length: 64, nullable: true })
  targetId: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  targetLabel: string | null;

  /** What changed: `{ before, after }` for edits, counts or details otherwise. */
  @Column({ type: 'jsonb', nullable: true })
  summary: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId: string | null;
}
