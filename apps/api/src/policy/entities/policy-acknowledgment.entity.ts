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
import { PolicyVersion } from './policy-version.entity';

/** The signed copy for a person's file: who acknowledged which version, with the name they typed. */
@Entity('policy_acknowledgments')
@Index('policy_acknowledgments_user_version_key', ['userId', 'policyVersionId'], { unique: true })
export class PolicyAcknowledgment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index()
  @Column({ type: 'uuid' })
  policyVersionId: string;

  @ManyToOne(() => PolicyVersion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'policy_version_id' })
  policyVersion?: PolicyVersion;

  /** The full name exactly as the person typed it. */
  @Column({ type: 'varchar', length: 200 })
  typedName: string;

  @CreateDateColumn({ type: 'timestamptz' })
  acknowledgedAt: Date;
}
