import {
  ESCALATION_NETWORKS,
  ESCALATION_STATUSES,
  type EscalationNetwork,
  type EscalationStatus,
} from '@chorus/core';
import {
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

/** A hostile or negative post or comment about the company, reported for the social media team. */
@Entity('escalations')
@Index(['status', 'createdAt'])
export class Escalation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null once the reporter deleted their account. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  reporterId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: User | null;

  @Column({ type: 'varchar', length: 2048 })
  url: string;

  @Column({ type: 'enum', enum: ESCALATION_NETWORKS, enumName: 'escalation_network' })
  network: EscalationNetwork;

  /** The hostile text, as the reporter copied it. */
  @Column({ type: 'varchar', length: 2000 })
  excerpt: string;

  /** What happened, in the reporter's words. */
  @Column({ type: 'varchar', length: 2000, default: '' })
  description: string;

  @Column({
    type: 'enum',
    enum: ESCALATION_STATUSES,
    enumName: 'escalation_status',
    default: 'open',
  })
  status: EscalationStatus;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;
}
